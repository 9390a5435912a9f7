/**
 * The code tables the engine recognises: document type codes (Nghị định 30/2020/NĐ-CP
 * Phụ lục III, the older Thông tư 01/2011 codes, legal-normative and Party codes) and the
 * issuing-body abbreviations that matter when a symbol has to be taken apart.
 * @module
 */
import { boundedCache } from './bounded-cache';
import { symbolKey } from './fold';

/**
 * The joint codes: a joint plan in the Party's and mass organisations' style (audit 70:
 * "21-KHLT/TĐTN-SGDĐT"), a coordination rule between bodies (audit 95: "01/QCPH/UBND-UBMTTQ").
 */
const JOINT_CODES = ['TTLT', 'NQLT', 'QĐLT', 'CTLT', 'HDLT', 'KHLT', 'QCPH'];

/**
 * The document type codes: Nghị định 30/2020/NĐ-CP Phụ lục III, the Thông tư 01/2011/TT-BNV
 * codes it changed, legal-normative and joint codes, Party codes. Their names are in
 * type-name.ts (`TYPE_NAMES`), which only the background reads. Listed as the other tables are
 * rather than split from one string: their quoted codes repeat one another's, and gzipped, the
 * content script is smaller so (it has a size budget, DESIGN.md §6).
 */
export const TYPE_CODES: ReadonlySet<string> = new Set([
  'NQ',
  'QĐ',
  'CT',
  'QC',
  'QyĐ',
  'TC',
  'TB',
  'HD',
  'CTr',
  'KH',
  'PA',
  'ĐA',
  'DA',
  'BC',
  'BB',
  'TTr',
  'HĐ',
  'CĐ',
  'BGN',
  'BTT',
  'GUQ',
  'GM',
  'GGT',
  'GNP',
  'PG',
  'PC',
  'PB',
  'SY',
  'TrS',
  'SL',
  'GN',
  'TTh',
  'UQ',
  'NP',
  'PL',
  // The President's order promulgating a law ("18/2013/L-CTN"; audits 41, 73, 93).
  'L',
  'NĐ',
  'TT',
  ...JOINT_CODES,
  'VBHN',
  'KL',
  'CV',
  'QĐi',
]);

/** Joint types: every segment after the type code is an issuer, none is a drafting unit. */
export const JOINT_TYPES: ReadonlySet<string> = new Set(JOINT_CODES);

/**
 * Codes whose regulation case is not all upper case, as they are written, longest first, for
 * reading glued text.
 */
export const MIXED_CASE_CODES: readonly string[] = [
  'TTg',
  'CTr',
  'TTra',
  'SNgV',
  'TTr',
  'QyĐ',
  'TrS',
  'TTh',
  'QĐi',
];

/**
 * ASCII spellings that can only mean one code (QD is always QĐ). DA, HD and CT stay as they
 * are: each is a code of its own (Dự án, Hướng dẫn, Chỉ thị).
 */
const D_RESTORED: readonly (readonly [string, string])[] = [
  ['QD', 'QĐ'],
  ['ND', 'NĐ'],
  ['CD', 'CĐ'],
  ['QYD', 'QyĐ'],
  ['QDLT', 'QĐLT'],
  // A company's members' council ("369/NQ-HDTV", audit 85), not a known issuer: "1080i/HDTV" is a
  // screen's (review 36).
  ['HDTV', 'HĐTV'],
];

