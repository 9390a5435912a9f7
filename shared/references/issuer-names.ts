/**
 * Full names of issuing bodies, for when a page gives the symbol but never names its issuer
 * in words ("Quyết định 439/QĐ-TTg 2023 …").
 * @module
 */

import { foldText } from './fold';

const ISSUER_NAMES: ReadonlyMap<string, string> = new Map([
  ['CP', 'Chính phủ'],
  ['TTg', 'Thủ tướng Chính phủ'],
  ['VPCP', 'Văn phòng Chính phủ'],
  ['VPQH', 'Văn phòng Quốc hội'],
  ['BCA', 'Bộ Công an'],
  ['BNV', 'Bộ Nội vụ'],
  ['BTC', 'Bộ Tài chính'],
  ['BYT', 'Bộ Y tế'],
  ['BGDĐT', 'Bộ Giáo dục và Đào tạo'],
  ['BXD', 'Bộ Xây dựng'],
  ['BGTVT', 'Bộ Giao thông vận tải'],
  ['BCT', 'Bộ Công Thương'],
  ['BTTTT', 'Bộ Thông tin và Truyền thông'],
  ['BKHĐT', 'Bộ Kế hoạch và Đầu tư'],
  ['BKHCN', 'Bộ Khoa học và Công nghệ'],
  ['BNNPTNT', 'Bộ Nông nghiệp và Phát triển nông thôn'],
  ['BNN', 'Bộ Nông nghiệp và Phát triển nông thôn'],
  ['BLĐTBXH', 'Bộ Lao động - Thương binh và Xã hội'],
  ['LĐTBXH', 'Bộ Lao động - Thương binh và Xã hội'],
  ['BVHTTDL', 'Bộ Văn hóa, Thể thao và Du lịch'],
  ['BQP', 'Bộ Quốc phòng'],
  ['BTP', 'Bộ Tư pháp'],
  ['BTNMT', 'Bộ Tài nguyên và Môi trường'],
  ['BNG', 'Bộ Ngoại giao'],
  ['NHNN', 'Ngân hàng Nhà nước Việt Nam'],
  ['TTCP', 'Thanh tra Chính phủ'],
  ['TANDTC', 'Tòa án nhân dân tối cao'],
  ['VKSNDTC', 'Viện kiểm sát nhân dân tối cao'],
  // The general departments under a ministry, each code its own (audit 123).
  // Not TCT, which a Tổng công ty writes for itself as the Tổng cục Thuế does (review 52).
  ['TCHQ', 'Tổng cục Hải quan'],
  ['TCTK', 'Tổng cục Thống kê'],
  ['TCTDTT', 'Tổng cục Thể dục thể thao'],
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['TW', 'Ban Chấp hành Trung ương'],
  ['TU', 'Tỉnh ủy'],
  ['HU', 'Huyện ủy'],
  ['SNV', 'Sở Nội vụ'],
  ['SNgV', 'Sở Ngoại vụ'],
  ['STC', 'Sở Tài chính'],
  ['SYT', 'Sở Y tế'],
  ['SXD', 'Sở Xây dựng'],
  ['STNMT', 'Sở Tài nguyên và Môi trường'],
  ['STTTT', 'Sở Thông tin và Truyền thông'],
  ['SGDĐT', 'Sở Giáo dục và Đào tạo'],
  ['GDĐT', 'Sở Giáo dục và Đào tạo'],
  ['STP', 'Sở Tư pháp'],
  ['CAT', 'Công an tỉnh'],
  // A district's departments (codes.ts).
  ['PGDĐT', 'Phòng Giáo dục và Đào tạo'],
  ['PNV', 'Phòng Nội vụ'],
  ['PTCKH', 'Phòng Tài chính - Kế hoạch'],
  ['PTNMT', 'Phòng Tài nguyên và Môi trường'],
  ['PLĐTBXH', 'Phòng Lao động - Thương binh và Xã hội'],
  ['PYT', 'Phòng Y tế'],
  ['PVHTT', 'Phòng Văn hóa và Thông tin'],
  ['PTP', 'Phòng Tư pháp'],
  ['PKTHT', 'Phòng Kinh tế và Hạ tầng'],
  ['PQLĐT', 'Phòng Quản lý đô thị'],
  ['PNNPTNT', 'Phòng Nông nghiệp và Phát triển nông thôn'],
]);

