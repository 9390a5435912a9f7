import { beforeAll, describe, expect, it } from 'vitest';
import type { TrackingPage } from '../../shared/schemas/reports';
import { SCAN_WINDOW } from '../reports/tracking-sql';
import { bearer, call, organisation, signIn } from '../test/fixtures';
import { addRecipients, createDispatch } from '../test/task-fixtures';

let org: Awaited<ReturnType<typeof organisation>>;
let admin: string;
const old: number[] = [];
let recent: number;

beforeAll(async () => {
  org = await organisation();
  admin = await signIn('admin@example.vn');
  // Two dispatches for the education department among the first ids, then one far above them
  // for the police: the window of the newest dispatches holds only the last.
  for (let i = 0; i < 2; i++) {
    const row = await createDispatch(org.clerk.id);
    await addRecipients(row.id, [org.education.id], org.clerk.id);
    old.push(row.id);
  }
  recent = (await createDispatch(org.clerk.id, { id: 2 * SCAN_WINDOW + 10 })).id;
  await addRecipients(recent, [org.police.id], org.clerk.id);
});

async function page(query: string) {
  const res = await call(`/api/reports/tracking${query}`, bearer(admin));
  expect(res.status).toBe(200);
  return (await res.json()) as TrackingPage;
}

describe('GET /api/reports/tracking over more dispatches than one request looks at', () => {
  it('answers a short page with a cursor to look further, until nothing is left', async () => {
    const first = await page(`?unitId=${org.education.id}`);
    expect(first.items).toEqual([]);
    expect(first.nextCursor).not.toBeNull();
    const ids: number[] = [];
    let cursor = first.nextCursor;
    let requests = 1;
    while (cursor !== null) {
      const next = await page(`?unitId=${org.education.id}&cursor=${cursor}`);
      ids.push(...next.items.map((row) => row.dispatch.id));
      cursor = next.nextCursor;
      requests += 1;
    }
    expect(ids).toEqual([...old].reverse());
    // 2 × SCAN_WINDOW + 10 ids: three windows.
    expect(requests).toBe(3);
  });

  it('keeps full pages continuous across a window', async () => {
    const all = await page('?limit=2');
    expect(all.items.map((row) => row.dispatch.id)).toEqual([recent]);
    const rest = await page(`?limit=2&cursor=${all.nextCursor}`);
    expect(rest.items).toEqual([]);
    const last = await page(`?limit=2&cursor=${rest.nextCursor}`);
    expect(last.items.map((row) => row.dispatch.id)).toEqual([...old].reverse());
    expect(last.nextCursor).toBeNull();
  });
});