/** Issuing bodies, canonical case. Used to split glued text and to restore Đ in ASCII spellings. */
export const KNOWN_ISSUERS: ReadonlySet<string> = new Set([
  'CP',
  'TTg',
  'VPCP',
  'VPQH',
  'VPCTN',
  'CTN',
  'UBTVQH',
  'HĐBT',
  'BCA',
  'BNV',
  'BTC',
  'BYT',
  'BGDĐT',
  'BXD',
  'BGTVT',
  'BCT',
  'BTTTT',
  'BKHĐT',
  'BKHCN',
  'BNNPTNT',
  'BNN',
  'BLĐTBXH',
  'LĐTBXH',
  'BVHTTDL',
  'BQP',
  'BTP',
  'BTNMT',
  'BNG',
  'BDT',
  'NHNN',
  'TTCP',
  'KTNN',
  'TANDTC',
  'VKSNDTC',
  'VKSTC',
  'CA',
  'UBDT',
  'BHXH',
  'TLĐ',
  'MTTQ',
  'TCHQ',
  'TCT',
  // Tổng cục Thể dục thể thao ("Công văn 1155 /TCTDTT-TTTTCI"; audits 113, 123).
  'TCTDTT',
  'TCTK',
  'KBNN',
  'TCTL',
  'TCDS',
  'UBND',
  'HĐND',
  'UB',
  'VPUB',
  'VPUBND',
  'SNV',
  'SNgV',
  'SXD',
  'SNN',
  'SNNPTNT',
  'STNMT',
  'STTTT',
  'SGDĐT',
  // Hồ Chí Minh City's Sở, which signs without its S: "Số : 4144 /GDĐT – VP" (audit 101).
  'GDĐT',
  'STP',
  'STC',
  'SYT',
  'SKHĐT',
  'SCT',
  'SLĐTBXH',
  'SVHTTDL',
  'SGTVT',
  'SKHCN',
  // A district's departments (Phòng), whose dispatches often carry no unit: "2104/PGDĐT" (audit 40).
  'PGDĐT',
  'PNV',
  'PTCKH',
  'PTNMT',
  'PLĐTBXH',
  'PYT',
  'PVHTT',
  'PTP',
  'PKTHT',
  'PQLĐT',
  'PNNPTNT',
  'CAT',
  'TW',
  'TU',
  'HU',
  'ĐU',
  'TƯ',
  'BTCTW',
  'BTGTW',
  'BCĐTW',
  'BKTTW',
  'VPTW',
  'TWĐTN',
  'HĐTĐKT',
  // The Supreme Court's judges' council: "04/2019/NQ-HDTP" is its resolution (audit 81).
  'HĐTP',
  // A company's board of directors: "02/2019/NQ-HDQT" (audit 85).
  'HĐQT',
  'BCĐ',
  'BCH',
  'CCTTHC',
  'VPTT',
  'ĐTN',
  'HLHPN',
  'HND',
  'HCCB',
]);

/**
 * A tax office's departments, after its "CT" ("1135/CT-CS", "2156/CT-TTHT": Cục Thuế's dispatches,
 * audits 9 and 25; "636/CT-THNVDT", audit 81; "2435/CT-HTr", audit 85), where CT is the issuer
 * and no Chỉ thị.
 */
const TAX_UNITS: ReadonlySet<string> = new Set([
  'CS',
  'TTHT',
  'KK',
  'KKKTT',
  'QLN',
  'TTKT',
  'DNL',
  'DNNCN',
  'HKDCN',
  'KTNB',
  'TCCB',
  'NVDTPC',
  'THNVDT',
  'HCQT',
  'QLĐ',
  // Support, legal affairs, tax inspection, audit (audit 85: "2435/CT-HTr", "821/CT-PC&KTT").
  'HTr',
  'PC',
  'PC&KTT',
  'KTT',
]);

/** The type code of a symbol without a year whose first segment reads as `typeCode`, `next` after it. */
export function typeCodeBefore(typeCode: string | null, next: string): string | null {
  return typeCode === 'CT' && TAX_UNITS.has(next) ? null : typeCode;
}

/** Upper-case words that follow "N/" in ordinary prose and are never issuers. */
export const NOT_ISSUERS: ReadonlySet<string> = new Set([
  'USD',
  'VND',
  'VNĐ',
  'EUR',
  'COVID',
  'SARS',
  'HIV',
  'AIDS',
  'GDP',
  'KM',
  'KG',
  'CM',
  'MM',
  'HA',
  'KW',
  'KWH',
  'MW',
  'ID',
  'FOB',
  'CIF',
]);

/** Old issuers written `N-ISSUER` with no type code (Prime Minister's 1990s directives, …). */
export const OLD_FORM_ISSUERS: ReadonlySet<string> = new Set(['TTg', 'CP', 'HĐBT']);

/** The segment with the look-alike Ð (U+00D0) written as Đ. */
export function withRealD(segment: string): string {
  return segment.replace(/\u00D0/g, 'Đ');
}

/** The canonical spelling of one symbol segment (case, Đ). Segments repeat endlessly (UBND, QĐ, CP). */
export const canonicalSegment: (segment: string) => string = boundedCache(spellCanonically);

