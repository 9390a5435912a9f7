/**
 * Adding a unit, or changing the name, kind and parent of one (its code stays: other
 * systems and exports quote it). A unit's own descendants are not offered as its parent.
 * @module
 */
import { useState } from 'preact/hooks';
import type { Unit, UnitKind } from '../../../../../shared/schemas/organisation';
import type { Request } from '../../../../lib/messaging';
import { useText } from '../../catalogue';
import { Field } from './Field';
import { FormActions } from './FormActions';
import { kindLabel, UNIT_KINDS } from './labels';
import { UnitOptions } from './UnitOptions';
import { useFocusOnEdit } from './use-focus-on-edit';
import { useSave } from './use-save';

export interface UnitFormProps {
  request: Request;
  units: Unit[];
  /** The unit being edited; null to add one. */
  editing: Unit | null;
  onSaved: (unit: Unit, created: boolean) => void;
  onCancel: () => void;
}

const CODE = /^[\p{L}\p{N}_.&-]+$/u;

/** The ids of `id` and every unit below it. */
export function subtreeOf(units: Unit[], id: number): Set<number> {
  const inside = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId !== null && inside.has(unit.parentId) && !inside.has(unit.id)) {
        inside.add(unit.id);
        grew = true;
      }
    }
  }
  return inside;
}

export function UnitForm({ request, units, editing, onSaved, onCancel }: UnitFormProps) {
  const t = useText();
  const { busy, failure, save, refuse } = useSave();
  const [code, setCode] = useState(editing?.code ?? '');
  const [name, setName] = useState(editing?.name ?? '');
  const [kind, setKind] = useState<UnitKind>(editing?.kind ?? 'department');
  const [parent, setParent] = useState(editing?.parentId ? String(editing.parentId) : '');
  const first = useFocusOnEdit(editing);

  const excluded = editing ? subtreeOf(units, editing.id) : new Set<number>();
  const parents = units.filter(
    (unit) => !excluded.has(unit.id) && (unit.active || unit.id === editing?.parentId),
  );

  const submit = async (event: Event) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!editing && !code.trim()) problems.code = t('adm_required');
    else if (!editing && !CODE.test(code.trim())) problems.code = t('adm_unitCodeBad');
    if (!name.trim()) problems.name = t('adm_required');
    if (Object.keys(problems).length > 0) return refuse(problems);
    const parentId = parent ? Number(parent) : null;
    const options = { conflict: t('adm_unitConflict'), fields: ['code', 'name', 'kind', 'parentId'] };
    const saved = editing
      ? await save(
          () =>
            request('admin-update-unit', {
              id: editing.id,
              patch: {
                ...(name.trim() !== editing.name ? { name: name.trim() } : {}),
                ...(kind !== editing.kind ? { kind } : {}),
                ...(parentId !== editing.parentId ? { parentId } : {}),
              },
            }),
          options,
        )
      : await save(
          () =>
            request('admin-create-unit', { unit: { code: code.trim(), name: name.trim(), kind, parentId } }),
          options,
        );
    if (saved) onSaved(saved, !editing);
  };

  const idOf = (field: string) => `unit-form-${field}`;
  return (
    <form class="adm-form" onSubmit={submit} data-testid="admin-unit-form" noValidate>
      <h3>{editing ? t('adm_unitEditHeading', { code: editing.code }) : t('adm_unitCreateHeading')}</h3>
      {!editing && (
        <Field id={idOf('code')} label={t('adm_unitCode')} error={failure?.fields.code}>
          {(props) => (
            <input
              {...props}
              ref={first}
              type="text"
              autoComplete="off"
              required
              maxLength={40}
              value={code}
              onInput={(e) => setCode(e.currentTarget.value)}
            />
          )}
        </Field>
      )}
      <Field id={idOf('name')} label={t('adm_unitName')} error={failure?.fields.name}>
        {(props) => (
          <input
            {...props}
            ref={editing ? first : undefined}
            type="text"
            required
            maxLength={200}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field id={idOf('kind')} label={t('adm_unitKind')} error={failure?.fields.kind}>
        {(props) => (
          <select {...props} value={kind} onChange={(e) => setKind(e.currentTarget.value as UnitKind)}>
            {UNIT_KINDS.map((value) => (
              <option key={value} value={value}>
                {kindLabel(t, value)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id={idOf('parentId')} label={t('adm_unitParent')} error={failure?.fields.parentId}>
        {(props) => (
          <select {...props} value={parent} onChange={(e) => setParent(e.currentTarget.value)}>
            <UnitOptions units={parents} />
          </select>
        )}
      </Field>
      <FormActions
        name="unit"
        busy={busy}
        submitLabel={editing ? t('adm_save') : t('adm_unitCreate')}
        error={failure?.message}
        onCancel={editing ? onCancel : undefined}
      />
    </form>
  );
}
