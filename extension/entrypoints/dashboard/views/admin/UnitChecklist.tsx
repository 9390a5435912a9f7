/**
 * Choosing a group's units: a checkbox per unit with a filter box that ignores case and
 * diacritics ("giao duc" finds "Giáo dục"). Filtering only hides rows: a chosen unit that
 * is filtered out stays chosen.
 * @module
 */
import { useState } from 'preact/hooks';
import { foldText } from '../../../../../shared/references/fold';
import type { Unit } from '../../../../../shared/schemas/organisation';
import { useText } from '../../catalogue';

export interface UnitChecklistProps {
  /** Active units, plus inactive ones already chosen (so they can be taken out). */
  units: Unit[];
  chosen: ReadonlySet<number>;
  onChange: (chosen: Set<number>) => void;
  error?: string | undefined;
}

export function matchesUnit(unit: Unit, filter: string): boolean {
  const wanted = foldText(filter.trim());
  return !wanted || foldText(`${unit.code} ${unit.name}`).includes(wanted);
}

export function UnitChecklist({ units, chosen, onChange, error }: UnitChecklistProps) {
  const t = useText();
  const [filter, setFilter] = useState('');
  const shown = units.filter((unit) => matchesUnit(unit, filter));

  const flip = (id: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    onChange(next);
  };

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
                onChange={(e) => flip(unit.id, e.currentTarget.checked)}
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
