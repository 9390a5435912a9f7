import { beforeEach, describe, expect, it } from 'vitest';
import { readListingRows } from '../background/page-reading';
import { listingColumns, normalizeLabel } from './listing-columns';
import { parseListingDate } from './listing-date';
import { gridListingRows, listingLayout, listingRowsUnder } from './listing-table';
import { setBody } from './testing/dom';

/** Each listing row under `root` as [symbol, issued date, subject, issuing body]. */
const rowFields = (root: ParentNode) =>
  listingRowsUnder(root).map((row) => [row.reference.symbol, row.issuedDate, row.subject, row.issuingBody]);

const LISTING = `
<table id="listing">
  <thead><tr><th>STT</th><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Cơ quan ban hành</th></tr></thead>
  <tbody>
    <tr><td>1</td><td><a href="/van-ban/3944">3944/UBND-NC</a></td><td>27/08/2020</td>
        <td>Về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ</td><td>UBND tỉnh</td></tr>
    <tr><td>2</td><td>Số 23/2012/TT-BCA<br>(bản gốc)</td><td>27-4-2012</td>
        <td>Quy định tiêu chuẩn <b>“An toàn về an ninh, trật tự”</b></td><td>Bộ Công an</td></tr>
    <tr><td colspan="5">Trang 1/10</td></tr>
    <tr><td>3</td><td>Đang cập nhật</td><td></td><td>Chưa có số</td><td></td></tr>
  </tbody>
</table>`;

