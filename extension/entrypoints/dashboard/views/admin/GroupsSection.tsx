/**
 * Unit groups, the named sets of units a dispatch can be addressed to ("UBND cấp huyện"):
 * each with its member count and names, adding, renaming and changing members.
 * @module
 */
import { useState } from 'preact/hooks';
import type { Group, Unit } from '../../../../../shared/schemas/organisation';
import { useText } from '../../catalogue';
import { AuditLink } from './AuditLink';
import { GroupForm } from './GroupForm';
import type { SectionProps } from './section-props';
import { useList } from './use-list';

export function GroupsSection({ request, announce, navigate }: SectionProps) {
  const t = useText();
  const groups = useList<Group>(() => request('admin-groups', {}));
  const units = useList<Unit>(() => request('admin-units', {}));
  // A new key after each save gives an empty form for the next one.
  const [saves, setSaves] = useState(0);
  const [editing, setEditing] = useState<Group | null>(null);
  const byId = new Map((units.items ?? []).map((unit) => [unit.id, unit]));
  const error = groups.error ?? units.error;

  const saved = (group: Group, created: boolean) => {
    groups.put(group);
    setEditing(null);
    setSaves((n) => n + 1);
    announce(t(created ? 'adm_groupCreated' : 'adm_groupSaved', { name: group.name }));
  };

  return (
    <section aria-labelledby="adm-groups-heading" class="card adm-section" data-testid="admin-groups">
      <h2 id="adm-groups-heading">{t('adm_groupsHeading')}</h2>
      {error && (
        <p class="error" role="alert" data-testid="admin-groups-error">
          {t('loadFailed', { reason: error })}
        </p>
      )}
      {(groups.items === null || units.items === null) && !error && <p>{t('loading')}</p>}
      {groups.items?.length === 0 && <p class="hint">{t('adm_groupsEmpty')}</p>}
      {groups.items && units.items && groups.items.length > 0 && (
        <div class="adm-table-wrap">
          <table class="adm-table" data-testid="admin-group-list">
            <thead>
              <tr>
                <th scope="col">{t('adm_groupName')}</th>
                <th scope="col" class="num">
                  {t('adm_groupCount')}
                </th>
                <th scope="col">{t('adm_groupMembers')}</th>
                <th scope="col">{t('adm_actions')}</th>
              </tr>
            </thead>
            <tbody>
              {groups.items.map((group) => (
                <tr key={group.id} data-testid="admin-group-row" data-id={group.id}>
                  <th scope="row">{group.name}</th>
                  <td class="num" data-testid="admin-group-count">
                    {group.unitIds.length}
                  </td>
                  <td class="adm-members">
                    {group.unitIds.map((id) => byId.get(id)?.name ?? `#${id}`).join('; ')}
                  </td>
                  <td class="adm-row-actions">
                    <button
                      type="button"
                      data-testid="admin-group-edit"
                      aria-label={t('adm_editLabel', { name: group.name })}
                      onClick={() => setEditing(group)}
                    >
                      {t('adm_edit')}
                    </button>
                    <AuditLink entity="group" id={group.id} name={group.name} navigate={navigate} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {groups.items && units.items && (
        <GroupForm
          key={editing ? `edit-${editing.id}` : `new-${saves}`}
          request={request}
          units={units.items}
          editing={editing}
          onSaved={saved}
          onCancel={() => setEditing(null)}
        />
      )}
    </section>
  );
}
