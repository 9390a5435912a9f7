import { useText } from '../../catalogue';
import { DispatchSearch } from '../../components/DispatchSearch';
import { Matrix } from '../../components/Matrix';
import type { ViewProps } from '../view-props';

/** Find a dispatch and see, unit by unit, where it stands (`?dispatch=<id>` opens it). */
export function DispatchesView({ request, params, navigate }: ViewProps) {
  const t = useText();
  const id = Number(params.dispatch);
  const selectedId = Number.isInteger(id) && id > 0 ? id : null;
  return (
    <div class="columns">
      <DispatchSearch
        request={request}
        selectedId={selectedId}
        onPick={(picked) =>
          navigate('dispatches', {
            dispatch: String(picked.id),
            ...(picked.symbol ? { symbol: picked.symbol } : {}),
          })
        }
      />
      {selectedId ? (
        <Matrix request={request} dispatchId={selectedId} symbol={params.symbol ?? null} />
      ) : (
        <section class="card" data-testid="matrix-pick">
          <p class="hint">{t('matrixPick')}</p>
        </section>
      )}
    </div>
  );
}
