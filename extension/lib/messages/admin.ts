/**
 * Messages of the administrators' management screens: units, groups, users and the audit log (dashboard → background), with the answer each gets.
 * @module
 */
import type { User } from '../../../shared/schemas/auth';
import type {
  Group,
  GroupCreate,
  GroupPatch,
  Unit,
  UnitCreate,
  UnitPatch,
  UserCreate,
  UserPatch,
} from '../../../shared/schemas/organisation';

/** A field the server refused, as its validation error names it (`password`, `unitId`). */
export interface FieldError {
  path: string;
  message: string;
}

/**
 * An answer to a write: the data, or the reason with the fields the server named, so a form
 * can put each message beside its field.
 */
export type AdminAnswer<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; status?: number; fields?: FieldError[] };

/** One entry of the audit log as GET /api/audit returns it; `before`/`after` are any JSON. */
export interface AuditEntry {
  id: number;
  /** ISO timestamp */
  at: string;
  actorId: number | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: number | null;
  before: unknown;
  after: unknown;
}

/** The audit log's filters, dates YYYY-MM-DD (Vietnam calendar days, both ends inclusive). */
export interface AuditFilter {
  entity?: string;
  entityId?: number;
  action?: string;
  actorId?: number;
  from?: string;
  to?: string;
}

export interface AuditPage {
  items: AuditEntry[];
  nextCursor: string | null;
}

/** A type, not an interface: `Handlers` needs the implicit index signature only types get. */
export type AdminMessages = {
  /** Every unit, active or not, ordered by code. */
  'admin-units': { request: Record<never, never>; response: AdminAnswer<Unit[]> };
  'admin-create-unit': { request: { unit: UnitCreate }; response: AdminAnswer<Unit> };
  'admin-update-unit': { request: { id: number; patch: UnitPatch }; response: AdminAnswer<Unit> };
  /** Every group with its member ids, ordered by name. */
  'admin-groups': { request: Record<never, never>; response: AdminAnswer<Group[]> };
  'admin-create-group': { request: { group: GroupCreate }; response: AdminAnswer<Group> };
  'admin-update-group': { request: { id: number; patch: GroupPatch }; response: AdminAnswer<Group> };
  /** Every user (the background follows the pages), ordered by id. */
  'admin-users': { request: Record<never, never>; response: AdminAnswer<User[]> };
  'admin-create-user': { request: { user: UserCreate }; response: AdminAnswer<User> };
  /** Also the password reset (`patch.password`) and (de)activation (`patch.active`). */
  'admin-update-user': { request: { id: number; patch: UserPatch }; response: AdminAnswer<User> };
  /** One page of the audit log, newest first. */
  'admin-audit': { request: { filter: AuditFilter; cursor?: string }; response: AdminAnswer<AuditPage> };
};
