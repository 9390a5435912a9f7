/**
 * Messages of the tracking views: the filtered dispatch × unit matrix, the per-unit record and the charts (dashboard → background), with the answer each gets.
 * @module
 */
import type {
  AckSeries,
  GroupTasks,
  TrackingPage,
  TrackingQuery,
  UnitRecord,
  UnitRecordQuery,
} from '../../../shared/schemas/reports';
import type { Answer } from '../messaging';

/** The matrix's filters as the page keeps them (dates YYYY-MM-DD); `limit` is the background's. */
export type TrackingFilters = Partial<Omit<TrackingQuery, 'limit'>>;

export type TrackingMessages = {
  /** A page of the filtered dispatch × unit matrix (admin, clerk). */
  'tracking-matrix': { request: TrackingFilters; response: Answer<TrackingPage> };
  /** A unit's figures, open tasks and a page of what was sent to it (admin, clerk). */
  'unit-record': {
    request: { unitId: number; order?: UnitRecordQuery['order']; cursor?: string };
    response: Answer<UnitRecord>;
  };
  /** Recipients sent vs acknowledged per day or week of a period of at most a year (admin). */
  'ack-series': { request: { from: string; to: string }; response: Answer<AckSeries> };
  /** Tasks by state per addressee group, on dispatches received in the period (admin). */
  'group-tasks': { request: { from?: string; to?: string }; response: Answer<GroupTasks> };
};
