/**
 * A tiny zip reader for tests of the .xlsx writer: it finds the end-of-central-directory record,
 * walks the central directory, reads each stored entry through its local header and checks its
 * CRC-32 with a bit-by-bit implementation of its own (not the writer's table).
 * @module
 */
export interface UnzippedEntry {
  name: string;
  crc: number;
  data: Uint8Array;
}

/** CRC-32 one bit at a time: slow, obviously right, independent of worker/lib/xlsx.ts. */
export function slowCrc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export function unzip(bytes: Uint8Array): UnzippedEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('no end-of-central-directory record');
  const count = view.getUint16(end + 10, true);
  const centralSize = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  if (at + centralSize !== end)
    throw new Error('the central directory does not end where the end record starts');
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const entries: UnzippedEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) throw new Error(`entry ${i}: no central header`);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (method !== 0 || compressed !== size) throw new Error(`${name}: not stored`);
    if (view.getUint32(localOffset, true) !== 0x04034b50) throw new Error(`${name}: no local header`);
    if (view.getUint32(localOffset + 14, true) !== crc)
      throw new Error(`${name}: local and central CRC differ`);
    const localName = view.getUint16(localOffset + 26, true);
    const localExtra = view.getUint16(localOffset + 28, true);
    const start = localOffset + 30 + localName + localExtra;
    const data = bytes.subarray(start, start + size);
    if (data.length !== size) throw new Error(`${name}: truncated`);
    if (slowCrc32(data) !== crc) throw new Error(`${name}: CRC mismatch`);
    entries.push({ name, crc, data });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The entries' texts by name (UTF-8, invalid bytes refused). */
export function unzipText(bytes: Uint8Array): Map<string, string> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  return new Map(unzip(bytes).map((entry) => [entry.name, decoder.decode(entry.data)]));
}