/** The full name of an issuer code, or null when the engine does not know it. */
export function issuerName(issuer: string | null): string | null {
  if (!issuer) return null;
  if (/^QH\d+$/.test(issuer)) return 'Quốc hội';
  if (/^UBTVQH\d+$/.test(issuer)) return 'Ủy ban Thường vụ Quốc hội';
  return ISSUER_NAMES.get(issuer) ?? null;
}

/**
 * Names a header writes in capitals that the generic rule of `bodyInNormalCase` would case
 * wrongly ("BỘ CÔNG THƯƠNG" is "Bộ Công Thương"), with the names of the codes above.
 */
const KNOWN_NAMES: readonly { name: string; folded: string }[] = [
  ...new Set([
    ...ISSUER_NAMES.values(),
    'Bộ Công Thương',
    'Sở Công Thương',
    'Bộ Chính trị',
    'Ban Bí thư',
    'Ban Chấp hành Trung ương',
    'Quốc hội',
    'Ủy ban Thường vụ Quốc hội',
    'Ủy ban Mặt trận Tổ quốc Việt Nam',
    'Kho bạc Nhà nước',
    'Bảo hiểm xã hội Việt Nam',
    'Tòa án nhân dân',
    'Viện kiểm sát nhân dân',
    'Sở Lao động - Thương binh và Xã hội',
    'Sở Văn hóa, Thể thao và Du lịch',
    'Sở Kế hoạch và Đầu tư',
    'Sở Khoa học và Công nghệ',
    'Sở Nông nghiệp và Phát triển nông thôn',
    'Sở Giao thông vận tải',
  ]),
]
  .map((name) => ({ name, folded: foldText(name) }))
  .sort((a, b) => b.folded.length - a.folded.length);

/** How a phrase of a body's name is written, by its lower-case NFC spelling ("ủy" for "uỷ"). */
type PhraseKind = 'body' | 'admin' | 'fixed' | 'level';
const PHRASES: ReadonlyMap<string, { text: string; kind: PhraseKind }> = new Map(
  [
    // Body types whose case is their own: after them a specific name or a place.
    ...[
      'Ủy ban nhân dân',
      'Hội đồng nhân dân',
      'Tỉnh ủy',
      'Thành ủy',
      'Huyện ủy',
      'Quận ủy',
      'Thị ủy',
      'Đảng ủy',
      'Đảng bộ',
      // The Youth Union's committees, named by their place as the Party's are.
      'Tỉnh Đoàn',
      'Thành Đoàn',
      'Huyện Đoàn',
      'Quận Đoàn',
      'Thị Đoàn',
      'Tòa án nhân dân',
      'Viện kiểm sát nhân dân',
      'Công an',
      'Bảo hiểm xã hội',
      'Kho bạc Nhà nước',
      'Bộ',
      'Sở',
      'Cục',
      'Tổng cục',
      'Chi cục',
      'Ban',
      'Văn phòng',
      'Vụ',
      'Viện',
      'Phòng',
      'Trung tâm',
      'Trường',
      'Học viện',
      'Bệnh viện',
      'Hội đồng',
      'Ủy ban',
      'Thanh tra',
      'Ngân hàng',
      'Công ty',
      'Tổng công ty',
      'Tập đoàn',
      'Chi nhánh',
      'Bộ Chỉ huy',
      'Bộ Tư lệnh',
      'Liên đoàn',
      'Hội',
      'Đoàn',
    ].map((text) => [text, 'body'] as const),
    // Administrative units: lower case, a place name after them.
    ...[
      'tỉnh',
      'thành phố',
      'huyện',
      'quận',
      'xã',
      'phường',
      'thị xã',
      'thị trấn',
      'TP',
      'TP.',
      'TX',
      'TX.',
    ].map((text) => [text, 'admin'] as const),
    // Proper names and words with a case of their own wherever they stand.
    ...[
      'Trung ương',
      'Nhà nước',
      'Việt Nam',
      'Tổ quốc',
      'Chính phủ',
      'Quốc hội',
      'Công Thương',
      'Hồ Chí Minh',
      'xã hội',
      'Thủ tướng',
      'miền Bắc',
      'miền Trung',
      'miền Nam',
    ].map((text) => [text, 'fixed'] as const),
    // A school's level, before its name: "Trường Tiểu học Trần Phú".
    ...['Tiểu học', 'Trung học cơ sở', 'Trung học phổ thông', 'Mầm non', 'Mẫu giáo', 'Đa khoa'].map(
      (text) => [text, 'level'] as const,
    ),
  ].map(([text, kind]) => [phraseKey(text), { text, kind }]),
);
const MAX_PHRASE_WORDS = 4;
/** Types and levels of the bodies named after a person ("Trường THPT Nguyễn Trãi"). */
const NAMED_AFTER_PEOPLE: ReadonlySet<string> = new Set([
  'Trường',
  'Bệnh viện',
  'Học viện',
  'Tiểu học',
  'Trung học cơ sở',
  'Trung học phổ thông',
  'Mầm non',
  'Mẫu giáo',
  'Đa khoa',
]);
const PLACE_COMMITTEES: ReadonlySet<string> = new Set([
  'Tỉnh ủy',
  'Thành ủy',
  'Huyện ủy',
  'Quận ủy',
  'Thị ủy',
  'Tỉnh Đoàn',
  'Thành Đoàn',
  'Huyện Đoàn',
  'Quận Đoàn',
  'Thị Đoàn',
]);

