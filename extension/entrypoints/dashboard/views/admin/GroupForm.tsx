/**
 * Adding a unit group, or renaming one and changing its units. Changing a group never
 * changes past distributions: they were expanded to units when sent.
 * @module
 */
import { useState } from 'preact/hooks';
import type { Group, Unit } from '../../../../../shared/schemas/organisation';
import type { Request } from '../../../../lib/messaging';
import { useText } from '../../catalogue';
import { Field } from './Field';
import { FormActions } from './FormActions';
import { UnitChecklist } from './UnitChecklist';
import { useFocusOnEdit } from './use-focus-on-edit';
import { useSave } from './use-save';

export interface GroupFormProps {
  request: Request;
  units: Unit[];
  editing: Group | null;
  onSaved: (group: Group, created: boolean) => void;
  onCancel: () => void;
}

const sameMembers = (a: readonly number[], b: ReadonlySet<number>) =>
  a.length === b.size && a.every((id) => b.has(id));

export function GroupForm({ request, units, editing, onSaved, onCancel }: GroupFormProps) {
  const t = useText();
  const { busy, failure, save, refuse } = useSave();
  const [name, setName] = useState(editing?.name ?? '');
  const [chosen, setChosen] = useState<Set<number>>(() => new Set(editing?.unitIds ?? []));
  const first = useFocusOnEdit(editing);

  const offered = units.filter((unit) => unit.active || chosen.has(unit.id));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!name.trim()) return refuse({ name: t('adm_required') });
    const unitIds = [...chosen].sort((a, b) => a - b);
    const options = { conflict: t('adm_groupConflict'), fields: ['name', 'unitIds'] };
    const saved = editing
      ? await save(
          () =>
            request('admin-update-group', {
              id: editing.id,
              patch: {
                ...(name.trim() !== editing.name ? { name: name.trim() } : {}),
                ...(sameMembers(editing.unitIds, chosen) ? {} : { unitIds }),
              },
            }),
          options,
        )
      : await save(() => request('admin-create-group', { group: { name: name.trim(), unitIds } }), options);
    if (saved) onSaved(saved, !editing);
  };

  return (
    <form class="adm-form" onSubmit={submit} data-testid="admin-group-form" noValidate>
      <h3>{editing ? t('adm_groupEditHeading', { name: editing.name }) : t('adm_groupCreateHeading')}</h3>
      <Field id="group-form-name" label={t('adm_groupName')} error={failure?.fields.name}>
        {(props) => (
          <input
            {...props}
            ref={first}
            type="text"
            required
            maxLength={200}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        )}
      </Field>
      <UnitChecklist units={offered} chosen={chosen} onChange={setChosen} error={failure?.fields.unitIds} />
      <FormActions
        name="group"
        busy={busy}
        submitLabel={editing ? t('adm_save') : t('adm_groupCreate')}
        error={failure?.message}
        onCancel={editing ? onCancel : undefined}
      />
    </form>
  );
}
