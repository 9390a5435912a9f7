import { beforeEach, describe, expect, it } from 'vitest';
import { blockResolver } from './block-elements';
import { changedRegions } from './changed-regions';
import { setBody } from './testing/dom';

/** The mutation records the DOM changes made by `change` produce. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return records;
}

const regionsOf = async (change: () => void) =>
  changedRegions(await recordsOf(change), blockResolver(), document.body);

describe('changed regions', () => {
  beforeEach(() =>
    setBody('<article id="a"><p id="p1">Số <b>3944</b>/UBND-NC</p><p id="p2">Hai</p></article>'),
  );

  it('rescans an added paragraph alone', async () => {
    const p = document.createElement('p');
    expect(await regionsOf(() => document.getElementById('a')?.append(p))).toEqual([p]);
  });

  it('rescans the paragraph around changed text or inline content', async () => {
    const p1 = document.getElementById('p1') as HTMLElement;
    expect(await regionsOf(() => ((p1.querySelector('b') as HTMLElement).textContent = '3945'))).toEqual([
      p1,
    ]);
    expect(await regionsOf(() => p1.querySelector('b')?.remove())).toEqual([p1]);
    expect(await regionsOf(() => ((p1.lastChild as Text).data = '/UBND-VP'))).toEqual([p1]);
  });

  it('needs no rescan when a paragraph is removed', async () => {
    expect(await regionsOf(() => document.getElementById('p2')?.remove())).toEqual([]);
  });

  it('rescans only the added inline content of a large container', async () => {
    const list = Array.from({ length: 40 }, (_, i) => `<div>Mục ${i}</div>`).join('');
    setBody(`<div id="feed">${list}</div>`);
    const span = document.createElement('span');
    expect(await regionsOf(() => document.getElementById('feed')?.append(span))).toEqual([span]);
  });

  it('keeps only the outermost of nested regions, and nothing inside scripts', async () => {
    const section = document.createElement('section');
    const regions = await regionsOf(() => {
      document.body.append(section);
      section.append(document.createElement('p'));
      const script = document.createElement('script');
      document.body.append(script);
      script.textContent = 'var a = "1/QĐ-UBND"';
    });
    expect(regions).toEqual([section]);
  });
});
