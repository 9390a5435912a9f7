/**
 * One entry of the audit log. The before/after states are JSON written by the server from
 * whatever was changed (names, subjects typed by users): shown as text in a <pre>, never
 * as markup.
 * @module
 */
import type { AuditEntry } from '../../../../lib/messages/admin';
import { useText } from '../../catalogue';
import { formatDateTime } from '../../format';
import { actionLabel, entityLabel } from './labels';

/** Pretty JSON of a state; null when there is none (a creation has no "before"). */
export function stateText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    // Some rows hold the JSON as text; show it parsed when it is.
    try {
      return JSON.stringify(JSON.parse(value), null, 2);
    } catch {
      return value;
    }
  }
  return JSON.stringify(value, null, 2);
}

export function AuditRow({ entry }: { entry: AuditEntry }) {
  const t = useText();
  const before = stateText(entry.before);
  const after = stateText(entry.after);
  const actor = entry.actorName ?? (entry.actorId === null ? t('adm_auditSystem') : `#${entry.actorId}`);
  return (
    <tr data-testid="audit-row" data-id={entry.id}>
      <td class="nowrap">{formatDateTime(entry.at)}</td>
      <td>{actor}</td>
      <td data-action={entry.action}>{actionLabel(t, entry.action)}</td>
      <td data-entity={entry.entity}>{entityLabel(t, entry.entity)}</td>
      <td class="num">{entry.entityId ?? ''}</td>
      <td>
        {(before !== null || after !== null) && (
          <details data-testid="audit-details">
            <summary>{t('adm_auditShow')}</summary>
            <div class="adm-states">
              <div>
                <h4>{t('adm_auditBefore')}</h4>
                <pre data-testid="audit-before">{before ?? t('adm_auditNothing')}</pre>
              </div>
              <div>
                <h4>{t('adm_auditAfter')}</h4>
                <pre data-testid="audit-after">{after ?? t('adm_auditNothing')}</pre>
              </div>
            </div>
          </details>
        )}
      </td>
    </tr>
  );
}
