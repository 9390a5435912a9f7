/**
 * "Gửi thêm đơn vị / nhóm": sends the dispatch to more groups and units through the popup's own
 * `distribute` message. Units it already went to are shown ticked and cannot be sent again.
 * @module
 */
import { useState } from 'preact/hooks';
import type { Group, Unit } from '../../../../../shared/schemas/organisation';
import { errorText } from '../../../../lib/error-text';
import type { Request } from '../../../../lib/messaging';
import { toggled } from '../../../../lib/pick-list';
import { useText } from '../../catalogue';
import { Checklist } from './Checklist';

export interface DistributeFormProps {
  request: Request;
  dispatchId: number;
  units: readonly Unit[];
  groups: readonly Group[];
  /** Units the dispatch was already sent to. */
  sentTo: ReadonlySet<number>;
  announce: (message: string) => void;
  /** After a distribution: the matrix and the details read again. */
  onDone: () => void;
}

export function DistributeForm({
  request,
  dispatchId,
  units,
  groups,
  sentTo,
  announce,
  onDone,
}: DistributeFormProps) {
  const t = useText();
  const [filter, setFilter] = useState('');
  const [groupIds, setGroupIds] = useState<Set<number>>(new Set());
  const [unitIds, setUnitIds] = useState<Set<number>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (groupIds.size + unitIds.size === 0) {
      setError(t('act_pickSomeone'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const answer = await request('distribute', {
        dispatchId,
        unitIds: [...unitIds],
        groupIds: [...groupIds],
      });
      if (answer.ok) {
        announce(t('act_distributed', { groups: groupIds.size, units: unitIds.size }));
        setGroupIds(new Set());
        setUnitIds(new Set());
        onDone();
      } else setError(t('act_distributeFailed', { reason: answer.error }));
    } catch (caught) {
      setError(t('act_distributeFailed', { reason: errorText(caught) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="distribute-heading" class="card">
      <h2 id="distribute-heading">{t('act_distributeHeading')}</h2>
      <form data-testid="distribute-form" onSubmit={(event) => void submit(event)}>
        <label>
          {t('act_filter')}
          <input
            type="search"
            data-testid="distribute-filter"
            value={filter}
            onInput={(event) => setFilter(event.currentTarget.value)}
          />
        </label>
        <div class="checklists">
          <Checklist
            legend={t('act_groups')}
            kind="group"
            items={groups.map((group) => ({
              id: group.id,
              label: group.name,
              hint: t('act_groupSize', { n: group.unitIds.length }),
            }))}
            selected={groupIds}
            onToggle={(id, on) => setGroupIds((current) => toggled(current, id, on))}
            filter={filter}
            empty={t('act_noneMatch')}
          />
          <Checklist
            legend={t('act_units')}
            kind="unit"
            items={units.map((unit) => ({
              id: unit.id,
              label: unit.name,
              hint: unit.code,
              done: sentTo.has(unit.id),
            }))}
            selected={unitIds}
            onToggle={(id, on) => setUnitIds((current) => toggled(current, id, on))}
            filter={filter}
            empty={t('act_noneMatch')}
          />
        </div>
        <p class="hint" data-testid="distribute-chosen">
          {t('act_chosen', { groups: groupIds.size, units: unitIds.size })}
        </p>
        {error && (
          <p class="error" role="alert" data-testid="distribute-error">
            {error}
          </p>
        )}
        <button type="submit" data-testid="distribute-submit" disabled={busy}>
          {busy ? t('act_sending') : t('act_distributeSubmit')}
        </button>
      </form>
    </section>
  );
}
