import { useEffect, useRef, useState } from 'preact/hooks';
import type { AddresseeMatch } from '../../../lib/addressees';
import { matchesFilter, toggled } from '../../../lib/pick-list';
import { useText } from '../catalogue';
import type { Organisation } from '../hooks/use-organisation';

export interface RecipientPickerProps {
  /** The symbols of the dispatches to send. */
  symbols: readonly string[];
  /** undefined while loading, null when it could not be had. */
  organisation: Organisation | null | undefined;
  /** What the addressees written in the dispatch matched. */
  preset: AddresseeMatch;
  busy: boolean;
  onConfirm: (unitIds: number[], groupIds: number[]) => void;
  onSkip: () => void;
}

/** Right after a save: which groups and units receive it, pre-ticked from the addressees. */
export function RecipientPicker({
  symbols,
  organisation,
  preset,
  busy,
  onConfirm,
  onSkip,
}: RecipientPickerProps) {
  const t = useText();
  const heading = useRef<HTMLHeadingElement>(null);
  const [groupIds, setGroupIds] = useState<ReadonlySet<number>>(() => new Set(preset.groupIds));
  const [unitIds, setUnitIds] = useState<ReadonlySet<number>>(() => new Set(preset.unitIds));
  const [filter, setFilter] = useState('');

  // Keyboard users land on the picker, the next step after saving.
  useEffect(() => heading.current?.focus(), []);

  const shown = (name: string, ticked: boolean) => ticked || matchesFilter(name, filter);
  const count = groupIds.size + unitIds.size;
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'vi');
  const preselected = preset.groupIds.length + preset.unitIds.length > 0;

  return (
    <section
      class="picker"
      data-testid="recipient-picker"
      aria-labelledby="picker-heading"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onSkip();
      }}
    >
      <h2 id="picker-heading" ref={heading} tabIndex={-1}>
        {t('recipientsHeading', { symbols: symbols.join(', ') })}
      </h2>
      {organisation === undefined && <p>{t('recipientsLoading')}</p>}
      {organisation === null && <p>{t('recipientsUnavailable')}</p>}
      {organisation && (
        <>
          <p class="hint">{t(preselected ? 'recipientsIntro' : 'recipientsIntroEmpty')}</p>
          <div class="field">
            <label for="picker-filter">{t('recipientsFilter')}</label>
            <input
              id="picker-filter"
              type="search"
              value={filter}
              onInput={(event) => setFilter(event.currentTarget.value)}
            />
          </div>
          <div class="picker-lists">
            <fieldset>
              <legend>{t('recipientsGroups')}</legend>
              {[...organisation.groups]
                .sort(byName)
                .filter((group) => shown(group.name, groupIds.has(group.id)))
                .map((group) => (
                  <label key={group.id} class="check">
                    <input
                      type="checkbox"
                      data-testid="recipient-group"
                      value={group.id}
                      checked={groupIds.has(group.id)}
                      onChange={(event) =>
                        setGroupIds(toggled(groupIds, group.id, event.currentTarget.checked))
                      }
                    />
                    {group.name}
                  </label>
                ))}
            </fieldset>
            <fieldset>
              <legend>{t('recipientsUnits')}</legend>
              {[...organisation.units]
                .sort(byName)
                .filter((unit) => unit.active && shown(unit.name, unitIds.has(unit.id)))
                .map((unit) => (
                  <label key={unit.id} class="check">
                    <input
                      type="checkbox"
                      data-testid="recipient-unit"
                      value={unit.id}
                      checked={unitIds.has(unit.id)}
                      onChange={(event) => setUnitIds(toggled(unitIds, unit.id, event.currentTarget.checked))}
                    />
                    {unit.name}
                  </label>
                ))}
            </fieldset>
          </div>
        </>
      )}
      <div class="actions">
        {organisation && (
          <button
            type="button"
            class="primary-button"
            data-testid="distribute"
            disabled={busy || count === 0}
            onClick={() => onConfirm([...unitIds], [...groupIds])}
          >
            {t('recipientsSend', { n: count })}
          </button>
        )}
        <button type="button" data-testid="skip-recipients" onClick={onSkip}>
          {t('recipientsSkip')}
        </button>
      </div>
    </section>
  );
}