function spellCanonically(segment: string): string {
  // NFD text brings Ư as U + combining horn; the symbol is NFC. Upper case with Ð (U+00D0) and đ
  // as Đ: the spelling codes are compared in.
  const upper = withRealD(segment.normalize('NFC').toUpperCase());
  const respelt = RESPELT.get(upper);
  if (respelt) return respelt;
  // A unit with a lower-case letter between capitals keeps it ("GDTrH"), unless it spells a
  // code; so does a body of the Prime Minister's ("TCTTTg": TTg as the regulation writes it).
  const nfc = withRealD(segment.normalize('NFC'));
  if (
    (INNER_LOWER.test(nfc) || isPrimeMinistersBody(nfc)) &&
    !TYPE_CODES.has(upper) &&
    !KNOWN_ISSUERS.has(upper)
  ) {
    return nfc;
  }
  return upper;
}

/**
 * A body of the Prime Minister's, its code ending in TTg as written: "TCTTTg" (Tổ công tác của
 * Thủ tướng), "BCĐTTg". An issuer, though it has a lower-case letter.
 */
export const isPrimeMinistersBody = (code: string): boolean => /^[A-ZĐ]{1,6}TTg$/.test(code);

/**
 * Capitals with single lower-case letters between them, as "GDTrH", or a closing "r" ("HTr").
 * Tested on a segment written with Đ for the look-alike Ð (`withRealD`).
 */
const INNER_LOWER = /^[A-ZĐ][A-ZĐ\d&]*(?:[a-z][A-ZĐ\d&]+)*(?:[a-z][A-ZĐ\d&]+|[A-ZĐ]r)$/;

/**
 * Upper-case spellings that can only mean one code, and that code: a known issuer's with D for
 * its Đ ("HDND" is HĐND), `D_RESTORED`'s, a mixed-case code's ("TTG" is TTg). One map rather
 * than three looked up in turn, as the content script is smaller so (its size budget, DESIGN.md
 * §6); were a spelling in two, the one listed last would stand, as it was looked up first.
 */
const RESPELT: ReadonlyMap<string, string> = new Map([
  ...[...KNOWN_ISSUERS]
    .filter((code) => code.includes('Đ'))
    .map((code) => [code.replace(/Đ/g, 'D'), code] as const),
  ...D_RESTORED,
  ...MIXED_CASE_CODES.map((code) => [code.toUpperCase(), code] as const),
]);

/** The canonical type code of a segment, or null when it is not a type code. */
export function typeCodeOf(segment: string): string | null {
  const code = canonicalSegment(segment);
  return TYPE_CODES.has(code) ? code : null;
}

/**
 * The National Assembly's code with its term ("QH15"), or its Standing Committee's ("UBTVQH14",
 * its "UBTV" captured).
 */
export const ASSEMBLY_CODE = /^(UBTV)?QH\d{1,2}$/;

/** Whether a segment (any case) is a known issuer, e.g. UBND, BGDĐT, UBTVQH13, QH15. */
export function isKnownIssuer(segment: string): boolean {
  const code = canonicalSegment(segment);
  return KNOWN_ISSUERS.has(code) || ASSEMBLY_CODE.test(code);
}

/** Whether a segment is known to the engine at all: a type code or an issuer. */
export function isKnownCode(segment: string): boolean {
  return typeCodeOf(segment) !== null || isKnownIssuer(segment);
}

/** What the engine needs to know about one segment as written, looked up once. */
export interface SegmentInfo {
  /** The canonical spelling (`canonicalSegment`). */
  canonical: string;
  /** The canonical type code, or null when the segment is not one. */
  typeCode: string | null;
  /** A joint type code (TTLT, …): every segment after it is an issuer. */
  joint: boolean;
  knownIssuer: boolean;
  notIssuer: boolean;
  /** The canonical spelling as `symbolKey` folds it: upper case, no diacritics, Đ→D. */
  key: string;
  /** Written in its canonical spelling already. */
  asWritten: boolean;
  /** The key is the canonical spelling (no Đ, no lower case). */
  keyAsCanonical: boolean;
}

/**
 * Everything about a segment in one cached lookup: the fast path reads each segment's
 * spelling, type code, issuer status and key, and one map lookup is cheaper than five.
 */
