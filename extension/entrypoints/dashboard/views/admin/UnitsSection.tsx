/**
 * The units of the organisation: every unit, active or not (units are never deleted, only
 * deactivated, so old dispatches keep their addressees), with adding, editing and
 * (de)activating.
 * @module
 */
import { useState } from 'preact/hooks';
import type { Unit } from '../../../../../shared/schemas/organisation';
import { errorText } from '../../../../lib/error-text';
import { useText } from '../../catalogue';
import { AuditLink } from './AuditLink';
import { kindLabel } from './labels';
import type { SectionProps } from './section-props';
import { UnitForm } from './UnitForm';
import { useList } from './use-list';

export function UnitsSection({ request, announce, navigate }: SectionProps) {
  const t = useText();
  const units = useList<Unit>(() => request('admin-units', {}));
  // A new key after each save gives an empty form for the next one.
  const [saves, setSaves] = useState(0);
  const [editing, setEditing] = useState<Unit | null>(null);
  const [rowError, setRowError] = useState<string | null>(null);
  const byId = new Map((units.items ?? []).map((unit) => [unit.id, unit]));

  const saved = (unit: Unit, created: boolean) => {
    units.put(unit);
    setEditing(null);
    setSaves((n) => n + 1);
    announce(t(created ? 'adm_unitCreated' : 'adm_unitSaved', { name: unit.name }));
  };

  const toggle = async (unit: Unit) => {
    try {
      const answer = await request('admin-update-unit', { id: unit.id, patch: { active: !unit.active } });
      if (!answer?.ok) return setRowError(t('adm_saveFailed', { reason: answer?.error ?? '' }));
      setRowError(null);
      units.put(answer.data);
      announce(t(answer.data.active ? 'adm_unitReactivated' : 'adm_unitDeactivated', { name: unit.name }));
    } catch (caught) {
      setRowError(t('adm_saveFailed', { reason: errorText(caught) }));
    }
  };

  return (
    <section aria-labelledby="adm-units-heading" class="card adm-section" data-testid="admin-units">
      <h2 id="adm-units-heading">{t('adm_unitsHeading')}</h2>
      {units.error && (
        <p class="error" role="alert" data-testid="admin-units-error">
          {t('loadFailed', { reason: units.error })}
        </p>
      )}
      {units.items === null && !units.error && <p>{t('loading')}</p>}
      {rowError && (
        <p class="error" role="alert" data-testid="admin-unit-row-error">
          {rowError}
        </p>
      )}
      {units.items?.length === 0 && <p class="hint">{t('adm_unitsEmpty')}</p>}
      {units.items && units.items.length > 0 && (
        <div class="adm-table-wrap">
          <table class="adm-table" data-testid="admin-unit-list">
            <thead>
              <tr>
                <th scope="col">{t('adm_code')}</th>
                <th scope="col">{t('adm_name')}</th>
                <th scope="col">{t('adm_unitKind')}</th>
                <th scope="col">{t('adm_unitParent')}</th>
                <th scope="col">{t('adm_status')}</th>
                <th scope="col">{t('adm_actions')}</th>
              </tr>
            </thead>
            <tbody>
              {units.items.map((unit) => (
                <tr
                  key={unit.id}
                  data-testid="admin-unit-row"
                  data-id={unit.id}
                  class={unit.active ? undefined : 'inactive'}
                >
                  <td>{unit.code}</td>
                  <th scope="row">{unit.name}</th>
                  <td>{kindLabel(t, unit.kind)}</td>
                  <td>
                    {unit.parentId === null ? '' : (byId.get(unit.parentId)?.name ?? `#${unit.parentId}`)}
                  </td>
                  <td data-testid="admin-unit-state">{unit.active ? t('adm_active') : t('adm_inactive')}</td>
                  <td class="adm-row-actions">
                    <button
                      type="button"
                      data-testid="admin-unit-edit"
                      aria-label={t('adm_editLabel', { name: unit.name })}
                      onClick={() => setEditing(unit)}
                    >
                      {t('adm_edit')}
                    </button>
                    <button
                      type="button"
                      data-testid="admin-unit-toggle"
                      aria-label={t(unit.active ? 'adm_deactivateLabel' : 'adm_reactivateLabel', {
                        name: unit.name,
                      })}
                      onClick={() => void toggle(unit)}
                    >
                      {unit.active ? t('adm_deactivate') : t('adm_reactivate')}
                    </button>
                    <AuditLink entity="unit" id={unit.id} name={unit.name} navigate={navigate} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {units.items && (
        <UnitForm
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
