import { beforeEach, describe, expect, it } from 'vitest';
import { readListingRows } from '../background/page-reading';
import { firstLine } from './element-text';
import {
  cardContainersAround,
  openingReference,
  opensWithItsReference,
  readCardListing,
} from './listing-cards';
import { setBody } from './testing/dom';

/** The container's card rows, read in one go, as the background reads them; `onRead` is told of each item read. */
function cardRows(selector: string, onRead: () => void = () => {}) {
  const reading = readCardListing(document.querySelector(selector) as Element, () => {
    onRead();
    return false;
  });
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

  it('takes a type badge beside a capitalised "Mới", glued or not, as a badge; not a box headed "Thông báo mới"', () => {
    const card = (badges: string, path: string, name: string) =>
      `<div class="doc-card"><div class="head">${badges}</div><h3><a href="${path}">${name}</a></h3><p>Trích yếu của ${name}</p></div>`;
    for (const badges of [
      '<span>Thông tư</span><span>Mới</span>',
      '<span>Thông tư</span> <span>Mới</span>',
    ]) {
      setBody(
        `<div class="grid">${card(badges, '/32', 'Thông tư số 32/2023/TT-BYT')}${card('<span>Quyết định</span>', '/130', 'Quyết định số 130/QĐ-BYT')}</div>`,
      );
      expect(
        cardRows('.grid').map((row) => row[0]),
        badges,
      ).toEqual(['32/2023/TT-BYT', '130/QĐ-BYT']);
    }
    setBody(`<div class="row"><div class="col"><h1>Quyết định ban hành Quy chế</h1><p>Số hiệu: 2345/QĐ-ĐHQN</p></div>
      <div class="col"><div>Thông báo mới</div><ul><li><a href="/tb/2401">Thông báo 2401/TB-ĐHQN về lịch học</a></li><li><a href="/tb/x">Đăng ký học phần</a></li></ul></div></div>`);
    expect(cardRows('.row')).toEqual([]);
    // Nor boxes headed in capitals or title case (review 62).
    for (const heading of ['THÔNG BÁO MỚI', 'Thông Báo Mới']) {
      const box = (n: number) =>
        `<div class="box"><div>${heading}</div><ul><li><a href="/tb/${n}">Thông báo số ${n}/TB-UBND kết luận của Chủ tịch</a></li><li><a href="/x">Lịch tiếp công dân</a></li></ul></div>`;
      setBody(`<div class="col">${box(45)}${box(46)}</div>`);
      expect(cardRows('.col'), heading).toEqual([]);
    }
  });

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

  it('reads cards of label and value elements: <dl> fields, spans without a colon', () => {
    setBody(`<div class="doc-list">
      <div class="doc-item"><dl><dt>Số ký hiệu:</dt><dd>2305/UBND-VX</dd><dt>Ngày ban hành:</dt><dd>11/11/2024</dd>
        <dt>Trích yếu:</dt><dd>V/v tổ chức Ngày Nhà giáo</dd><dt>Cơ quan ban hành:</dt><dd>UBND Quận 3</dd></dl>
        <a href="/vb/780">Xem chi tiết</a></div>
      <div class="doc-item"><dl><dt>Số ký hiệu:</dt><dd>415/KH-UBND</dd><dt>Ngày ban hành:</dt><dd>07/11/2024</dd>
        <dt>Trích yếu:</dt><dd>Kế hoạch chuyển đổi số</dd><dt>Cơ quan ban hành:</dt><dd>UBND Quận 3</dd></dl>
        <a href="/vb/778">Xem chi tiết</a></div></div>
      <div class="cards">
        <div class="card"><a href="/ct/3321"><div class="row"><span class="lbl">Số hiệu</span><span>3321/UBND-VP</span></div>
          <div class="row"><span class="lbl">Ngày ban hành</span><span>14/03/2024</span></div></a></div>
        <div class="card"><a href="/ct/3318"><div class="row"><span class="lbl">Số hiệu</span><span>640/QĐ-UBND</span></div>
          <div class="row"><span class="lbl">Ngày ban hành</span><span>13/03/2024</span></div></a></div></div>`);
    expect(cardRows('.doc-list')).toEqual([
      ['2305/UBND-VX', '2024-11-11', 'V/v tổ chức Ngày Nhà giáo', 'UBND Quận 3', href('/vb/780')],
      ['415/KH-UBND', '2024-11-07', 'Kế hoạch chuyển đổi số', 'UBND Quận 3', href('/vb/778')],
    ]);
    expect(cardRows('.cards')).toEqual([
      ['3321/UBND-VP', '2024-03-14', null, null, href('/ct/3321')],
      ['640/QĐ-UBND', '2024-03-13', null, null, href('/ct/3318')],
    ]);
  });

  it('takes no links cited in a sentence for cards', () => {
    setBody(`<table><tr><td>Văn bản căn cứ</td><td id="cell"><a href="/a">85/2024/NĐ-CP</a>;
      <a href="/b">16/2023/QH15</a></td></tr></table>
      <p id="p">Xem thêm <a href="/c">Quyết định 15/2024/QĐ-UBND</a> và <a href="/d">Quyết định 16/2024/QĐ-UBND</a></p>`);
    expect(cardRows('#cell')).toEqual([]);
    expect(cardRows('#p')).toEqual([]);
  });

  it('reads a bracketed date after the reference, and the subject after it even when it opens like a body', () => {
    setBody(`<ul class="list">
      <li><span>5512/BYT-KCB</span> <span>(12/09/2024)</span> <a href="/a">V/v tăng cường khám bệnh</a></li>
      <li><span>2671/QĐ-BYT</span> <span>(10/09/2024)</span> <a href="/b">Ban hành Hướng dẫn chẩn đoán</a></li>
      <li><span>125/QĐ-UBND</span> - 12/09/2024 - <a href="/c">Phòng, chống dịch bệnh mùa mưa</a></li></ul>`);
    expect(cardRows('.list')).toEqual([
      ['5512/BYT-KCB', '2024-09-12', 'V/v tăng cường khám bệnh', null, href('/a')],
      ['2671/QĐ-BYT', '2024-09-10', 'Ban hành Hướng dẫn chẩn đoán', null, href('/b')],
      ['125/QĐ-UBND', '2024-09-12', 'Phòng, chống dịch bệnh mùa mưa', null, href('/c')],
    ]);
  });

  it('reads items named with the organ’s initials between type word and "số" (audit 22)', () => {
    setBody(`<ul class="ir">
      <li><a href="/a">Nghị quyết HĐQT số 15/2024/NQ-HĐQT về việc phát hành cổ phiếu</a> <span>20/10/2024</span></li>
      <li><a href="/b">Quyết định HĐQT số 16/2024/QĐ-HĐQT về việc bổ nhiệm</a> <span>18/10/2024</span></li></ul>`);
    expect(cardRows('.ir').map(([symbol, date]) => [symbol, date])).toEqual([
      ['15/2024/NQ-HĐQT', '2024-10-20'],
      ['16/2024/QĐ-HĐQT', '2024-10-18'],
    ]);
  });

  it('reads cards under a badge of day, month and year apart ("25", "Th10", "2024"; audit 21)', () => {
    const card = (n: number) =>
      `<div class="item"><div class="date-box"><span>25</span><span>Th10</span><span>2024</span></div>
        <h3><a href="/tin/${n}">Công văn số 273${n}/SNN-KHTC ngày 24/10/2024 về việc hướng dẫn số ${n}</a></h3></div>`;
    setBody(`<div class="list">${card(0)}${card(1)}</div>`);
    expect(cardRows('.list').map(([symbol, date]) => [symbol, date])).toEqual([
      ['2730/SNN-KHTC', '2024-10-24'],
      ['2731/SNN-KHTC', '2024-10-24'],
    ]);
  });

  it('reads cards under a date or calendar badge, and a line that names a body', () => {
    setBody(`<div class="list">
      <div class="card"><div class="badge"><span>23</span><span>Th9/2024</span></div>
        <h3><a href="/a">1502/STP-HCXP</a></h3><p>V/v hướng dẫn xử lý vi phạm</p><p>Sở Tư pháp</p></div>
      <div class="card"><div class="badge">20/09/2024</div>
        <h3><a href="/b">98/KH-STP</a></h3><p>Kế hoạch tổ chức Ngày Pháp luật</p><p>UBND tỉnh Thanh Hóa</p></div></div>
      <ul class="plain"><li><a href="/c">Quyết định 15/2024/QĐ-UBND</a><p>Bộ tiêu chí xã nông thôn mới nâng cao</p></li>
        <li><a href="/d">Quyết định 16/2024/QĐ-UBND</a><p>Phòng cháy, chữa cháy rừng mùa khô</p></li></ul>`);
    expect(cardRows('.list')).toEqual([
      ['1502/STP-HCXP', '2024-09-23', 'V/v hướng dẫn xử lý vi phạm', 'Sở Tư pháp', href('/a')],
      ['98/KH-STP', '2024-09-20', 'Kế hoạch tổ chức Ngày Pháp luật', 'UBND tỉnh Thanh Hóa', href('/b')],
    ]);
    // A trích yếu that opens with a body's word is the subject.
    expect(cardRows('.plain')).toEqual([
      ['15/2024/QĐ-UBND', null, 'Bộ tiêu chí xã nông thôn mới nâng cao', null, href('/c')],
      ['16/2024/QĐ-UBND', null, 'Phòng cháy, chữa cháy rừng mùa khô', null, href('/d')],
    ]);
  });

  it('reads a calendar badge with a slash between the day and "Th4/2021" (audit 164)', () => {
    const card = (n: number) =>
      `<div class="vb-card"><div class="cal"><b>2${n}</b> / <span>Th4/2021</span></div><div class="vb-body">
        <span class="tag">Công văn</span><h4><a href="/v/${n}">Công văn số 43${n}-CV/BTGTW</a></h4>
        <p>Về việc tuyên truyền số ${n}</p><p>Ban Tuyên giáo Trung ương</p></div></div>`;
    setBody(`<div class="list">${card(8)}${card(2)}</div>`);
    expect(cardRows('.list').map(([symbol, date]) => [symbol, date])).toEqual([
      ['438-CV/BTGTW', '2021-04-28'],
      ['432-CV/BTGTW', '2021-04-22'],
    ]);
    // "12 / T3/2024": a week's number or a Tuesday as often (review 66).
    setBody(`<div class="list">${card(8).replace('Th4', 'T4')}${card(2).replace('Th4', 'T4')}</div>`);
    expect(cardRows('.list').filter(([, date]) => date !== null)).toEqual([]);
  });

  it('reads a card whose linked name opens with "Phương án" (audit 174)', () => {
    const card = (name: string, date: string) =>
      `<div class="result"><a class="name" href="/vb/${date}">${name}</a><p class="desc">về phương án sắp xếp ${date}</p>
        <p class="meta">Ban hành: ${date} | Cơ quan: Ủy ban nhân dân tỉnh Ninh Thuận</p></div>`;
    setBody(
      `<div class="results">${card('Nghị quyết 117/NQ-CP', '30/07/2023')}${card('Phương án 316/PA-UBND', '19/01/2024')}</div>`,
    );
    expect(cardRows('.results').map(([symbol, date]) => [symbol, date])).toEqual([
      ['117/NQ-CP', '2023-07-30'],
      ['316/PA-UBND', '2024-01-19'],
    ]);
  });

  it('reads a calendar badge whose day, month and year stand on three lines (audit 74)', () => {
    setBody(`<div class="grid">
      <div class="item"><div class="cal"><div>28</div><div>Tháng 10</div><div>2024</div></div>
        <span>Công văn</span> <span>2145/SCT-QLTM</span><h3><a href="/a">V/v kiểm soát thị trường</a></h3><p>Sở Công Thương</p></div>
      <div class="item"><div class="cal"><div>07</div><div>Th10</div><div>2024</div></div>
        <span>Công văn</span> <span>2044/SCT-KTATMT</span><h3><a href="/b">V/v báo cáo an toàn hóa chất</a></h3></div></div>`);
    expect(cardRows('.grid')).toEqual([
      ['2145/SCT-QLTM', '2024-10-28', 'V/v kiểm soát thị trường', 'Sở Công Thương', href('/a')],
      ['2044/SCT-KTATMT', '2024-10-07', 'V/v báo cáo an toàn hóa chất', null, href('/b')],
    ]);
  });

  it('reads list items whose linked name follows a counter and opens with "Văn bản hợp nhất" (audit 76)', () => {
    setBody(`<ul class="archive"><li><span> 1. </span><a href="/a">Văn bản hợp nhất 14/VBHN-BTC năm 2021 hợp nhất Nghị định hướng dẫn Luật giá</a></li>
      <li><span> 2. </span><a href="/b">Văn bản hợp nhất 13/VBHN-BTC năm 2021 hợp nhất Thông tư quy định chế độ tiếp khách</a></li></ul>`);
    expect(cardRows('ul').map((row) => [row[0], row[2], row[4]])).toEqual([
      ['14/VBHN-BTC', 'hợp nhất Nghị định hướng dẫn Luật giá', href('/a')],
      ['13/VBHN-BTC', 'hợp nhất Thông tư quy định chế độ tiếp khách', href('/b')],
    ]);
    const heading = document.querySelector('li') as Element;
    expect(opensWithItsReference(firstLine(heading), firstLine(heading).indexOf('14/'), true)).toBe(true);
    // Not an article's numbered paragraph (review 32).
    expect(opensWithItsReference(firstLine(heading), firstLine(heading).indexOf('14/'))).toBe(false);
  });

  it('ends a labelled value at the next label glued to it', () => {
    setBody(`<div class="list"><div class="i"><p><a href="/a">Nghị định 168/2024/NĐ-CP</a></p><p>Quy định xử phạt</p>
        <p><span>Ngày ban hành: 26/12/2024</span><span>Cơ quan ban hành: Chính phủ</span></p></div>
      <div class="i"><p><a href="/b">Quyết định 1711/QĐ-TTg</a></p><p>Phê duyệt quy hoạch</p>
        <p><span>Ngày ban hành: 28/12/2023</span><span>Cơ quan ban hành: Thủ tướng Chính phủ</span></p></div></div>`);
    expect(cardRows('.list').map((row) => [row[0], row[1], row[3]])).toEqual([
      ['168/2024/NĐ-CP', '2024-12-26', 'Chính phủ'],
      ['1711/QĐ-TTg', '2023-12-28', 'Thủ tướng Chính phủ'],
    ]);
  });

  it('reads items that open with a symbol label: on one line split by " | ", or a label a line', () => {
    setBody(`<ul class="list-vb">
      <li><a href="/vb/a1.pdf">Số hiệu: 05/2024/TT-BNV | Ngày ban hành: 20/06/2024 | Trích yếu: Hướng dẫn chế độ báo cáo</a></li>
      <li><a href="/vb/a2.pdf">Số: 1110/BNV-TCBC | Ngày ban hành: 14/03/2024 | Trích yếu: V/v tinh giản biên chế</a></li></ul>
      <div class="dnn"><div class="vb"><div><span>Số hiệu:</span> <a href="/p/16.pdf">16/KH-HĐTĐKT</a></div><div><span>Ngày ban hành:</span> 15/01/2025</div>
        <div><span>Trích yếu:</span> Tổ chức phong trào thi đua</div><div><span>Cơ quan ban hành:</span> Hội đồng Thi đua</div></div>
      <div class="vb"><div><span>Ký hiệu:</span> <a href="/p/02.pdf">02/KH-BCĐ</a></div><div><span>Ngày ban hành:</span> 10/01/2025</div>
        <div><span>Trích yếu:</span> Chuyển đổi số</div><div><span>Cơ quan ban hành:</span> Ban Chỉ đạo</div></div></div>`);
    expect(cardRows('ul')).toEqual([
      ['05/2024/TT-BNV', '2024-06-20', 'Hướng dẫn chế độ báo cáo', null, href('/vb/a1.pdf')],
      ['1110/BNV-TCBC', '2024-03-14', 'V/v tinh giản biên chế', null, href('/vb/a2.pdf')],
    ]);
    expect(cardRows('.dnn')).toEqual([
      ['16/KH-HĐTĐKT', '2025-01-15', 'Tổ chức phong trào thi đua', 'Hội đồng Thi đua', href('/p/16.pdf')],
      ['02/KH-BCĐ', '2025-01-10', 'Chuyển đổi số', 'Ban Chỉ đạo', href('/p/02.pdf')],
    ]);
    expect(opensWithItsReference('Số hiệu: 05/2024/TT-BNV', 9)).toBe(true);
    expect(opensWithItsReference('Xem Số: 05/2024/TT-BNV', 13)).toBe(false);
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

  it('takes the subject the heading gives over the next line, a labelled trích yếu over both', () => {
    setBody(`<div class="items">
      <div><h2><a href="/vb/245">Công văn số 245/SNV-CCVC ngày 05/3/2024 về việc rà soát cán bộ</a></h2>
        <p>Sở Nội vụ đề nghị các huyện rà soát...</p><p><a href="/vb/245">Xem thêm ...</a></p></div>
      <div><h2><a href="/vb/41">Kế hoạch số 41/KH-SNV về cải cách hành chính</a></h2>
        <p>Thực hiện Kế hoạch của UBND tỉnh...</p><p>Trích yếu: Cải cách hành chính năm 2024</p></div>
      <div><h2><a href="/vb/120">Quyết định số 120/QĐ-SNV</a></h2><p>Ban hành Quy chế làm việc</p></div>
    </div>`);
    expect(cardRows('.items').map(([symbol, date, subject]) => [symbol, date, subject])).toEqual([
      ['245/SNV-CCVC', '2024-03-05', 'về việc rà soát cán bộ'],
      ['41/KH-SNV', null, 'Cải cách hành chính năm 2024'],
      ['120/QĐ-SNV', null, 'Ban hành Quy chế làm việc'],
    ]);
  });

  it('skips a counter line before an item’s heading', () => {
    const item = (n: string, name: string) =>
      `<div class="r"><div class="nq"><div class="left-col"><div class="number">${n}</div></div>
        <div class="right-col"><p class="title"><a href="/vb/${n}">${name}</a></p><p>Ban hành: <b>12/08/2024</b></p></div></div></div>`;
    setBody(`<div id="results"><div class="found">Tìm thấy 245 văn bản</div>
      ${item('1', 'Quyết định 2345/QĐ-UBND năm 2024 phê duyệt quy hoạch cụm công nghiệp')}
      ${item('02.', 'Nghị định 32/2024/NĐ-CP về quản lý, phát triển cụm công nghiệp')}
      <div class="pager"><a href="?page=2">2</a></div></div>`);
    expect(firstLine(document.querySelector('.r') as Element)).toMatch(/^Quyết định 2345/);
    expect(cardRows('#results').map(([symbol, date, subject]) => [symbol, date, subject])).toEqual([
      ['2345/QĐ-UBND', '2024-08-12', 'phê duyệt quy hoạch cụm công nghiệp'],
      ['32/2024/NĐ-CP', '2024-08-12', 'về quản lý, phát triển cụm công nghiệp'],
    ]);
  });

  it('names an item by the link that opens its line, without what follows it, and never by a bracketed date', () => {
    setBody(`<li id="a"><a href="/vb/1">Quyết định số 2540/QĐ-UBND ngày 01/7/2024 về việc công bố thủ tục</a> <span>(02/07/2024)</span> <span>Lượt xem: 12</span></li>
      <li id="b"><a href="/vb/2">Công văn 9871/UBND-THKH</a> về việc triển khai Nghị quyết (29/06/2024)</li>
      <li id="c">Kế hoạch 160/KH-UBND thực hiện chuyển đổi số ( 28.06.2024 )</li>`);
    const name = (id: string) => openingReference(document.getElementById(id) as Element)?.text;
    expect(name('a')).toBe('Quyết định số 2540/QĐ-UBND ngày 01/7/2024 về việc công bố thủ tục');
    // A link with nothing past its reference: the line, which says what the document is about.
    expect(name('b')).toBe('Công văn 9871/UBND-THKH về việc triển khai Nghị quyết');
    expect(name('c')).toBe('Kế hoạch 160/KH-UBND thực hiện chuyển đổi số');
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
    let reads = 0;
    expect(cardRows('#late', () => reads++)).toEqual([]);
    expect(reads).toBe(2);
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

  it('opens with the first link under a badge of the document’s type or “Mới” (audit 27)', () => {
    const card = (badge: string, name: string) =>
      `<div class="doc"><div class="type"><span>${badge}</span></div><h3><a href="/d/${name.length}">${name}</a></h3><span>Ban hành: <b>15/11/2024</b></span></div>`;
    setBody(`<div id="cards">${card('Công văn', 'Công văn 6017/BTC-QLCS của Bộ Tài chính về việc xử lý tài sản')}
      ${card('QĐ', 'Quyết định 1402/QĐ-TTg phê duyệt quy hoạch')}${card('Mới', 'Nghị quyết 35/2024/NQ-HĐND quy định mức chi')}</div>
      <div id="box"><h3>Văn bản mới</h3><a href="/n">Nghị định 99/2024/NĐ-CP xử phạt vi phạm</a></div>`);
    expect(cardRows('#cards').map(([symbol, date]) => [symbol, date])).toEqual([
      ['6017/BTC-QLCS', '2024-11-15'],
      ['1402/QĐ-TTg', '2024-11-15'],
      ['35/2024/NQ-HĐND', '2024-11-15'],
    ]);
    // A box's heading is no badge.
    expect(openingReference(document.querySelector('#box') as Element)).toBeNull();
  });

  it('looks for cards above a reference, not across table cells', () => {
    setBody(`<table><tr><td><ul><li><p><a href="/x">Nghị định 30/2020/NĐ-CP</a></p></li><li>b</li></ul></td>
      <td><p id="cell">Thông tư 01/2011/TT-BNV</p><p>c</p></td>
      <td id="bare">Quyết định 15/2024/QĐ-UBND<p>d</p><p>e</p></td></tr>
      <tr><td>f</td><td>g</td><td>h</td></tr></table>`);
    const link = document.querySelector('a') as Element;
    expect(cardContainersAround(link.firstChild as Node)).toEqual([document.querySelector('ul')]);
    const cell = document.querySelector('#cell') as Element;
    expect(cardContainersAround(cell.firstChild as Node)).toEqual([cell.parentElement]);
    // A reference in a cell's own text, beside blocks and cells of its row: no card listing of cells or rows.
    const bare = (document.querySelector('#bare') as Element).firstChild as Node;
    expect(bare.nodeType).toBe(Node.TEXT_NODE);
    expect(cardContainersAround(bare)).toEqual([]);
  });

  it('reads the labels the listing tables’ headers use', () => {
    setBody(`<div id="cards">
      <div><a href="/vb/1">Nghị định 30/2020/NĐ-CP</a><p>Ngày ký: 05/03/2020</p><p>Đơn vị ban hành: Chính phủ</p>
        <p>Trích yếu nội dung: Về công tác văn thư</p></div>
      <div><a href="/vb/2">Thông tư 01/2011/TT-BNV</a><p>Ngày hiệu lực: 05/03/2011</p><p>Ban hành: 19/01/2011</p>
        <p>Cơ quan ban hành: Bộ Nội vụ</p><p>Tiêu đề: Hướng dẫn thể thức văn bản</p></div>
    </div>`);
    expect(cardRows('#cards')).toEqual([
      ['30/2020/NĐ-CP', '2020-03-05', 'Về công tác văn thư', 'Chính phủ', href('/vb/1')],
      ['01/2011/TT-BNV', '2011-01-19', 'Hướng dẫn thể thức văn bản', 'Bộ Nội vụ', href('/vb/2')],
    ]);
  });
  it('reads the fields on the heading line after the reference: labelled, a bare date, the subject after a dash', () => {
    setBody(`<ul id="labelled">
        <li><a href="/1"><b>123</b>/UBND-VP</a> - Ngày ban hành: 08/01/2024<br><span>V/v triển khai nhiệm vụ</span></li>
        <li><a href="/2">45/2022/QĐ-UBND</a> - Ngày ban hành: 30/12/2022<br><span>Ban hành quy định</span></li></ul>
      <ul id="dashed"><li><a href="/3">2980/QĐ-UBND - Công bố chỉ số giá</a></li><li><a href="/4">1540/SXD-KTXD – Hướng dẫn áp dụng</a></li></ul>
      <div id="dated"><div><span>125/TB-UBND</span> <span>02/12/2024</span> <a href="/5">Thông báo lịch tiếp dân</a></div>
        <div><span>88/KH-UBND</span> <span>28/11/2024</span> <a href="/6">Kế hoạch vệ sinh</a></div></div>
      <ul id="glued"><li><a href="/7">Quyết định 210/QĐ-UBND ngày 01/03/2024 về việc thành lập</a></li><li><a href="/8">Quyết định 211/QĐ-UBND ngày 02/03/2024 về việc giải thể</a></li></ul>`);
    expect(cardRows('#labelled').map((row) => row.slice(0, 3))).toEqual([
      ['123/UBND-VP', '2024-01-08', 'V/v triển khai nhiệm vụ'],
      ['45/2022/QĐ-UBND', '2022-12-30', 'Ban hành quy định'],
    ]);
    expect(cardRows('#dashed').map((row) => row.slice(0, 3))).toEqual([
      ['2980/QĐ-UBND', null, 'Công bố chỉ số giá'],
      ['1540/SXD-KTXD', null, 'Hướng dẫn áp dụng'],
    ]);
    expect(cardRows('#dated').map((row) => row.slice(0, 3))).toEqual([
      ['125/TB-UBND', '2024-12-02', 'Thông báo lịch tiếp dân'],
      ['88/KH-UBND', '2024-11-28', 'Kế hoạch vệ sinh'],
    ]);
    // Without a separator or a date, what follows the reference is the background's to read from the name.
    expect(cardRows('#glued').map((row) => row.slice(0, 3))).toEqual([
      ['210/QĐ-UBND', '2024-03-01', 'về việc thành lập'],
      ['211/QĐ-UBND', '2024-03-02', 'về việc giải thể'],
    ]);
  });

  it('reads a field right after the reference with no separator before it (audit 33)', () => {
    setBody(`<ul id="spans">
        <li><a href="/1">Công văn số 3312/UBND-NNTNMT</a> <span>Ngày ban hành: 18/09/2024</span><p>V/v khắc phục hậu quả bão số 3</p></li>
        <li><a href="/2">Quyết định số 2035/QĐ-UBND</a> <span>Ngày ban hành: 16/09/2024</span><p>Về việc phê duyệt kế hoạch</p></li></ul>`);
    expect(cardRows('#spans').map((row) => row.slice(0, 3))).toEqual([
      ['3312/UBND-NNTNMT', '2024-09-18', 'V/v khắc phục hậu quả bão số 3'],
      ['2035/QĐ-UBND', '2024-09-16', 'Về việc phê duyệt kế hoạch'],
    ]);
    // Read after the card's own lines: their "Ngày ban hành" outranks the heading's "Ngày:" (review 12).
    setBody(`<ul id="weak">
        <li><a href="/1">Công văn số 3312/UBND-NNTNMT</a> <span>Ngày: 20/09/2024</span><p>Ngày ban hành: 18/09/2024</p></li>
        <li><a href="/2">Quyết định số 2035/QĐ-UBND</a> <span>Ngày: 21/09/2024</span><p>Ngày ban hành: 16/09/2024</p></li></ul>`);
    expect(cardRows('#weak').map((row) => row.slice(0, 2))).toEqual([
      ['3312/UBND-NNTNMT', '2024-09-18'],
      ['2035/QĐ-UBND', '2024-09-16'],
    ]);
  });

  it('dates an item by a labelled date after its link on the link’s line (audit 36)', () => {
    setBody(`<ul id="related">
        <li><a href="/1">Công văn 2345/BTC-TCT về hướng dẫn thuế</a> Ban hành: 31/07/2024</li>
        <li><a href="/2">Công văn 2290/BTC-TCT về hoàn thuế</a> Ban hành: 25/07/2024</li></ul>`);
    expect(cardRows('#related').map((row) => row.slice(0, 2))).toEqual([
      ['2345/BTC-TCT', '2024-07-31'],
      ['2290/BTC-TCT', '2024-07-25'],
    ]);
  });

  it('reads a <dl> of names, each <dt> with the fields of the <dd>s after it (audits 29 and 36)', () => {
    setBody(`<dl id="dl">
        <dt><a href="/86">Thông báo số 86/TB-BQL</a></dt>
        <dd><span>Ngày ban hành: 12/09/2024</span><div>Về lịch tiếp công dân tháng 9/2024</div></dd>
        <dt><a href="/85">Kế hoạch số 85/KH-BQL</a></dt>
        <dd><span>Ngày ban hành: 10/09/2024</span><div>Về kiểm tra phòng cháy</div></dd></dl>`);
    expect(cardRows('#dl').map((row) => row.slice(0, 3))).toEqual([
      ['86/TB-BQL', '2024-09-12', 'Về lịch tiếp công dân tháng 9/2024'],
      ['85/KH-BQL', '2024-09-10', 'Về kiểm tra phòng cháy'],
    ]);
  });

  it('takes the reference from a symbol line below a heading that is the subject', () => {
    setBody(`<div id="court">
      <div><h4><a href="/1241">Kế hoạch tổ chức phiên tòa</a></h4><div>Số: 45/KH-TA | Ngày ban hành: 15/02/2024</div></div>
      <div><h4><a href="/1238">Quy chế làm việc</a></h4><div>Số hiệu: 112/QĐ-TA | Ngày ban hành: 30/01/2024</div></div></div>`);
    expect(cardRows('#court')).toEqual([
      ['45/KH-TA', '2024-02-15', 'Kế hoạch tổ chức phiên tòa', null, href('/1241')],
      ['112/QĐ-TA', '2024-01-30', 'Quy chế làm việc', null, href('/1238')],
    ]);
  });

  it('reads cards among page chrome of their tag by their class', () => {
    setBody(`<div id="page"><div class="top"><a href="/">ĐẢNG BỘ TỈNH</a></div><div class="menu"><a href="/">Trang chủ</a></div>
      <div class="doc"><h3><a href="/45">Công văn số 45-CV/TU về việc tổ chức hội nghị</a></h3><p>Ngày ban hành: 15/10/2024</p></div>
      <div class="doc"><h3><a href="/28">Chỉ thị số 28-CT/TU về lãnh đạo Đại hội</a></h3><p>Ngày ban hành: 02/10/2024</p></div>
      <div class="doc"><h3><a href="/112">Hướng dẫn số 112-HD/TU về công tác nhân sự</a></h3><p>Ngày ban hành: 26/09/2024</p></div>
      <div class="pages"><a href="?p=2">2</a></div></div>`);
    expect(cardRows('#page').map(([symbol, date]) => [symbol, date])).toEqual([
      ['45-CV/TU', '2024-10-15'],
      ['28-CT/TU', '2024-10-02'],
      ['112-HD/TU', '2024-09-26'],
    ]);
  });

  it('dates a card by a date it shows alone when nothing else dates it, not by a posting time', () => {
    setBody(`<div id="cards">
      <div class="card"><h5><a href="/vb/3001">Công văn số 3001/SGDĐT-GDTrH về việc hướng dẫn nhiệm vụ năm học</a></h5>
        <p><small><i class="fa fa-calendar"></i> 28/08/2024</small></p></div>
      <div class="card"><h5><a href="/vb/2950">Kế hoạch số 2950/KH-SGDĐT tổ chức kỳ thi</a></h5>
        <p><small>20/08/2024 08:30</small></p></div>
      <div class="card"><h5><a href="/vb/2900">Công văn số 2900/SGDĐT-VP ngày 12/08/2024 về việc nghỉ lễ</a></h5>
        <p><small>15/08/2024</small></p></div>
    </div>
    <ul id="block">
      <li><a href="/van-ban/5678">Công văn số 5678/UBND-KT về việc phòng chống ngập úng</a><span class="dt">18/11/2024</span></li>
      <li><a href="/van-ban/5650">Quyết định số 3456/QĐ-UBND về việc phê duyệt kế hoạch</a><span class="dt">15/11/2024</span></li>
    </ul>`);
    expect(cardRows('#cards').map(([symbol, date]) => [symbol, date])).toEqual([
      ['3001/SGDĐT-GDTrH', '2024-08-28'],
      ['2950/KH-SGDĐT', null],
      // The reference's own date wins over the one the card shows.
      ['2900/SGDĐT-VP', '2024-08-12'],
    ]);
    expect(cardRows('#block').map(([symbol, date]) => [symbol, date])).toEqual([
      ['5678/UBND-KT', '2024-11-18'],
      ['3456/QĐ-UBND', '2024-11-15'],
    ]);
  });

  it('reads a card headed "Số …" under a type badge, its fields on a line split by middle dots (audit 44)', () => {
    setBody(`<div id="vks">
      <div class="card"><span class="badge">Hướng dẫn</span><h5><a href="/28">Số 28/HD-VKSTC</a></h5>
        <p>Hướng dẫn công tác kiểm sát các vụ án hành chính năm 2024</p>
        <div><span>Ngày ban hành: 12/08/2024</span> &middot; <span>Viện kiểm sát nhân dân tối cao</span></div></div>
      <div class="card"><span class="badge">Thông tư liên tịch</span><h5><a href="/01">Số 01/2024/TTLT-VKSNDTC-BCA-BQP</a></h5>
        <p>Quy định việc phối hợp tiếp nhận, giải quyết nguồn tin về tội phạm</p>
        <div><span>Ngày ban hành: 10/07/2024</span> &middot; <span>VKSND tỉnh Thanh Hóa</span></div></div></div>`);
    expect(cardRows('#vks')).toEqual([
      [
        '28/HD-VKSTC',
        '2024-08-12',
        'Hướng dẫn công tác kiểm sát các vụ án hành chính năm 2024',
        'Viện kiểm sát nhân dân tối cao',
        href('/28'),
      ],
      [
        '01/2024/TTLT-VKSNDTC-BCA-BQP',
        '2024-07-10',
        'Quy định việc phối hợp tiếp nhận, giải quyết nguồn tin về tội phạm',
        // "VKSND …", "TAND …" open a card's teaser as often as a body's name (review 18): no body.
        null,
        href('/01'),
      ],
    ]);
    setBody(`<div id="court">
      <div class="item"><h3><a href="/tb/125">Thông báo số 125/TB-TA</a></h3><p>TAND tỉnh Nghệ An thông báo lịch xét xử tháng 9</p>
        <p>Ngày ban hành: 03/09/2024</p></div>
      <div class="item"><h3><a href="/tb/118">Thông báo số 118/TB-TA</a></h3><p>TAND tỉnh Nghệ An tuyển dụng hợp đồng lao động</p>
        <p>Ngày ban hành: 26/08/2024</p></div></div>`);
    expect(cardRows('#court').map(([symbol, , subject, body]) => [symbol, subject, body])).toEqual([
      ['125/TB-TA', 'TAND tỉnh Nghệ An thông báo lịch xét xử tháng 9', null],
      ['118/TB-TA', 'TAND tỉnh Nghệ An tuyển dụng hợp đồng lao động', null],
    ]);
  });

  it('reads cards under a day-and-month over year date box, and items after a bracketed posting date (audit 44)', () => {
    setBody(`<div id="school">
      <div class="item"><div class="date"><span>05/09</span> <span>2024</span></div>
        <h3><a href="/312">Kế hoạch tổ chức Lễ khai giảng</a></h3><p>Số/Ký hiệu: <b>58/KH-THCS</b> | Ngày ban hành: 05/09/2024</p></div>
      <div class="item"><div class="date"><span>03/09</span> <span>2024</span></div>
        <h3><a href="/311">V/v hướng dẫn nhiệm vụ giáo dục THCS</a></h3><p>Số/Ký hiệu: <b>1124/PGDĐT-THCS</b></p></div></div>
      <ul id="commune">
        <li><span>[12/09/2024]</span> <a href="/145">Quyết định số 145/QĐ-UBND ngày 12/9/2024 của UBND xã Phước Thuận về việc thành lập Tổ công tác</a></li>
        <li><span>[10/09/2024]</span> <a href="/98">Kế hoạch số 98/KH-UBND ngày 10/9/2024 của UBND xã Phước Thuận về tổ chức Ngày hội</a></li></ul>`);
    expect(cardRows('#school').map(([symbol, date, subject]) => [symbol, date, subject])).toEqual([
      ['58/KH-THCS', '2024-09-05', 'Kế hoạch tổ chức Lễ khai giảng'],
      ['1124/PGDĐT-THCS', '2024-09-03', 'V/v hướng dẫn nhiệm vụ giáo dục THCS'],
    ]);
    expect(cardRows('#commune').map(([symbol, date]) => [symbol, date])).toEqual([
      ['145/QĐ-UBND', '2024-09-12'],
      ['98/KH-UBND', '2024-09-10'],
    ]);
    // The content script looks for such cards from the item's line, which opens with its posting date.
    const item = '[12/09/2024] Quyết định số 145/QĐ-UBND ngày 12/9/2024';
    expect(opensWithItsReference(item, item.indexOf('145'))).toBe(true);
    // Not an article's timeline of documents by their dates (a review of audit 22).
    for (const line of [
      'Ngày 12/09/2024 ban hành Quyết định số 145/QĐ-UBND',
      '12/09/2024 Quyết định số 145/QĐ-UBND về việc thành lập Tổ công tác',
      '(12/09/2024) Quyết định số 145/QĐ-UBND về việc thành lập Tổ công tác',
    ]) {
      expect(opensWithItsReference(line, line.indexOf('145')), line).toBe(false);
    }
  });

  it('reads no card in a closed tab’s pane (the hidden attribute, audit 47)', () => {
    setBody(`<div id="tabs">
      <div class="tab-pane"><p>Ban hành Quy định hạn mức giao đất ở</p><p>Số ký hiệu: 38/2024/QĐ-UBND</p></div>
      <div class="tab-pane" hidden><ul><li>Quyết định 36/2024/QĐ-UBND quy định bảng giá đất điều chỉnh</li></ul></div>
      <div class="tab-pane"><p>Toàn văn</p></div></div>`);
    expect(cardRows('#tabs')).toEqual([]);
  });

  it('reads no card the page hides itself (a draft’s, audit 50), but one a style sheet hides or not yet faded in', () => {
    setBody(`<style>.filtered { display: none }</style><div id="list">
      <div class="vb-item"><h4><a href="/62">Kế hoạch tuyên truyền pháp luật</a></h4><div>Số hiệu: 62/KH-UBND</div></div>
      <div class="vb-item" style="display:none"><h4><a href="/55">Kế hoạch kiểm tra (bản nháp)</a></h4><div>Số hiệu: 55/KH-UBND</div></div>
      <div class="vb-item filtered"><h4><a href="/56">Quyết định công bố thủ tục</a></h4><div>Số hiệu: 56/QĐ-UBND</div></div>
      <div class="vb-item wow" style="visibility: hidden"><h4><a href="/89">Quyết định thành lập Ban Chỉ huy</a></h4><div>Số hiệu: 89/QĐ-UBND</div></div></div>`);
    // A carousel's other slides (review 22) are hidden by a style sheet's class as a filter's are.
    expect(cardRows('#list').map((row) => row[0])).toEqual(['62/KH-UBND', '56/QĐ-UBND', '89/QĐ-UBND']);
  });

  it('reads a heading line with 100,000 em spaces in a moment (no backtracking split)', () => {
    const spaces = '\u2003'.repeat(100_000);
    setBody(`<ul id="long"><li><a href="/1">Công văn 1/SNV-VP${spaces}- V/v A${spaces}(02/07/2024)</a></li>
      <li><a href="/2">Công văn 2/SNV-VP - V/v B</a></li></ul>`);
    expect(cardRows('#long').map((row) => row[0])).toEqual(['1/SNV-VP', '2/SNV-VP']);
  });

  it('takes a body named on the heading line for the issuing body, and a bracketed date as a last resort', () => {
    setBody(`<ul id="list">
      <li><a href="/1">Công văn 123/SNV-TCBC - Sở Nội vụ</a><p>Về việc tuyển dụng viên chức năm 2024</p></li>
      <li><a href="/2">Công văn 124/SNV-TCBC</a> (28/10/2024)<p>Về việc nâng lương</p></li>
    </ul>`);
    expect(cardRows('#list').map(([symbol, date, subject, body]) => [symbol, date, subject, body])).toEqual([
      ['123/SNV-TCBC', null, 'Về việc tuyển dụng viên chức năm 2024', 'Sở Nội vụ'],
      ['124/SNV-TCBC', '2024-10-28', 'Về việc nâng lương', null],
    ]);
  });

  it('reads a grid of rows and cells by its header, not as cards', () => {
    setBody(`<div id="grid"><div><div>Số hiệu</div><div>Ngày ban hành</div><div>Trích yếu</div></div>
      <div><div><a href="/a">4521/UBND-VP</a></div><div>20/09/2024</div><div>Phòng chống dịch</div></div>
      <div hidden><div><a href="/c">2901/QĐ-UBND</a></div><div>03/10/2024</div><div>Bản thay thế</div></div>
      <div><div><a href="/b">233/KH-UBND</a></div><div>18/09/2024</div><div>Ngày hội đoàn kết</div></div>
      <div style="display:none"><div><a href="/d">2902/QĐ-UBND</a></div><div>04/10/2024</div><div>Bản nháp</div></div></div>`);
    // Less the rows the page hides (audit 54).
    expect(cardRows('#grid')).toEqual([
      ['4521/UBND-VP', '2024-09-20', 'Phòng chống dịch', null, href('/a')],
      ['233/KH-UBND', '2024-09-18', 'Ngày hội đoàn kết', null, href('/b')],
    ]);
  });
});

describe('card listings: what audit 102 found', () => {
  beforeEach(() => setBody(''));

  it('reads past a badge whose day and month/year are two spans on two source lines', () => {
    setBody(`<ul class="list-tb">
      <li><div class="date-badge"><span class="day">24</span>
<span class="my">10/2022</span></div><h3><a href="/tb/242.html">THông báo niêm yết công khai hộ nghèo</a></h3></li>
      <li><div class="date-badge"><span class="day">03</span>
<span class="my">10/2022</span></div><h3><a href="/tb/239.html">Hướng dẫn số 2899/UBND-VH ngày 30 tháng 9 năm 2022 của UBND huyện Cẩm Xuyên về việc triển khai bình xét danh hiệu văn hóa</a></h3></li>
      <li><div class="date-badge"><span class="day">26</span>
<span class="my">09/2022</span></div><h3><a href="/tb/236.html">Kế hoạch số 510 /KH-UBND về tổng rà soát hộ nghèo cuối năm 2022</a></h3></li>
    </ul>`);
    expect(cardRows('ul').map(([symbol, date]) => [symbol, date])).toEqual([
      ['2899/UBND-VH', '2022-09-30'],
      ['510/KH-UBND', '2022-09-26'],
    ]);
  });
});

describe('card listings: what audit 116 found', () => {
  beforeEach(() => setBody(''));

  it('reads items whose link opens with the type’s abbreviation before the number', () => {
    setBody(`<div class="box">
<p><a href="https://drive.google.com/file/d/1/view"><span>CV 4555/BGDĐT-GDPT</span></a><span> ngày 05/8/2025 V/v hướng dẫn thực hiện nhiệm vụ giáo dục phổ thông năm học 2025-2026</span></p>
<p><a href="https://drive.google.com/file/d/2/view"><span>TT 32/2020/TT-BGDĐT</span></a><span> ngày 15/9/2020 ban hành Điều lệ trường THCS, trường THPT</span></p>
<p><a href="https://drive.google.com/file/d/3/view"><span>QĐ 932/QĐ-UBND</span></a><span> ngày 22/4/2016 của UBND tỉnh Phú Thọ về việc quy định cụ thể</span></p>
</div>`);
    expect(cardRows('.box').map(([symbol, date]) => [symbol, date])).toEqual([
      ['4555/BGDĐT-GDPT', '2025-08-05'],
      ['32/2020/TT-BGDĐT', '2020-09-15'],
      ['932/QĐ-UBND', '2016-04-22'],
    ]);
    // Not a word in capitals of more letters, nor one in lower case.
    setBody(
      `<div class="box"><p>BỘ 4555/BGDĐT-GDPT ngày 05/8/2025</p><p>cv 32/2020/TT-BGDĐT ngày 15/9/2020</p></div>`,
    );
    expect(cardRows('.box')).toEqual([]);
  });
});

describe('card listings: what audit 120 found', () => {
  beforeEach(() => setBody(''));

  it('reads a <dl> whose <dt>s are the subjects and whose first <dd>s give the symbols', () => {
    setBody(`<dl id="dl">
      <dt><a href="/112">Về việc ban hành Quy chế hoạt động của Ban Chỉ đạo công tác Dân số</a></dt>
      <dd><span>Số hiệu:</span> 1209/QĐ-UBND</dd><dd><span>Ngày ban hành:</span> 24/06/2013</dd>
      <dd><span>Cơ quan ban hành:</span> Chủ tịch UBND tỉnh Hà Giang</dd>
      <dt><a href="/108">Về việc kiện toàn Ban Chỉ đạo công tác Dân số</a></dt>
      <dd><span>Số hiệu:</span> 807/QĐ-UBND</dd><dd><span>Ngày ban hành:</span> 06/05/2013</dd>
      <dd><span>Cơ quan ban hành:</span> UBND tỉnh Hà Giang</dd></dl>`);
    expect(cardRows('#dl')).toEqual([
      [
        '1209/QĐ-UBND',
        '2013-06-24',
        'Về việc ban hành Quy chế hoạt động của Ban Chỉ đạo công tác Dân số',
        'Chủ tịch UBND tỉnh Hà Giang',
        href('/112'),
      ],
      [
        '807/QĐ-UBND',
        '2013-05-06',
        'Về việc kiện toàn Ban Chỉ đạo công tác Dân số',
        'UBND tỉnh Hà Giang',
        href('/108'),
      ],
    ]);
    // One document's fields and a group of them, no links: no listing (review 52).
    setBody(`<dl id="dl"><dt>Quyết định về việc ban hành Chương trình điều tra thống kê quốc gia</dt>
      <dd>Số hiệu: 43/2016/QĐ-TTg</dd><dd>Ngày ban hành: 17/10/2016</dd><dd>Cơ quan ban hành: Thủ tướng Chính phủ</dd>
      <dd>Người ký: Nguyễn Xuân Phúc</dd><dt>Văn bản bị thay thế</dt><dd>Số hiệu: 803/QĐ-TTg</dd><dd>Ngày ban hành: 28/06/2012</dd></dl>`);
    expect(cardRows('#dl')).toEqual([]);
  });
});
