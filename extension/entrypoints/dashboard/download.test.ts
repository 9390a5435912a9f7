import { afterEach, describe, expect, it, vi } from 'vitest';
import { bytesOf, saveFile } from './download';

afterEach(() => vi.restoreAllMocks());

describe('saving an exported file', () => {
  it('decodes base64 to the exact bytes', () => {
    expect([...bytesOf(btoa(String.fromCharCode(0x50, 0x4b, 0, 0xff)))]).toEqual([0x50, 0x4b, 0, 0xff]);
  });

  it('clicks an <a download> with a blob URL of the file, then removes it', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:dashboard/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    const listener = (event: Event) => {
      event.preventDefault();
      clicked.push(event.target as HTMLAnchorElement);
    };
    document.addEventListener('click', listener);
    saveFile({ filename: 'so-den-2026.csv', mimeType: 'text/csv', base64: btoa('a,b') });
    document.removeEventListener('click', listener);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]?.download).toBe('so-den-2026.csv');
    expect(clicked[0]?.getAttribute('href')).toBe('blob:dashboard/1');
    expect(clicked[0]?.isConnected).toBe(false);
    expect(created[0]?.type).toBe('text/csv');
    expect(await created[0]?.text()).toBe('a,b');
  });
});