describe('listing tables', () => {
  beforeEach(() => setBody(''));

  it('reads each row with a reference: its fields and its absolute link', () => {
    setBody(LISTING);
    expect(listingRowsUnder(document.body)).toEqual([
      {
        reference: expect.objectContaining({ symbol: '3944/UBND-NC' }),
        issuedDate: '2020-08-27',
        subject: 'Về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ',
        issuingBody: 'UBND tỉnh',
        url: new URL('/van-ban/3944', document.baseURI).href,
      },
      {
        reference: expect.objectContaining({ symbol: '23/2012/TT-BCA' }),
        issuedDate: '2012-04-27',
        subject: 'Quy định tiêu chuẩn “An toàn về an ninh, trật tự”',
        issuingBody: 'Bộ Công an',
        url: null,
      },
    ]);
  });

  it('finds the header in the first row when there is no <thead>, labels in any case and without diacritics', () => {
    setBody(`<table>
      <tr><td colspan="3"><b>DANH SÁCH VĂN BẢN</b></td></tr>
      <tr><td>SO KY HIEU</td><td>NGÀY KÝ</td><td>TÊN VĂN BẢN</td></tr>
      <tr><td>977/QĐ-TTg</td><td>1.7.2021</td><td>Phê duyệt đề án</td></tr>
    </table>`);
    const [row] = listingRowsUnder(document.body);
    expect(row?.reference.symbol).toBe('977/QĐ-TTg');
    expect(row?.issuedDate).toBe('2021-07-01');
    expect(row?.subject).toBe('Phê duyệt đề án');
    expect(row?.issuingBody).toBeNull();
  });

  it('takes the trích yếu under the symbol in a "Số hiệu / Trích yếu" cell (audit 21)', () => {
    setBody(`<table><thead><tr><th>Số hiệu / Trích yếu</th><th>Cơ quan ban hành</th><th>Ngày ban hành</th><th>Ngày đăng công báo</th></tr></thead>
      <tr><td><a href="/vb/1"><b>115/2024/NĐ-CP</b></a><p>Quy định chi tiết một số điều của Luật Đấu thầu</p></td><td>Chính phủ</td><td>16/09/2024</td><td>27/09/2024</td></tr>
      <tr><td><a href="/vb/2"><b>12/2024/TT-BTC</b></a><br>Ngày 05/03/2024</td><td>Bộ Tài chính</td><td>05/03/2024</td><td>10/03/2024</td></tr></table>`);
    expect(rowFields(document.body)).toEqual([
      ['115/2024/NĐ-CP', '2024-09-16', 'Quy định chi tiết một số điều của Luật Đấu thầu', 'Chính phủ'],
      // A date under the symbol is no trích yếu.
      ['12/2024/TT-BTC', '2024-03-05', null, 'Bộ Tài chính'],
    ]);
    // A field under the symbol ends the trích yếu, but for a labelled one.
    setBody(`<table><tr><th>Số hiệu / Trích yếu</th><th>Ngày ban hành</th></tr>
      <tr><td><a href="/a">15/2024/QĐ-UBND</a><br>Về việc quản lý chợ<br>Hiệu lực: Còn hiệu lực</td><td>12/03/2024</td></tr>
      <tr><td><a href="/b">16/2024/QĐ-UBND</a><br>Trích yếu: Quy định giá dịch vụ<br>Người ký: Nguyễn Văn An</td><td>13/03/2024</td></tr></table>`);
    expect(rowFields(document.body).map(([symbol, , subject]) => [symbol, subject])).toEqual([
      ['15/2024/QĐ-UBND', 'Về việc quản lý chợ'],
      ['16/2024/QĐ-UBND', 'Quy định giá dịch vụ'],
    ]);
    // Under a symbol column that names no trích yếu, the lines under the symbol are notes.
    setBody(`<table><tr><th>STT</th><th>Số hiệu</th><th>Ngày ban hành</th><th>Cơ quan ban hành</th></tr>
      <tr><td>1</td><td><a href="/a">15/2024/QĐ-UBND</a><br><span>Còn hiệu lực</span></td><td>12/03/2024</td><td>UBND tỉnh</td></tr>
      <tr><td>2</td><td><a href="/b">16/2024/QĐ-UBND</a><br><span>Người ký: Nguyễn Văn An</span></td><td>13/03/2024</td><td>UBND tỉnh</td></tr></table>`);
    expect(rowFields(document.body).map(([symbol, , subject]) => [symbol, subject])).toEqual([
      ['15/2024/QĐ-UBND', null],
      ['16/2024/QĐ-UBND', null],
    ]);
  });

  it('dates e-office rows by the document’s date, not the day they were received (audit 21)', () => {
    setBody(`<table><tr><th>Số đến</th><th>Ngày đến</th><th>Số ký hiệu</th><th>Ngày VB</th><th>Nơi gửi</th><th>Trích yếu</th></tr>
      <tr><td>1520</td><td>15/10/2024</td><td>3120/SYT-NVY</td><td>11/10/2024</td><td>Sở Y tế</td><td>V/v tăng cường phòng chống dịch</td></tr>
      <tr><td>1521</td><td>16/10/2024</td><td>45/KH-UBND</td><td>12/10/2024</td><td>UBND huyện</td><td>Kế hoạch chuyển đổi số</td></tr></table>`);
    expect(rowFields(document.body).map(([symbol, date]) => [symbol, date])).toEqual([
      ['3120/SYT-NVY', '2024-10-11'],
      ['45/KH-UBND', '2024-10-12'],
    ]);
  });

  it('takes a commune’s "Về việc" or "V/v" column for the trích yếu (audit 42)', () => {
    for (const label of ['Về việc', 'V/v']) {
      setBody(`<table><tr><td><b>Số văn bản</b></td><td><b>Ngày</b></td><td><b>${label}</b></td></tr>
        <tr><td>Số: 45/KH-UBND</td><td>12/3/2024</td><td>Triển khai công tác tiêm chủng mở rộng năm 2024</td></tr></table>`);
      expect(listingRowsUnder(document.body).map((row) => row.subject)).toEqual([
        'Triển khai công tác tiêm chủng mở rộng năm 2024',
      ]);
    }
  });

  it('counts colspans when matching cells to columns', () => {
    setBody(`<table><thead><tr><th colspan="2">Số hiệu</th><th>Nội dung</th></tr></thead>
      <tbody><tr><td>a</td><td>12/KH-UBND</td><td>Kế hoạch</td></tr></tbody></table>`);
    const layout = listingLayout(document.querySelector('table') as HTMLTableElement);
    expect(layout?.columns).toEqual({
      symbol: 0,
      named: false,
      issuedDate: null,
      subject: 2,
      issuingBody: null,
    });
  });

  it('finds no rows in a document’s metadata table, whose first cell reads “Số hiệu”', () => {
    setBody(`<table>
      <tr><td>Số hiệu:</td><td>30/2020/NĐ-CP</td><td>Loại văn bản:</td><td>Nghị định</td></tr>
      <tr><td>Nơi ban hành:</td><td>Chính phủ</td><td>Người ký:</td><td>Nguyễn Xuân Phúc</td></tr>
      <tr><td>Ngày ban hành:</td><td>05/03/2020</td><td>Ngày hiệu lực:</td><td>05/03/2020</td></tr>
    </table>`);
    expect(listingRowsUnder(document.body)).toEqual([]);
  });

  it('finds no rows in a metadata table whose label and value cells alternate, under a note citing a document', () => {
    setBody(`<table>
      <tr><td colspan="4">Nghị định Quy định mức lương cơ sở</td></tr>
      <tr><td>Số ký hiệu</td><td>73/2024/NĐ-CP</td><td>Ngày ban hành</td><td>30/06/2024</td></tr>
      <tr><td>Loại văn bản</td><td>Nghị định</td><td>Ngày có hiệu lực</td><td>01/07/2024</td></tr>
      <tr><td colspan="4">Nghị định này thay thế Nghị định số 24/2023/NĐ-CP ngày 14 tháng 5 năm 2023.</td></tr>
    </table>`);
    expect(listingRowsUnder(document.body)).toEqual([]);
  });

  it('joins a symbol given in two fields: "Số | Ký hiệu" columns, or one cell’s "Số:" over "Ký hiệu:"', () => {
    setBody(`<div id="columns"><table><tr><th>Số</th><th>Ký hiệu</th><th>Ngày ký</th><th>Trích yếu nội dung</th></tr>
      <tr><td>1187</td><td><a href="/5531">SNN-TL</a></td><td>12/03/2024</td><td>V/v chủ động phòng chống hạn hán</td></tr>
      <tr><td>77</td><td><a href="/5528">QĐ-SNN</a></td><td>08/03/2024</td><td>Ban hành Quy chế làm việc</td></tr></table></div>
      <div id="cell"><table><thead><tr><th>Số, ký hiệu</th><th>Ngày ký</th><th>Nội dung</th></tr></thead><tbody>
      <tr><td>Số: 1245<br>Ký hiệu: QĐ-UBND</td><td>12-3-2024</td><td>Về việc thành lập Hội đồng tuyển dụng</td></tr>
      <tr><td>Số: 09<br>Ký hiệu: BC-BCĐ</td><td>1-3-2024</td><td>Tình hình phòng, chống dịch bệnh</td></tr></tbody></table></div>`);
    expect(rowFields(document.getElementById('columns') as ParentNode)).toEqual([
      ['1187/SNN-TL', '2024-03-12', 'V/v chủ động phòng chống hạn hán', null],
      ['77/QĐ-SNN', '2024-03-08', 'Ban hành Quy chế làm việc', null],
    ]);
    expect(rowFields(document.getElementById('cell') as ParentNode)).toEqual([
      ['1245/QĐ-UBND', '2024-03-12', 'Về việc thành lập Hội đồng tuyển dụng', null],
      ['09/BC-BCĐ', '2024-03-01', 'Tình hình phòng, chống dịch bệnh', null],
    ]);
  });

  it('joins no serial number to a code: only a number labelled "Số"', () => {
    setBody(`<table><tr><th>STT</th><th>Ký hiệu</th><th>Trích yếu</th></tr>
      <tr><td>1</td><td>QĐ-UBND</td><td>Dự thảo Quyết định ban hành quy chế</td></tr>
      <tr><td>2</td><td>TTr-SNV</td><td>Dự thảo Tờ trình</td></tr></table>`);
    expect(rowFields(document.body)).toEqual([]);
  });

  it('joins no symbol from a cell that holds one whole beside a cell of no code', () => {
    // A legal database's attribute grid: "Số công báo" reads as a symbol column, the symbol is
    // in the cell before its cells; it is the page's metadata, no listing row.
    setBody(`<table><tr><td>Cơ quan ban hành:</td><td>Bộ Tài chính</td><td>Số công báo:</td><td>Đang cập nhật</td></tr>
      <tr><td>Số hiệu:</td><td>88/2024/TT-BTC</td><td>Ngày đăng công báo:</td><td>Đang cập nhật</td></tr>
      <tr><td>Loại văn bản:</td><td>Thông tư</td><td>Người ký:</td><td>Cao Anh Tuấn</td></tr></table>`);
    expect(rowFields(document.body)).toEqual([]);
  });

  it('takes a whole "Văn bản" column for the documents’ names', () => {
    setBody(`<table><tr><th>STT</th><th>Văn bản</th><th>Ngày ban hành</th></tr>
      <tr><td>1</td><td><a href="/1">Quyết định số 15/2024/QĐ-UBND</a> về việc ban hành quy chế</td><td>12/03/2024</td></tr>
      <tr><td>2</td><td><a href="/2">Kế hoạch số 30/KH-UBND</a> về cải cách hành chính</td><td>14/03/2024</td></tr></table>`);
    const rows = readListingRows(listingRowsUnder(document.body));
    expect(rows.map((row) => [row.reference.symbol, row.issuedDate])).toEqual([
      ['15/2024/QĐ-UBND', '2024-03-12'],
      ['30/KH-UBND', '2024-03-14'],
    ]);
  });

  it('takes a CMS’s "Tiêu đề" column for the documents’ names, not its posting date for their date', () => {
    setBody(`<table><thead><tr><th>Tiêu đề</th><th>Ngày đăng</th><th>Lượt xem</th></tr></thead><tbody>
      <tr><td><a href="/412">Công văn số 2345/SGDĐT-GDTrH ngày 05/9/2024 của Sở GD&amp;ĐT Hà Nội về việc hướng dẫn dạy thêm</a></td>
        <td>09-09-2024</td><td>Lượt xem: 312</td></tr>
      <tr><td><a href="/405">Kế hoạch số 1890/KH-SGDĐT ngày 26/8/2024 về việc tổ chức khai giảng</a></td>
        <td>28-08-2024</td><td>Lượt xem: 540</td></tr></tbody></table>`);
    const rows = readListingRows(listingRowsUnder(document.body));
    expect(rows.map((row) => [row.reference.symbol, row.issuedDate, row.subject, row.issuingBody])).toEqual([
      ['2345/SGDĐT-GDTrH', '2024-09-05', expect.stringMatching(/hướng dẫn dạy thêm$/), 'Sở GD&ĐT Hà Nội'],
      ['1890/KH-SGDĐT', '2024-08-26', expect.stringMatching(/tổ chức khai giảng$/), null],
    ]);
  });

  it('reads the symbol from the document’s name when the table has no symbol column', () => {
    setBody(`<table>
      <thead><tr><th>STT</th><th>Tên văn bản</th><th>Ngày ban hành</th></tr></thead>
      <tbody>
        <tr><td>1</td><td><a href="/vb/15">Quyết định số 15/2024/QĐ-UBND về việc ban hành Quy chế làm việc</a></td>
          <td>12/03/2024</td></tr>
        <tr><td>2</td><td>Công văn 3944/UBND-NC ngày 27/8/2020 về việc đẩy mạnh phong trào bảo vệ ANTQ</td><td></td></tr>
        <tr><td>3</td><td>Thông báo lịch tiếp công dân</td><td>01/04/2024</td></tr>
      </tbody></table>`);
    const reported = listingRowsUnder(document.body);
    // The content script reports each name; the background reads the named document from it.
    expect(reported.map((row) => row.name)).toEqual([
      'Quyết định số 15/2024/QĐ-UBND về việc ban hành Quy chế làm việc',
      'Công văn 3944/UBND-NC ngày 27/8/2020 về việc đẩy mạnh phong trào bảo vệ ANTQ',
    ]);
    const rows = readListingRows(reported);
    expect(rows.map((row) => [row.reference.symbol, row.issuedDate])).toEqual([
      ['15/2024/QĐ-UBND', '2024-03-12'],
      ['3944/UBND-NC', '2020-08-27'],
    ]);
    expect(rows[0]?.subject).toMatch(/ban hành Quy chế làm việc$/);
    expect(rows[1]?.subject).toMatch(/đẩy mạnh phong trào bảo vệ ANTQ$/);
    expect(rows[0]?.url).toBe(new URL('/vb/15', document.baseURI).href);
  });

  it('takes no row whose name opens with a document it only cites, nor a trích yếu for names', () => {
    setBody(`<table><tr><th>Tên văn bản</th><th>Trích yếu</th><th>Ngày ban hành</th></tr>
      <tr><td>Căn cứ Nghị định 30/2020/NĐ-CP, UBND ban hành Quyết định 15/2024/QĐ-UBND</td><td>Quy chế</td><td>12/03/2024</td></tr>
      <tr><td>Kế hoạch số 594/KH-UBND</td><td>Triển khai Nghị định 30/2020/NĐ-CP</td><td>05/02/2021</td></tr></table>
      <table><tr><th>STT</th><th>Trích yếu</th><th>Ngày ban hành</th></tr>
      <tr><td>1</td><td>Triển khai Nghị định 30/2020/NĐ-CP về công tác văn thư</td><td>01/04/2024</td></tr></table>`);
    expect(
      readListingRows(listingRowsUnder(document.body)).map((row) => [
        row.reference.symbol,
        row.subject,
        row.issuedDate,
      ]),
    ).toEqual([['594/KH-UBND', 'Triển khai Nghị định 30/2020/NĐ-CP', '2021-02-05']]);
  });

  it('does not take a generic “Nội dung” column for the documents’ names', () => {
    setBody(`<table><tr><th>Thời gian</th><th>Nội dung</th><th>Địa điểm</th></tr>
      <tr><td>8 giờ</td><td>Triển khai Kế hoạch 594/KH-UBND</td><td>Hội trường</td></tr>
      <tr><td>14 giờ</td><td>Sơ kết Chỉ thị 19/CT-TTg</td><td>Phòng họp</td></tr></table>`);
    expect(listingRowsUnder(document.body)).toEqual([]);
  });

  it('looks below search-form rows for the header, down to the first row holding a reference', () => {
    setBody(`<table><tr><td colspan="4"><b>TÌM KIẾM VĂN BẢN</b></td></tr>
      <tr><td>Từ khóa</td><td colspan="3"><input type="text"></td></tr>
      <tr><td>Loại văn bản</td><td colspan="3"><select><option>Tất cả</option></select></td></tr>
      <tr><td>Năm ban hành</td><td colspan="3"><select><option>2024</option></select></td></tr>
      <tr><td><b>STT</b></td><td><b>Số ký hiệu</b></td><td><b>Ngày ban hành</b></td><td><b>Trích yếu</b></td></tr>
      <tr><td>1</td><td><a href="/vb/1">05/2024/QĐ-UBND</a></td><td>10/01/2024</td><td>Quy định bảng giá đất</td></tr>
      <tr><td>2</td><td><a href="/vb/2">06/2024/QĐ-UBND</a></td><td>11/01/2024</td><td>Quy định phí tham quan</td></tr></table>
      <table><tr><td>1</td><td>07/2024/QĐ-UBND</td></tr><tr><td>STT</td><td>Số ký hiệu</td></tr>
      <tr><td>2</td><td>08/2024/QĐ-UBND</td></tr></table>`);
    expect(
      listingRowsUnder(document.body).map((row) => [row.reference.symbol, row.issuedDate, row.subject]),
    ).toEqual([
      ['05/2024/QĐ-UBND', '2024-01-10', 'Quy định bảng giá đất'],
      ['06/2024/QĐ-UBND', '2024-01-11', 'Quy định phí tham quan'],
    ]);
  });

  it('looks past a title row that cites a document in one spanning cell', () => {
    setBody(`<table><tr><td colspan="4">Văn bản hướng dẫn Luật 31/2024/QH15</td></tr>
      <tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>
      <tr><td>1</td><td>102/2024/NĐ-CP</td><td>30/07/2024</td><td>Quy định chi tiết một số điều của Luật Đất đai</td></tr></table>`);
    expect(listingRowsUnder(document.body).map((row) => [row.reference.symbol, row.issuedDate])).toEqual([
      ['102/2024/NĐ-CP', '2024-07-30'],
    ]);
  });

  it('searches only the start of a row’s text for the reference that makes it data', () => {
    const long = 'Trang thông tin điện tử của Sở Nội vụ. '.repeat(20);
    setBody(`<table><tr><td>${long}Nghị định 30/2020/NĐ-CP</td><td>Tin tức</td></tr>
      <tr><th>Số ký hiệu</th><th>Trích yếu</th></tr>
      <tr><td>05/2024/QĐ-UBND</td><td>Quy định bảng giá đất</td></tr></table>`);
    expect(listingRowsUnder(document.body).map((row) => row.reference.symbol)).toEqual(['05/2024/QĐ-UBND']);
  });

  it('falls back to the first body rows when <thead> holds only a title', () => {
    setBody(`<table><thead><tr><th colspan="3">DANH SÁCH VĂN BẢN</th></tr></thead><tbody>
      <tr><td><strong>Số ký hiệu</strong></td><td><strong>Ngày ban hành</strong></td><td><strong>Trích yếu</strong></td></tr>
      <tr><td><a href="/vb/31">31/KH-UBND</a></td><td>01/02/2024</td><td>Kế hoạch cải cách hành chính</td></tr></tbody></table>`);
    expect(
      listingRowsUnder(document.body).map((row) => [row.reference.symbol, row.issuedDate, row.subject]),
    ).toEqual([['31/KH-UBND', '2024-02-01', 'Kế hoạch cải cách hành chính']]);
  });

  it('reads a grouped two-row header by its lowest labels, and body cells on the same grid', () => {
    setBody(`<table><thead>
      <tr><th rowspan="2">STT</th><th colspan="2">Văn bản</th><th rowspan="2">Trích yếu</th><th rowspan="2">Cơ quan ban hành</th></tr>
      <tr><th>Số ký hiệu</th><th>Ngày ban hành</th></tr></thead><tbody>
      <tr><td>1</td><td><a href="/d/1">101/SYT-NVY</a></td><td>02/04/2024</td><td>V/v phòng chống dịch</td><td rowspan="2">Sở Y tế</td></tr>
      <tr><td>2</td><td><a href="/d/2">88/SYT-NVY</a></td><td>03/04/2024</td><td>V/v lập dự toán</td></tr></tbody></table>`);
    expect(listingLayout(document.querySelector('table') as HTMLTableElement)?.columns).toEqual({
      symbol: 1,
      named: false,
      issuedDate: 2,
      subject: 3,
      issuingBody: 4,
    });
    expect(rowFields(document.body)).toEqual([
      ['101/SYT-NVY', '2024-04-02', 'V/v phòng chống dịch', 'Sở Y tế'],
      ['88/SYT-NVY', '2024-04-03', 'V/v lập dự toán', 'Sở Y tế'],
    ]);
  });

  it('reads the date under the symbol when there is no date column', () => {
    setBody(`<table><tr><th>Số hiệu / Ngày ban hành</th><th>Trích yếu</th></tr>
      <tr><td><a href="/y/1">12/QĐ-UBND</a><br>05/01/2024</td><td>Về việc A</td></tr>
      <tr><td><a href="/y/2">13/KH-UBND</a></td><td>Về việc B</td></tr></table>`);
    expect(listingRowsUnder(document.body).map((row) => [row.reference.symbol, row.issuedDate])).toEqual([
      ['12/QĐ-UBND', '2024-01-05'],
      ['13/KH-UBND', null],
    ]);
  });

  it('reads a “Số, ngày văn bản” column: the symbol and the date after it on the same line', () => {
    setBody(`<table><tr><th>STT</th><th>Số, ngày văn bản</th><th>Trích yếu</th><th>Cơ quan ban hành</th></tr>
      <tr><td>1</td><td>Số: 12/QĐ-UBND ngày 05/3/2024</td><td><a href="/vb/12">Về việc A</a></td><td>UBND huyện</td></tr></table>
      <table><tr><th>Số và ngày</th><th>Trích yếu</th></tr><tr><td>308/TB-UBND, 11/03/2024</td><td>Thông báo B</td></tr></table>`);
    expect(rowFields(document.body)).toEqual([
      ['12/QĐ-UBND', '2024-03-05', 'Về việc A', 'UBND huyện'],
      ['308/TB-UBND', '2024-03-11', 'Thông báo B', null],
    ]);
    expect(listingColumns(['Số ngày nghỉ', 'Ký hiệu'])?.symbol).toBe(1);
  });

  it('reads the date from a “Ngày ban hành:” line in the trích yếu cell, and cuts that line from the subject', () => {
    setBody(`<table><tr><th>Số hiệu</th><th>Trích yếu</th><th>Cơ quan ban hành</th></tr>
      <tr><td>2110/SXD-QLXD</td><td><a href="/vb/881">Về việc hướng dẫn cấp phép</a><br><span>Ngày ban hành: 12/06/2024</span></td><td>Sở Xây dựng</td></tr>
      <tr><td>3050/UBND-KTN</td><td>Về việc chấn chỉnh<br>Ngày: 31/02/2024</td><td>UBND tỉnh</td></tr></table>
      <table><tr><th>Số hiệu</th><th>Ngày ký</th><th>Trích yếu</th></tr>
      <tr><td>12/QĐ-UBND</td><td>05/01/2024</td><td>Về việc A<br>Ban hành: 06/01/2024</td></tr></table>`);
    expect(
      listingRowsUnder(document.body).map((row) => [row.reference.symbol, row.issuedDate, row.subject]),
    ).toEqual([
      ['2110/SXD-QLXD', '2024-06-12', 'Về việc hướng dẫn cấp phép'],
      // An impossible date is no date: the line stays.
      ['3050/UBND-KTN', null, 'Về việc chấn chỉnh Ngày: 31/02/2024'],
      // The date column wins; the line is still not the subject.
      ['12/QĐ-UBND', '2024-01-05', 'Về việc A'],
    ]);
  });

  it('takes the labels of a header-only table just before a table without a header (fixed-header grids)', () => {
    const body = (id: string, cells: string) => `<div><table id="${id}"><tr>${cells}</tr>
      <tr><td>25/2024/QĐ-UBND</td><td>28/06/2024</td><td>Ban hành quy định</td><td>UBND tỉnh</td></tr></table></div>`;
    setBody(`<div class="grid"><div><table id="head"><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Cơ quan ban hành</th></tr></table></div>
      ${body('split', '<td><a href="/vb/1">1820/STNMT-QLĐĐ</a></td><td>03/07/2024</td><td>V/v hướng dẫn</td><td>Sở TN&amp;MT</td>')}</div>
      <div class="grid"><table><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></table>
      ${body('narrower', '<td>1/KH-UBND</td><td>01/07/2024</td><td>Kế hoạch</td><td>UBND tỉnh</td>')}</div>
      <div class="grid"><table><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Cơ quan</th></tr>
      <tr><td>2/KH-UBND</td><td>01/07/2024</td><td>Kế hoạch</td><td>UBND tỉnh</td></tr></table>
      ${body('after-rows', '<td>3/KH-UBND</td><td>01/07/2024</td><td>Kế hoạch</td><td>UBND tỉnh</td>')}</div>`);
    const layout = (id: string) => listingLayout(document.getElementById(id) as HTMLTableElement);
    expect(layout('head')?.columns).toMatchObject({ symbol: 0, issuedDate: 1, subject: 2, issuingBody: 3 });
    expect(layout('split')?.labels).toEqual(['Số/Ký hiệu', 'Ngày ban hành', 'Trích yếu', 'Cơ quan ban hành']);
    // Not when the column counts differ, nor from a table that has rows of its own.
    expect(layout('narrower')).toBeNull();
    expect(layout('after-rows')).toBeNull();
    expect(rowFields(document.querySelector('.grid') as Element)).toEqual([
      ['1820/STNMT-QLĐĐ', '2024-07-03', 'V/v hướng dẫn', 'Sở TN&MT'],
      ['25/2024/QĐ-UBND', '2024-06-28', 'Ban hành quy định', 'UBND tỉnh'],
    ]);
  });

  it('tells a listing without a header row by its cells: symbols alone, dates alone, sentences (NukeViet)', () => {
    const row = (symbol: string, date: string, subject: string) =>
      `<tr><td><a href="/van-ban/${symbol.replace('/', '-')}.html">${symbol}</a></td><td>${date}</td><td><a href="/x">${subject}</a></td></tr>`;
    setBody(`<h2>Thể loại: Công văn</h2><table>
      ${row('4512/UBND-KT1', '10/09/2024', 'V/v đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2024')}
      ${row('4498/UBND-NL', '09/09/2024', 'V/v chủ động ứng phó với bão số 3')}
      <tr><td>Số: 4477/UBND-VX</td><td>06/09/2024</td><td>V/v tổ chức khai giảng năm học mới</td></tr></table>
      <table><tr><td>12/KH-UBND<br>05/01/2024</td><td>Kế hoạch phòng, chống thiên tai năm 2024</td></tr>
      <tr><td>15/KH-UBND<br>08/01/2024</td><td>Kế hoạch cải cách hành chính năm 2024</td></tr></table>`);
    expect(
      listingRowsUnder(document.body).map((read) => [
        read.issuedDate,
        read.subject,
        read.issuingBody,
        read.url,
      ]),
    ).toEqual([
      [
        '2024-09-10',
        'V/v đẩy nhanh tiến độ giải ngân vốn đầu tư công năm 2024',
        null,
        expect.stringMatching(/4512-UBND-KT1.html$/),
      ],
      ['2024-09-09', 'V/v chủ động ứng phó với bão số 3', null, expect.stringMatching(/4498-UBND-NL.html$/)],
      ['2024-09-06', 'V/v tổ chức khai giảng năm học mới', null, null],
      ['2024-01-05', 'Kế hoạch phòng, chống thiên tai năm 2024', null, null],
      ['2024-01-08', 'Kế hoạch cải cách hành chính năm 2024', null, null],
    ]);
  });

  it('reads a header-less listing whose cells name their documents: STT | name | date (audit 96)', () => {
    const row = (n: number, name: string, date: string) =>
      `<tr><td>${n}</td><td><a href="/vbcd/${n}">${name}</a></td><td>${date}</td></tr>`;
    setBody(`<table>
      ${row(1, 'Kế hoạch số 14092/KH-UBND ngày 09/12/2024 của UBND tỉnh triển khai công tác xóa nhà tạm, nhà dột nát', '09/12/2024')}
      ${row(2, 'Quyết định số 1502-QĐ/TU ngày 29/11/2024 của Ban Thường vụ Tỉnh ủy về việc thành lập Ban Chỉ đạo', '29/11/2024')}
      ${row(3, 'Công điện số 117/CĐ-TTg ngày 18/11/2024 của Thủ tướng Chính phủ về việc tiếp tục đẩy mạnh xóa nhà tạm', '18/11/2024')}
      </table>`);
    expect(
      readListingRows(listingRowsUnder(document.body)).map((read) => [
        read.reference.symbol,
        read.issuedDate,
        read.subject,
        read.issuingBody,
      ]),
    ).toEqual([
      ['14092/KH-UBND', '2024-12-09', 'triển khai công tác xóa nhà tạm, nhà dột nát', 'UBND tỉnh'],
      ['1502-QĐ/TU', '2024-11-29', 'về việc thành lập Ban Chỉ đạo', 'Ban Thường vụ Tỉnh ủy'],
      ['117/CĐ-TTg', '2024-11-18', 'về việc tiếp tục đẩy mạnh xóa nhà tạm', 'Thủ tướng Chính phủ'],
    ]);
    // Not a column of cells that only cite a document further on.
    setBody(`<table>
      <tr><td>1</td><td>Xem thêm văn bản 4498/UBND-NL về bão số 3</td><td>09/09/2024</td></tr>
      <tr><td>2</td><td>Xem thêm văn bản 4512/UBND-KT1 về giải ngân</td><td>10/09/2024</td></tr></table>`);
    expect(listingRowsUnder(document.body)).toEqual([]);
  });

  it('takes no header-less table for a listing unless its rows are alike: symbols, sentences, two rows at least', () => {
    setBody(`<table id="one"><tr><td>4512/UBND-KT1</td><td>10/09/2024</td><td>V/v đẩy nhanh tiến độ giải ngân</td></tr></table>
      <table id="short"><tr><td>4512/UBND-KT1</td><td>Công văn</td></tr><tr><td>4498/UBND-NL</td><td>Công văn</td></tr></table>
      <table id="mixed"><tr><td>4512/UBND-KT1</td><td>V/v đẩy nhanh tiến độ giải ngân</td></tr>
        <tr><td>Xem thêm văn bản 4498/UBND-NL</td><td>V/v chủ động ứng phó với bão</td></tr></table>
      <table id="layout"><tr><td>Số: 12/QĐ-UBND</td><td>Quyết định về việc ban hành quy chế</td></tr>
        <tr><td>Nơi nhận: như trên</td><td>Chủ tịch Ủy ban nhân dân tỉnh</td></tr></table>`);
    for (const id of ['one', 'short', 'mixed', 'layout'])
      expect(listingLayout(document.getElementById(id) as HTMLTableElement), id).toBeNull();
  });

  it('reads no header-less listing under a header of other labels, and takes the longest sentences for the subject (review 8)', () => {
    const rows = `<tr><td>31/2024/QH15</td><td>Sở Tư pháp, Sở Tài chính, UBND các huyện</td><td>Quý IV</td></tr>
      <tr><td>45/2024/NĐ-CP</td><td>Sở Nội vụ, Sở Tài chính, UBND các huyện</td><td>Quý III</td></tr>`;
    setBody(`<table id="plan"><tr><td>Căn cứ</td><td>Phối hợp</td><td>Thời hạn</td></tr>${rows}</table>
      <table id="body-first"><tr><td>12/QĐ-UBND</td><td>UBND tỉnh Bắc Giang</td><td>Về việc phê duyệt quy hoạch chung xây dựng</td></tr>
        <tr><td>13/QĐ-UBND</td><td>UBND tỉnh Bắc Giang</td><td>Về việc giao kế hoạch vốn đầu tư công</td></tr></table>`);
    const layout = (id: string) => listingLayout(document.getElementById(id) as HTMLTableElement);
    expect(layout('plan')).toBeNull();
    expect(layout('body-first')?.columns.subject).toBe(2);
  });

  it('reads a header-less listing under a title row of fewer cells, its subject before a signer (review 9)', () => {
    setBody(`<table id="t"><tr><td colspan="2">VĂN BẢN MỚI</td><td>Xem tất cả »</td></tr>
      <tr><td>12/QĐ-UBND</td><td>Về việc giao chỉ tiêu</td><td>Phó Chủ tịch UBND tỉnh Nguyễn Văn Phương</td></tr>
      <tr><td>13/QĐ-UBND</td><td>Về việc phê duyệt quy hoạch</td><td>Phó Chủ tịch UBND tỉnh Nguyễn Văn Phương</td></tr></table>`);
    expect(listingLayout(document.getElementById('t') as HTMLTableElement)?.columns.subject).toBe(1);
  });

  it('takes the longest of the columns of sentences, and no header-less reading under a header with a colspan (review 10)', () => {
    setBody(`<table id="bodies"><tr><td>12/QĐ-UBND</td><td>Sở Giáo dục và Đào tạo</td><td>Về việc giao chỉ tiêu tuyển sinh năm học 2024-2025</td></tr>
        <tr><td>13/KH-UBND</td><td>Sở Tài nguyên và Môi trường</td><td>Kế hoạch kiểm tra việc quản lý đất đai năm 2024</td></tr></table>
      <table id="tasks"><tr><td>Căn cứ</td><td colspan="2">Nhiệm vụ được giao</td><td>Hạn</td></tr>
        <tr><td>31/2024/QH15</td><td>Rà soát hồ sơ đất đai tồn đọng</td><td>Sở Tài nguyên và Môi trường</td><td>30/06/2024</td></tr>
        <tr><td>45/2024/NĐ-CP</td><td>Kiện toàn bộ máy tổ chức cấp xã</td><td>Sở Nội vụ, UBND các huyện</td><td>30/09/2024</td></tr></table>`);
    const layout = (id: string) => listingLayout(document.getElementById(id) as HTMLTableElement);
    expect(layout('bodies')?.columns.subject).toBe(2);
    expect(layout('tasks')).toBeNull();
  });

  it('strips the column label a responsive table repeats in each cell', () => {
    setBody(`<table><thead><tr><th>Số ký hiệu</th><th>Trích yếu</th><th>Cơ quan ban hành:</th></tr></thead><tbody>
      <tr><td><span class="lbl">Số ký hiệu: </span><a href="/r/1">21/TB-UBND</a></td>
        <td><span class="lbl">Trích yếu: </span>Thông báo kết luận họp</td><td><span>Cơ quan ban hành: </span>UBND huyện</td></tr>
      <tr><td>22/TB-UBND</td><td>Trích yếu của cuộc họp</td><td>UBND huyện</td></tr></tbody></table>`);
    expect(
      listingRowsUnder(document.body).map((row) => [row.reference.symbol, row.subject, row.issuingBody]),
    ).toEqual([
      ['21/TB-UBND', 'Thông báo kết luận họp', 'UBND huyện'],
      ['22/TB-UBND', 'Trích yếu của cuộc họp', 'UBND huyện'],
    ]);
  });

  it('reads a listing nested in a layout table once, by its own rows and cells', () => {
    setBody(`<table id="layout"><tr><td>Menu</td><td><table id="inner"><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>
      <tr><td><a href="/c?id=71">3334/STNMT-QLĐĐ</a></td><td>17/10/2023</td><td>V/v rà soát</td></tr>
      <tr><td><a href="/c?id=70">45/KH-UBND</a></td><td>05/10/2023</td><td>Kế hoạch</td></tr></table></td></tr></table>`);
    expect(listingLayout(document.getElementById('layout') as HTMLTableElement)).toBeNull();
    expect(
      listingRowsUnder(document.body).map((row) => [row.reference.symbol, row.issuedDate, row.subject]),
    ).toEqual([
      ['3334/STNMT-QLĐĐ', '2023-10-17', 'V/v rà soát'],
      ['45/KH-UBND', '2023-10-05', 'Kế hoạch'],
    ]);
  });

  it('dates the rows under a date heading row that give no date of their own, until the next heading', () => {
    setBody(`<table><thead><tr><th>Số ký hiệu</th><th>Trích yếu</th><th>Cơ quan ban hành</th></tr></thead><tbody>
      <tr><td colspan="3"><b>Ngày 12/03/2024</b></td></tr>
      <tr><td>1745/UBND-KTN</td><td>V/v A</td><td>UBND tỉnh</td></tr>
      <tr><td>512/QĐ-UBND</td><td>B</td><td>UBND tỉnh</td></tr>
      <tr><td colspan="3">Thứ Hai, 11/03/2024</td></tr>
      <tr><td>68/KH-UBND</td><td>C</td><td>UBND tỉnh</td></tr>
      <tr><td colspan="3">Văn bản khác</td></tr>
      <tr><td>69/KH-UBND</td><td>D</td><td>UBND tỉnh</td></tr>
    </tbody></table>`);
    expect(listingRowsUnder(document.body).map((row) => [row.reference.symbol, row.fallbackDate])).toEqual([
      ['1745/UBND-KTN', '2024-03-12'],
      ['512/QĐ-UBND', '2024-03-12'],
      ['68/KH-UBND', '2024-03-11'],
      ['69/KH-UBND', undefined],
    ]);
  });

  it('takes a one-cell row after a row without a subject for that row’s subject', () => {
    setBody(`<table><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Cơ quan ban hành</th></tr>
      <tr><td>56/KH-STP</td><td>07/03/2024</td><td>Sở Tư pháp</td></tr>
      <tr><td colspan="3">Kế hoạch phổ biến pháp luật năm 2024</td></tr>
      <tr><td>57/KH-STP</td><td>08/03/2024</td><td>Sở Tư pháp</td></tr>
      <tr><td colspan="3">Kế hoạch B</td></tr>
    </table>`);
    expect(rowFields(document.body)).toEqual([
      ['56/KH-STP', '2024-03-07', 'Kế hoạch phổ biến pháp luật năm 2024', 'Sở Tư pháp'],
      ['57/KH-STP', '2024-03-08', 'Kế hoạch B', 'Sở Tư pháp'],
    ]);
  });

  it('takes no pager, count or note for a subject, and no subject line in a named listing', () => {
    setBody(`<div id="a"><table><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Cơ quan ban hành</th></tr>
      <tr><td>56/KH-STP</td><td>07/03/2024</td><td>Sở Tư pháp</td></tr>
      <tr><td>57/KH-STP</td><td>08/03/2024</td><td>Sở Tư pháp</td></tr>
      <tr><td colspan="3">Trang 1 2 3 4 5 Sau »</td></tr></table></div>
      <div id="c"><table><tr><th>Số ký hiệu</th><th>Ngày ban hành</th></tr>
      <tr><td>58/KH-STP</td><td>09/03/2024</td></tr>
      <tbody><tr><td colspan="2"><div class="generate_page"><strong>1</strong> <a>2</a> <a>3</a> <a>Sau</a></div></td></tr></tbody></table></div>
      <div id="b"><table><tr><th>Tên văn bản</th><th>Ngày ban hành</th></tr>
      <tr><td>Quyết định số 15/2024/QĐ-UBND về việc ban hành quy chế</td><td>12/03/2024</td></tr>
      <tr><td>Quyết định số 16/2024/QĐ-UBND về việc giao chỉ tiêu</td><td>13/03/2024</td></tr>
      <tr><td colspan="2">Tổng số: 2 văn bản</td></tr></table></div>`);
    const subjects = (id: string) =>
      readListingRows(listingRowsUnder(document.getElementById(id) as ParentNode)).map((row) => row.subject);
    expect(subjects('a')).toEqual([null, null]);
    // NukeViet's pager, in a tbody of its own: page numbers, then "Sau" (audit 26).
    expect(subjects('c')).toEqual([null]);
    const cell = document.querySelector('#c tbody:last-child td') as Element;
    for (const pager of ['Tiếp theo »', 'Trước | Tiếp theo »', 'Đầu tiên ‹ Trước 1 2 3 Tiếp › Cuối cùng']) {
      cell.textContent = pager;
      expect(subjects('c'), pager).toEqual([null]);
    }
    // A trích yếu opening with the same words is one (review 9).
    for (const subject of ['Đầu tư xây dựng công trình', 'Tiếp tục triển khai', 'Sau sáp nhập, kiện toàn']) {
      cell.textContent = subject;
      expect(subjects('c'), subject).toEqual([subject]);
    }
    expect(subjects('b')).toEqual(['về việc ban hành quy chế', 'về việc giao chỉ tiêu']);
  });

  it('reports the text of a one-cell row heading a group with each of its rows', () => {
    setBody(`<table><tr><th>STT</th><th>Tên văn bản</th><th>Trang</th></tr>
      <tr><td colspan="3">PHẦN I. VĂN BẢN QUY PHẠM PHÁP LUẬT</td></tr>
      <tr><td colspan="3"><b>HỘI ĐỒNG NHÂN DÂN TỈNH</b></td></tr>
      <tr><td>1</td><td>Nghị quyết số 25/2024/NQ-HĐND ngày 10/10/2024 quy định mức chi</td><td>3</td></tr>
      <tr><td colspan="3"><b>ỦY BAN NHÂN DÂN TỈNH</b></td></tr>
      <tr><td>2</td><td>Quyết định số 48/2024/QĐ-UBND ngày 08/10/2024 ban hành Quy định</td><td>9</td></tr></table>`);
    expect(listingRowsUnder(document.body).map((read) => read.group)).toEqual([
      'HỘI ĐỒNG NHÂN DÂN TỈNH',
      'ỦY BAN NHÂN DÂN TỈNH',
    ]);
  });

  it('reports a group heading beside its counter, in a row of two cells (audit 74)', () => {
    setBody(`<table><tr><th>TT</th><th>Số, ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>
      <tr><td><b>I</b></td><td colspan="3"><b>Hội đồng nhân dân tỉnh</b></td></tr>
      <tr><td>1</td><td>18/2024/NQ-HĐND</td><td>08/10/2024</td><td>Quy định mức hỗ trợ</td></tr>
      <tr><td>II.</td><td colspan="3">Ủy ban nhân dân tỉnh</td></tr>
      <tr><td>2</td><td>31/2024/QĐ-UBND</td><td>15/10/2024</td><td>Ban hành Quy định hạn mức</td></tr>
      <tr><td>Ghi chú</td><td colspan="3">Văn bản đăng Công báo</td></tr>
      <tr><td>3</td><td>32/2024/QĐ-UBND</td><td>21/10/2024</td><td>Quy định giá dịch vụ</td></tr></table>`);
    expect(listingRowsUnder(document.body).map((read) => [read.group, read.subject])).toEqual([
      ['Hội đồng nhân dân tỉnh', 'Quy định mức hỗ trợ'],
      ['Ủy ban nhân dân tỉnh', 'Ban hành Quy định hạn mức'],
      ['Ủy ban nhân dân tỉnh', 'Quy định giá dịch vụ'],
    ]);
  });

  it('dates a group by a row of one cell only, not by a row of cells without a symbol', () => {
    setBody(`<table><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>
      <tr><td>Chưa có số</td><td>15/03/2024</td><td>Dự thảo quy chế</td></tr>
      <tr><td>57/KH-STP</td><td></td><td>Kế hoạch B</td></tr></table>`);
    expect(listingRowsUnder(document.body).map((row) => row.fallbackDate ?? null)).toEqual([null]);
  });

  it('takes no "Số lần xem" or "Số bản" for the symbol column, in composed or decomposed text', () => {
    for (const label of ['Số lần xem', 'Số bản', 'Sở Tư pháp'.normalize('NFD')])
      expect(listingColumns(['STT', label, 'Trích yếu'])).toBeNull();
  });

  it('reads a document whose symbol cell spans two rows once', () => {
    setBody(`<table><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>
      <tr><td rowspan="2">2234/UBND-ĐT</td><td>13/03/2024</td><td>V/v A</td></tr><tr><td colspan="2">Ghi chú</td></tr>
      <tr><td rowspan="2">1102/QĐ-UBND</td><td>11/03/2024</td><td>V/v B</td></tr><tr><td colspan="2"></td></tr>
    </table>`);
    expect(rowFields(document.body)).toEqual([
      ['2234/UBND-ĐT', '2024-03-13', 'V/v A', null],
      ['1102/QĐ-UBND', '2024-03-11', 'V/v B', null],
    ]);
  });

  it('ignores tables without a symbol column', () => {
    setBody('<table><tr><th>Họ tên</th><th>Ngày sinh</th></tr><tr><td>A</td><td>3/4/1990</td></tr></table>');
    expect(listingLayout(document.querySelector('table') as HTMLTableElement)).toBeNull();
    expect(listingRowsUnder(document.body)).toEqual([]);
  });
  it('reads an English listing’s header labels', () => {
    setBody(`<table><tr><th>No.</th><th>Number/Symbol</th><th>Issued date</th><th>Summary</th><th>Issuing agency</th></tr>
      <tr><td>1</td><td><a href="/en/1">18/2024/TT-BTC</a></td><td>03/04/2024</td><td>Guiding the use of funds</td><td>Ministry of Finance</td></tr></table>`);
    expect(rowFields(document.body)).toEqual([
      ['18/2024/TT-BTC', '2024-04-03', 'Guiding the use of funds', 'Ministry of Finance'],
    ]);
    // "Document No." after a counter's "No.", and a date in words (audit 74).
    setBody(`<table><tr><th>No.</th><th>Summary</th><th>Document No.</th><th>Issued date</th></tr>
      <tr><td>1</td><td>Promulgating the Regulation</td><td>35/2024/QĐ-UBND</td><td>October 24, 2024</td></tr></table>`);
    // The content script leaves that date to the background.
    const read = readListingRows(listingRowsUnder(document.body));
    expect(read.map((row) => [row.reference.symbol, row.issuedDate])).toEqual([
      ['35/2024/QĐ-UBND', '2024-10-24'],
    ]);
    expect(listingColumns(['No.', 'Summary', 'Document No.', 'Issued date', 'Issuing agency'])).toMatchObject(
      {
        symbol: 2,
        issuedDate: 3,
        subject: 1,
        issuingBody: 4,
      },
    );
    // A column named after the one kind of document the table lists (audit 80).
    setBody(`<table><thead><tr><th>Decree</th><th>Issued Date</th><th>Effective Date</th><th>Description</th></tr></thead>
      <tbody><tr><td>1318/NQ-UBTVQH15</td><td>10/12/2024</td><td>01/01/2025</td><td>Nghị quyết về việc sắp xếp đơn vị hành chính</td></tr></tbody></table>`);
    expect(rowFields(document.body)).toEqual([
      ['1318/NQ-UBTVQH15', '2024-12-10', 'Nghị quyết về việc sắp xếp đơn vị hành chính', null],
    ]);
    expect(listingColumns(['Decree title', 'Issued date'])).toBeNull();
    expect(listingColumns(['Số hiệu', 'Mô tả'])).toMatchObject({ symbol: 0, subject: 1 });
    expect(listingColumns(['Symbol', 'Date of issue', 'Title', 'Issuing body'])).toMatchObject({
      symbol: 0,
      issuedDate: 1,
      subject: 2,
      issuingBody: 3,
    });
  });
});

