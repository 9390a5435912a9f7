import { beforeEach, describe, expect, it } from 'vitest';
import { readListingRows } from '../background/page-reading';
import { firstLine } from './element-text';
import { cardContainersAround, openingReference, readCardListing } from './listing-cards';
import { setBody } from './testing/dom';

/** The container's card rows, read in one go, as the background reads them. */
function cardRows(selector: string) {
  const reading = readCardListing(document.querySelector(selector) as Element, () => false);
  let step = reading.next();
  while (!step.done) step = reading.next();
  return readListingRows(step.value).map((row) => [
    row.reference.symbol,
    row.issuedDate,
    row.subject,
    row.issuingBody,
    row.url,
  ]);
}

const href = (path: string) => new URL(path, document.baseURI).href;

describe('card listings', () => {
  beforeEach(() => setBody(''));

  it('reads list items that open with a reference: labelled date, subject from the next line, first link', () => {
    setBody(`<ul class="listLaw">
      <li><div class="item"><p class="title"><a href="/vb?ItemID=1">Nghị định 30/2020/NĐ-CP</a></p>
        <div class="des"><p>Về công tác văn thư</p></div>
        <div class="right"><p><label>Ban hành:</label> 05/03/2020</p><p><label>Hiệu lực:</label> 06/03/2020</p></div></div></li>
      <li><div class="item"><p class="title"><a href="/vb?ItemID=2">Thông tư 01/2011/TT-BNV</a></p>
        <div class="des"><p>Hướng dẫn thể thức văn bản</p></div>
        <div class="right"><p><label>Hiệu lực:</label> 05/03/2011</p></div></div></li>
    </ul>`);
    expect(cardRows('ul')).toEqual([
      ['30/2020/NĐ-CP', '2020-03-05', 'Về công tác văn thư', null, href('/vb?ItemID=1')],
      ['01/2011/TT-BNV', null, 'Hướng dẫn thể thức văn bản', null, href('/vb?ItemID=2')],
    ]);
  });

  it('reads labels on one line, trích yếu and issuing body, in div cards', () => {
    setBody(`<div class="list-vb"><h3>Văn bản mới</h3>
      <div class="vb-item"><a href="/van-ban/15">Quyết định số 15/2024/QĐ-UBND</a>
        <div><span>Ngày ban hành: 12/01/2024</span> | <span>Cơ quan ban hành: UBND tỉnh</span></div>
        <div>Trích yếu: Ban hành quy chế phối hợp</div></div>
      <div class="vb-item"><a href="/van-ban/16">Quyết định số 16/2024/QĐ-UBND</a>
        <div><span>Ngày: 15/01/2024</span> | <span>Nơi ban hành: UBND tỉnh</span></div>
        <div>Trích yếu: Quy định giá dịch vụ</div></div>
      <div class="pager"><a href="?p=2">Trang sau</a></div>
    </div>`);
    expect(cardRows('.list-vb')).toEqual([
      ['15/2024/QĐ-UBND', '2024-01-12', 'Ban hành quy chế phối hợp', 'UBND tỉnh', href('/van-ban/15')],
      ['16/2024/QĐ-UBND', '2024-01-15', 'Quy định giá dịch vụ', 'UBND tỉnh', href('/van-ban/16')],
    ]);
  });

  it('leaves the background to read a heading that says more than the reference', () => {
    setBody(`<ul>
      <li><a href="/vb/10">Quyết định số 210/QĐ-UBND ngày 01/03/2024 về việc công bố thủ tục hành chính</a></li>
      <li><a href="/vb/11">Công văn 99/SNV-TCBC về việc báo cáo biên chế</a></li></ul>`);
    const rows = cardRows('ul');
    expect(rows.map(([symbol, date]) => [symbol, date])).toEqual([
      ['210/QĐ-UBND', '2024-03-01'],
      ['99/SNV-TCBC', null],
    ]);
    expect(rows[0]?.[2]).toMatch(/công bố thủ tục hành chính$/);
  });

  it('takes no article paragraphs, no items that only cite a document, no single item', () => {
    setBody(`<div id="article">
        <p>Quyết định 15/2024/QĐ-UBND có hiệu lực từ ngày ký.</p>
        <p>Ngày 5/3, UBND tỉnh ban hành Kế hoạch 45/KH-UBND.</p><p>Theo đó, các sở thực hiện.</p>
        <p>Công văn 99/SNV-TCBC đề nghị báo cáo.</p><p>Trước đó, Sở đã có hướng dẫn.</p></div>
      <ul id="cites"><li>Căn cứ Nghị định 30/2020/NĐ-CP;</li><li>Căn cứ Thông tư 01/2011/TT-BNV;</li></ul>
      <ul id="one"><li><a href="/a">Nghị định 110/2004/NĐ-CP</a></li><li><a href="/b">Xem thêm</a></li></ul>`);
    expect(cardRows('#article')).toEqual([]);
    expect(cardRows('#cites')).toEqual([]);
    expect(cardRows('#one')).toEqual([]);
  });

  it('gives up on a tag after two misses before as many hits, and reads no further', () => {
    const item = (text: string) => `<li><a href="/vb">${text}</a></li>`;
    setBody(`<ul id="late">${item('Tin nổi bật')}${item('Lịch công tác')}${item('Nghị định 30/2020/NĐ-CP')}${item('Thông tư 01/2011/TT-BNV')}${item('Quyết định 15/2024/QĐ-UBND')}</ul>
      <ul id="headed">${item('Văn bản mới')}${item('Nghị định 30/2020/NĐ-CP')}${item('Thông tư 01/2011/TT-BNV')}${item('Tin nổi bật')}</ul>`);
    expect(cardRows('#late')).toEqual([]);
    // One heading item, then documents: a listing, even with a miss later on.
    expect(cardRows('#headed').map(([symbol]) => symbol)).toEqual(['30/2020/NĐ-CP', '01/2011/TT-BNV']);
  });

  it('opens with the first line, or the first link on it', () => {
    setBody(`<li id="a"><span>20/02/2024</span> <a href="/x">Quyết định 123/QĐ-TTg</a><p>Phê duyệt</p></li>
      <li id="b"><p>Tin tức</p><a href="/y">Quyết định 124/QĐ-TTg</a></li>`);
    expect(openingReference(document.querySelector('#a') as Element)?.reference.symbol).toBe('123/QĐ-TTg');
    expect(openingReference(document.querySelector('#b') as Element)).toBeNull();
    expect(firstLine(document.querySelector('#b') as Element)).toBe('Tin tức');
  });

  it('looks for cards above a reference, not across table cells', () => {
    setBody(`<table><tr><td><ul><li><p><a href="/x">Nghị định 30/2020/NĐ-CP</a></p></li><li>b</li></ul></td>
      <td><p id="cell">Thông tư 01/2011/TT-BNV</p><p>c</p></td></tr></table>`);
    const link = document.querySelector('a') as Element;
    expect(cardContainersAround(link.firstChild as Node)).toEqual([document.querySelector('ul')]);
    const cell = document.querySelector('#cell') as Element;
    expect(cardContainersAround(cell.firstChild as Node)).toEqual([cell.parentElement]);
    expect(cardContainersAround((document.querySelector('td') as Element).firstChild as Node)).toEqual([]);
  });
});
