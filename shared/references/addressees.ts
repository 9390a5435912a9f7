/**
 * The bodies a document is addressed to: "Kính gửi: …", "gửi các sở, ban, ngành …".
 * @module
 */
import { foldText } from './fold';
import { BODY_OPENING } from './issuer-names';
import { cleanPhrase, findFolded } from './text-spans';

/** "gửi các sở, ban, ngành; UBND các huyện … về việc" → one entry per ";"-separated group. */
export function addressees(text: string, end: number, to: number): string[] {
  const send = findFolded(text, 'gui', end, to);
  if (send) {
    const about = findFolded(text, 've viec', send.end, to);
    const list = text.slice(send.end, about ? about.start : to).replace(/^\s*:?\s*/, '');
    return splitAddressees(list);
  }
  const respectfully = findFolded(text, 'kinh gui', 0, text.length);
  if (!respectfully) return [];
  return splitAddressees(respectfullyList(text.slice(respectfully.end, respectfully.end + 600)));
}

/**
 * The list under "Kính gửi:", as far as it goes: the rest of its line, then the lines that are
 * list items ("- Sở Nội vụ;") or continue an item that ended with ";" or ","; it ends at the
 * first other line (the body: "Thực hiện chỉ đạo …"), after an item ending with ".", or at a
 * blank line that no ";" carries over. Lines are joined with ";" (one addressee a line).
 */
function respectfullyList(block: string): string {
  const lines: string[] = [];
  let blank = false;
  for (const raw of block.replace(/^[ \t]*:?[ \t]*/, '').split('\n')) {
    const line = raw.trim();
    if (line === '') {
      if (lines.length > 0) blank = true;
      continue;
    }
    if (lines.length > 0) {
      const previous = lines[lines.length - 1] as string;
      const carried = /[;,]$/.test(previous);
      const item = LIST_ITEM.test(line);
      if (
        blank ? !carried && !(item && LIST_ITEM.test(previous)) : !carried && !item && !opensAddressee(line)
      )
        break;
    }
    lines.push(line);
    if (/\.$/.test(line) && !/(?:^|\s)(?:TP|Tp|tp|Q|P|TX|TT)\.$/.test(line)) break;
    blank = false;
  }
  return lines.join(';');
}

/** A list item's marker: a dash, bullet or plus, or a number or letter ("1.", "a)"). */
const LIST_ITEM = /^(?:[-–•+*]|\d{1,2}[.)]\s|[a-zđ]\)\s)/u;

/** A short line naming a body, an office or "các …", in a list written without markers. */
function opensAddressee(line: string): boolean {
  if (line.length > 120 || /[:.]$/.test(line)) return false;
  const folded = foldText(line);
  return (
    BODY_OPENING.test(folded) ||
    /^(?:cac|quy|ong|ba|giam doc|truong|chanh|thu truong|bo truong|chu tich|pho|thu tuong|ban giam hieu|ban thuong vu)\b/.test(
      folded,
    )
  );
}

function splitAddressees(list: string): string[] {
  return list
    .split(/;|\n/)
    .map((part) => cleanPhrase(part.replace(/^\s*[-–•+]\s*/, '')))
    .filter((part) => part.length > 1);
}
