/**
 * The audit log: who changed what and when, newest first, with the state before and after,
 * filtered and read a page at a time ("Xem thêm"). Opened from a unit, group or user, it
 * starts filtered to that one (`?section=audit&entity=user&entityId=5`).
 * @module
 */
import { useEffect, useState } from 'preact/hooks';
import type { User } from '../../../../../shared/schemas/auth';
import { errorText } from '../../../../lib/error-text';
import type { AuditEntry, AuditFilter } from '../../../../lib/messages/admin';
import { useText } from '../../catalogue';
import { MoreButton } from '../../components/MoreButton';
import { AuditFilters } from './AuditFilters';
import { AuditRow } from './AuditRow';
import type { SectionProps } from './section-props';
import { useList } from './use-list';

/** The filter an address asks for; anything unreadable is left out. */
export function filterOf(params: Record<string, string>): AuditFilter {
  const id = Number(params.entityId);
  return {
    ...(params.entity ? { entity: params.entity } : {}),
    ...(params.entity && Number.isSafeInteger(id) && id > 0 ? { entityId: id } : {}),
  };
}

export function AuditSection({ request, params }: SectionProps) {
  const t = useText();
  const users = useList<User>(() => request('admin-users', {}));
  const [initial] = useState(() => filterOf(params));
  const [filter, setFilter] = useState<AuditFilter>(initial);
  const [items, setItems] = useState<AuditEntry[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const load = async (wanted: AuditFilter, after: string | null) => {
    setLoading(true);
    try {
      const answer = await request('admin-audit', { filter: wanted, ...(after ? { cursor: after } : {}) });
      if (answer?.ok) {
        setItems((current) => (after ? [...(current ?? []), ...answer.data.items] : answer.data.items));
        setCursor(answer.data.nextCursor);
        setFilter(wanted);
        setError(null);
      } else setError(t('loadFailed', { reason: answer?.error ?? '' }));
    } catch (caught) {
      setError(t('loadFailed', { reason: errorText(caught) }));
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void load(initial, null);
  }, []);

  return (
    <section aria-labelledby="adm-audit-heading" class="card adm-section" data-testid="admin-audit">
      <h2 id="adm-audit-heading">{t('adm_auditHeading')}</h2>
      <AuditFilters
        initial={initial}
        users={users.items ?? []}
        busy={loading}
        onApply={(wanted) => void load(wanted, null)}
      />
      {error && (
        <p class="error" role="alert" data-testid="audit-error">
          {error}
        </p>
      )}
      {items === null && !error && <p>{t('loading')}</p>}
      {items?.length === 0 && (
        <p class="hint" data-testid="audit-empty">
          {t('adm_auditEmpty')}
        </p>
      )}
      {items && items.length > 0 && (
        <div class="adm-table-wrap">
          <table class="adm-table" data-testid="audit-list" aria-busy={loading ? 'true' : 'false'}>
            <thead>
              <tr>
                <th scope="col">{t('adm_auditTime')}</th>
                <th scope="col">{t('adm_auditActor')}</th>
                <th scope="col">{t('adm_auditAction')}</th>
                <th scope="col">{t('adm_auditEntity')}</th>
                <th scope="col" class="num">
                  {t('adm_auditEntityId')}
                </th>
                <th scope="col">{t('adm_auditChange')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((entry) => (
                <AuditRow key={entry.id} entry={entry} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {cursor && <MoreButton testId="audit-more" busy={loading} onMore={() => void load(filter, cursor)} />}
    </section>
  );
}
