import { describe, expect, it } from 'vitest';
import type { RegisterEntry } from '../../../../../shared/schemas/register';
import type { Message, Request } from '../../../../lib/messaging';
import { readRegister } from './load-register';

const line = (n: number) => ({ dispatchId: n, receivedNumber: n, symbol: `${n}/UBND-NC` }) as RegisterEntry;

/** A register of `total` lines served from the cursor on; records what was asked. */
function server(total: number) {
  const asked: Message[] = [];
  const request = (async (type: string, body: Record<string, unknown>) => {
    asked.push({ type, ...body } as Message);
    const start = Number(body.cursor ?? 0);
    const end = Math.min(total, start + Number(body.limit));
    const items = Array.from({ length: end - start }, (_, i) => line(start + i + 1));
    return { ok: true, data: { columns: [], items, nextCursor: end < total ? String(end) : null } };
  }) as unknown as Request;
  return { request, asked };
}

describe('reading the register', () => {
  it('reads every page in order until the end', async () => {
    const { request, asked } = server(5);
    const progress: number[] = [];
    const read = await readRegister(
      request,
      { year: 2026 },
      {
        page: 2,
        maxLines: 100,
        onProgress: (lines) => progress.push(lines.length) > 0,
      },
    );
    expect(read).toEqual({ ok: true, data: { lines: [1, 2, 3, 4, 5].map(line), capped: false } });
    expect(asked).toEqual([
      { type: 'register-page', year: 2026, limit: 2 },
      { type: 'register-page', year: 2026, limit: 2, cursor: '2' },
      { type: 'register-page', year: 2026, limit: 2, cursor: '4' },
    ]);
    expect(progress).toEqual([2, 4, 5]);
  });

  it('stops at the most lines it may hold and says some were left out', async () => {
    const { request, asked } = server(10);
    const read = await readRegister(
      request,
      { from: '2026-01-01', to: '2026-03-31' },
      {
        page: 4,
        maxLines: 6,
        onProgress: () => true,
      },
    );
    expect(read).toMatchObject({ ok: true, data: { capped: true } });
    expect(read?.ok && read.data.lines.map((l) => l.receivedNumber)).toEqual([1, 2, 3, 4, 5, 6]);
    // The last page asks only for what still fits.
    expect(asked.map((m) => (m as { limit: number }).limit)).toEqual([4, 2]);
  });

  it('is not capped when the register ends exactly at the limit', async () => {
    const { request } = server(6);
    const read = await readRegister(
      request,
      { year: 2026 },
      { page: 3, maxLines: 6, onProgress: () => true },
    );
    expect(read).toMatchObject({ ok: true, data: { capped: false } });
  });

  it('stops when abandoned, and passes on a failure', async () => {
    const { request, asked } = server(10);
    expect(
      await readRegister(request, { year: 2026 }, { page: 2, maxLines: 10, onProgress: () => false }),
    ).toBeNull();
    expect(asked).toHaveLength(1);
    const failing = (async () => ({ ok: false, error: 'Admins only' })) as unknown as Request;
    expect(
      await readRegister(failing, { year: 2026 }, { page: 2, maxLines: 10, onProgress: () => true }),
    ).toEqual({
      ok: false,
      error: 'Admins only',
    });
  });
});