/** Old and new tone placement ("uỷ"/"ủy", "hoà"/"hòa") compare equal. */
function phraseKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/u([ỷýỳỹỵ])/g, (_, y: string) => `${'ủúùũụ'['ỷýỳỹỵ'.indexOf(y)]}y`)
    .replace(/o([àáảãạ])/g, (_, a: string) => `${'òóỏõọ'['àáảãạ'.indexOf(a)]}a`)
    .replace(/o([èéẻẽẹ])/g, (_, e: string) => `${'òóỏõọ'['èéẻẽẹ'.indexOf(e)]}e`);
}

/** Abbreviations a name keeps in capitals ("UBND", "HĐND", "TNHH"): no vowel, or listed. */
function isAbbreviation(word: string): boolean {
  const letters = word.replace(/[.&-]/g, '');
  if (!/^\p{Lu}{2,}$/u.test(letters)) return /\d|&/.test(word);
  return !/[aeiouy]/.test(foldText(letters)) || ABBREVIATIONS.has(letters);
}
const ABBREVIATIONS = new Set([
  'UBND',
  'UBMTTQ',
  'MTTQ',
  'TAND',
  'VKSND',
  'CAND',
  'QĐND',
  'TANDTC',
  'VKSNDTC',
]);

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

/** A body's name opens with one of these nouns (folded): "Ủy ban", "Sở", "Bộ", "Tỉnh ủy", "Tòa án" … */
export const BODY_OPENING =
  /^(?:uy ban|ubnd|hoi dong|hdnd|so|bo|cuc|tong cuc|chi cuc|vu|vien|ban|phong|van phong|trung tam|truong|cong an|(?:tinh|thanh|huyen|quan|thi|xa|phuong|dang) uy|dang bo|toa an|tand|vien kiem sat|kho bac|thanh tra|kiem toan|bao hiem|ngan hang|chinh phu|quoc hoi|thu tuong|chu tich|bo chi huy|bo tu lenh|bo doi|mat tran|lien doan|lien hiep|hoi|doan|dai hoc|hoc vien|benh vien|cong ty|tap doan|tong cong ty|chi nhanh|ban chap hanh|bch|bql|ban quan ly)\b/;

/**
 * The Party's central organs, which issue under the Central Committee's code TW: a title may name
 * one for a document of the Committee's header, a signer sign on one's behalf.
 */
export const PARTY_ORGAN = /^(?:Bộ Chính trị|Ban Bí thư)(?![\p{L}\d])/u;

/** The longest heading read as a body's name. */
const MAX_BODY_HEADING = 80;

/**
 * The body a heading names, in normal case, or null: a group's heading in a listing ("HỘI ĐỒNG
 * NHÂN DÂN TỈNH", "UBND tỉnh Quảng Bình (2)" with its count), a short line that opens with a body
 * noun, holds no number nor a verb of issuing ("Ban hành mới"), and is in capitals or names the
 * body after its noun in capitals ("Sở Tài chính"; not a field's "Bộ máy hành chính", "Sở hữu trí
 * tuệ") or a local body by its kind ("Ủy ban nhân dân tỉnh"); and that agrees with the `issuer`
 * code of the documents under it when the code is known, by name or spelling (`spellsCode`; a
 * tracking table's "SỞ TÀI CHÍNH" over the UBND's dispatches it leads is no issuing body).
 */
