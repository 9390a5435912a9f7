/**
 * Everything addressed to one unit and its record: pick a unit, then its figures, its
 * unfinished tasks and the dispatches sent to it (not acknowledged first, or newest first),
 * with when and by whom each was acknowledged and the unit's tasks on it.
 * @module
 */
import { useEffect, useState } from 'preact/hooks';
import type { Unit } from '../../../../../shared/schemas/organisation';
import type { UnitRecord } from '../../../../../shared/schemas/reports';
import { errorText } from '../../../../lib/error-text';
import { useText } from '../../catalogue';
import type { ViewProps } from '../view-props';
import { UnitDispatches } from './UnitDispatches';
import { UnitFigures } from './UnitFigures';
import { UnitTasks } from './UnitTasks';
import '../tracking/tracking.css';
import { MoreButton } from '../../components/MoreButton';
import { UnitChoices } from '../../components/UnitChoices';

type Order = 'pending' | 'date';

export function UnitRecordView({ request, params, navigate, language, announce }: ViewProps) {
  const t = useText();
  const unitId = params.unit && /^[1-9]\d{0,15}$/.test(params.unit) ? Number(params.unit) : null;
  const order: Order = params.order === 'date' ? 'date' : 'pending';
  const [units, setUnits] = useState<Unit[]>([]);
  const [record, setRecord] = useState<UnitRecord | null>(null);
  const [items, setItems] = useState<UnitRecord['items']>([]);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    void request('get-organisation', {})
      .then((org) => org && setUnits(org.units))
      .catch(() => {});
  }, [request]);

  const load = async (cursor: string | null, live: () => boolean = () => true) => {
    if (unitId === null) return;
    setLoading(true);
    try {
      const answer = await request('unit-record', { unitId, order, ...(cursor ? { cursor } : {}) });
      if (!live()) return;
      if (answer?.ok) {
        setRecord(answer.data);
        setItems((before) => (cursor ? [...before, ...answer.data.items] : answer.data.items));
        setError(null);
        if (!cursor)
          announce(`${answer.data.unit.name}: ${t('unit_received')} ${answer.data.figures.received}`);
      } else setError(t('loadFailed', { reason: answer?.error ?? '' }));
    } catch (caught) {
      if (live()) setError(t('loadFailed', { reason: errorText(caught) }));
    } finally {
      if (live()) setLoading(false);
    }
  };

  useEffect(() => {
    let live = true;
    setRecord(null);
    setItems([]);
    setError(null);
    void load(null, () => live);
    return () => {
      live = false;
    };
  }, [unitId, order]);

  const go = (unit: string, nextOrder: Order) =>
    navigate('unit', { ...(unit ? { unit } : {}), ...(nextOrder === 'date' ? { order: 'date' } : {}) });

  return (
    <section aria-labelledby="unit-heading" class="card" data-testid="unit-record">
      <h2 id="unit-heading">
        {record ? `${t('unit_heading')}: ${record.unit.name} (${record.unit.code})` : t('unit_heading')}
      </h2>
      <label>
        {t('unit_pick')}{' '}
        <select
          data-testid="unit-pick"
          value={unitId === null ? '' : String(unitId)}
          onChange={(e) => go(e.currentTarget.value, order)}
        >
          <UnitChoices units={units} none={t('unit_pickPrompt')} />
        </select>
      </label>
      {error && (
        <p class="error" role="alert" data-testid="unit-error">
          {error}
        </p>
      )}
      {unitId !== null && !record && !error && <p data-testid="unit-loading">{t('loading')}</p>}
      {record && (
        <>
          {!record.unit.active && <p class="hint">{t('unit_inactive')}</p>}
          <UnitFigures figures={record.figures} language={language} />
          <UnitTasks tasks={record.openTasks} navigate={navigate} />
          <h3>{t('unit_dispatches')}</h3>
          <label>
            {t('unit_order')}{' '}
            <select
              data-testid="unit-order"
              value={order}
              onChange={(e) => go(String(unitId), e.currentTarget.value as Order)}
            >
              <option value="pending">{t('unit_order_pending')}</option>
              <option value="date">{t('unit_order_date')}</option>
            </select>
          </label>
          <UnitDispatches items={items} navigate={navigate} />
          {record.nextCursor && (
            <MoreButton testId="unit-more" busy={loading} onMore={() => void load(record.nextCursor)} />
          )}
        </>
      )}
    </section>
  );
}
