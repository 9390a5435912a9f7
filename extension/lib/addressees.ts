/**
 * Matches the addressees a dispatch names as written ("Kính gửi: Công an tỉnh", "gửi các sở,
 * ban, ngành; UBND các huyện, thành phố, thị xã") to the organisation's units and groups, to
 * pre-fill the recipients of a save. The clerk confirms, so a miss costs one click and a wrong
 * guess costs one click too; the rules lean towards missing rather than guessing.
 *
 * A phrase and a name are compared as sets of words, folded (no case, no diacritics, đ → d),
 * with common terms as one word whether abbreviated or not (UBND = Ủy ban nhân dân) and filler
 * dropped ("các", "và", "tỉnh", "cấp", titles such as "Giám đốc"). They match when one set holds the other and
 * covers enough of it:
 * - the name inside the phrase ("Giám đốc Sở Tài chính" ⊇ "Sở Tài chính"): half of the phrase;
 * - the phrase inside the name ("Ủy ban MTTQ tỉnh" ⊆ "Ủy ban MTTQ Việt Nam tỉnh"): three
 *   quarters of the name, so that "UBND huyện" does not pick one district of several.
 * Each phrase is tried whole and then piece by piece between commas, so "Sở Y tế, Công an
 * tỉnh" finds both units while "các sở, ban, ngành" only ever matches as a whole.
 * @module
 */
import { foldText } from '../../shared/references/fold';

export interface NamedUnit {
  id: number;
  name: string;
  active?: boolean;
}

export interface NamedGroup {
  id: number;
  name: string;
}

export interface AddresseeMatch {
  unitIds: number[];
  groupIds: number[];
}

/**
 * Terms office writing abbreviates, as one word each: "UBND" and "Ủy ban nhân dân" become
 * `ubnd`, so that "UBND thành phố" counts three words against "UBND thành phố Hà Tĩnh"'s five
 * rather than six against eight. Longer phrases first ("ủy ban nhân dân" before "ủy ban").
 */
const TERMS: ReadonlyArray<readonly [term: string, spelledOut: string]> = [
  ['ubnd', 'uy ban nhan dan'],
  ['hdnd', 'hoi dong nhan dan'],
  ['mttq', 'mat tran to quoc'],
  ['chqs', 'chi huy quan su'],
  ['gddt', 'giao duc dao tao'],
  ['tnmt', 'tai nguyen moi truong'],
  ['khdt', 'ke hoach dau tu'],
  ['khcn', 'khoa hoc cong nghe'],
  ['tttt', 'thong tin truyen thong'],
  ['nnptnt', 'nong nghiep phat trien nong thon'],
  ['ldtbxh', 'lao dong thuong binh xa hoi'],
  ['vhttdl', 'van hoa the thao du lich'],
  ['gtvt', 'giao thong van tai'],
  ['lhpn', 'lien hiep phu nu'],
  ['thpt', 'trung hoc pho thong'],
  ['thcs', 'trung hoc co so'],
  ['tp', 'thanh pho'],
  ['tx', 'thi xa'],
  ['ub', 'uy ban'],
];
const SPELLED_OUT = TERMS.map(([term, words]) => [new RegExp(`\\b${words}\\b`, 'g'), term] as const);

/** Other spellings of the terms, folded: "GD&ĐT", "LĐ-TB&XH", "BCHQS". */
const ALIASES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bld-?tb ?& ?xh\b/g, 'ldtbxh'],
  [/\bvh,? ?tt ?& ?dl\b/g, 'vhttdl'],
  [/\bgd ?& ?dt\b/g, 'gddt'],
  [/\btn ?& ?mt\b/g, 'tnmt'],
  [/\bkh ?& ?dt\b/g, 'khdt'],
  [/\bkh ?& ?cn\b/g, 'khcn'],
  [/\btt ?& ?tt\b/g, 'tttt'],
  [/\bnn ?& ?ptnt\b/g, 'nnptnt'],
  [/\bbchqs\b/g, 'bo chqs'],
  [/\bubmttq\b/g, 'ub mttq'],
  [/\bhlhpn\b/g, 'hoi lhpn'],
  [/\bviet nam\b/g, ''],
  [/\bvn\b/g, ''],
];

/** Words that say nothing about which unit is meant. */
const FILLER = new Set(['cac', 'va', 'cua', 'nhung', 'thuoc', 'cap', 'toan', 'cung', 'voi']);

/** Titles and salutations in front of a unit's name ("Giám đốc Sở …", "Kính gửi: …"), folded. */
const LEADING_TITLES =
  /^(?:(?:kinh gui|gui|dong chi|giam doc|pho giam doc|chu tich|pho chu tich|thu truong|lanh dao|chanh van phong)\s+)+/;

/**
 * "tỉnh" (the province) is implied by a provincial organisation's every name, so it is dropped;
 * "Tĩnh" as in "Hà Tĩnh" is spelt with another tone mark and stays. Compared before folding.
 */
const PROVINCE_WORD = /(?<!\p{L})tỉnh(?!\p{L})/gu;
/** "trên địa bàn (tỉnh)": "bàn" folds to "ban", which would pass for the "ban" of "sở, ban, ngành". */
const ON_THE_TERRITORY = /\btren dia ban\b/g;

/** The words of a phrase or name, as a set, ready to compare. */
export function addresseeWords(text: string): Set<string> {
  let folded = foldText(text.normalize('NFC').toLowerCase().replace(PROVINCE_WORD, ' '));
  for (const [alias, term] of ALIASES) folded = folded.replace(alias, ` ${term} `);
  folded = folded
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(ON_THE_TERRITORY, ' ')
    .trim()
    .replace(LEADING_TITLES, '');
  let words = folded
    .split(' ')
    .filter((word) => word !== '' && !FILLER.has(word))
    .join(' ');
  for (const [spelledOut, term] of SPELLED_OUT) words = words.replace(spelledOut, term);
  return new Set(words.split(' ').filter((word) => word !== ''));
}

/** Whether the words of an addressee phrase name the unit or group with the words `name`. */
export function wordsMatch(phrase: ReadonlySet<string>, name: ReadonlySet<string>): boolean {
  if (phrase.size === 0 || name.size === 0) return false;
  let shared = 0;
  for (const word of phrase) if (name.has(word)) shared++;
  if (shared === phrase.size && shared === name.size) return true;
  // One shared word ("sở", "đoàn") is never enough on its own.
  if (shared < 2) return false;
  if (shared === name.size) return shared / phrase.size >= 0.5;
  if (shared === phrase.size) return shared / name.size >= 0.75;
  return false;
}

/** The phrase whole, then its comma-separated pieces when it has several. */
function phrasesOf(addressee: string): Set<string>[] {
  const whole = addresseeWords(addressee);
  const pieces = addressee.split(',');
  if (pieces.length < 2) return [whole];
  return [whole, ...pieces.map(addresseeWords)];
}

/** The units and groups the addressees name, each id once, in the organisation's order. */
export function matchAddressees(
  addressees: readonly string[],
  units: readonly NamedUnit[],
  groups: readonly NamedGroup[],
): AddresseeMatch {
  const phrases = addressees.flatMap(phrasesOf).filter((words) => words.size > 0);
  const named = (name: string) => {
    const words = addresseeWords(name);
    return phrases.some((phrase) => wordsMatch(phrase, words));
  };
  return {
    unitIds: units.filter((unit) => unit.active !== false && named(unit.name)).map((unit) => unit.id),
    groupIds: groups.filter((group) => named(group.name)).map((group) => group.id),
  };
}
