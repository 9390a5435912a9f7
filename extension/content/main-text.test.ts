import { beforeEach, describe, expect, it } from 'vitest';
import { mainText, renderedText } from './main-text';
import { setBody } from './testing/dom';
import { visibilityCheck } from './visibility';

const LONG = 'Nội dung chính của trang, đủ dài để là phần nội dung thật sự. '.repeat(5);

describe('main text', () => {
  beforeEach(() => setBody(''));

  it('prefers <main> and leaves the page around it out', () => {
    setBody(
      `<nav>Trang chủ | Văn bản 1/QĐ-UBND</nav><main><h1>Tiêu đề</h1><p>${LONG}</p></main><footer>Liên hệ</footer>`,
    );
    const text = mainText(document, visibilityCheck());
    expect(text.startsWith('Tiêu đề\nNội dung chính')).toBe(true);
    expect(text).not.toContain('1/QĐ-UBND');
    expect(text).not.toContain('Liên hệ');
  });

  it('takes in the headline and the lead a news site puts beside its <article>, not a header’s logo', () => {
    setBody(`<header><h1>Báo Điện tử</h1></header><section><div class="container"><div class="col">
      <h1>Hà Nội yêu cầu ứng phó bão số 3</h1><p class="description">UBND TP Hà Nội vừa ban hành Công văn số 3556/UBND-KT</p>
      <article class="fck_detail"><p>${LONG}</p></article></div></div></section>`);
    const text = mainText(document, visibilityCheck());
    expect(text.split('\n').slice(0, 2)).toEqual([
      'Hà Nội yêu cầu ứng phó bão số 3',
      'UBND TP Hà Nội vừa ban hành Công văn số 3556/UBND-KT',
    ]);
    // A banner's headline, or one a box of links stands between, is not the article's.
    setBody(`<div><header><h1>Cổng thông tin điện tử</h1></header><article><p>${LONG}</p></article></div>`);
    expect(mainText(document, visibilityCheck()).startsWith('Nội dung chính')).toBe(true);
    setBody(`<div id="wrapper"><div id="banner"><h1>CỔNG THÔNG TIN</h1></div>
      <div id="left">Văn bản mới: <a href="/1">Quyết định 1205/QĐ-UBND</a></div>
      <div id="content"><article><p>${LONG}</p></article></div></div>`);
    expect(mainText(document, visibilityCheck())).not.toContain('1205/QĐ-UBND');
  });

  it('falls back to the body when <main> is only a shell', () => {
    setBody(`<main></main><div><p>${LONG}</p></div>`);
    expect(mainText(document, visibilityCheck())).toContain('Nội dung chính');
  });

  it('keeps the page’s line breaks, drops source line breaks and hidden text', () => {
    setBody(`<div>Số: 12/QĐ-UBND<br>Hà Nội, ngày 5 tháng 3 năm 2021</div>
      <p>một đoạn
      xuống dòng trong mã nguồn</p><p hidden>ẩn</p>`);
    expect(renderedText(document.body, visibilityCheck())).toBe(
      'Số: 12/QĐ-UBND\nHà Nội, ngày 5 tháng 3 năm 2021\nmột đoạn xuống dòng trong mã nguồn',
    );
  });

  it('leaves out the elements it is told to (listing tables)', () => {
    setBody(`<p>Danh sách văn bản</p><table><tr><td>12/QĐ-UBND</td></tr></table><p>Trang 1</p>`);
    const table = document.querySelector('table') as HTMLTableElement;
    expect(renderedText(document.body, visibilityCheck(), [table])).toBe('Danh sách văn bản\nTrang 1');
  });

  it('leaves out what is inside a left-out element at any depth, and nothing beside it', () => {
    setBody(
      '<div id="a"><section><div><p>Bảng 1: 1/QĐ-UBND</p></div></section></div><p>Giữa 2/QĐ-UBND</p><div id="b"><p>Bảng 2</p></div><p>Cuối</p>',
    );
    const left = [document.querySelector('#a'), document.querySelector('#b')] as Element[];
    expect(renderedText(document.body, visibilityCheck(), left)).toBe('Giữa 2/QĐ-UBND\nCuối');
  });

  it('stops after the limit', () => {
    setBody(Array.from({ length: 100 }, () => `<p>${LONG}</p>`).join(''));
    expect(renderedText(document.body, visibilityCheck(), [], 1000)).toHaveLength(1000);
  });

  it('keeps the lines and columns of preformatted text (a document shown in a <pre>)', () => {
    setBody(`<pre>ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 TỈNH QUẢNG TRỊ\tĐộc lập - Tự do - Hạnh phúc

Số: 2356/UBND-VX    Quảng Trị, ngày 17 tháng 5 năm 2024
V/v tổ chức các hoạt động  Tháng hành động</pre>`);
    expect(renderedText(document.body, visibilityCheck()).split('\n')).toEqual([
      'ỦY BAN NHÂN DÂN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH QUẢNG TRỊ',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 2356/UBND-VX',
      'Quảng Trị, ngày 17 tháng 5 năm 2024',
      'V/v tổ chức các hoạt động Tháng hành động',
    ]);
  });

  it('keeps newlines where the style attribute says so, and only there', () => {
    setBody(`<div style="white-space: pre-line">Số: 12/QĐ-UBND
Hà Nội,     ngày 5/3/2021</div><div style="white-space:pre-wrap">Kính gửi:
Các sở</div><pre style="white-space: normal">một
dòng</pre><p>hai
dòng</p>`);
    expect(renderedText(document.body, visibilityCheck()).split('\n')).toEqual([
      'Số: 12/QĐ-UBND',
      'Hà Nội, ngày 5/3/2021',
      'Kính gửi:',
      'Các sở',
      'một dòng',
      'hai dòng',
    ]);
  });

  it('puts each absolutely positioned span (a PDF viewer’s text layer) on a line of its own', () => {
    setBody(`<div class="page" style="position:relative"><span style="position:absolute;top:60px">ỦY BAN NHÂN DÂN</span>
      <span style="position: absolute; top:80px">TỈNH HÀ TĨNH</span><span style="left:9px;position:absolute">Số:</span>
      <span style="top:1px; position:absolute">1888/QĐ-UBND</span><span style="display:inline-block">Hà Tĩnh,</span> <span>ngày 8</span></div>`);
    expect(renderedText(document.body, visibilityCheck()).split('\n')).toEqual([
      'ỦY BAN NHÂN DÂN',
      'TỈNH HÀ TĨNH',
      'Số:',
      '1888/QĐ-UBND',
      'Hà Tĩnh, ngày 8',
    ]);
  });

  it('breaks the lines of a text layer placed by their tops when the source puts a newline between them', () => {
    // The layer's style sheet places its spans; the page gives each its top (audit 111).
    setBody(`<div class="textLayer"><span style="left:130px;top:172px">BÁO CÁO SỐ 102/BC-CP NGÀY 15/02/2025 CỦA</span>
<span style="left:130px;top:192px">CHÍNH PHỦ VỀ BÌNH ĐẲNG GIỚI</span>
<span style="left:300px;top:212px">Kính gửi: Quốc hội</span></div>`);
    expect(renderedText(document.body, visibilityCheck()).split('\n')).toEqual([
      'BÁO CÁO SỐ 102/BC-CP NGÀY 15/02/2025 CỦA',
      'CHÍNH PHỦ VỀ BÌNH ĐẲNG GIỚI',
      'Kính gửi: Quốc hội',
    ]);
  });

  it('leaves the page’s footer out, an article’s footer in', () => {
    setBody(`<div><article><p>${LONG}</p><footer>Nguồn: Công văn 3944/UBND-NC</footer></article></div>
      <footer><p>Giấy phép số 06/GP-TTĐT ngày 10/3/2021</p></footer><div role="contentinfo">Bản quyền 2024</div>`);
    const text = mainText(document, visibilityCheck());
    expect(text).toContain('Nguồn: Công văn 3944/UBND-NC');
    expect(text).not.toContain('06/GP-TTĐT');
    expect(text).not.toContain('Bản quyền');
    setBody(`<div><p>${LONG}</p></div><footer>Giấy phép số 06/GP-TTĐT</footer>`);
    expect(mainText(document, visibilityCheck())).not.toContain('06/GP-TTĐT');
  });

  it('keeps a footer that is all the page has', () => {
    setBody('<footer><p>Giấy phép số 06/GP-TTĐT ngày 10/3/2021</p></footer>');
    expect(mainText(document, visibilityCheck())).toBe('Giấy phép số 06/GP-TTĐT ngày 10/3/2021');
  });
});
