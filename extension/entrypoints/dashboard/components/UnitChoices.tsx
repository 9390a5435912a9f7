/**
 * The options of a unit select outside the admin pages (a task's lead unit, the unit whose
 * record is shown, the tracking filter): an empty first choice in the caller's words, then
 * each unit by name with its code after it, as the matrix and the unit record name them.
 * @module
 */
import type { Unit } from '../../../../shared/schemas/organisation';

export interface UnitChoicesProps {
  units: readonly Unit[];
  /** The empty choice's words ("any unit", "choose the lead unit"...). */
  none: string;
}

export function UnitChoices({ units, none }: UnitChoicesProps) {
  return (
    <>
      <option value="">{none}</option>
      {units.map((unit) => (
        <option key={unit.id} value={String(unit.id)}>
          {unit.name} ({unit.code})
        </option>
      ))}
    </>
  );
}
