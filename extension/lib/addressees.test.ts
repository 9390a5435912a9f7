import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addresseeWords, matchAddressees, wordsMatch } from './addressees';

// The demo organisation of scripts/seed/demo-organisation.ts: a province's units and groups.
const UNITS = [
  { id: 1, name: 'Văn phòng UBND tỉnh' },
  { id: 2, name: 'Sở Nội vụ' },
  { id: 3, name: 'Sở Tài chính' },
  { id: 4, name: 'Sở Giáo dục và Đào tạo' },
  { id: 5, name: 'Sở Y tế' },
  { id: 6, name: 'Công an tỉnh' },
  { id: 7, name: 'Bộ Chỉ huy Quân sự tỉnh' },
  { id: 8, name: 'Ủy ban MTTQ Việt Nam tỉnh' },
  { id: 9, name: 'Tỉnh đoàn' },
  { id: 10, name: 'Hội Liên hiệp Phụ nữ tỉnh' },
  { id: 11, name: 'Hội Nông dân tỉnh' },
  { id: 12, name: 'UBND thành phố Hà Tĩnh' },
  { id: 13, name: 'UBND thị xã Hồng Lĩnh' },
  { id: 14, name: 'UBND huyện Kỳ Anh' },
  { id: 15, name: 'UBND huyện Cẩm Xuyên' },
  { id: 16, name: 'Trường THPT chuyên Hà Tĩnh' },
];
const GROUPS = [
  { id: 1, name: 'Các sở, ban, ngành tỉnh' },
  { id: 2, name: 'Các đoàn thể cấp tỉnh' },
  { id: 3, name: 'UBND các huyện, thành phố, thị xã' },
];

const match = (...addressees: string[]) => matchAddressees(addressees, UNITS, GROUPS);

describe('matchAddressees: groups named in the plural', () => {
  it('matches "các sở, ban, ngành" to the group, not to every department', () => {
    expect(match('các sở, ban, ngành')).toEqual({ unitIds: [], groupIds: [1] });
  });

  it('matches the districts group whatever the order and spelling of its list', () => {
    expect(match('UBND các huyện, thành phố, thị xã')).toEqual({ unitIds: [], groupIds: [3] });
    expect(match('UBND huyện, thành phố, thị xã')).toEqual({ unitIds: [], groupIds: [3] });
    expect(match('Ủy ban nhân dân các huyện, thị xã, thành phố')).toEqual({ unitIds: [], groupIds: [3] });
    expect(match('Chủ tịch UBND các huyện, thành phố, thị xã')).toEqual({ unitIds: [], groupIds: [3] });
  });

  it('reads the addressees of the 3944/UBND-NC article', () => {
    expect(
      match(
        'các cơ quan chuyên môn, cơ quan thuộc UBND tỉnh',
        'các đoàn thể cấp tỉnh',
        'cơ quan, doanh nghiệp, nhà trường cấp tỉnh và cơ quan Trung ương đóng trên địa bàn',
        'UBND huyện, thành phố, thị xã',
      ),
    ).toEqual({ unitIds: [], groupIds: [2, 3] });
  });

  it('finds two groups named in one phrase', () => {
    expect(match('các sở, ban, ngành, đoàn thể cấp tỉnh')).toEqual({ unitIds: [], groupIds: [1, 2] });
  });

  it('drops the title in front of a group', () => {
    expect(match('Thủ trưởng các sở, ban, ngành')).toEqual({ unitIds: [], groupIds: [1] });
  });
});

