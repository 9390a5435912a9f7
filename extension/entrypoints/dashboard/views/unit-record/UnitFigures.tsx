import type { UnitRecord } from '../../../../../shared/schemas/reports';
import type { Language } from '../../../../lib/i18n';
import { useText } from '../../catalogue';
import { formatRate } from '../../format';

/** The unit's figures as a definition list, the overview's way. */
export function UnitFigures({ figures, language }: { figures: UnitRecord['figures']; language: Language }) {
  const t = useText();
  const hours =
    figures.averageAckHours === null
      ? '—'
      : t('unit_hours', {
          n: language === 'vi' ? String(figures.averageAckHours).replace('.', ',') : figures.averageAckHours,
        });
  return (
    <dl class="stats" data-testid="unit-figures">
      <div>
        <dt>{t('unit_received')}</dt>
        <dd data-testid="unit-received">{figures.received}</dd>
      </div>
      <div>
        <dt>{t('unit_acknowledged')}</dt>
        <dd data-testid="unit-acknowledged">{figures.acknowledged}</dd>
      </div>
      <div>
        <dt>{t('unit_rate')}</dt>
        <dd data-testid="unit-rate">
          {figures.acknowledgementRate === null
            ? t('noRate')
            : formatRate(figures.acknowledgementRate, language)}
        </dd>
      </div>
      <div>
        <dt>{t('unit_overdue')}</dt>
        <dd data-testid="unit-overdue" class={figures.overdueTasks > 0 ? 'bad' : undefined}>
          {figures.overdueTasks}
        </dd>
      </div>
      <div>
        <dt>{t('unit_open')}</dt>
        <dd data-testid="unit-open">{figures.openTasks}</dd>
      </div>
      <div>
        <dt>{t('unit_avg')}</dt>
        <dd data-testid="unit-avg">{hours}</dd>
      </div>
    </dl>
  );
}
