/**
 * A post whose document is only its attached file: the post's headline is the document's subject.
 * @module
 */
import type { DocumentReference } from '../schemas/reference';
import { opensWithReference } from './context';
import { findReferences } from './find-references';
import { lineAround } from './text-spans';

/** "File đính kèm:", "Tệp đính kèm", "Tài liệu đính kèm:", "Đính kèm:", "Tải về:" as a line's label. */
const ATTACHMENT_LABEL = /^\s*(?:(?:file|tệp|tập tin|tài liệu|văn bản)\s+)?(?:đính kèm|tải về)\s*:?\s*$/iu;

/** A headline's words: four at least, no label's colon at its end, no sentence's full stop. */
const HEADLINE = /^(?=(?:\S+\s+){3}\S)[^\n]{1,300}[^\s:.]$/u;

/**
 * "Quy định mức thu chi phí đào tạo … năm học 2019 - 2020 ⏎ File đính kèm: ⏎ Quyết định số
 * 1898/QĐ-YD ngày 22/10/2019" (audit 95): the line above an attachment's label, when the
 * reference opens the attachment's name after it (on the label's line or the next) and the
 * line names no document itself; null otherwise.
 */
export function attachmentHeadline(text: string, reference: DocumentReference): string | null {
  const line = lineAround(text, reference.start);
  if (!opensWithReference(text.slice(line.from, line.to), reference.start - line.from)) {
    const label = text.slice(line.from, reference.start).replace(/[^:]*$/, '');
    if (!ATTACHMENT_LABEL.test(label.slice(0, -1))) return null;
    return headlineAbove(text, line.from);
  }
  if (line.from === 0) return null;
  const labelLine = lineAround(text, line.from - 1);
  if (!ATTACHMENT_LABEL.test(text.slice(labelLine.from, labelLine.to))) return null;
  return headlineAbove(text, labelLine.from);
}

function headlineAbove(text: string, lineFrom: number): string | null {
  if (lineFrom === 0) return null;
  const above = lineAround(text, lineFrom - 1);
  const headline = text.slice(above.from, above.to).trim();
  return HEADLINE.test(headline) && findReferences(headline).length === 0 ? headline : null;
}