describe('matchAddressees: single units', () => {
  it('matches "Công an tỉnh" to the provincial police only', () => {
    expect(match('Công an tỉnh')).toEqual({ unitIds: [6], groupIds: [] });
  });

  it('matches units as written after "Kính gửi:", with titles and abbreviations', () => {
    expect(match('Kính gửi: Giám đốc Sở Tài chính')).toEqual({ unitIds: [3], groupIds: [] });
    expect(match('Sở GD&ĐT')).toEqual({ unitIds: [4], groupIds: [] });
    expect(match('Bộ CHQS tỉnh')).toEqual({ unitIds: [7], groupIds: [] });
    expect(match('Ủy ban MTTQ tỉnh')).toEqual({ unitIds: [8], groupIds: [] });
    expect(match('UBND huyện Kỳ Anh')).toEqual({ unitIds: [14], groupIds: [] });
    expect(match('Hội LHPN tỉnh')).toEqual({ unitIds: [10], groupIds: [] });
  });

  it('ignores case, diacritics and decomposed (NFD) text', () => {
    expect(match('CÔNG AN TỈNH')).toEqual({ unitIds: [6], groupIds: [] });
    expect(match('cong an tinh')).toEqual({ unitIds: [6], groupIds: [] });
    expect(match('Sở Y tế'.normalize('NFD'))).toEqual({ unitIds: [5], groupIds: [] });
  });

  it('finds each unit of a comma-separated list', () => {
    expect(match('Sở Y tế, Sở Tài chính, Công an tỉnh')).toEqual({ unitIds: [3, 5, 6], groupIds: [] });
  });

  it('does not take a district for "UBND huyện" or the province for "Hà Tĩnh"', () => {
    expect(match('UBND huyện')).toEqual({ unitIds: [], groupIds: [] });
    expect(match('UBND thành phố')).toEqual({ unitIds: [], groupIds: [] });
    expect(match('Công an huyện Cẩm Xuyên')).toEqual({ unitIds: [], groupIds: [] });
  });

  it('does not take a department for a ministry letter naming another one', () => {
    expect(match('Các Sở Giáo dục và Đào tạo')).toEqual({ unitIds: [4], groupIds: [] });
    expect(match('Sở Giáo dục, Khoa học và Công nghệ tỉnh Bạc Liêu')).toEqual({ unitIds: [], groupIds: [] });
  });

  it('matches nothing for "Như trên", empty text or punctuation', () => {
    expect(match('Như trên', '', ' - ; ')).toEqual({ unitIds: [], groupIds: [] });
  });

  it('leaves inactive units out', () => {
    expect(matchAddressees(['Công an tỉnh'], [{ id: 6, name: 'Công an tỉnh', active: false }], [])).toEqual({
      unitIds: [],
      groupIds: [],
    });
  });
});

describe('addresseeWords and wordsMatch', () => {
  it('reads a term the same abbreviated or not, and drops filler and the province word', () => {
    expect([...addresseeWords('UBND các huyện')]).toEqual(['ubnd', 'huyen']);
    expect([...addresseeWords('Ủy ban nhân dân các huyện')]).toEqual(['ubnd', 'huyen']);
    expect([...addresseeWords('Sở Lao động - Thương binh và Xã hội')]).toEqual(['so', 'ldtbxh']);
    expect([...addresseeWords('Sở LĐ-TB&XH')]).toEqual(['so', 'ldtbxh']);
    expect([...addresseeWords('Hội Nông dân tỉnh')]).toEqual(['hoi', 'nong', 'dan']);
    expect([...addresseeWords('UBND thành phố Hà Tĩnh')]).toContain('tinh');
    expect([...addresseeWords('các đoàn thể trên địa bàn tỉnh')]).toEqual(['doan', 'the']);
  });

  it('never matches on one shared word alone', () => {
    expect(wordsMatch(new Set(['doan', 'the']), new Set(['doan']))).toBe(false);
    expect(wordsMatch(new Set(['doan']), new Set(['doan']))).toBe(true);
    expect(wordsMatch(new Set(), new Set())).toBe(false);
  });
});

describe('matchAddressees on any text', () => {
  it('never throws and only returns ids of the organisation, each once', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' })), (addressees) => {
        const found = matchAddressees(addressees, UNITS, GROUPS);
        expect(new Set(found.unitIds).size).toBe(found.unitIds.length);
        expect(found.unitIds.every((id) => UNITS.some((unit) => unit.id === id))).toBe(true);
        expect(found.groupIds.every((id) => GROUPS.some((group) => group.id === id))).toBe(true);
      }),
    );
  });

  it('finds every unit and group by its own name', () => {
    for (const unit of UNITS) expect(match(unit.name).unitIds, unit.name).toContain(unit.id);
    for (const group of GROUPS) expect(match(group.name).groupIds, group.name).toContain(group.id);
  });
});
