/**
 * The admin screens' names for the API's codes: roles, unit kinds, audit entities and actions.
 * A code these screens do not know yet (a new kind of audit entry) is shown as it is.
 * @module
 */
import { ROLES, type Role } from '../../../../../shared/schemas/auth';
import { UNIT_KINDS, type UnitKind } from '../../../../../shared/schemas/organisation';
import type { Translate } from '../../catalogue';

export { ROLES, UNIT_KINDS };

export const AUDIT_ENTITIES = ['unit', 'group', 'user', 'dispatch', 'task', 'session'] as const;
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'update+password',
  'distribute',
  'acknowledge',
  'login',
  'logout',
] as const;

export const roleLabel = (t: Translate, role: Role) => t(`adm_role_${role}`);
export const kindLabel = (t: Translate, kind: UnitKind) => t(`adm_kind_${kind}`);

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

export const entityLabel = (t: Translate, entity: string) =>
  isOneOf(AUDIT_ENTITIES, entity) ? t(`adm_entity_${entity}`) : entity;
export const actionLabel = (t: Translate, action: string) =>
  isOneOf(AUDIT_ACTIONS, action) ? t(`adm_action_${action}`) : action;
