/**
 * The type name of a reference: from its code, else from the type word before it, or what its
 * shape implies (a law, a Standing Committee resolution, a dispatch); the background reads it,
 * the content script's scan does not.
 * @module
 */
import { isExpressionSpace } from './chars';
import { FORM, isFormWord, typeWordBefore } from './context';
import { foldText } from './fold';
import type { HeaderKind } from './header-kind';
import type { SymbolShape } from './parsed-symbol';

/** Type code (canonical case, `TYPE_CODES`) → full type name. */
export const TYPE_NAMES: ReadonlyMap<string, string> = new Map([
  // Nghị định 30/2020/NĐ-CP, Phụ lục III
  ['NQ', 'Nghị quyết'],
  ['QĐ', 'Quyết định'],
  ['CT', 'Chỉ thị'],
  ['QC', 'Quy chế'],
  ['QyĐ', 'Quy định'],
  ['TC', 'Thông cáo'],
  ['TB', 'Thông báo'],
  ['HD', 'Hướng dẫn'],
  ['CTr', 'Chương trình'],
  ['KH', 'Kế hoạch'],
  ['PA', 'Phương án'],
  ['ĐA', 'Đề án'],
  ['DA', 'Dự án'],
  ['BC', 'Báo cáo'],
  ['BB', 'Biên bản'],
  ['TTr', 'Tờ trình'],
  ['HĐ', 'Hợp đồng'],
  ['CĐ', 'Công điện'],
  ['BGN', 'Bản ghi nhớ'],
  ['BTT', 'Bản thỏa thuận'],
  ['GUQ', 'Giấy ủy quyền'],
  ['GM', 'Giấy mời'],
  ['GGT', 'Giấy giới thiệu'],
  ['GNP', 'Giấy nghỉ phép'],
  ['PG', 'Phiếu gửi'],
  ['PC', 'Phiếu chuyển'],
  ['PB', 'Phiếu báo'],
  ['SY', 'Bản sao y'],
  ['TrS', 'Bản trích sao'],
  ['SL', 'Bản sao lục'],
  // Thông tư 01/2011/TT-BNV codes that ND 30 changed
  ['GN', 'Bản ghi nhớ'],
  ['TTh', 'Bản thỏa thuận'],
  ['UQ', 'Giấy ủy quyền'],
  ['NP', 'Giấy nghỉ phép'],
  // legal-normative and joint documents
  ['PL', 'Pháp lệnh'],
  ['L', 'Lệnh'],
  ['NĐ', 'Nghị định'],
  ['TT', 'Thông tư'],
  ['TTLT', 'Thông tư liên tịch'],
  ['NQLT', 'Nghị quyết liên tịch'],
  ['QĐLT', 'Quyết định liên tịch'],
  ['CTLT', 'Chỉ thị liên tịch'],
  ['HDLT', 'Hướng dẫn liên tịch'],
  ['KHLT', 'Kế hoạch liên tịch'],
  ['QCPH', 'Quy chế phối hợp'],
  ['VBHN', 'Văn bản hợp nhất'],
  // Party documents
  ['KL', 'Kết luận'],
  ['CV', 'Công văn'],
  // Quy định of the Central Committee and Party bodies ("08-QĐi/TW"): the Party's own spelling.
  ['QĐi', 'Quy định'],
]);

/** The name a folded type word gives (`typeWordBefore`); a form's word gives FORM. */
export const TYPE_WORD_NAMES: Readonly<Record<string, string>> = {
  'cong van': 'Công văn',
  cv: 'Công văn',
  'cong dien': 'Công điện',
  'chi thi': 'Chỉ thị',
  'bo luat': 'Bộ luật',
  'hien phap': 'Hiến pháp',
  luat: 'Luật',
  'nghi quyet': 'Nghị quyết',
  'nghi dinh': 'Nghị định',
  'quyet dinh': 'Quyết định',
  'quy dinh': 'Quy định',
  'thong bao': 'Thông báo',
  'ket luan': 'Kết luận',
  'huong dan': 'Hướng dẫn',
  'ke hoach': 'Kế hoạch',
  'to trinh': 'Tờ trình',
  'bao cao': 'Báo cáo',
  'chuong trinh': 'Chương trình',
  'quy che': 'Quy chế',
  'thong tu': 'Thông tư',
  'phap lenh': 'Pháp lệnh',
  'giay moi': 'Giấy mời',
  'van ban hop nhat': 'Văn bản hợp nhất',
};