describe('grids of other elements than a table', () => {
  beforeEach(() => setBody(''));

  const gridFields = (selector: string) =>
    readListingRows(gridListingRows(document.querySelector(selector) as Element) ?? []).map((row) => [
      row.reference.symbol,
      row.issuedDate,
      row.subject,
      row.issuingBody,
    ]);

  it('reads ARIA rows by the columnheader row in the rowgroup before them', () => {
    setBody(`<div role="table"><div role="rowgroup"><div role="row">
        <div role="columnheader">Số ký hiệu</div><div role="columnheader">Ngày ban hành</div><div role="columnheader">Trích yếu</div><div role="columnheader">Cơ quan ban hành</div></div></div>
      <div role="rowgroup" id="body">
        <div role="row"><div role="cell"><a href="/a">1205/QĐ-UBND</a></div><div role="cell">15/08/2024</div><div role="cell">Công bố thủ tục</div><div role="cell">UBND tỉnh Hà Nam</div></div>
        <div role="row"><div role="cell"><a href="/b">845/STP-HCTP</a></div><div role="cell">09/08/2024</div><div role="cell">Hướng dẫn đăng ký</div><div role="cell">Sở Tư pháp</div></div>
      </div></div>`);
    expect(gridFields('#body')).toEqual([
      ['1205/QĐ-UBND', '2024-08-15', 'Công bố thủ tục', 'UBND tỉnh Hà Nam'],
      ['845/STP-HCTP', '2024-08-09', 'Hướng dẫn đăng ký', 'Sở Tư pháp'],
    ]);
  });

  it('reads display:table rows by the header row that opens them, skipping rows of another width', () => {
    const cells = (...texts: string[]) =>
      texts.map((text) => `<div style="display:table-cell">${text}</div>`).join('');
    setBody(`<div id="grid" style="display:table">
      <div style="display:table-row">${cells('Số hiệu', 'Ngày ban hành', 'Trích yếu nội dung')}</div>
      <div style="display:table-row">${cells('<a href="/x">4521/UBND-VP</a>', '20/09/2024', 'Phòng chống dịch')}</div>
      <div style="display:table-row">${cells('233/KH-UBND 18/09/2024 Ngày hội')}</div>
    </div>`);
    expect(gridFields('#grid')).toEqual([['4521/UBND-VP', '2024-09-20', 'Phòng chống dịch', null]]);
  });

  it('takes no header row that holds a reference, nor one of no listing labels', () => {
    setBody(`<div id="a"><div><span>Số hiệu: 12/QĐ-UB</span><span>Ngày ban hành: 1/2/2024</span></div>
        <div><span>13/QĐ-UB</span><span>2/2/2024</span></div></div>
      <div id="b"><div><span>Họ tên</span><span>Ngày sinh</span></div><div><span>13/QĐ-UB</span><span>2/2/2024</span></div></div>`);
    expect(gridListingRows(document.querySelector('#a') as Element)).toBeNull();
    expect(gridListingRows(document.querySelector('#b') as Element)).toBeNull();
  });
});

