/**
 * What the words around a symbol say about it: whether it stands on a header "Số:" line,
 * and the type word in front of it ("Công điện khẩn số …", "Luật … số 20/2023/QH15").
 * @module
 */
import { foldText } from './fold';
import type { SymbolShape } from './parse-symbol';

export type HeaderKind = 'header' | 'metadata' | null;

/**
 * "Số: 594/KH-UBND" or "Số 09-QC/TW" at the start of a line (or a table cell) is a document
 * header; "Số hiệu: 23/2012/TT-BCA" is a field of a legal database's metadata block.
 */
export function headerKind(text: string, start: number): HeaderKind {
  const from = Math.max(0, start - 32);
  const before = text.slice(from, start).normalize('NFC');
  if (/S[ốỐ] (?:hiệu|HIỆU)\s*:?\s*\|?\s*$/.test(before)) return 'metadata';
  const match = /(^|[^\p{L}])S[ốỐ]\s*(:?)\s*$/u.exec(before);
  if (!match) return null;
  if (match[2] === ':') return 'header';
  // Without a colon, "Số" heads a line: "\n\nSố 09-QC/TW".
  const lineStart = before.slice(0, match.index + (match[1] as string).length);
  return /(?:^|[\n|])[ \t*\-_>•]*$/.test(lineStart) && (from === 0 || /[\n|]/.test(lineStart)) ? 'header' : null;
}

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
];

const CONTEXT_WINDOW = 64;
/** At most this many words between the type word and the number ("Luật Sở hữu trí tuệ số"). */
const MAX_WORDS_BETWEEN = 6;

/** The type word written in front of the reference starting at `start`, or null. */
export function typeWordBefore(text: string, start: number): string | null {
  const folded = foldText(text.slice(Math.max(0, start - CONTEXT_WINDOW), start));
  let best: { at: number; name: string } | null = null;
  for (const [word, name] of TYPE_WORDS) {
    const at = lastWordIndex(folded, word);
    if (at >= 0 && (!best || at + word.length > best.at)) best = { at: at + word.length, name };
  }
  if (!best) return null;
  const between = folded.slice(best.at);
  if (/[,;:()."“”]/.test(between)) return null;
  const words = between.split(/\s+/).filter(Boolean).length;
  return words <= MAX_WORDS_BETWEEN ? best.name : null;
}

function lastWordIndex(folded: string, word: string): number {
  let at = folded.lastIndexOf(word);
  while (at >= 0) {
    const before = at === 0 ? ' ' : (folded[at - 1] as string);
    const after = folded[at + word.length] ?? ' ';
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return at;
    at = at === 0 ? -1 : folded.lastIndexOf(word, at - 1);
  }
  return -1;
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