export const segmentInfo: (segment: string) => SegmentInfo = boundedCache((segment) => {
  const canonical = canonicalSegment(segment);
  const key = symbolKey(canonical);
  const typeCode = typeCodeOf(segment);
  return {
    canonical,
    typeCode,
    joint: typeCode !== null && JOINT_TYPES.has(typeCode),
    knownIssuer: isKnownIssuer(canonical),
    notIssuer: NOT_ISSUERS.has(canonical),
    key,
    asWritten: canonical === segment,
    keyAsCanonical: key === canonical,
  };
});

const SLOT_BITS = 10;
const SLOT_MASK = (1 << SLOT_BITS) - 1;
const SLOT_CHARS = 16;
/**
 * A direct-mapped cache in front of `segmentInfo`: the characters of the segment each slot
 * holds (a typed array, so comparing them costs no string), its length (0: empty) and info.
 */
const slotChars = new Uint16Array((SLOT_MASK + 1) * SLOT_CHARS);
const slotLengths = new Uint8Array(SLOT_MASK + 1);
const slotInfos: SegmentInfo[] = new Array<SegmentInfo>(SLOT_MASK + 1);

/**
 * `segmentInfo(text.slice(from, to))` without the slice: the segment is hashed and compared
 * in place, so the segments of a reference cost no string each. A slot taken by another
 * segment is simply overwritten.
 */
export function segmentInfoAt(text: string, from: number, to: number): SegmentInfo {
  const length = to - from;
  if (length === 0 || length > SLOT_CHARS) return segmentInfo(text.slice(from, to));
  let hash = length;
  for (let i = from; i < to; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  const slot = (hash ^ (hash >>> SLOT_BITS) ^ (hash >>> (2 * SLOT_BITS))) & SLOT_MASK;
  const base = slot * SLOT_CHARS;
  if (slotLengths[slot] === length) {
    let i = 0;
    while (i < length && slotChars[base + i] === text.charCodeAt(from + i)) i++;
    if (i === length) return slotInfos[slot] as SegmentInfo;
  }
  const info = segmentInfo(text.slice(from, to));
  for (let i = 0; i < length; i++) slotChars[base + i] = text.charCodeAt(from + i);
  slotLengths[slot] = length;
  slotInfos[slot] = info;
  return info;
}

/*
 * The fast path reads segments of capitals, digits and "&" only, and nearly all of them are
 * short (QĐ, UBND, NC, BCA, V28). Such a segment is an exact number while it is read: each
 * character a digit of base 40, so that five characters stay an int32 and no two segments
 * share a number. Looked up by that number, a segment costs no second pass over its
 * characters to hash it and a third to compare it with the cached one.
 */

/** Segments up to this long have a key. */
export const MAX_KEYED_LENGTH = 5;

/** The key digit of Đ: A–Z are 1–26 (`c - 64`). */
export const CAPITAL_D_KEY_DIGIT = 27;

/** The base-40 digit of a segment character: A–Z 1–26, Đ 27, 0–9 28–37, & 38; 0 for any other. */
export function keyDigit(c: number): number {
  if (c >= 65 && c <= 90) return c - 64;
  if (c >= 48 && c <= 57) return c - 20;
  if (c === 0x110) return CAPITAL_D_KEY_DIGIT;
  return c === 38 ? 38 : 0;
}

const KEY_SLOT_MASK = 1023;
/** A direct-mapped cache by key: the key each slot holds (0: empty) and its info. */
const keySlots = new Int32Array(KEY_SLOT_MASK + 1);
const keySlotInfos: SegmentInfo[] = new Array<SegmentInfo>(KEY_SLOT_MASK + 1);

/**
 * `segmentInfoAt(text, from, to)` for a segment whose characters, read by the caller, make
 * the key `key` (the digits of `keyDigit`, first character first); 0 when it has none.
 */
export function segmentInfoKeyed(text: string, from: number, to: number, key: number): SegmentInfo {
  if (key === 0) return segmentInfoAt(text, from, to);
  const slot = (key ^ (key >>> 10) ^ (key >>> 20)) & KEY_SLOT_MASK;
  if (keySlots[slot] === key) return keySlotInfos[slot] as SegmentInfo;
  const info = segmentInfo(text.slice(from, to));
  keySlots[slot] = key;
  keySlotInfos[slot] = info;
  return info;
}
