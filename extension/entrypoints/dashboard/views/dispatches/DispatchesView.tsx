/**
 * Find a dispatch and see, unit by unit, where it stands (`?dispatch=<id>` opens it); under the
 * matrix, send it to more units, assign tasks, and read its tasks and details.
 * @module
 */
import { useMemo, useState } from 'preact/hooks';
import { useText } from '../../catalogue';
import { DispatchSearch } from '../../components/DispatchSearch';
import { Matrix } from '../../components/Matrix';
import { MatrixExports } from '../../components/MatrixExports';
import type { Role, ViewProps } from '../view-props';
import { DispatchDetails } from './DispatchDetails';
import { DispatchTasks } from './DispatchTasks';
import { DistributeForm } from './DistributeForm';
import { TaskForm } from './TaskForm';
import { useDispatchDetail, useOrganisation } from './use-dispatch';
import './dispatches.css';

/**
 * Who may distribute and assign: the callers of POST /api/dispatches/:id/recipients and
 * POST /api/dispatches/:id/tasks in worker/openapi/catalogue.ts.
 */
const ACTORS: readonly Role[] = ['admin', 'clerk'];

export function DispatchesView({ request, params, navigate, role, today, announce, download }: ViewProps) {
  const t = useText();
  const id = Number(params.dispatch);
  const selectedId = Number.isInteger(id) && id > 0 ? id : null;
  const canAct = ACTORS.includes(role);
  // Moves after each distribution or assignment: the matrix and the details read again.
  const [version, setVersion] = useState(0);
  const { detail, error } = useDispatchDetail(request, selectedId, version);
  const { organisation, failed } = useOrganisation(request, canAct && selectedId !== null);
  const refresh = () => setVersion((n) => n + 1);

  const names = useMemo(() => {
    const byId = new Map<number, string>();
    for (const unit of organisation?.units ?? []) byId.set(unit.id, unit.name);
    // Recipients name units the active list may have dropped (a retired unit).
    for (const recipient of detail?.recipients ?? []) byId.set(recipient.unit.id, recipient.unit.name);
    return byId;
  }, [organisation, detail]);
  const sentTo = useMemo(() => new Set(detail?.recipients.map((r) => r.unit.id) ?? []), [detail]);

  const open = (dispatchId: number, symbol: string | null) =>
    navigate('dispatches', { dispatch: String(dispatchId), ...(symbol ? { symbol } : {}) });

  return (
    <div class="columns">
      <DispatchSearch
        request={request}
        selectedId={selectedId}
        onPick={(picked) => open(picked.id, picked.symbol)}
      />
      {selectedId ? (
        <div class="dispatch-page">
          <Matrix
            key={selectedId}
            request={request}
            dispatchId={selectedId}
            symbol={params.symbol ?? detail?.symbol ?? null}
            version={version}
            onOpenUnit={(unitId) => navigate('unit', { unit: String(unitId) })}
          >
            <MatrixExports
              request={request}
              dispatchId={selectedId}
              download={download}
              announce={announce}
            />
          </Matrix>
          {canAct && failed && (
            <p class="error" role="alert" data-testid="organisation-error">
              {t('act_organisationFailed')}
            </p>
          )}
          {canAct && organisation && (
            <>
              <DistributeForm
                key={`distribute-${selectedId}`}
                request={request}
                dispatchId={selectedId}
                units={organisation.units}
                groups={organisation.groups}
                sentTo={sentTo}
                announce={announce}
                onDone={refresh}
              />
              <TaskForm
                key={`task-${selectedId}`}
                request={request}
                dispatchId={selectedId}
                units={organisation.units}
                announce={announce}
                onDone={refresh}
              />
            </>
          )}
          {error && !detail && (
            <p class="error" role="alert" data-testid="detail-error">
              {t('loadFailed', { reason: error })}
            </p>
          )}
          {detail && (
            <>
              <DispatchTasks
                tasks={detail.tasks}
                today={today}
                unitName={(unitId) => names.get(unitId) ?? `#${unitId}`}
              />
              <DispatchDetails detail={detail} openDispatch={open} />
            </>
          )}
        </div>
      ) : (
        <section class="card" data-testid="matrix-pick">
          <p class="hint">{t('matrixPick')}</p>
        </section>
      )}
    </div>
  );
}
