/**
 * The audit log's filters: entity, action, who did it and a period typed dd/mm/yyyy (Vietnam
 * calendar days, both ends included). Hands the parsed filter up, or says what is wrong.
 * @module
 */
import { useState } from 'preact/hooks';
import type { User } from '../../../../../shared/schemas/auth';
import { formatDate } from '../../../../lib/i18n';
import type { AuditFilter } from '../../../../lib/messages/admin';
import { useText } from '../../catalogue';
import { DateInput } from '../../components/DateInput';
import { readPeriod } from '../../period-text';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, actionLabel, entityLabel } from './labels';

export interface AuditFiltersProps {
  initial: AuditFilter;
  users: User[];
  busy: boolean;
  onApply: (filter: AuditFilter) => void;
}

export function AuditFilters({ initial, users, busy, onApply }: AuditFiltersProps) {
  const t = useText();
  const [entity, setEntity] = useState(initial.entity ?? '');
  const [entityId, setEntityId] = useState(initial.entityId);
  const [action, setAction] = useState(initial.action ?? '');
  const [actor, setActor] = useState(initial.actorId ? String(initial.actorId) : '');
  const [fromText, setFromText] = useState(formatDate(initial.from));
  const [toText, setToText] = useState(formatDate(initial.to));
  const [error, setError] = useState<string | null>(null);
  // An entity named in the address but unknown here (a newer server's) stays choosable.
  const known = (AUDIT_ENTITIES as readonly string[]).includes(entity);
  const entities = [...AUDIT_ENTITIES, ...(entity && !known ? [entity] : [])];

  const submit = (event: Event) => {
    event.preventDefault();
    const typed = readPeriod(fromText, toText);
    if ('badDate' in typed) return setError(t('badDate', { value: typed.badDate }));
    if ('reversed' in typed) return setError(t('badPeriod'));
    const { from, to } = typed;
    setError(null);
    onApply({
      ...(entity ? { entity } : {}),
      ...(entity && entityId ? { entityId } : {}),
      ...(action ? { action } : {}),
      ...(actor ? { actorId: Number(actor) } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    });
  };

  const clear = () => {
    setEntity('');
    setEntityId(undefined);
    setAction('');
    setActor('');
    setFromText('');
    setToText('');
    setError(null);
    onApply({});
  };

  return (
    <form class="adm-filters" onSubmit={submit} data-testid="audit-filters">
      <fieldset>
        <legend>{t('adm_auditFilters')}</legend>
        <label>
          {t('adm_auditEntity')}
          <select
            data-testid="audit-entity"
            value={entity}
            onChange={(e) => {
              // An entity id only means something with its entity: choosing another drops it.
              setEntity(e.currentTarget.value);
              setEntityId(undefined);
            }}
          >
            <option value="">{t('adm_all')}</option>
            {entities.map((value) => (
              <option key={value} value={value}>
                {entityLabel(t, value)}
              </option>
            ))}
          </select>
        </label>
        {entity && entityId !== undefined && (
          <span class="adm-chip" data-testid="audit-entity-id">
            {t('adm_auditOnly', { id: entityId })}
          </span>
        )}
        <label>
          {t('adm_auditAction')}
          <select
            data-testid="audit-action"
            value={action}
            onChange={(e) => setAction(e.currentTarget.value)}
          >
            <option value="">{t('adm_all')}</option>
            {AUDIT_ACTIONS.map((value) => (
              <option key={value} value={value}>
                {actionLabel(t, value)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('adm_auditActor')}
          <select data-testid="audit-actor" value={actor} onChange={(e) => setActor(e.currentTarget.value)}>
            <option value="">{t('adm_all')}</option>
            {users.map((user) => (
              <option key={user.id} value={String(user.id)}>
                {user.name} ({user.email})
              </option>
            ))}
          </select>
        </label>
        <DateInput label={t('adm_auditFrom')} testId="audit-from" value={fromText} onValue={setFromText} />
        <DateInput label={t('adm_auditTo')} testId="audit-to" value={toText} onValue={setToText} />
        <div class="adm-buttons">
          <button type="submit" disabled={busy} data-testid="audit-apply">
            {t('adm_auditApply')}
          </button>
          <button type="button" onClick={clear} data-testid="audit-clear">
            {t('adm_auditClear')}
          </button>
        </div>
      </fieldset>
      {error && (
        <p class="error" role="alert" data-testid="audit-filter-error">
          {error}
        </p>
      )}
    </form>
  );
}