export function bodyHeading(text: string, issuer: string | null): string | null {
  const name = text
    .replace(/\s*\(\d+\)\s*$/, '')
    // "I. NGHỊ QUYẾT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH": a section's numeral and its documents' type.
    .replace(SECTION_OF, '')
    .trim()
    .normalize('NFC');
  const folded = foldText(name);
  if (name.length > MAX_BODY_HEADING || /[\d:]/.test(name) || folded.startsWith('ban hanh')) return null;
  // One body: "VĂN BẢN CỦA HĐND, UBND TỈNH" names two (review 11).
  if (!BODY_OPENING.test(folded) || /,|\s[-–]\s/.test(name)) return null;
  if (name !== name.toUpperCase() && !/\s\p{Lu}/u.test(name) && !LOCAL_BODY.test(folded)) return null;
  if (issuer && issuerName(issuer) && !namesIssuer(name, issuer)) return null;
  return bodyInNormalCase(name);
}

/**
 * Whether the name is the body the issuer code stands for: its known name, or a name spelling
 * the code (`spellsCode`: "Công đoàn viên chức tỉnh" for CĐVC).
 */
export function namesIssuer(name: string, issuer: string): boolean {
  const folded = foldText(name);
  const known = issuerName(issuer);
  const knownName = known ? foldText(known) : null;
  return (
    (knownName !== null && (folded.includes(knownName) || knownName.startsWith(folded))) ||
    spellsCode(folded, issuer)
  );
}

/** A roman numeral or a letter, then "<type words> của", before a section's body ("II. QUYẾT ĐỊNH CỦA"). */
const SECTION_OF = /^(?:[IVXLC]+|[A-Z])[.)]\s+(?:(?:\p{L}+\s+){1,3}(?:của|CỦA)\s+)?/u;

/** A local body named by its kind and level only ("Ủy ban nhân dân tỉnh", "HĐND huyện", "Tỉnh ủy"). */
const LOCAL_BODY =
  /^(?:uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd|(?:tinh|huyen|thanh|quan|thi|dang) uy)(?![a-z])/;

/**
 * Whether the name spells the code: its words' initials, an abbreviation's letters whole ("SỞ
 * GD&ĐT" spells SGDĐT, "Tỉnh ủy" TU, "HĐND tỉnh" HĐND; "và", "các" left out), or the code as one
 * of its words ("UBND tỉnh …"); "Trung ương" spells TW. Not "SỞ GIAO THÔNG VẬN TẢI" over SNV
 * (review 10). `name` comes folded, `code` as written (its "TƯ" is read before folding).
 */
export function spellsCode(name: string, code: string, whole = false): boolean {
  // "Trung ương" is written TW in codes, never TU, which is a Tỉnh ủy's (review 50), or TƯ with
  // its horn ("Ban TGTƯ", "…/BVNTƯ"; review 53).
  const nfc = code.normalize('NFC');
  const folded = foldText(nfc);
  const letters = (/T\.?Ư/u.test(nfc) ? foldText(nfc.replace(/T\.?Ư/gu, 'TW')) : folded).replace(
    /[^a-z]/g,
    '',
  );
  const words = spellingWords(name.replace(/\btrung uong\b/g, 'tw'));
  if (words.includes(folded)) return true;
  const initials = words
    .map((word) => (/[aeiouy]/.test(word) ? word[0] : word.replace(/[^a-z]/g, '')))
    .join('');
  // `whole`: the name's letters are the code's and no more ("Bộ GD&ĐT" for BGDĐT, not "Ban Tổ
  // chức Hội thi" for BTC; review 15).
  return whole ? initials === letters : initials.startsWith(letters);
}

/** The words of a folded name that may spell a code: without "và" and "các". */
export function spellingWords(name: string): string[] {
  return name.split(/[\s,]+/).filter((word) => word !== 'va' && word !== 'cac');
}

