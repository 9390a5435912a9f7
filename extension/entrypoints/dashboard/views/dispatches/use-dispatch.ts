/**
 * The chosen dispatch's details (recipients, tasks, cites) and the organisation's units and
 * groups for the pickers, read again whenever `version` moves (after a distribution or an
 * assignment).
 * @module
 */
import { useEffect, useState } from 'preact/hooks';
import type { DispatchDetail } from '../../../../../shared/schemas/dispatch';
import type { Group, Unit } from '../../../../../shared/schemas/organisation';
import { errorText } from '../../../../lib/error-text';
import type { Request } from '../../../../lib/messaging';

export function useDispatchDetail(request: Request, dispatchId: number | null, version: number) {
  const [detail, setDetail] = useState<DispatchDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (dispatchId === null) return;
    let live = true;
    setError(null);
    void (async () => {
      try {
        const answer = await request('get-dispatch', { dispatchId });
        if (!live) return;
        if (answer?.ok) {
          setDetail(answer.data);
          setError(null);
        } else setError(answer?.error ?? '');
      } catch (caught) {
        if (live) setError(errorText(caught));
      }
    })();
    return () => {
      live = false;
    };
  }, [request, dispatchId, version]);
  // Another dispatch: never show the previous one's details meanwhile.
  const current = detail && detail.id === dispatchId ? detail : null;
  return { detail: current, error };
}

export interface Organisation {
  units: Unit[];
  groups: Group[];
}

/** Active units and groups (the background caches them a few minutes); null until read or when unreadable. */
export function useOrganisation(request: Request, wanted: boolean) {
  const [organisation, setOrganisation] = useState<Organisation | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void request('get-organisation', {})
      .then((answer) => {
        if (!live) return;
        if (answer) setOrganisation(answer);
        else setFailed(true);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [request, wanted]);
  return { organisation, failed };
}
