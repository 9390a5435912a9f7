import { describe, expect, it } from 'vitest';
import { statusesFromLookup } from './lookup';

const item = (key: string, id: number, issuedDate: string | null = null) => ({
  key,
  id,
  symbol: key,
  issuedDate,
});

describe('statusesFromLookup', () => {
  it('marks the keys the server has as saved with their id, the others as new', () => {
    const dates = new Map([
      ['3944/UBND-NC', null],
      ['07/CT-BCA-V28', null],
    ]);

    expect(statusesFromLookup(dates, [item('3944/UBND-NC', 5)])).toEqual([
      { key: '3944/UBND-NC', state: 'saved', dispatchId: 5, error: null },
      { key: '07/CT-BCA-V28', state: 'new', dispatchId: null, error: null },
    ]);
  });

  it('does not take a namesake of another date for the dated document on the page', () => {
    const dates = new Map([['12/UBND-VP', '2024-03-01']]);

    expect(statusesFromLookup(dates, [item('12/UBND-VP', 1, '2020-05-02')])[0]?.state).toBe('new');
    expect(
      statusesFromLookup(dates, [
        item('12/UBND-VP', 1, '2020-05-02'),
        item('12/UBND-VP', 2, '2024-03-01'),
      ])[0],
    ).toMatchObject({ state: 'saved', dispatchId: 2 });
    // A record without a date may be this document.
    expect(statusesFromLookup(dates, [item('12/UBND-VP', 3)])[0]).toMatchObject({
      state: 'saved',
      dispatchId: 3,
    });
  });

  it('maps a key the server folded differently back to the page', () => {
    const dates = new Map([['12/2024/QĐ-UBND', null]]);

    expect(statusesFromLookup(dates, [item('12/2024/QD-UBND', 8)])[0]).toMatchObject({
      key: '12/2024/QĐ-UBND',
      state: 'saved',
      dispatchId: 8,
    });
  });
});
