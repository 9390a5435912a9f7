/**
 * The options of an admin form's unit select (a unit's parent, a user's unit): "none" first,
 * since both may be left empty, then each unit as administrators know it, code first.
 * @module
 */
import type { Unit } from '../../../../../shared/schemas/organisation';
import { useText } from '../../catalogue';

export function UnitOptions({ units }: { units: readonly Unit[] }) {
  const t = useText();
  return (
    <>
      <option value="">{t('adm_none')}</option>
      {units.map((unit) => (
        <option key={unit.id} value={String(unit.id)}>
          {unit.code} — {unit.name}
        </option>
      ))}
    </>
  );
}
