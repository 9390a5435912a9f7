/**
 * "Giao nhiệm vụ": a task on this dispatch for a lead unit, with coordinating units, a due date
 * (a day, or "trong N ngày làm việc" that the server counts past weekends and Vietnamese
 * holidays) and a recurrence. The form checks what TaskCreateSchema checks, so a mistake is
 * named beside the form instead of coming back as a 422; the browser's own checks are off
 * (`noValidate`) so every message is ours, in the user's language.
 * @module
 */
import { useState } from 'preact/hooks';
import type { Unit } from '../../../../../shared/schemas/organisation';
import type { Recurrence, TaskCreate } from '../../../../../shared/schemas/task';
import { errorText } from '../../../../lib/error-text';
import { formatDate } from '../../../../lib/i18n';
import type { Request } from '../../../../lib/messaging';
import { toggled } from '../../../../lib/pick-list';
import { type Translate, useText } from '../../catalogue';
import { UnitChoices } from '../../components/UnitChoices';
import { parseDayMonthYear } from '../../format';
import { Checklist } from './Checklist';

/** TaskCreateSchema's recurrences, written out: importing the schema would bring zod into the page. */
const RECURRENCES: readonly Recurrence[] = ['none', 'monthly', 'quarterly', 'yearly'];

type DueMode = 'none' | 'date' | 'workingDays';

interface Draft {
  title: string;
  description: string;
  leadUnitId: string;
  coordinating: Set<number>;
  dueMode: DueMode;
  dueDate: string;
  workingDays: string;
  recurrence: Recurrence;
}

const EMPTY: Draft = {
  title: '',
  description: '',
  leadUnitId: '',
  coordinating: new Set(),
  dueMode: 'workingDays',
  dueDate: '',
  workingDays: '',
  recurrence: 'none',
};

/** The request body of a draft, or what is wrong with it. */
export function taskOf(draft: Draft, t: Translate): { task: TaskCreate } | { error: string } {
  const title = draft.title.trim();
  if (!title) return { error: t('act_needTitle') };
  const leadUnitId = Number(draft.leadUnitId);
  if (!Number.isInteger(leadUnitId) || leadUnitId <= 0) return { error: t('act_needLead') };
  const task: TaskCreate = {
    title,
    leadUnitId,
    coordinatingUnitIds: [...draft.coordinating].filter((id) => id !== leadUnitId),
    recurrence: draft.recurrence,
  };
  const description = draft.description.trim();
  if (description) task.description = description;
  if (draft.dueMode === 'date') {
    const due = parseDayMonthYear(draft.dueDate);
    if (!due) return { error: t('badDate', { value: draft.dueDate }) };
    task.dueDate = due;
  } else if (draft.dueMode === 'workingDays') {
    const n = Number(draft.workingDays.trim());
    if (!draft.workingDays.trim() || !Number.isInteger(n) || n < 1 || n > 365)
      return { error: t('act_badWorkingDays') };
    task.dueInWorkingDays = n;
  } else if (draft.recurrence !== 'none') return { error: t('act_recurringNeedsDue') };
  return { task };
}

export interface TaskFormProps {
  request: Request;
  dispatchId: number;
  units: readonly Unit[];
  announce: (message: string) => void;
  /** After an assignment: the task list and the matrix read again. */
  onDone: () => void;
}

