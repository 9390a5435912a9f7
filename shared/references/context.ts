/**
 * What the words around a symbol say about it: whether it stands on a header "Số:" line,
 * and the type word in front of it ("Công điện khẩn số …", "Luật … số 20/2023/QH15").
 * @module
 */
import { isCombiningMark, isInlineSpace, isLineBreak, isSymbolLetter } from './chars';
import { foldCode, foldText, matchFoldedWord } from './fold';
import type { SymbolShape } from './parse-symbol';

export type HeaderKind = 'header' | 'metadata' | null;

/**
 * "Số: 594/KH-UBND" or "Số 09-QC/TW" at the start of a line (or a table cell) is a document
 * header; "Số hiệu: 23/2012/TT-BCA" is a field of a legal database's metadata block.
 */
export function headerKind(text: string, start: number): HeaderKind {
  // Most references follow a lower-case "số" or a type word: rule those out by character
  // codes before looking closer.
  let i = start - 1;
  while (i >= 0 && (isInlineSpace(text.charCodeAt(i)) || isLineBreak(text.charCodeAt(i)))) i--;
  const c = text.charCodeAt(i);
  const mayBeHeader =
    c === 58 ||
    c === 124 ||
    c === 0x1ed0 ||
    (c === 0x1ed1 && text.charCodeAt(i - 1) === 83) ||
    isCombiningMark(c);
  if (!mayBeHeader) return null;
  const from = Math.max(0, start - 32);
  const before = text.slice(from, start).normalize('NFC');
  if (/S[ốỐ] (?:hiệu|HIỆU)\s*:?\s*\|?\s*$/.test(before)) return 'metadata';
  const match = /(^|[^\p{L}])S[ốỐ]\s*(:?)\s*$/u.exec(before);
  if (!match) return null;
  if (match[2] === ':') return 'header';
  // Without a colon, "Số" heads a line: "\n\nSố 09-QC/TW".
  const lineStart = before.slice(0, match.index + (match[1] as string).length);
  return /(?:^|[\n|])[ \t*\-_>•]*$/.test(lineStart) && (from === 0 || /[\n|]/.test(lineStart))
    ? 'header'
    : null;
}

/** What `typeWordBefore` answers for a form or annex number rather than a document. */
export const FORM = 'Mẫu';

/** Folded type words and the name each gives, most specific first. */
const TYPE_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['cong van', 'Công văn'],
  ['cong dien', 'Công điện'],
  ['chi thi', 'Chỉ thị'],
  ['bo luat', 'Bộ luật'],
  ['hien phap', 'Hiến pháp'],
  ['luat', 'Luật'],
  ['nghi quyet', 'Nghị quyết'],
  ['nghi dinh', 'Nghị định'],
  ['quyet dinh', 'Quyết định'],
  ['quy dinh', 'Quy định'],
  ['thong bao', 'Thông báo'],
  ['ket luan', 'Kết luận'],
  ['huong dan', 'Hướng dẫn'],
  ['ke hoach', 'Kế hoạch'],
  ['to trinh', 'Tờ trình'],
  ['bao cao', 'Báo cáo'],
  ['chuong trinh', 'Chương trình'],
  ['quy che', 'Quy chế'],
  ['thong tu', 'Thông tư'],
  ['phap lenh', 'Pháp lệnh'],
  ['giay moi', 'Giấy mời'],
  // Forms and annexes are numbered like dispatches ("Mẫu số 01/TNDN") but are not documents.
  ['bieu mau', FORM],
  ['mau', FORM],
  ['phu luc', FORM],
  ['to khai', FORM],
];

/** At most this many words between the type word and the number ("Luật Sở hữu trí tuệ số"). */
const MAX_WORDS_BETWEEN = 6;

/** Type words by the folded code of their first letter, longest first. */
const TYPE_WORDS_BY_INITIAL: ReadonlyMap<number, ReadonlyArray<readonly [string, string]>> = (() => {
  const byInitial = new Map<number, Array<readonly [string, string]>>();
  for (const entry of [...TYPE_WORDS].sort((a, b) => b[0].length - a[0].length)) {
    const initial = entry[0].charCodeAt(0);
    byInitial.set(initial, [...(byInitial.get(initial) ?? []), entry]);
  }
  return byInitial;
})();

function isWordBreak(c: number): boolean {
  return isInlineSpace(c) || isLineBreak(c);
}

/**
 * The type word written in front of the reference starting at `start`, or null. Walks back
 * word by word, so only the few words before the number are ever folded.
 */
export function typeWordBefore(text: string, start: number): string | null {
  let i = start;
  for (let words = 0; words <= MAX_WORDS_BETWEEN + 2; words++) {
    while (i > 0 && isWordBreak(text.charCodeAt(i - 1))) i--;
    if (i === 0) return null;
    let w = i;
    while (w > 0 && !isWordBreak(text.charCodeAt(w - 1))) w--;
    // A clause break between the type word and the number ("…, số 12/…") cuts them apart;
    // the "số:" prefix and a list counter glued to the type word ("2Quyết định") do not.
    for (let k = w; k < i; k++) {
      const c = text.charCodeAt(k);
      if (isClauseBreak(c) && !(k === i - 1 && c === 58 && words === 0)) return null;
    }
    let from = w;
    while (from < i && text.charCodeAt(from) >= 48 && text.charCodeAt(from) <= 57) from++;
    const name = typeWordAt(text, from);
    if (name) return name;
    i = w;
  }
  return null;
}

/** , ; : ( ) . " “ ” */
function isClauseBreak(c: number): boolean {
  return (
    c === 44 ||
    c === 59 ||
    c === 58 ||
    c === 40 ||
    c === 41 ||
    c === 46 ||
    c === 34 ||
    c === 0x201c ||
    c === 0x201d
  );
}

function typeWordAt(text: string, pos: number): string | null {
  const candidates = TYPE_WORDS_BY_INITIAL.get(foldCode(text.charCodeAt(pos)));
  if (!candidates) return null;
  for (const [word, name] of candidates) {
    const end = matchFoldedWord(text, pos, word);
    if (end >= 0 && !isSymbolLetter(foldCode(text.charCodeAt(end)))) return name;
  }
  return null;
}

/** The title line of a header document ("QUY ĐỊNH", "QUYẾT ĐỊNH") within a few lines below. */
export function titleWordAfter(text: string, end: number): string | null {
  const folded = foldText(text.slice(end, end + 320));
  const title = /(?:^|\n|\|)\s*(quy dinh|quyet dinh)\b/.exec(folded);
  if (!title) return null;
  return title[1] === 'quy dinh' ? 'Quy định' : 'Quyết định';
}

/** The type name of a reference: from its code, else from the words around it. */
export function typeNameFor(
  shape: SymbolShape,
  typeCode: string | null,
  codeName: string | null,
  text: string,
  start: number,
  end: number,
  header: HeaderKind,
): string | null {
  if (typeCode === 'QĐ' && shape === 'party') {
    const word = typeWordBefore(text, start) ?? (header === 'header' ? titleWordAfter(text, end) : null);
    return word === 'Quy định' ? 'Quy định' : 'Quyết định';
  }
  if (codeName) return codeName;
  const word = typeWordBefore(text, start);
  if (shape === 'law') {
    return word === 'Nghị quyết' || word === 'Bộ luật' || word === 'Hiến pháp' ? word : 'Luật';
  }
  if (shape === 'dispatch') return word ?? 'Công văn';
  return word;
}