/**
 * A body's name written all in capitals, as a clerk writes it (ND 30/2020, Phụ lục II):
 * "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH" → "Ủy ban nhân dân tỉnh Quảng Ninh", "SỞ Y TẾ" → "Sở Y
 * tế", "BAN THƯỜNG VỤ TỈNH ỦY" → "Ban Thường vụ Tỉnh ủy". A known name wins ("BỘ GIÁO DỤC VÀ
 * ĐÀO TẠO" → "Bộ Giáo dục và Đào tạo"); otherwise body types keep their own case, the first
 * word of the specific name after them and of each field joined by "và", "," or "-" is
 * capitalised, administrative units are lower case and the place name after them is
 * title-cased; abbreviations stay. Text in mixed case is returned as written; NFD stays NFD.
 */
export function bodyInNormalCase(name: string): string {
  const nfc = name.normalize('NFC');
  if (nfc !== nfc.toUpperCase() || !/\p{L}{2}/u.test(nfc)) return name;
  const words = nfc.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let i = 0;
  // The state of the word to come: a name's opening word, the rest of a specific name, a place.
  let state: 'start' | 'first' | 'rest' | 'place' | 'person' = 'start';
  // Right after a school's or a hospital's type, its level and abbreviations ("TRƯỜNG THPT").
  let namedAfter = false;
  const known = knownNameAt(words);
  if (known) {
    out.push(known.name);
    i = known.words;
    state = 'place';
  }
  while (i < words.length) {
    let matched = false;
    for (let n = Math.min(MAX_PHRASE_WORDS, words.length - i); n >= 1 && !matched; n--) {
      const phrase = PHRASES.get(phraseKey(words.slice(i, i + n).join(' ')));
      if (!phrase) continue;
      // A body type opens a name only at its start or after a place ("SỞ NỘI VỤ": "VỤ" is no Vụ).
      if (phrase.kind === 'body' && state !== 'start' && state !== 'place' && n === 1) continue;
      matched = true;
      namedAfter = NAMED_AFTER_PEOPLE.has(phrase.text);
      const written = words.slice(i, i + n);
      if (phrase.kind === 'admin') {
        out.push(isAbbreviation(written[0] as string) ? written.join(' ') : phrase.text);
        state = 'place';
      } else if (phrase.kind === 'level') {
        out.push(phrase.text);
        state = 'first';
      } else if (phrase.kind === 'body') {
        out.push(phrase.text);
        // A Party committee is named by its place: "TỈNH ỦY LÂM ĐỒNG", "THÀNH ỦY ĐÀ LẠT".
        state = PLACE_COMMITTEES.has(phrase.text) ? 'place' : 'first';
      } else {
        // A proper name keeps its capitals ("ĐOÀN TNCS HỒ CHÍ MINH"; audit 119).
        out.push(state === 'first' && /^\p{Ll}/u.test(phrase.text) ? capitalised(phrase.text) : phrase.text);
        if (state === 'first' || state === 'start') state = 'rest';
      }
      i += n;
    }
    if (matched) continue;
    const word = words[i] as string;
    const afterType = namedAfter;
    namedAfter = namedAfter && isAbbreviation(word);
    if (isAbbreviation(word)) out.push(word);
    // "TRƯỜNG TIỂU HỌC SỐ 1": a school's number (review 13).
    else if (word === 'SỐ' && state === 'first') out.push('số');
    else if (/^[,\-–]$/.test(word) || word === 'VÀ') {
      out.push(word.toLowerCase());
      if (state === 'rest') state = 'first';
    } else if (state === 'rest') {
      // A province after a specific name ("… ĐIỆN LỰC THÁI BÌNH"): a place, title-cased.
      const place = namedPlace(words, i);
      if (place > 0) {
        out.push(...words.slice(i, i + place).map(capitalised));
        i += place;
        continue;
      }
      out.push(word.toLowerCase());
      if (word.endsWith(',')) state = 'first';
    } else {
      out.push(capitalised(word));
      // A school or hospital named after a person writes the name's every word in capitals
      // ("Trường THPT Nguyễn Trãi"; audit 32).
      if (state === 'first' && afterType && WRITTEN_SURNAMES.has(capitalised(word))) state = 'person';
      else if (state !== 'place' && state !== 'person') state = word.endsWith(',') ? 'first' : 'rest';
    }
    i++;
  }
  const cased = out.join(' ');
  const result = cased.charAt(0).toUpperCase() + cased.slice(1);
  return name === nfc ? result : result.normalize('NFD');
}

