/**
 * Saves a file the background downloaded: the page makes a blob URL of its bytes and clicks an
 * `<a download>` (no `downloads` permission; the token never leaves the background).
 * @module
 */
import type { ExportedFile } from '../../lib/messaging';

export function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function saveFile(file: ExportedFile, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([bytesOf(file.base64)], { type: file.mimeType }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; free the bytes a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
