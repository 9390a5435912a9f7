/**
 * The dashboard's pages, in the order of its navigation, with who may open each (what the API
 * lets them read; a clerk has no management screens, figures or register).
 * @module
 */
import type { FunctionComponent } from 'preact';
import { AdminView } from './admin/AdminView';
import { DispatchesView } from './dispatches/DispatchesView';
import { OverviewView } from './overview/OverviewView';
import { RegisterView } from './register/RegisterView';
import { TrackingView } from './tracking/TrackingView';
import { UnitRecordView } from './unit-record/UnitRecordView';
import type { Role, ViewId, ViewProps } from './view-props';

export interface ViewEntry {
  id: ViewId;
  component: FunctionComponent<ViewProps>;
  roles: readonly Role[];
}

export const VIEWS: readonly ViewEntry[] = [
  { id: 'overview', component: OverviewView, roles: ['admin'] },
  { id: 'dispatches', component: DispatchesView, roles: ['admin', 'clerk'] },
  { id: 'tracking', component: TrackingView, roles: ['admin', 'clerk'] },
  { id: 'unit', component: UnitRecordView, roles: ['admin', 'clerk'] },
  { id: 'register', component: RegisterView, roles: ['admin'] },
  { id: 'admin', component: AdminView, roles: ['admin'] },
];

/** The page an address asks for: `?view=`, else the dispatch page when `?dispatch=` is given. */
export function viewOf(params: Record<string, string>): ViewId {
  const asked = VIEWS.find((view) => view.id === params.view);
  if (asked) return asked.id;
  return params.dispatch ? 'dispatches' : 'overview';
}