/** How many words from `at` name a province ("THÁI BÌNH"), or 0. */
function namedPlace(words: readonly string[], at: number): number {
  for (let n = 4; n >= 2; n--)
    if (at + n <= words.length && PROVINCES.has(foldText(words.slice(at, at + n).join(' ')))) return n;
  return 0;
}

/** The longest known name that opens `words` (folded, whole words): its text and word count. */
function knownNameAt(words: readonly string[]): { name: string; words: number } | null {
  const folded = foldText(words.join(' '));
  for (const { name, folded: known } of KNOWN_NAMES) {
    if (folded === known || folded.startsWith(`${known} `)) return { name, words: known.split(' ').length };
  }
  return null;
}

/** The provinces and centrally governed cities, folded, to tell a place from a signer's name. */
const PROVINCES: ReadonlySet<string> = new Set(
  [
    'An Giang',
    'Bà Rịa - Vũng Tàu',
    'Bắc Giang',
    'Bắc Kạn',
    'Bạc Liêu',
    'Bắc Ninh',
    'Bến Tre',
    'Bình Định',
    'Bình Dương',
    'Bình Phước',
    'Bình Thuận',
    'Cà Mau',
    'Cao Bằng',
    'Đắk Lắk',
    'Đắk Nông',
    'Điện Biên',
    'Đồng Nai',
    'Đồng Tháp',
    'Gia Lai',
    'Hà Giang',
    'Hà Nam',
    'Hà Tĩnh',
    'Hải Dương',
    'Hậu Giang',
    'Hòa Bình',
    'Hưng Yên',
    'Khánh Hòa',
    'Kiên Giang',
    'Kon Tum',
    'Lai Châu',
    'Lâm Đồng',
    'Lạng Sơn',
    'Lào Cai',
    'Long An',
    'Nam Định',
    'Nghệ An',
    'Ninh Bình',
    'Ninh Thuận',
    'Phú Thọ',
    'Phú Yên',
    'Quảng Bình',
    'Quảng Nam',
    'Quảng Ngãi',
    'Quảng Ninh',
    'Quảng Trị',
    'Sóc Trăng',
    'Sơn La',
    'Tây Ninh',
    'Thái Bình',
    'Thái Nguyên',
    'Thanh Hóa',
    'Thừa Thiên Huế',
    'Tiền Giang',
    'Trà Vinh',
    'Tuyên Quang',
    'Vĩnh Long',
    'Vĩnh Phúc',
    'Yên Bái',
    'Hà Nội',
    'Hồ Chí Minh',
    'Hải Phòng',
    'Đà Nẵng',
    'Cần Thơ',
    'Huế',
  ].map(foldText),
);

/** Surnames that open a two-word personal name ("Lê Dũng") rather than a place. */
const SURNAME_SPELLINGS: readonly string[] = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Ngô',
  'Dương',
  'Đinh',
  'Trịnh',
  'Đoàn',
  'Trương',
  'Đào',
  'Lương',
];
const SURNAMES: ReadonlySet<string> = new Set(SURNAME_SPELLINGS.map(foldText));
/** The surnames as written: "Vụ", "Nguyên", "Trường" fold as "Vũ", "Nguyễn", "Trương" do. */
const WRITTEN_SURNAMES: ReadonlySet<string> = new Set(SURNAME_SPELLINGS);

/**
 * A body's name without the signer's personal name after it: "UBND tỉnh Lê Văn Dũng" → "UBND
 * tỉnh", "UBND tỉnh Quảng Nam Lê Trí Thanh" → "UBND tỉnh Quảng Nam". The name is the run of
 * capitalised words at the end, after a province's name if one opens the run: three or four
 * words, or two opened by a common surname and not a place after "tỉnh", "huyện" …. A place word
 * opening the run ("TP", "Tỉnh", "Thành Phố", "Huyện", "Quận" …) is the body's, with the place
 * after it. A run that reaches the body's first word is the body ("Sở Tài Chính", "UBND TP Hà
 * Nội"): only a place word in it may end the body; unless it opens with a surname, when the whole
 * is a name ("Phạm Minh Chính", after "Thủ tướng").
 */
