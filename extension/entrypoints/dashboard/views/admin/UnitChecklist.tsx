/**
 * Choosing a group's units: a checkbox per unit with a filter box that ignores case and
 * diacritics ("giao duc" finds "Giáo dục"). Filtering only hides rows: a chosen unit that
 * is filtered out stays chosen.
 * @module
 */
import { useState } from 'preact/hooks';
import type { Unit } from '../../../../../shared/schemas/organisation';
import { matchesFilter, toggled } from '../../../../lib/pick-list';
import { useText } from '../../catalogue';

export interface UnitChecklistProps {
  /** Active units, plus inactive ones already chosen (so they can be taken out). */
  units: Unit[];
  chosen: ReadonlySet<number>;
  onChange: (chosen: Set<number>) => void;
  error?: string | undefined;
}

export function matchesUnit(unit: Unit, filter: string): boolean {
  return matchesFilter(`${unit.code} ${unit.name}`, filter);
}

export function UnitChecklist({ units, chosen, onChange, error }: UnitChecklistProps) {
  const t = useText();
  const [filter, setFilter] = useState('');
  const shown = units.filter((unit) => matchesUnit(unit, filter));

  return (
    <fieldset
      class="adm-checklist"
      data-testid="admin-group-members"
      aria-describedby={error ? 'group-members-error' : undefined}
    >
      <legend>{t('adm_membersLegend')}</legend>
      <label class="adm-filter">
        {t('adm_membersFilter')}
        <input
          type="search"
          data-testid="admin-group-filter"
          value={filter}
          onInput={(e) => setFilter(e.currentTarget.value)}
        />
      </label>
      <p class="hint" aria-live="polite" data-testid="admin-group-chosen">
        {t('adm_membersChosen', { n: chosen.size })}
      </p>
      {error && (
        <span class="field-error" id="group-members-error">
          {error}
        </span>
      )}
      <ul class="adm-checks">
        {shown.map((unit) => (
          <li key={unit.id}>
            <label>
              <input
                type="checkbox"
                data-testid="admin-group-unit"
                data-unit-id={unit.id}
                checked={chosen.has(unit.id)}
                onChange={(e) => onChange(toggled(chosen, unit.id, e.currentTarget.checked))}
              />
              {unit.code} — {unit.name}
              {!unit.active && ` ${t('adm_inactiveMark')}`}
            </label>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p class="hint">{t('adm_membersNoMatch')}</p>}
    </fieldset>
  );
}
