/**
 * The matrix's filters as the address keeps them (`?view=tracking&unit=5&ack=pending&from=…`):
 * read back leniently, so a hand-edited address shows what it can rather than an error.
 * @module
 */
import { ACK_FILTERS, TASK_FILTERS } from '../../../../../shared/schemas/reports';
import type { TrackingFilters } from '../../../../lib/messages/tracking';
import type { ViewParams } from '../view-props';

const ID = /^[1-9]\d{0,15}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function filtersOf(params: ViewParams): TrackingFilters {
  const filters: TrackingFilters = {};
  if (params.group && ID.test(params.group)) filters.groupId = Number(params.group);
  if (params.unit && ID.test(params.unit)) filters.unitId = Number(params.unit);
  if ((ACK_FILTERS as readonly string[]).includes(params.ack ?? ''))
    filters.ack = params.ack as TrackingFilters['ack'];
  if ((TASK_FILTERS as readonly string[]).includes(params.tasks ?? ''))
    filters.tasks = params.tasks as TrackingFilters['tasks'];
  if (params.from && DATE.test(params.from)) filters.from = params.from;
  if (params.to && DATE.test(params.to)) filters.to = params.to;
  if (params.q?.trim()) filters.q = params.q.trim();
  return filters;
}

export function paramsOf(filters: TrackingFilters): ViewParams {
  const params: ViewParams = {};
  if (filters.groupId) params.group = String(filters.groupId);
  if (filters.unitId) params.unit = String(filters.unitId);
  if (filters.ack) params.ack = filters.ack;
  if (filters.tasks) params.tasks = filters.tasks;
  if (filters.from) params.from = filters.from;
  if (filters.to) params.to = filters.to;
  if (filters.q) params.q = filters.q;
  return params;
}