describe('listing columns', () => {
  it('folds labels', () => {
    expect(normalizeLabel('Số/Ký hiệu')).toBe('so ky hieu');
    expect(normalizeLabel(' NGÀY  BAN HÀNH ')).toBe('ngay ban hanh');
  });

  it('prefers the issuing date over other dates', () => {
    expect(listingColumns(['Ngày hiệu lực', 'Số hiệu', 'Ngày ban hành', 'Trích yếu'])).toEqual({
      symbol: 1,
      named: false,
      issuedDate: 2,
      subject: 3,
      issuingBody: null,
    });
    expect(listingColumns(['Ký hiệu', 'Ngày có hiệu lực'])?.issuedDate).toBeNull();
    expect(listingColumns(['Ký hiệu', 'Ngày'])?.issuedDate).toBe(1);
    expect(listingColumns(['Ký hiệu', 'Nơi ban hành'])?.issuingBody).toBe(1);
    // A university's "Ký, mã hiệu" over its symbols, "Tên tài liệu" over their names (audit 91).
    expect(listingColumns(['STT', 'Ký, mã hiệu', 'Ngày ban hành', 'Tên tài liệu'])).toEqual({
      symbol: 1,
      named: false,
      issuedDate: 2,
      subject: 3,
      issuingBody: null,
    });
    expect(listingColumns(['STT', 'Tên văn bản', 'Trích yếu', 'Ngày ban hành'])).toMatchObject({
      symbol: 1,
      named: true,
      subject: 2,
    });
    expect(listingColumns(['Số đến', 'Số, ký hiệu', 'Ngày văn bản', 'Nơi gửi', 'Trích yếu'])).toEqual({
      symbol: 1,
      named: false,
      issuedDate: 2,
      subject: 4,
      issuingBody: 3,
    });
    expect(listingColumns(['Số hiệu', 'Ngày BH', 'Tiêu đề', 'CQ ban hành'])).toMatchObject({
      subject: 2,
      issuingBody: 3,
    });
    expect(listingColumns(['Số hiệu', 'Cơ quan/Đơn vị ban hành'])?.issuingBody).toBe(1);
    // "Đơn vị BH" is no issuing body's label: "BH" is as often an insurer or a warranty (reviews
    // 94 and 95), though a school's table beside "Ngày BH" means "ban hành" (audit 241).
    expect(listingColumns(['Số QĐ', 'Ngày ký', 'Trích yếu', 'Đơn vị BH'])?.issuingBody).toBeNull();
    // A council's session documents, a decision's annex (audit 31).
    expect(listingColumns(['STT', 'Tên tài liệu', 'Số ký hiệu', 'Ngày ban hành'])?.subject).toBe(1);
    expect(listingColumns(['STT', 'Tên gọi của văn bản', 'Số, ký hiệu'])?.subject).toBe(1);
    expect(listingColumns(['STT', 'Số văn bản', 'Trích yếu nội dung'])).toEqual({
      symbol: 1,
      named: false,
      issuedDate: null,
      subject: 2,
      issuingBody: null,
    });
  });
  it('takes “Số” alone or with a type as the symbol column, but not other numbers', () => {
    expect(listingColumns(['Số VBHN', 'Ngày xác thực', 'Tên văn bản hợp nhất'])).toMatchObject({
      symbol: 0,
      named: false,
      subject: 2,
    });
    expect(listingColumns(['Số', 'Ngày ký', 'Trích yếu'])?.symbol).toBe(0);
    expect(listingColumns(['Số quyết định', 'Trích yếu'])?.symbol).toBe(0);
    expect(listingColumns(['Sở Tư pháp', 'Kế hoạch A'])).toBeNull(); // a body cell, not "Số"
    expect(listingColumns(['Số đến', 'Số ký hiệu', 'Trích yếu'])?.symbol).toBe(1);
    for (const label of ['Số đến', 'Số trang', 'Số lượng', 'Số tờ', 'Số TT'])
      expect(listingColumns([label, 'Trích yếu'])).toBeNull();
  });

  it('takes “Tên” and a document type as the subject column beside a symbol column', () => {
    expect(listingColumns(['TT', 'Số hiệu', 'Ngày thông qua', 'Tên nghị quyết'])).toEqual({
      symbol: 1,
      named: false,
      issuedDate: 2,
      subject: 3,
      issuingBody: null,
    });
    expect(listingColumns(['Số hiệu', 'Tên người ký', 'Tên cơ quan'])).toMatchObject({
      subject: null,
      issuingBody: 2,
    });
    expect(listingColumns(['STT', 'Tên quyết định'])).toBeNull();
  });
});

describe('listing dates', () => {
  it('reads the forms portals use', () => {
    expect(parseListingDate('27/08/2020')).toBe('2020-08-27');
    expect(parseListingDate('Ngày 5-3-2021')).toBe('2021-03-05');
    expect(parseListingDate('27.8.2020')).toBe('2020-08-27');
    expect(parseListingDate('2020-08-27')).toBe('2020-08-27');
    expect(parseListingDate('5 tháng 3 năm 2024')).toBe('2024-03-05');
    expect(parseListingDate('Ngày 05 tháng 03 năm 2024')).toBe('2024-03-05');
    expect(parseListingDate('ngày 5 tháng 3, năm 2024')).toBe('2024-03-05');
  });

  it('rejects impossible dates and other text', () => {
    expect(parseListingDate('31/02/2020')).toBeNull();
    expect(parseListingDate('12/2020')).toBeNull();
    expect(parseListingDate('')).toBeNull();
  });
});