export function TaskForm({ request, dispatchId, units, announce, onDone }: TaskFormProps) {
  const t = useText();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [filter, setFilter] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const edit = (change: Partial<Draft>) => setDraft((current) => ({ ...current, ...change }));

  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = taskOf(draft, t);
    if ('error' in checked) {
      setError(checked.error);
      return;
    }
    setBusy(true);
    setError(null);
    setCreated(null);
    try {
      const answer = await request('assign-task', { dispatchId, task: checked.task });
      if (answer.ok) {
        const due = answer.data.dueDate ? formatDate(answer.data.dueDate) : null;
        const said = due
          ? t('act_assignedDue', { title: answer.data.title, due })
          : t('act_assigned', { title: answer.data.title });
        setCreated(said);
        announce(said);
        setDraft(EMPTY);
        setFilter('');
        onDone();
      } else setError(t('act_assignFailed', { reason: answer.error }));
    } catch (caught) {
      setError(t('act_assignFailed', { reason: errorText(caught) }));
    } finally {
      setBusy(false);
    }
  };

  const lead = Number(draft.leadUnitId);
  return (
    <section aria-labelledby="task-heading" class="card">
      <h2 id="task-heading">{t('act_taskHeading')}</h2>
      <p class="hint">{t('act_taskHint')}</p>
      <form class="task-form" data-testid="task-form" noValidate onSubmit={(event) => void submit(event)}>
        <label>
          {t('act_taskTitle')}
          <input
            type="text"
            aria-required="true"
            maxLength={200}
            data-testid="task-title"
            value={draft.title}
            onInput={(event) => edit({ title: event.currentTarget.value })}
          />
        </label>
        <label>
          {t('act_taskDescription')}
          <textarea
            rows={3}
            maxLength={10_000}
            data-testid="task-description"
            value={draft.description}
            onInput={(event) => edit({ description: event.currentTarget.value })}
          />
        </label>
        <label>
          {t('act_lead')}
          <select
            aria-required="true"
            data-testid="task-lead"
            value={draft.leadUnitId}
            onChange={(event) => edit({ leadUnitId: event.currentTarget.value })}
          >
            <UnitChoices units={units} none={t('act_pickLead')} />
          </select>
        </label>
        <label>
          {t('act_filterCoordinating')}
          <input
            type="search"
            data-testid="task-filter"
            value={filter}
            onInput={(event) => setFilter(event.currentTarget.value)}
          />
        </label>
        <Checklist
          legend={t('act_coordinating')}
          kind="coordinating"
          items={units
            .filter((unit) => unit.id !== lead)
            .map((unit) => ({ id: unit.id, label: unit.name, hint: unit.code }))}
          selected={draft.coordinating}
          onToggle={(id, on) => edit({ coordinating: toggled(draft.coordinating, id, on) })}
          filter={filter}
          empty={t('act_noneMatch')}
        />
        <fieldset class="due">
          <legend>{t('act_due')}</legend>
          {(['workingDays', 'date', 'none'] as const).map((mode) => (
            <label class="check" key={mode}>
              <input
                type="radio"
                name="due-mode"
                value={mode}
                data-testid={`due-${mode}`}
                checked={draft.dueMode === mode}
                onChange={() => edit({ dueMode: mode })}
              />
              {t(`act_due_${mode}`)}
            </label>
          ))}
          {draft.dueMode === 'workingDays' && (
            <label>
              {t('act_workingDays')}
              <input
                type="number"
                min={1}
                max={365}
                inputMode="numeric"
                data-testid="task-working-days"
                value={draft.workingDays}
                onInput={(event) => edit({ workingDays: event.currentTarget.value })}
              />
            </label>
          )}
          {draft.dueMode === 'date' && (
            <label>
              {t('act_dueDate')}
              <input
                type="text"
                inputMode="numeric"
                placeholder="dd/mm/yyyy"
                data-testid="task-due-date"
                value={draft.dueDate}
                onInput={(event) => edit({ dueDate: event.currentTarget.value })}
              />
            </label>
          )}
        </fieldset>
        <label>
          {t('act_recurrence')}
          <select
            data-testid="task-recurrence"
            value={draft.recurrence}
            onChange={(event) => edit({ recurrence: event.currentTarget.value as Recurrence })}
          >
            {RECURRENCES.map((recurrence) => (
              <option key={recurrence} value={recurrence}>
                {t(`act_recurrence_${recurrence}`)}
              </option>
            ))}
          </select>
        </label>
        {error && (
          <p class="error" role="alert" data-testid="task-error">
            {error}
          </p>
        )}
        {created && (
          <p class="ok" data-testid="task-created">
            {created}
          </p>
        )}
        <button type="submit" data-testid="task-submit" disabled={busy}>
          {busy ? t('act_sending') : t('act_taskSubmit')}
        </button>
      </form>
    </section>
  );
}
