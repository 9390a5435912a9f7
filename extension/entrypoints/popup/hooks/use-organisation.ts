/**
 * The organisation's units and groups for the recipient picker, asked for the first time the
 * picker opens (the background caches them) and kept while the popup is open.
 * @module
 */
import { useEffect, useState } from 'preact/hooks';
import type { Group, Unit } from '../../../../shared/schemas/organisation';
import type { Request } from '../../../lib/messaging';

export interface Organisation {
  units: Unit[];
  groups: Group[];
}

/** undefined while loading, null when it could not be had. */
export function useOrganisation(request: Request, wanted: boolean): Organisation | null | undefined {
  const [organisation, setOrganisation] = useState<Organisation | null | undefined>(undefined);
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (!wanted || asked) return;
    setAsked(true);
    request('get-organisation', {}).then(
      (answer) => setOrganisation(answer ?? null),
      () => setOrganisation(null),
    );
  }, [request, wanted, asked]);
  return organisation;
}