/** The name of the type word written in front of the reference at `start`, or null. */
export function typeWordName(text: string, start: number): string | null {
  const word = typeWordBefore(text, start);
  if (word === null) return null;
  return isFormWord(word) ? FORM : (TYPE_WORD_NAMES[word] ?? null);
}

/** The title line of a header document ("QUY ĐỊNH", "QUYẾT ĐỊNH") within a few lines below. */
export function titleWordAfter(text: string, end: number): string | null {
  const folded = foldText(text.slice(end, end + 320));
  const title = /(?:^|\n|\|)\s*(quy dinh|quyet dinh)\b/.exec(folded);
  if (!title) return null;
  return title[1] === 'quy dinh' ? 'Quy định' : 'Quyết định';
}

/** English type words and the names they give (`englishTypeWordBefore`). */
const ENGLISH_TYPE_NAMES: Readonly<Record<string, string>> = {
  law: 'Luật',
  resolution: 'Nghị quyết',
  decree: 'Nghị định',
  decision: 'Quyết định',
  circular: 'Thông tư',
  directive: 'Chỉ thị',
  'official letter': 'Công văn',
  'official dispatch': 'Công văn',
  ordinance: 'Pháp lệnh',
  plan: 'Kế hoạch',
  notice: 'Thông báo',
  report: 'Báo cáo',
};
const ENGLISH_TYPE_WORD = new RegExp(
  `(?:^|[^a-z])(${Object.keys(ENGLISH_TYPE_NAMES).join('|')})\\s+(?:no\\.?\\s*)?$`,
  'i',
);

/**
 * The type name an English type word right before the number gives ("Resolution 98/2023/QH15",
 * "Decision No. 123/QD-TTg": translated portals), or null. Only for the type name, which the
 * background reads: not in `TYPE_WORDS`, which the content script's scan reads too.
 */
function englishTypeWordBefore(text: string, start: number): string | null {
  // The expression needs an English word or "No." last before the number; most numbers follow
  // "số" or a Vietnamese type word, and this look saves the expression's run there.
  let p = start - 1;
  while (p >= 0 && isExpressionSpace(text.charCodeAt(p))) p--;
  const last = text.charCodeAt(p) | 32;
  if (!((last >= 97 && last <= 122) || last === 46)) return null;
  const word = ENGLISH_TYPE_WORD.exec(text.slice(Math.max(0, start - 32), start))?.[1];
  return word ? (ENGLISH_TYPE_NAMES[word.toLowerCase()] ?? null) : null;
}

/** The type name of a reference: from its code, else from the words around it. */
export function typeNameFor(
  shape: SymbolShape,
  typeCode: string | null,
  text: string,
  start: number,
  end: number,
  header: HeaderKind,
): string | null {
  if (typeCode === 'QĐ' && shape === 'party') {
    const word = typeWordName(text, start) ?? (header === 'header' ? titleWordAfter(text, end) : null);
    return word === 'Quy định' ? 'Quy định' : 'Quyết định';
  }
  // Laws of 1992–2001 were numbered in the Party's shape, L for Luật ("Bộ luật Dân sự số
  // 44-L/CTN"; review 40); the President's Lệnh since has the year ("18/2013/L-CTN").
  if (typeCode === 'L' && shape === 'party')
    return typeWordName(text, start) === 'Bộ luật' ? 'Bộ luật' : 'Luật';
  const codeName = typeCode === null ? undefined : TYPE_NAMES.get(typeCode);
  if (codeName) return codeName;
  const word = typeWordName(text, start) ?? englishTypeWordBefore(text, start);
  if (shape === 'law') {
    return word === 'Nghị quyết' || word === 'Bộ luật' || word === 'Hiến pháp' ? word : 'Luật';
  }
  // The Standing Committee issues resolutions and ordinances, never laws.
  if (shape === 'standing') return word === 'Pháp lệnh' ? word : 'Nghị quyết';
  if (shape === 'dispatch') return word ?? 'Công văn';
  return word;
}
