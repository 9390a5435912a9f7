import { describe, expect, it } from 'vitest';
import { parseCommonShape } from './common-shape';
import { parseSymbolAt } from './parse-symbol';

describe('parseSymbolAt: the Party’s QĐi', () => {
  it('reads it in the Party shape', () => {
    expect(parseSymbolAt('08-QĐi/TW', 0)?.symbol).toBe('08-QĐi/TW');
  });

  it.each(['12/UBND-QĐi', '12/UBND-QĐI', '12/UBND-QĐI-VP', '12/QĐi-UBND'])(
    'refuses it before or after a slash: %s',
    (text) => {
      expect(parseSymbolAt(text, 0)).toBeNull();
      // The fast path leaves it to the general parser.
      expect(parseCommonShape(text, 0)).toBeUndefined();
    },
  );
});
