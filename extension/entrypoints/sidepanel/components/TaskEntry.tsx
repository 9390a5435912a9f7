import { useState } from 'preact/hooks';
import type { TaskDetail, TaskPatch } from '../../../../shared/schemas/task';
import { formatDate } from '../../../lib/i18n';
import type { PanelTask, Request } from '../../../lib/messaging';
import { useText } from '../catalogue';
import { DeadlineBadge } from './DeadlineBadge';

const REPORTED_STATUSES = ['todo', 'in_progress', 'done'] as const;

export interface TaskEntryProps {
  task: PanelTask;
  unitId: number | null;
  /** The dispatch's symbol, when it is in the inbox. */
  symbol: string | null;
  busy: boolean;
  request: Request;
  onReport: (patch: TaskPatch) => Promise<boolean>;
}

/** One of the unit's tasks: due date and deadline state, status, progress; the lead unit's head reports on it. */
export function TaskEntry({ task, unitId, symbol, busy, request, onReport }: TaskEntryProps) {
  const t = useText();
  const lead = unitId !== null && task.leadUnitId === unitId;
  const overdue = task.deadlineState === 'qua_han';
  const [status, setStatus] = useState<(typeof REPORTED_STATUSES)[number]>(
    task.status === 'overdue' ? 'in_progress' : task.status,
  );
  const [progress, setProgress] = useState(String(task.progress));
  const [note, setNote] = useState('');
  const [history, setHistory] = useState<TaskDetail['updates'] | null>(null);
  const [historyError, setHistoryError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const id = (name: string) => `task-${task.id}-${name}`;

  const loadHistory = async () => {
    const answer = await request('get-task', { taskId: task.id }).catch((caught: unknown) => ({
      ok: false as const,
      error: String(caught),
    }));
    if (answer?.ok) {
      setHistory(answer.data.updates);
      setHistoryError(null);
    } else setHistoryError(answer?.error ?? '');
  };

  const toggleHistory = () => {
    if (!open) void loadHistory();
    setOpen(!open);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const patch: TaskPatch = {};
    if (status !== task.status) patch.status = status;
    const value = Math.round(Number(progress));
    if (Number.isFinite(value) && value !== task.progress) patch.progress = Math.min(100, Math.max(0, value));
    if (note.trim()) patch.note = note.trim();
    if (Object.keys(patch).length === 0) return;
    if (await onReport(patch)) {
      setNote('');
      if (open) void loadHistory();
    }
  };

  return (
    <li
      class={`item task${overdue ? ' task-overdue' : ''}`}
      data-testid="task"
      data-task-id={String(task.id)}
      data-status={task.status}
      data-overdue={overdue ? 'true' : 'false'}
      data-deadline-state={task.deadlineState}
    >
      <p class="item-head">
        <strong>{task.title}</strong> <span class="state">{t(lead ? 'role_lead' : 'role_coordinating')}</span>
      </p>
      {symbol && <p class="hint">{symbol}</p>}
      <p>
        <span data-testid="task-due">
          {task.dueDate ? t('due', { date: formatDate(task.dueDate) }) : t('noDue')}
        </span>{' '}
        <DeadlineBadge state={task.deadlineState} daysLeft={task.daysLeft} />
      </p>
      <p data-testid="task-status">
        {t(`status_${task.status}`)} · {t('progress', { n: task.progress })}
      </p>
      <progress max={100} value={task.progress} aria-label={t('fieldProgress')} />
      {lead ? (
        <form class="report-form" data-testid="report-form" onSubmit={(event) => void submit(event)}>
          <label for={id('status')}>{t('fieldStatus')}</label>
          <select
            id={id('status')}
            name="status"
            value={status}
            onChange={(event) => setStatus(event.currentTarget.value as typeof status)}
          >
            {REPORTED_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`status_${value}`)}
              </option>
            ))}
          </select>
          <label for={id('progress')}>{t('fieldProgress')}</label>
          <input
            id={id('progress')}
            name="progress"
            type="number"
            min={0}
            max={100}
            step={5}
            value={progress}
            onInput={(event) => setProgress(event.currentTarget.value)}
          />
          <label for={id('note')}>{t('fieldNote')}</label>
          <textarea
            id={id('note')}
            name="note"
            rows={2}
            maxLength={500}
            value={note}
            onInput={(event) => setNote(event.currentTarget.value)}
          />
          <button type="submit" data-testid="report" disabled={busy}>
            {busy ? t('saving') : t('saveReport')}
          </button>
        </form>
      ) : (
        <p class="hint">{t('readOnly')}</p>
      )}
      <button
        type="button"
        class="link"
        data-testid="toggle-history"
        aria-expanded={open}
        aria-controls={id('history')}
        onClick={toggleHistory}
      >
        {t('history')}
      </button>
      <div id={id('history')}>
        {open && historyError !== null && <p>{t('loadFailed', { reason: historyError })}</p>}
        {open && history && history.length === 0 && <p class="hint">{t('historyEmpty')}</p>}
        {open && history && history.length > 0 && (
          <ol class="history" data-testid="history">
            {history.map((update) => (
              <li key={update.id}>
                {t('historyLine', {
                  date: formatDate(update.createdAt),
                  who: update.userName ?? '',
                  status: t(`status_${update.status}`),
                  n: update.progress,
                })}
                {update.note && <p class="hint">{update.note}</p>}
              </li>
            ))}
          </ol>
        )}
      </div>
    </li>
  );
}