export function withoutPersonalName(body: string): string {
  const words = body.split(' ');
  let run = words.length;
  while (run > 0 && /^\p{Lu}/u.test(words[run - 1] as string)) run--;
  // "Trường" (a school) folds as the surname "Trương" does.
  const first = words[0] as string;
  const reachesFirst =
    run === 0 && (!SURNAMES.has(foldText(first)) || /^trường$/iu.test(first.normalize('NFC')));
  if (reachesFirst) run = 1;
  let placed = false;
  while (run < words.length - 1) {
    const word = foldText(words[run] as string);
    const pair = `${word} ${foldText(words[run + 1] as string)}`;
    if (run < words.length - 2 && PLACE_PAIRS.has(pair)) run += 2;
    else if (PLACE_WORDS.has(word)) run++;
    else break;
    placed = true;
  }
  if (reachesFirst && !placed) return withoutTrailingName(words) ?? body;
  let tail = words.slice(run);
  // The run's opening words that name a province stay.
  for (let n = Math.min(3, tail.length); n >= 1; n--) {
    if (PROVINCES.has(foldText(tail.slice(0, n).join(' ')))) {
      run += n;
      tail = tail.slice(n);
      break;
    }
  }
  if (tail.length > 4 && SURNAMES.has(foldText(tail[tail.length - 3] as string))) {
    run = words.length - 3;
    tail = tail.slice(-3);
  }
  const afterPlaceWord =
    run > 0 && /^(?:tinh|pho|tp\.?|huyen|quan|xa|phuong|tran)$/.test(foldText(words[run - 1] as string));
  const isName =
    (tail.length >= 3 && tail.length <= 4) ||
    (tail.length === 2 && SURNAMES.has(foldText(tail[0] as string)) && !afterPlaceWord);
  return isName ? words.slice(0, run).join(' ') : body;
}

/**
 * A state body's name written all in capitals up to the signer's ("Bộ Công Thương Nguyễn Hồng
 * Diên", "Sở GD&ĐT Hà Nội Trần Thế Cương"; audit 20) without the name: the last three or four
 * words when a surname opens them. Only bodies that are never named after a person (ministries,
 * departments, committees …, not schools or hospitals); a province or Hồ Chí Minh stays. The
 * surname is compared as written: "Sở Nội Vụ", "Tài Nguyên" are no names.
 */
function withoutTrailingName(words: readonly string[]): string | null {
  if (!NEVER_NAMED_AFTER_A_PERSON.test(foldText(words.slice(0, 2).join(' ')))) return null;
  for (const length of [4, 3]) {
    if (words.length - length < 2) continue;
    const tail = words.slice(-length);
    const folded = foldText(tail.join(' '));
    const written = (at: number) => WRITTEN_SURNAMES.has((tail[at] as string).normalize('NFC'));
    // "Bình Dương Nguyễn Văn Lộc": a place whose last word is a surname, then the name.
    if (length === 4 && written(1)) continue;
    if (written(0) && !PROVINCES.has(folded) && !folded.startsWith('ho chi minh'))
      return words.slice(0, -length).join(' ');
  }
  return null;
}

const NEVER_NAMED_AFTER_A_PERSON =
  /^(?:bo|so|ubnd|cuc|tong cuc|uy ban|van phong|ngan hang|thanh tra|kho bac|bao hiem|cong an)(?:\s|$)/;

/**
 * A personal name: two to four capitalised words opened by a common surname ("Nguyễn Văn An");
 * after a bare body noun in a signer's clause ("Giám đốc Sở Nguyễn Văn An ký").
 */
export function isPersonalName(words: string): boolean {
  const split = words.split(/\s+/);
  return (
    split.length >= 2 &&
    split.length <= 4 &&
    split.every((word) => /^\p{Lu}/u.test(word)) &&
    SURNAMES.has(foldText(split[0] as string))
  );
}

/** Folded words of an administrative unit before its place's name ("TP Hà Nội", "Tỉnh Quảng Nam"). */
const PLACE_WORDS = new Set(['tp', 'tp.', 'tinh', 'huyen', 'quan', 'xa', 'phuong']);
const PLACE_PAIRS = new Set(['thanh pho', 'thi xa', 'thi tran']);
