import type { UnitTask } from '../../../../../shared/schemas/reports';
import { formatDate } from '../../../../lib/i18n';
import { useText } from '../../catalogue';

/** "Báo cáo quý — hạn 15/01/2026, quá hạn (chủ trì)". */
export function TaskLine({ task }: { task: UnitTask }) {
  const t = useText();
  const due = task.dueDate ? formatDate(task.dueDate) : t('unit_noDue');
  return (
    <span
      data-testid="unit-task"
      data-deadline={task.deadline ?? 'none'}
      class={task.deadline === 'qua_han' ? 'bad' : undefined}
    >
      {task.title} — {due}
      {task.deadline && `, ${t(`dl_${task.deadline}`)}`} ({t(`unit_role_${task.role}`)})
    </span>
  );
}
