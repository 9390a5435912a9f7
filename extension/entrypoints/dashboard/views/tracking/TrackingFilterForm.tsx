import { useState } from 'preact/hooks';
import type { Group, Unit } from '../../../../../shared/schemas/organisation';
import { ACK_FILTERS, TASK_FILTERS } from '../../../../../shared/schemas/reports';
import type { TrackingFilters } from '../../../../lib/messages/tracking';
import { useText } from '../../catalogue';
import { DateInput } from '../../components/DateInput';
import { UnitChoices } from '../../components/UnitChoices';
import { readPeriod } from '../../period-text';
import type { ViewParams } from '../view-props';
import { paramsOf } from './filters';

/** The matrix's filters; applying them goes to the address (`onApply`), which reloads the rows. */
export function TrackingFilterForm({
  filters,
  units,
  groups,
  onApply,
  onInvalid,
  parseDate,
  formatDate,
}: {
  filters: TrackingFilters;
  units: Unit[];
  groups: Group[];
  onApply: (params: ViewParams) => void;
  onInvalid: (message: string) => void;
  parseDate: (text: string) => string | null;
  formatDate: (iso: string) => string;
}) {
  const t = useText();
  const [group, setGroup] = useState(filters.groupId ? String(filters.groupId) : '');
  const [unit, setUnit] = useState(filters.unitId ? String(filters.unitId) : '');
  const [ack, setAck] = useState<string>(filters.ack ?? '');
  const [tasks, setTasks] = useState<string>(filters.tasks ?? '');
  const [fromText, setFromText] = useState(filters.from ? formatDate(filters.from) : '');
  const [toText, setToText] = useState(filters.to ? formatDate(filters.to) : '');
  const [q, setQ] = useState(filters.q ?? '');
  // A unit of the chosen group, when a group is chosen: the list stays short.
  const members = group ? new Set(groups.find((g) => String(g.id) === group)?.unitIds ?? []) : null;
  const unitChoices = members ? units.filter((u) => members.has(u.id) || String(u.id) === unit) : units;

  // A unit outside the newly chosen group would match nothing: let it go.
  const chooseGroup = (id: string) => {
    setGroup(id);
    const chosen = groups.find((g) => String(g.id) === id);
    if (chosen && unit && !chosen.unitIds.includes(Number(unit))) setUnit('');
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const typed = readPeriod(fromText, toText, parseDate);
    if ('badDate' in typed) return onInvalid(t('trk_badDate', { value: typed.badDate }));
    if ('reversed' in typed) return onInvalid(t('trk_badPeriod'));
    const { from, to } = typed;
    onApply(
      paramsOf({
        ...(group ? { groupId: Number(group) } : {}),
        ...(unit ? { unitId: Number(unit) } : {}),
        ...(ack ? { ack: ack as TrackingFilters['ack'] } : {}),
        ...(tasks ? { tasks: tasks as TrackingFilters['tasks'] } : {}),
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(q.trim() ? { q: q.trim() } : {}),
      }),
    );
  };

  return (
    <form class="trk-filters" onSubmit={submit} data-testid="tracking-filters">
      <fieldset>
        <legend>{t('trk_filters')}</legend>
        <label>
          {t('trk_q')}
          <input type="search" data-testid="trk-q" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
        </label>
        <label>
          {t('trk_group')}
          <select data-testid="trk-group" value={group} onChange={(e) => chooseGroup(e.currentTarget.value)}>
            <option value="">{t('trk_any')}</option>
            {groups.map((g) => (
              <option key={g.id} value={String(g.id)}>
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('trk_unit')}
          <select data-testid="trk-unit" value={unit} onChange={(e) => setUnit(e.currentTarget.value)}>
            <UnitChoices units={unitChoices} none={t('trk_any')} />
          </select>
        </label>
        <label>
          {t('trk_ack')}
          <select data-testid="trk-ack" value={ack} onChange={(e) => setAck(e.currentTarget.value)}>
            <option value="">{t('trk_any')}</option>
            {ACK_FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(`trk_ack_${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('trk_tasks')}
          <select data-testid="trk-tasks" value={tasks} onChange={(e) => setTasks(e.currentTarget.value)}>
            <option value="">{t('trk_any')}</option>
            {TASK_FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(`trk_tasks_${value}`)}
              </option>
            ))}
          </select>
        </label>
        <DateInput label={t('trk_from')} testId="trk-from" value={fromText} onValue={setFromText} />
        <DateInput label={t('trk_to')} testId="trk-to" value={toText} onValue={setToText} />
        <div class="trk-actions">
          <button type="submit" data-testid="trk-apply">
            {t('trk_show')}
          </button>
          <button type="button" data-testid="trk-clear" onClick={() => onApply({})}>
            {t('trk_clear')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
