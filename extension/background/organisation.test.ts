import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sessionItem } from '../lib/storage';
import { FakeServer, GROUPS, signedInSession, UNITS } from './fake-server';
import { getOrganisation, ORGANISATION_TTL_MS } from './organisation';
import { setSuccessListener } from './session';

let server: FakeServer;

beforeEach(async () => {
  fakeBrowser.reset();
  vi.unstubAllGlobals();
  server = new FakeServer().install();
  setSuccessListener(() => {});
  await sessionItem.setValue(signedInSession());
});

describe('get-organisation', () => {
  it('is null when nobody is signed in', async () => {
    await sessionItem.setValue(null);

    expect(await getOrganisation()).toBeNull();
    expect(server.calls).toHaveLength(0);
  });

  it('fetches the active units and the groups, then answers from the cache for a few minutes', async () => {
    expect(await getOrganisation(1_000)).toEqual({ units: UNITS, groups: GROUPS });
    expect(server.callsTo('/api/units')[0]?.url.searchParams.get('active')).toBe('true');

    await getOrganisation(1_000 + ORGANISATION_TTL_MS - 1);
    expect(server.calls).toHaveLength(2);

    await getOrganisation(1_000 + ORGANISATION_TTL_MS);
    expect(server.calls).toHaveLength(4);
  });

  it('answers the older copy when the server cannot be reached', async () => {
    await getOrganisation(1_000);
    server.down = true;

    expect(await getOrganisation(1_000 + 2 * ORGANISATION_TTL_MS)).toEqual({ units: UNITS, groups: GROUPS });
  });

  it("does not answer another user's copy", async () => {
    await getOrganisation(1_000);
    await sessionItem.setValue({ ...signedInSession(), user: { ...signedInSession().user, id: 8 } });
    server.down = true;

    expect(await getOrganisation(2_000)).toBeNull();
  });
});
