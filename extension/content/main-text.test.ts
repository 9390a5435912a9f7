import { beforeEach, describe, expect, it } from 'vitest';
import { mainText, renderedText } from './main-text';
import { setBody } from './testing/dom';
import { VisibilityCheck } from './visibility';

const LONG = 'Nội dung chính của trang, đủ dài để là phần nội dung thật sự. '.repeat(5);

describe('main text', () => {
  beforeEach(() => setBody(''));

  it('prefers <main> and leaves the page around it out', () => {
    setBody(
      `<nav>Trang chủ | Văn bản 1/QĐ-UBND</nav><main><h1>Tiêu đề</h1><p>${LONG}</p></main><footer>Liên hệ</footer>`,
    );
    const text = mainText(document, new VisibilityCheck());
    expect(text.startsWith('Tiêu đề\nNội dung chính')).toBe(true);
    expect(text).not.toContain('1/QĐ-UBND');
    expect(text).not.toContain('Liên hệ');
  });

  it('falls back to the body when <main> is only a shell', () => {
    setBody(`<main></main><div><p>${LONG}</p></div>`);
    expect(mainText(document, new VisibilityCheck())).toContain('Nội dung chính');
  });

  it('keeps the page’s line breaks, drops source line breaks and hidden text', () => {
    setBody(`<div>Số: 12/QĐ-UBND<br>Hà Nội, ngày 5 tháng 3 năm 2021</div>
      <p>một đoạn
      xuống dòng trong mã nguồn</p><p hidden>ẩn</p>`);
    expect(renderedText(document.body, new VisibilityCheck())).toBe(
      'Số: 12/QĐ-UBND\nHà Nội, ngày 5 tháng 3 năm 2021\nmột đoạn xuống dòng trong mã nguồn',
    );
  });

  it('leaves out the elements it is told to (listing tables)', () => {
    setBody(`<p>Danh sách văn bản</p><table><tr><td>12/QĐ-UBND</td></tr></table><p>Trang 1</p>`);
    const table = document.querySelector('table') as HTMLTableElement;
    expect(renderedText(document.body, new VisibilityCheck(), [table])).toBe('Danh sách văn bản\nTrang 1');
  });

  it('stops after the limit', () => {
    setBody(Array.from({ length: 100 }, () => `<p>${LONG}</p>`).join(''));
    expect(renderedText(document.body, new VisibilityCheck(), [], 1000)).toHaveLength(1000);
  });
});
