/** A link from a unit, group or user to the audit log filtered to it. */
import { useText } from '../../catalogue';
import type { ViewProps } from '../view-props';

export function AuditLink({
  entity,
  id,
  name,
  navigate,
}: {
  entity: 'unit' | 'group' | 'user';
  id: number;
  name: string;
  navigate: ViewProps['navigate'];
}) {
  const t = useText();
  const params = { section: 'audit', entity, entityId: String(id) };
  return (
    <a
      href={`?${new URLSearchParams({ view: 'admin', ...params }).toString()}`}
      aria-label={t('adm_auditOfLabel', { name })}
      data-testid="admin-audit-link"
      onClick={(event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate('admin', params);
      }}
    >
      {t('adm_auditOf')}
    </a>
  );
}
