import { describe, expect, it } from 'vitest';
import { findReferences } from '../../shared/references';
import type { PageReport, ReportedRow } from '../lib/page-scan';
import { readListingRows, readPageReport } from './page-reading';

const report = (mainText: string, extra: Partial<PageReport> = {}): PageReport => ({
  url: 'https://vanban.example.gov.vn/van-ban/594',
  title: '',
  references: findReferences(mainText),
  mainText,
  rows: [],
  ...extra,
});

const row = (text: string, extra: Partial<ReportedRow> = {}): ReportedRow => ({
  reference: findReferences(text)[0] as ReportedRow['reference'],
  issuedDate: null,
  subject: null,
  issuingBody: null,
  url: null,
  ...extra,
});

describe('readPageReport', () => {
  it('reads the primary dispatch from the main text, and says when a document header gives it', () => {
    const scan = readPageReport(
      report(
        'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 594/KH-UBND\nHà Tĩnh, ngày 05 tháng 02 năm 2021\nKẾ HOẠCH\nTriển khai Nghị định 30/2020/NĐ-CP',
      ),
    );
    expect(scan.primary).toMatchObject({ symbol: '594/KH-UBND', issuedDate: '2021-02-05' });
    expect(scan.primaryInHeader).toBe(true);
    expect(scan.references.map((r) => r.symbol)).toEqual(['594/KH-UBND', '30/2020/NĐ-CP']);
  });

  it('reads a symbol split in two fields, and lists what only the primary or a row names', () => {
    const mainText =
      'THÔNG TIN VĂN BẢN\nSố\n45\nKý hiệu\nKH-UBND\nNgày ban hành\n01/03/2024\nTrích yếu\nKế hoạch triển khai Đề án 06';
    const scan = readPageReport(report(mainText));
    expect(scan.primary).toMatchObject({ symbol: '45/KH-UBND', issuedDate: '2024-03-01' });
    expect(scan.references.map((r) => r.symbol)).toEqual(['45/KH-UBND']);
    // A listing's "Số | Ký hiệu" columns: the row's symbol is in no run of the page's text.
    const listing = readPageReport(
      report('Số Ký hiệu Ngày ký Trích yếu', {
        rows: [row('1187/SNN-TL', { issuedDate: '2024-03-12' }), row('77/QĐ-SNN')],
      }),
    );
    expect(listing.references.map((r) => r.symbol)).toEqual(['1187/SNN-TL', '77/QĐ-SNN']);
  });

  it('does not take a primary read from the page title for one in the text’s header', () => {
    const scan = readPageReport(
      report('Tin tức trong ngày.', { title: 'Công văn 3944/UBND-NC về việc bảo vệ ANTQ' }),
    );
    expect(scan.primary?.symbol).toBe('3944/UBND-NC');
    expect(scan.primaryInHeader).toBe(false);
  });

  it('has no primary dispatch for a page without references', () => {
    expect(readPageReport(report('Không có văn bản nào.'))).toMatchObject({ primary: null, rows: [] });
  });

  it('on a listing, takes no primary from what is left of the page’s text (its chrome)', () => {
    const rows = [row('1205/QĐ-UBND')];
    const listing = 'VĂN BẢN PHÁP LUẬT\nTrang 1 2 3\nXem thêm: Quyết định 15/2024/QĐ-UBND';
    expect(readPageReport(report(listing)).primary?.symbol).toBe('15/2024/QĐ-UBND');
    expect(readPageReport(report(listing, { rows })).primary).toBeNull();
  });

  it('on a listing, takes no basis its introduction cites, only a document the prose issues (audit 56)', () => {
    const rows = [row('08/2025/QĐ-UBND'), row('05/2025/QĐ-UBND')];
    const intro =
      'Danh mục văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành\nDanh mục được cập nhật theo kết quả kiểm tra, rà soát văn bản của Sở Tư pháp theo quy định tại Nghị định số 34/2016/NĐ-CP (được sửa đổi, bổ sung bởi Nghị định số 154/2020/NĐ-CP). Cập nhật lần cuối: 02/4/2025.\nGhi chú: Danh mục văn bản trước năm 2023 xem tại Cơ sở dữ liệu quốc gia về văn bản pháp luật, mọi thắc mắc xin liên hệ Phòng Xây dựng và Kiểm tra văn bản.';
    expect(readPageReport(report(intro, { rows })).primary).toBeNull();
    // An article beside a box of new documents keeps the document it reports issued.
    const article =
      'Ngày 12/3/2025, UBND tỉnh đã ban hành Quyết định số 15/2025/QĐ-UBND quy định mức hỗ trợ cho người lao động bị ảnh hưởng bởi dịch bệnh trên địa bàn tỉnh theo Nghị định số 34/2016/NĐ-CP.\nQuyết định có hiệu lực từ ngày 25/3/2025 và thay thế các quy định trước đây của UBND tỉnh về mức hỗ trợ cho người lao động.';
    expect(readPageReport(report(article, { rows })).primary?.symbol).toBe('15/2025/QĐ-UBND');
    // Nor a basis the introduction dates and describes (audit 74).
    const basis =
      'Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030, Bộ phận thường trực huyện tổng hợp các văn bản chỉ đạo như sau:\nGhi chú: Cơ quan BH: UBND huyện - Ủy ban nhân dân huyện Quế Sơn; UBND tỉnh - Ủy ban nhân dân tỉnh Quảng Nam; SNV - Sở Nội vụ; BNV - Bộ Nội vụ.\nMọi ý kiến phản ánh, kiến nghị về thủ tục hành chính xin gửi về Bộ phận Một cửa huyện, điện thoại: 0235.3885.123.';
    expect(readPageReport(report(basis, { rows })).primary).toBeNull();
  });

  it('takes the site’s licence for no page’s document, unless the title names it (audit 33)', () => {
    const footer = 'Tỷ số 3-0, vòng 5/26.\nGiấy phép số 92/GP-BTTTT ngày 10/3/2021 của Bộ TT&TT.';
    const scan = readPageReport(report(footer));
    expect(scan.primary).toBeNull();
    expect(scan.references.map((r) => r.symbol)).toEqual(['92/GP-BTTTT']);
    const named = readPageReport(report(footer, { title: 'Giấy phép số 92/GP-BTTTT' }));
    expect(named.primary?.symbol).toBe('92/GP-BTTTT');
  });

  it('takes the site’s footer granted its licence by a department for no primary (review 13)', () => {
    const footer =
      'Trang chủ | Liên hệ\nCổng thông tin điện tử huyện Nam Đàn. Trang thông tin được Sở Thông tin và Truyền thông cấp giấy phép số 45/GP-STTTT ngày 12/3/2020.';
    expect(readPageReport(report(footer)).primary).toBeNull();
  });

  it('takes no primary on a draft whose header has no number (audit 37)', () => {
    const draft =
      'BỘ TÀI CHÍNH\nSố: /2024/TT-BTC\nDỰ THẢO\nTHÔNG TƯ\nCăn cứ Luật Quản lý thuế số 38/2019/QH14 ngày 13 tháng 6 năm 2019;';
    expect(readPageReport(report(draft)).primary).toBeNull();
    // "Số/Ký hiệu" heading a one-row table is no draft's number (review 14).
    const table = 'Chi tiết văn bản\nSố/Ký hiệu\tNgày ban hành\n1234/QĐ-UBND\t12/3/2024';
    expect(readPageReport(report(table)).primary?.symbol).toBe('1234/QĐ-UBND');
  });

  it('takes the site’s own licence "cấp cho" the paper for no primary (review 14)', () => {
    const credit = 'Liên hệ\nGiấy phép số 1772/GP-BTTTT do Bộ TT&TT cấp cho Báo Lao Động ngày 15/6/2021.';
    expect(readPageReport(report(credit)).primary).toBeNull();
  });

  it('keeps a licence the page reports granted or withdrawn for its primary (review 12)', () => {
    for (const text of [
      'UBND tỉnh đã cấp Giấy phép số 45/GP-UBND ngày 3/4/2024 cho Công ty TNHH Hoàng Long khai thác đá.',
      'Bộ Thông tin và Truyền thông đã thu hồi Giấy phép số 312/GP-BTTTT của tạp chí điện tử X.',
    ])
      expect(readPageReport(report(text)).primary).not.toBeNull();
  });

  it('on a listing, takes a primary its document header, metadata block or title gives', () => {
    const rows = [row('1205/QĐ-UBND')];
    const header = readPageReport(
      report('ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\nSố: 594/KH-UBND\nKẾ HOẠCH', { rows }),
    );
    expect(header).toMatchObject({ primary: { symbol: '594/KH-UBND' }, primaryInHeader: true });
    const metadata = readPageReport(report('Số ký hiệu: 30/2020/NĐ-CP\nNgày ban hành: 05/03/2020', { rows }));
    expect(metadata.primary?.symbol).toBe('30/2020/NĐ-CP');
    const titled = readPageReport(
      report('Căn cứ Nghị định 30/2020/NĐ-CP về công tác văn thư', {
        rows,
        title: 'Nghị định 30/2020/NĐ-CP về công tác văn thư - văn bản liên quan',
      }),
    );
    expect(titled.primary?.symbol).toBe('30/2020/NĐ-CP');
    // A one-row table the main text keeps is the page's own metadata.
    const own = 'Chi tiết văn bản\nSố ký hiệu\nNgày ban hành\n977/QĐ-TTg\n01/07/2021';
    expect(readPageReport(report(own, { rows: [row('977/QĐ-TTg'), ...rows] })).primary?.symbol).toBe(
      '977/QĐ-TTg',
    );
    // Its file is still the page's own; a link to the document's own page makes it a search's one
    // result, beside a box of cards at most (audit 87).
    const withFile = [row('977/QĐ-TTg', { url: 'https://vanban.example.gov.vn/files/977.pdf' })];
    expect(readPageReport(report(own, { rows: withFile })).primary?.symbol).toBe('977/QĐ-TTg');
    const found = [
      row('977/QĐ-TTg', { url: 'https://vanban.example.gov.vn/van-ban/977' }),
      row('45/KH-UBND', { name: 'Kế hoạch số: 45/KH-UBND' }),
    ];
    const search = 'Số hiệu văn bản\nTrích yếu\nNgày ban hành\n977/QĐ-TTg\nPhê duyệt đề án\n01/07/2021';
    expect(readPageReport(report(search, { rows: found }))).toMatchObject({ primary: null });
    // Not a file behind another path, a download handler, or another view of this page's
    // document (review 37).
    for (const url of [
      'https://vanban.example.gov.vn/documents/10180/0/977_QD-TTg.pdf/1b2c3d4e',
      'https://vanban.example.gov.vn/DownloadFile.aspx?id=8812',
      'https://vanban.example.gov.vn/van-ban/594?tab=toan-van',
    ])
      expect(readPageReport(report(own, { rows: [row('977/QĐ-TTg', { url })] })).primary?.symbol, url).toBe(
        '977/QĐ-TTg',
      );
  });

  it('keeps an article’s primary beside a box of other documents, and a header’s beside a cited list', () => {
    const rows = [row('1205/QĐ-UBND'), row('45/KH-UBND')];
    const article =
      'Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc\n' +
      'Ngày 27/8/2020, UBND tỉnh đã ban hành Công văn số 3944/UBND-NC về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ ' +
      'trong cơ quan, doanh nghiệp, nhà trường, yêu cầu các sở, ban, ngành và địa phương triển khai thực hiện nghiêm túc.\n' +
      'Theo đó, các cơ quan, đơn vị phải xây dựng kế hoạch cụ thể, phân công trách nhiệm rõ ràng và báo cáo kết quả về Công an tỉnh trước ngày 15/9/2020.';
    expect(readPageReport(report(article, { rows })).primary?.symbol).toBe('3944/UBND-NC');
    // The news site's box of documents, dated or described, lists none of the article's; a list
    // that dates and describes each document is the article's own.
    const boxed = [
      row('1205/QĐ-UBND', { subject: 'Về việc công bố thủ tục' }),
      row('45/KH-UBND', { issuedDate: '2024-02-01' }),
    ];
    expect(readPageReport(report(article, { rows: boxed })).rows).toEqual([]);
    const listed = [
      row('101/2024/NĐ-CP', { issuedDate: '2024-07-29', subject: 'Quy định về đăng ký đất đai' }),
    ];
    expect(readPageReport(report(article, { rows: listed })).rows.map((r) => r.reference.symbol)).toEqual([
      '101/2024/NĐ-CP',
    ]);
    const document =
      'Số: 594/KH-UBND\nNghệ An, ngày 21 tháng 10 năm 2021\nKẾ HOẠCH\nCăn cứ:\n- Công văn số: 123/UBND-VX ngày 1/9/2021;\n- Công văn số: 456/UBND-VX ngày 5/9/2021;';
    expect(readPageReport(report(document)).primary?.symbol).toBe('594/KH-UBND');
    // A document page's related documents, dated, stay rows.
    expect(readPageReport(report(document, { rows: boxed })).rows.map((r) => r.reference.symbol)).toEqual([
      '1205/QĐ-UBND',
      '45/KH-UBND',
    ]);
  });

  it('lists no box of linked names beside a document’s header; beside an article, what it dates and describes', () => {
    const article =
      'Đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc\n' +
      'Ngày 27/8/2020, UBND tỉnh đã ban hành Công văn số 3944/UBND-NC về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ ' +
      'trong cơ quan, doanh nghiệp, nhà trường, yêu cầu các sở, ban, ngành và địa phương triển khai thực hiện nghiêm túc.\n' +
      'Theo đó, các cơ quan, đơn vị phải xây dựng kế hoạch cụ thể, phân công trách nhiệm rõ ràng và báo cáo kết quả về Công an tỉnh trước ngày 15/9/2020.';
    const document = 'Số: 594/KH-UBND\nNghệ An, ngày 21 tháng 10 năm 2021\nKẾ HOẠCH\nVề công tác văn thư';
    // Card rows (their name given): a "Văn bản mới" box (audits 39–44).
    const cards = [
      row('1120/QĐ-UBND', {
        issuedDate: '2024-06-07',
        subject: 'Phê duyệt quy hoạch',
        name: 'Quyết định số 1120/QĐ-UBND',
      }),
      row('4512/UBND-GT', {
        issuedDate: '2024-06-06',
        subject: 'Về việc bảo đảm giao thông',
        name: '4512/UBND-GT',
      }),
    ];
    // The content script finds the box's references in the page, outside the main text.
    const references = findReferences(`${document}\nQuyết định số 1120/QĐ-UBND\n4512/UBND-GT`);
    const scan = readPageReport(report(document, { rows: cards, references }));
    expect(scan.rows).toEqual([]);
    expect(scan.references.map((r) => r.symbol)).toEqual(
      expect.arrayContaining(['1120/QĐ-UBND', '4512/UBND-GT']),
    );
    // Beside an article: its list of the documents it asks to carry out, each dated and described (review 19).
    expect(readPageReport(report(article, { rows: cards })).rows.map((r) => r.reference.symbol)).toEqual([
      '1120/QĐ-UBND',
      '4512/UBND-GT',
    ]);
  });

  it('has no primary when several documents each stand under a header of their own', () => {
    const cards =
      'Kế hoạch tổ chức phiên tòa\nSố: 45/KH-TA | Ngày ban hành: 15/02/2024\nThông báo lịch tiếp công dân\nSố: 08/TB-TA | Ngày ban hành: 10/01/2024';
    expect(readPageReport(report(cards)).primary).toBeNull();
    // One document whose header the page repeats is still the page's.
    const repeated = 'Số: 594/KH-UBND\nKẾ HOẠCH\nNội dung\nSố: 594/KH-UBND\nPhụ lục';
    expect(readPageReport(report(repeated)).primary?.symbol).toBe('594/KH-UBND');
    // Unless the title names the one the engine chose.
    expect(readPageReport(report(cards, { title: 'Kế hoạch 45/KH-TA' })).primary?.symbol).toBe('45/KH-TA');
  });

  it('has no primary on a legal Q&A whose answer cites the law, one its report names before the question', () => {
    const title = 'Nghỉ việc không báo trước có được nhận trợ cấp thôi việc? - Hỏi đáp pháp luật';
    const answer =
      'Luật sư trả lời:\nTheo điểm b khoản 2 Điều 35 Bộ luật Lao động số 45/2019/QH14, người lao động có quyền đơn phương chấm dứt hợp đồng mà không cần báo trước nếu không được trả đủ lương.';
    const question =
      'Nghỉ việc không báo trước có được nhận trợ cấp thôi việc?\nTôi làm việc tại một công ty được 4 năm, nay công ty chậm trả lương 2 tháng. Xin hỏi tôi có được nhận trợ cấp thôi việc không?\n';
    expect(readPageReport(report(question + answer, { title })).primary).toBeNull();
    // Not a question's page: the cited code stays the engine's pick.
    expect(readPageReport(report(question + answer, { title: 'Trợ cấp thôi việc' })).primary?.symbol).toBe(
      '45/2019/QH14',
    );
    // A report under a question headline quoting an official's answer about its dispatch (review 21).
    const report21 =
      'Học sinh Hà Nội có được nghỉ học ngày 7/9 khi bão Yagi đổ bộ?\nTrước diễn biến của bão số 3, nhiều phụ huynh băn khoăn không biết học sinh có phải đến trường.\nTrao đổi với phóng viên, lãnh đạo Sở GD&ĐT Hà Nội giải đáp:\nSở đã ban hành Công văn số 3465/SGDĐT-CTTT cho học sinh nghỉ học ngày 7/9.';
    expect(
      readPageReport(
        report(report21, { title: 'Học sinh Hà Nội có được nghỉ học ngày 7/9 khi bão Yagi đổ bộ?' }),
      ).primary?.symbol,
    ).toBe('3465/SGDĐT-CTTT');
    // A report naming its dispatch before a reader's question about it (audit 48).
    const report48 =
      'Cục Thuế vừa có văn bản hướng dẫn các chi cục thuế. Tại Công văn số 1763/CT-CS ngày 5-6-2025, Cục Thuế cho biết hộ kinh doanh phải dùng hóa đơn điện tử.\nHỏi: Cửa hàng của tôi có bắt buộc không?\nTrả lời: Theo Luật Quản lý thuế số 38/2019/QH14, có.';
    expect(
      readPageReport(report(report48, { title: 'Hộ kinh doanh có phải dùng hóa đơn điện tử?' })).primary
        ?.symbol,
    ).toBe('1763/CT-CS');
  });

  it('has no primary on a round-up or a live blog whose lead names none (audit 49), one its lead issues', () => {
    const sections =
      'Lương cơ sở tăng lên 2,34 triệu đồng/tháng\n' +
      'Ngày 30-6-2024, Chính phủ ban hành Nghị định 73/2024/NĐ-CP quy định mức lương cơ sở đối với cán bộ, công chức, viên chức. Bộ Nội vụ đã ban hành Thông tư 07/2024/TT-BNV hướng dẫn thực hiện.\n' +
      'Lương hưu, trợ cấp tăng 15%\nTheo Nghị định 75/2024/NĐ-CP, từ ngày 1-7-2024, lương hưu được điều chỉnh tăng thêm 15%.\n' +
      'Thẻ căn cước thay thẻ căn cước công dân\nLuật Căn cước số 26/2023/QH15 có hiệu lực từ 1-7-2024.';
    const roundup = (lead: string, title: string) =>
      readPageReport(report(`${title}\n30/06/2024 10:22\n${lead}\n${sections}`, { title })).primary;
    const title = 'Chính sách mới có hiệu lực từ tháng 7-2024: Tăng lương cơ sở, lương hưu - Tuổi Trẻ Online';
    const general =
      'Từ tháng 7-2024, hàng loạt chính sách mới liên quan đến tiền lương, lương hưu chính thức có hiệu lực, tác động trực tiếp đến người lao động.';
    expect(roundup(general, title)).toBeNull();
    expect(roundup(general, 'Trực tiếp: Kỳ thi tốt nghiệp THPT 2024')).toBeNull();
    // Under another title, the section's decree is the page's news.
    expect(roundup(general, 'Tăng lương cơ sở từ 1-7-2024')?.symbol).toBe('73/2024/NĐ-CP');
    // One document issued under a round-up's title is the page's (review 20), as is the one a
    // live blog follows; a title that only holds the words is no round-up's.
    const one = 'Ngày 30-6-2024, Chính phủ ban hành Nghị định 73/2024/NĐ-CP quy định mức lương cơ sở.';
    expect(
      readPageReport(report(`${title}\n01/07/2024 08:05\n${general}\n${one}`, { title })).primary?.symbol,
    ).toBe('73/2024/NĐ-CP');
    expect(
      roundup(general, 'Sở Nội vụ hướng dẫn thực hiện chính sách mới có hiệu lực từ ngày 01/7/2024')?.symbol,
    ).toBe('73/2024/NĐ-CP');
    const conference =
      'Trực tiếp: Hội nghị toàn quốc quán triệt Nghị quyết số 57 của Bộ Chính trị\nThứ Hai, 13-01-2025, 08:00\n' +
      'Sáng 13/1, tại Hà Nội, Bộ Chính trị tổ chức Hội nghị toàn quốc về đột phá phát triển khoa học, công nghệ.\n08:20\n' +
      'Tổng Bí thư trình bày chuyên đề quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.\n09:40\n' +
      'Tổng Bí thư nhấn mạnh, Nghị quyết 57-NQ/TW là "khoán 10" trong khoa học, công nghệ.';
    expect(
      readPageReport(
        report(conference, { title: 'Trực tiếp: Hội nghị toàn quốc quán triệt Nghị quyết số 57' }),
      ).primary?.symbol,
    ).toBe('57-NQ/TW');
    // One decree and the circular guiding it, or a background citation, under such a title (review 21).
    const guided =
      'Ngày 30-6-2024, Chính phủ ban hành Nghị định 73/2024/NĐ-CP quy định mức lương cơ sở. Bộ Nội vụ đã ban hành Thông tư 07/2024/TT-BNV hướng dẫn thực hiện.';
    expect(
      readPageReport(report(`${title}\n01/07/2024 08:05\n${general}\n${guided}`, { title })).primary?.symbol,
    ).toBe('73/2024/NĐ-CP');
    // The headline, ending in a mark of its own, is no lead.
    const asking = 'Chính sách mới có hiệu lực từ tháng 7/2024: Lương cơ sở tăng bao nhiêu?';
    const sapo =
      '(Chinhphu.vn) - Ngày 30/6/2024, Chính phủ ban hành Nghị định 73/2024/NĐ-CP quy định mức lương cơ sở, có hiệu lực từ ngày 1/7/2024.';
    expect(roundup(sapo, asking)?.symbol).toBe('73/2024/NĐ-CP');
    // A round-up of laws and decrees taking effect, one of them issued (review 20).
    const effect =
      'Những chính sách nổi bật có hiệu lực từ tháng 8\nLuật Đất đai 2024, Luật Nhà ở 2023 có hiệu lực sớm từ 1/8, cùng nhiều nghị định hướng dẫn về đất đai, nhà ở.\n' +
      'Luật Đất đai số 31/2024/QH15 được Quốc hội thông qua ngày 18/1/2024, có hiệu lực từ 1/8/2024.\n' +
      'Ngày 30/7/2024, Chính phủ ban hành Nghị định 71/2024/NĐ-CP quy định về giá đất.\n' +
      'Nghị định 88/2024/NĐ-CP ngày 15/7/2024 quy định về bồi thường, hỗ trợ, tái định cư cũng có hiệu lực từ 1/8.';
    expect(
      readPageReport(report(effect, { title: 'Những chính sách nổi bật có hiệu lực từ tháng 8 - VnExpress' }))
        .primary,
    ).toBeNull();
    // A lead that issues one makes the round-up its report (review 19).
    const issuing =
      '(Chinhphu.vn) - Ngày 30/6/2024, Chính phủ ban hành Nghị định 73/2024/NĐ-CP quy định mức lương cơ sở, có hiệu lực từ ngày 1/7/2024.';
    expect(roundup(issuing, title)?.symbol).toBe('73/2024/NĐ-CP');
  });

  it('has no primary on a round-up of two documents in numbered items (audit 101), one in one item', () => {
    const title = 'Những chính sách mới quan trọng có hiệu lực từ tháng 12/2025';
    const first =
      '1. Tiêu chí xác định thôn, xã vùng đồng bào dân tộc thiểu số\nChính phủ ban hành Nghị định số 272/2025/NĐ-CP ngày 16/10/2025 về phân định vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2026-2030.\nNghị định trên có hiệu lực từ ngày 1/12/2025.';
    const second =
      '2. Quy định mua, bán nợ\nCũng có hiệu lực từ ngày 1/12, Thông tư 31/2025/TT-NHNN của Ngân hàng Nhà nước quy định về hoạt động của công ty quản lý nợ.';
    const page = (items: string) => report(`${title}\n01/12/2025\n${items}`, { title });
    expect(readPageReport(page(`${first}\n${second}`)).primary).toBeNull();
    // Both in one item: a decree and the circular of another body cited with it.
    const together = `${first}\nCũng có hiệu lực từ ngày 1/12, Thông tư 31/2025/TT-NHNN của Ngân hàng Nhà nước quy định về hoạt động của công ty quản lý nợ.`;
    expect(readPageReport(page(together)).primary?.symbol).toBe('272/2025/NĐ-CP');
    // A decree's item and the item of the circular guiding it, which cites it (review 44).
    const guiding =
      '1. Mức lương cơ sở mới\nChính phủ ban hành Nghị định 73/2024/NĐ-CP quy định mức lương cơ sở 2,34 triệu đồng/tháng.\n2. Hướng dẫn thực hiện\nBộ Nội vụ ban hành Thông tư 07/2024/TT-BNV hướng dẫn thực hiện mức lương cơ sở theo Nghị định 73/2024/NĐ-CP.';
    expect(readPageReport(page(guiding)).primary?.symbol).toBe('73/2024/NĐ-CP');
  });
});

describe('readListingRows', () => {
  it('fills the primary’s missing fields from the page’s own row, and its body over one guessed from the code', () => {
    const text =
      'Số ký hiệu\tNgày ban hành\tTrích yếu\tCơ quan ban hành\n312/KH-UBND\t16/09/2024\tKế hoạch tổ chức Ngày hội';
    const own = row('312/KH-UBND', {
      issuedDate: '2024-09-16',
      subject: 'Kế hoạch tổ chức Ngày hội',
      issuingBody: 'UBND huyện Hương Khê',
    });
    expect(readPageReport(report(text, { rows: [own] })).primary).toMatchObject({
      symbol: '312/KH-UBND',
      issuedDate: '2024-09-16',
      subject: 'Kế hoạch tổ chức Ngày hội',
      issuingBody: 'UBND huyện Hương Khê',
    });
    // What the text gives stands.
    const header =
      'UBND HUYỆN HƯƠNG KHÊ\nSố: 312/KH-UBND\nHương Khê, ngày 15 tháng 9 năm 2024\nKẾ HOẠCH\nTổ chức Ngày hội';
    expect(readPageReport(report(header, { rows: [own] })).primary).toMatchObject({
      issuedDate: '2024-09-15',
      subject: expect.stringMatching(/^Tổ chức Ngày hội/),
    });
  });

  it('takes the body a row’s group heading names, after the row’s own (a Công báo’s contents, audit 26)', () => {
    const bodies = (group: string, extra: Partial<ReportedRow> = {}) =>
      readListingRows([row('25/2024/NQ-HĐND', { group, ...extra })])[0]?.issuingBody;
    expect(bodies('HỘI ĐỒNG NHÂN DÂN TỈNH')).toBe('Hội đồng nhân dân tỉnh');
    expect(
      readListingRows([row('2871/QĐ-UBND', { group: 'UBND tỉnh Quảng Bình (2)' })])[0]?.issuingBody,
    ).toBe('UBND tỉnh Quảng Bình');
    expect(bodies('HỘI ĐỒNG NHÂN DÂN TỈNH', { issuingBody: 'HĐND tỉnh Hà Tĩnh' })).toBe('HĐND tỉnh Hà Tĩnh');
    // Headings of no body: a part of the gazette, a date, a verb.
    expect(bodies('PHẦN I. VĂN BẢN QUY PHẠM PHÁP LUẬT')).toBeNull();
    expect(bodies('Ban hành mới trong tháng')).toBeNull();
    expect(bodies('Sở Tư pháp: 3 văn bản')).toBeNull();
    // A field's heading opening like a body (review 8), a lead unit over another body's documents.
    expect(bodies('Bộ máy hành chính')).toBeNull();
    expect(bodies('Sở hữu trí tuệ')).toBeNull();
    expect(bodies('Phòng cháy chữa cháy')).toBeNull();
    expect(bodies('SỞ TÀI CHÍNH')).toBeNull();
    expect(readListingRows([row('4501/STC-QLNS', { group: 'SỞ TÀI CHÍNH' })])[0]?.issuingBody).toBe(
      'Sở Tài chính',
    );
    // A local body by its kind alone, a heading that spells the code otherwise (review 9).
    expect(bodies('Hội đồng nhân dân tỉnh')).toBe('Hội đồng nhân dân tỉnh');
    expect(bodies('HĐND tỉnh')).toBe('HĐND tỉnh');
    expect(readListingRows([row('25/KH-SGDĐT', { group: 'SỞ GD&ĐT' })])[0]?.issuingBody).toBe('Sở GD&ĐT');
    expect(readListingRows([row('12-NQ/TU', { group: 'Tỉnh ủy' })])[0]?.issuingBody).toBe('Tỉnh ủy');
    // A section's numeral and its documents' type before the body (audit 31).
    expect(bodies('I. NGHỊ QUYẾT CỦA HỘI ĐỒNG NHÂN DÂN TỈNH')).toBe('Hội đồng nhân dân tỉnh');
    // A heading naming several bodies names none; a short name of the code's body is one (review 11).
    expect(bodies('I. VĂN BẢN CỦA HĐND, UBND TỈNH')).toBeNull();
    expect(bodies('II. VĂN BẢN CỦA HĐND - UBND TỈNH')).toBeNull();
    expect(readListingRows([row('12/QĐ-TTg', { group: 'THỦ TƯỚNG' })])[0]?.issuingBody).toBe('Thủ tướng');
    // Another body whose letters happen to hold the code's in order (review 10).
    for (const other of ['SỞ GIAO THÔNG VẬN TẢI', 'SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG'])
      expect(readListingRows([row('45/SNV-TCBC', { group: other })])[0]?.issuingBody, other).toBeNull();
  });

  it('takes a named row’s trích yếu from the lines under its symbol line', () => {
    const name = '12/2024/QĐ-UBND\nBan hành Quy định về bồi thường,\nhỗ trợ khi thu hồi đất';
    expect(readListingRows([row(name, { name })])[0]?.subject).toBe(
      'Ban hành Quy định về bồi thường, hỗ trợ khi thu hồi đất',
    );
    // Not when the first line says more than the symbol: the engine reads that.
    const said = 'Thông báo 45/TB-UBND kết luận phiên họp\nXem chi tiết';
    expect(readListingRows([row(said, { name: said })])[0]?.subject).not.toBe('Xem chi tiết');
  });

  it('takes what a legal database’s name says after its symbol and year (audit 98)', () => {
    const subjectOf = (name: string) =>
      readListingRows([row(name, { name, fallbackSubject: 'Toàn văn Tiếng Việt' })])[0]?.subject;
    expect(
      subjectOf('Văn bản hợp nhất 46/VBHN-BGTVT 2023 vận chuyển hàng không và hoạt động hàng không chung'),
    ).toBe('vận chuyển hàng không và hoạt động hàng không chung');
    expect(subjectOf('Quyết định 6085/QĐ-BYT năm 2019 kiến trúc Chính phủ điện tử Bộ Y tế')).toBe(
      'kiến trúc Chính phủ điện tử Bộ Y tế',
    );
    // Not another year than the symbol's, nor a body's name after it; nor the card's tags (review 43).
    expect(subjectOf('Thông tư 12/2024/TT-BYT 2023 kiến trúc Chính phủ điện tử')).toBeNull();
    expect(subjectOf('Công văn 45/UBND-VX 2024 UBND tỉnh Nghệ An')).toBeNull();
    // After its date (audit 102), not a body's clause after it.
    expect(
      subjectOf('Kế hoạch số 135/KH-UBND ngày 27/09/2022 rà soát hộ nghèo, hộ cận nghèo trên địa bàn tỉnh'),
    ).toBe('rà soát hộ nghèo, hộ cận nghèo trên địa bàn tỉnh');
    // "kỷ niệm", "Kỳ thi", "kỹ thuật" are subjects, folded like "ký" (review 45).
    for (const words of [
      'kỷ niệm 70 năm Chiến thắng Điện Biên Phủ',
      'tổ chức Kỳ thi tốt nghiệp THPT năm 2024',
      'Ký kết quy chế phối hợp với Liên đoàn Lao động tỉnh',
    ])
      expect(subjectOf(`Kế hoạch số 135/KH-UBND ngày 27/09/2022 ${words}`), words).toBe(words);
    for (const tail of [
      'tại Hội nghị tổng kết năm',
      'Phó Chủ tịch Nguyễn Văn An ký',
      'và Công văn số 15/STC-QLNS ngày 05/01/2024',
      'có hiệu lực từ ngày 01/10/2022',
      'Ký bởi Nguyễn Văn Sơn',
      'ký Phó Chủ tịch UBND tỉnh Trần Văn Hòa',
    ])
      expect(subjectOf(`Kế hoạch số 135/KH-UBND ngày 27/09/2022 ${tail}`), tail).toBeNull();
  });

  it('reads a gazette’s name dated before it, and a listing’s name with no “về” after its symbol (audit 100)', () => {
    const [gazette] = readListingRows([
      row('x', {
        name: '26-3-2021 - Nghị định số 31/2021/NĐ-CP quy định chi tiết và hướng dẫn thi hành Luật Đầu tư',
      }),
    ]);
    expect([gazette?.reference.symbol, gazette?.issuedDate, gazette?.subject]).toEqual([
      '31/2021/NĐ-CP',
      '2021-03-26',
      'quy định chi tiết và hướng dẫn thi hành Luật Đầu tư',
    ]);
    // Other ways of writing the date before the name (review 43).
    for (const lead of ['[12-03-2024] ', '2024-03-12 - ', 'Ngày 12/3/2024 - ', '12/03/2024: ']) {
      const [read] = readListingRows([
        row('x', { name: `${lead}Quyết định số 456/QĐ-UBND phê duyệt kế hoạch tuyển sinh` }),
      ]);
      expect([read?.reference.symbol, read?.issuedDate], lead).toEqual(['456/QĐ-UBND', '2024-03-12']);
    }
    const subjectOf = (name: string, listing = true) =>
      readListingRows([row(name, { name })], listing)[0]?.subject;
    expect(
      subjectOf('Nghị định 85/2012/NĐ-CP cơ chế hoạt động tài chính đối với đơn vị sự nghiệp y tế'),
    ).toBe('cơ chế hoạt động tài chính đối với đơn vị sự nghiệp y tế');
    // Beside a document's own page, a box's bare names stay bare; a type's badge or an address is none.
    expect(subjectOf('Nghị định 85/2012/NĐ-CP cơ chế hoạt động tài chính', false)).toBeNull();
    expect(subjectOf('594/HVM-CTTC Công văn')).toBeNull();
    expect(subjectOf('Quyết định 12/QĐ-UBND https://docs.google.com/document/d/1jq')).toBeNull();
  });

  it('takes no signer, file, field, state or badge after a name’s symbol for its subject (review 43)', () => {
    const subjectOf = (name: string, fallbackSubject?: string) =>
      readListingRows([row(name, { name, ...(fallbackSubject ? { fallbackSubject } : {}) })])[0]?.subject ??
      null;
    for (const tail of [
      'Nguyễn Văn An',
      'Hiệu trưởng Lê Văn Hùng',
      'QD15.pdf',
      'Hiệu lực: 01/04/2024',
      'Tình trạng: Còn hiệu lực',
      'Tiếng Anh',
      'Thứ hai, 12/03/2024',
      'Tỉnh Lâm Đồng',
    ]) {
      expect(subjectOf(`Quyết định 1234/QĐ-UBND ${tail}`), tail).toBeNull();
      expect(subjectOf(`Quyết định 1234/QĐ-UBND năm 2024 ${tail}`), tail).toBeNull();
    }
    // A card's own line under its name before the words after its symbol.
    expect(subjectOf('Quyết định 123/QĐ-UBND Mới', 'Về việc ban hành Quy chế làm việc')).toBe(
      'Về việc ban hành Quy chế làm việc',
    );
  });

  it('cuts the attachments listed after a row’s trích yếu', () => {
    const listed = row('120/2024/NĐ-CP', {
      subject: 'Sửa đổi Nghị định số 98/2020/NĐ-CP 120.signed.pdf 120.docx',
    });
    expect(readListingRows([listed])[0]?.subject).toBe('Sửa đổi Nghị định số 98/2020/NĐ-CP');
    const only = row('120/2024/NĐ-CP', { subject: '120.signed.pdf' });
    expect(readListingRows([only])[0]?.subject).toBe('120.signed.pdf');
  });

  it('cuts a badge after a row’s trích yếu, not the same word ending it (audit 30)', () => {
    const subject = 'V/v đôn đốc thực hiện kết luận thanh tra năm 2023';
    for (const badge of ['Khẩn', 'Hỏa tốc', 'NEW'])
      expect(readListingRows([row('897/TTr-VP', { subject: `${subject} ${badge}` })])[0]?.subject).toBe(
        subject,
      );
    for (const kept of [
      'V/v tổ chức khai giảng năm học mới',
      'V/v xây dựng Nông thôn Mới',
      'V/v chỉnh trang thị trấn Chợ Mới',
    ])
      expect(readListingRows([row('897/TTr-VP', { subject: kept })])[0]?.subject).toBe(kept);
  });

  it('cuts a portal’s posting line after a row’s trích yếu (audit 19)', () => {
    const subject = 'Về việc ra quân tổng vệ sinh môi trường';
    for (const cell of [
      `${subject} (Ngày đăng: 28/08/2020)`,
      `${subject} Ngày đăng: 28/08/2020`,
      `${subject} (Lượt xem: 120) 156.pdf`,
    ])
      expect(readListingRows([row('156/UBND', { subject: cell })])[0]?.subject).toBe(subject);
    // Words of the trích yếu itself, without a label's colon or bracket and a number, stay.
    for (const kept of [
      'Về việc cập nhật 2024',
      'Kế hoạch cập nhật dữ liệu dân cư',
      'Danh mục thủ tục (cập nhật 2023)',
    ])
      expect(readListingRows([row('156/UBND', { subject: kept })])[0]?.subject).toBe(kept);
  });

  it('passes rows read from a symbol column through as they are', () => {
    const plain = row('3944/UBND-NC', { subject: 'Về việc bảo vệ ANTQ', issuedDate: '2020-08-27' });
    expect(readListingRows([plain])).toEqual([plain]);
  });

  it('reads a named row’s document, subject and date from its name, its own date column first', () => {
    const name = 'Quyết định số 15/2024/QĐ-UBND ngày 12/3/2024 về việc ban hành Quy chế làm việc';
    const [dated, undated] = readListingRows([
      row(name, { name, issuedDate: '2024-03-13' }),
      row(name, { name }),
    ]);
    expect(dated).toMatchObject({
      issuedDate: '2024-03-13',
      subject: expect.stringMatching(/ban hành Quy chế làm việc$/),
    });
    expect(undated?.issuedDate).toBe('2024-03-12');
    expect(dated).not.toHaveProperty('name');
  });

  it('takes a named row’s subject from its own field, else its name, else its fallback subject', () => {
    const named = 'Công văn số 245/SNV-CCVC về việc rà soát cán bộ';
    const bare = 'Quyết định số 120/QĐ-SNV';
    const read = readListingRows([
      row(named, { name: named, fallbackSubject: 'Xem thêm ...' }),
      row(named, { name: named, subject: 'Rà soát, thống kê cán bộ', fallbackSubject: 'Xem thêm ...' }),
      row(bare, { name: bare, fallbackSubject: 'Ban hành Quy chế làm việc' }),
    ]);
    expect(read.map((r) => r.subject)).toEqual([
      'về việc rà soát cán bộ',
      'Rà soát, thống kê cán bộ',
      'Ban hành Quy chế làm việc',
    ]);
    expect(read[0]).not.toHaveProperty('fallbackSubject');
  });

  it('takes no link labels, nor a cell of dots, for a row’s subject (audit 84)', () => {
    const bare = 'Nghị định số 107/2016/NĐ-CP';
    const read = readListingRows([
      row(bare, { name: bare, fallbackSubject: 'Xem chi tiết | Tải về' }),
      row(bare, { name: bare, subject: '...' }),
      row(bare, { name: bare, fallbackSubject: 'Xem xét điều chỉnh quy hoạch' }),
    ]);
    expect(read.map((r) => r.subject)).toEqual([null, null, 'Xem xét điều chỉnh quy hoạch']);
  });

  it('takes the issuing body a named row’s name writes, its own first, none guessed from the symbol', () => {
    const name = 'Quyết định 1234/QĐ-UBND của Ủy ban nhân dân tỉnh Lào Cai về việc công bố thủ tục';
    const read = readListingRows([
      row(name, { name }),
      row(name, { name, issuingBody: 'UBND tỉnh Lào Cai' }),
      row('Nghị định 30/2020/NĐ-CP', { name: 'Nghị định 30/2020/NĐ-CP' }),
    ]);
    expect(read.map((r) => r.issuingBody)).toEqual([
      'Ủy ban nhân dân tỉnh Lào Cai',
      'UBND tỉnh Lào Cai',
      null,
    ]);
  });

  it('drops a named row whose name opens with a document it only cites', () => {
    const name = 'Căn cứ Nghị định 30/2020/NĐ-CP, UBND ban hành Quyết định 15/2024/QĐ-UBND';
    expect(readListingRows([row(name, { name })])).toEqual([]);
  });

  it('keeps a named row whose name cites another document the engine takes for its primary', () => {
    const name = 'Thông báo 45/TB-UBND kết luận phiên họp ban hành Nghị định 30/2020/NĐ-CP';
    const [read] = readListingRows([
      row(name, { name, issuedDate: '2024-05-02', url: 'https://vanban.example.gov.vn/tb/45' }),
    ]);
    expect(read?.reference.symbol).toBe('45/TB-UBND');
    expect(read).toMatchObject({
      issuedDate: '2024-05-02',
      subject: null,
      issuingBody: null,
      url: 'https://vanban.example.gov.vn/tb/45',
    });
    // Nothing said of the cited decree is given to the row.
    const fallback = readListingRows([row(name, { name, fallbackSubject: 'Kết luận phiên họp' })]);
    expect(fallback.map((r) => [r.reference.symbol, r.issuedDate, r.subject])).toEqual([
      ['45/TB-UBND', null, 'Kết luận phiên họp'],
    ]);
  });
});

describe('readListingRows: a legal database’s result tabs (audit 114)', () => {
  it('takes no "Nội dung" tab’s neighbours for a labelled subject', () => {
    const name = 'Thông tư 01/2026/TT-BDTTG quy định phân cấp quản lý Nhà nước về tín ngưỡng, tôn giáo';
    for (const tabs of [
      'Tóm tắt Nội dung: VB liên quan Tải về',
      'Nội dung: VB gốc Tiếng Anh Hiệu lực Lược đồ',
    ]) {
      const lines = ['1', name, 'Ban hành: 13/01/2026', 'Lĩnh vực: Văn hóa-Xã hội', tabs];
      const [read] = readListingRows([row(name, { name, card: { lines } })]);
      expect([read?.issuedDate, read?.subject], tabs).toEqual([
        '2026-01-13',
        'quy định phân cấp quản lý Nhà nước về tín ngưỡng, tôn giáo',
      ]);
    }
  });
});

describe('readListingRows and readPageReport: audit 36', () => {
  it('takes no type badge for a card’s subject, and reads it from the name instead', () => {
    // With an urgency or "new" badge beside it too (audit 54).
    // Two spans of badges read glued too ("Quyết địnhMới"; audit 112).
    // Bracketed, dashed, with an emoji, or urgency and "new" together (review 48).
    for (const badge of [
      'Kế hoạch',
      'QĐ',
      'CV',
      'Công điện Hỏa tốc',
      'Chỉ thị Mới',
      'Quyết địnhMới',
      'Công điệnHỏa tốc',
      'Chỉ thị(Mới)',
      'Công vănNEW!',
      'Công vănMớiKhẩn',
      'Chỉ thị Mới 🔥',
      'Công văn - Mới',
      'Chỉ thịTối khẩn',
      'Công văn Mật',
      'Chỉ thịCòn hiệu lực',
      'Công văn ★ Nổi bật',
      'Chỉ thị Mới cập nhật',
    ]) {
      const [read] = readListingRows([
        row('45/KH-UBND', { subject: badge, name: '45/KH-UBND ngày 5/9/2024 về tổ chức Ngày hội' }),
      ]);
      expect(read?.subject).toBe('về tổ chức Ngày hội');
    }
  });

  it('reads the subject after a name’s symbol when it opens with the document’s own type', () => {
    const [read] = readListingRows([
      row('1235/QĐ-SGDĐT', { name: '1235/QĐ-SGDĐT Quyết định ban hành Quy chế thi nghề phổ thông' }),
    ]);
    expect(read?.subject).toBe('Quyết định ban hành Quy chế thi nghề phổ thông');
    // Another word after the symbol says nothing of it.
    // "sơ kết", "số hóa" are no "số" (review 14).
    const [review] = readListingRows([
      row('45/BC-UBND', { name: '45/BC-UBND Báo cáo sơ kết 6 tháng đầu năm 2024' }),
    ]);
    expect(review?.subject).toBe('Báo cáo sơ kết 6 tháng đầu năm 2024');
    const [other] = readListingRows([row('1236/QĐ-SGDĐT', { name: '1236/QĐ-SGDĐT Tải về (PDF)' })]);
    expect(other?.subject ?? null).toBeNull();
    // Nor a type word's urgency or "of" (review 13): the card's line under it stands.
    const [urgent] = readListingRows([
      row('3312/UBND-NNTNMT', {
        name: '3312/UBND-NNTNMT Công văn hỏa tốc',
        fallbackSubject: 'V/v khắc phục hậu quả bão số 3',
      }),
    ]);
    expect(urgent?.subject).toBe('V/v khắc phục hậu quả bão số 3');
  });

  it('takes the name’s subject when a heading’s split cut the row’s short', () => {
    const [read] = readListingRows([
      row('77/KH-UBND', {
        subject: 'Đà Nẵng',
        name: '77/KH-UBND về hợp tác phát triển vùng Quảng Nam - Đà Nẵng',
      }),
    ]);
    expect(read?.subject).toBe('về hợp tác phát triển vùng Quảng Nam - Đà Nẵng');
  });

  it('takes no primary on a listing from a row’s document its introduction cites', () => {
    const text =
      'VĂN BẢN HƯỚNG DẪN\nDanh sách văn bản hướng dẫn Nghị định 31/2021/NĐ-CP về đầu tư, cập nhật đến tháng 9/2024, gồm các văn bản dưới đây.';
    const rows = [row('31/2021/NĐ-CP'), row('45/2024/TT-BKHĐT')];
    expect(readPageReport(report(text, { rows })).primary).toBeNull();
    // A name cell opening its line is the page's own row too (review 13).
    const named = `${text}\nTên văn bản\nQuyết định số 31/2021/NĐ-CP ngày 26/3/2021 của Chính phủ hướng dẫn Luật Đầu tư`;
    expect(readPageReport(report(named, { rows })).primary?.symbol).toBe('31/2021/NĐ-CP');
    // A one-row table the main text keeps is still the page's own.
    const own = `${text}\nSố ký hiệu\tNgày ban hành\n31/2021/NĐ-CP\t26/03/2021`;
    expect(readPageReport(report(own, { rows })).primary?.symbol).toBe('31/2021/NĐ-CP');
  });

  it('has no primary on a tag page, a home page, a schedule, an about page or a list of answers (audit 69)', () => {
    const cited = 'Theo Nghị định 168/2024/NĐ-CP, mức phạt vượt đèn đỏ với ô tô từ 18 đến 20 triệu đồng.';
    const issued =
      'Ngày 26/12/2024, Chính phủ ban hành Nghị định 168/2024/NĐ-CP quy định xử phạt vi phạm hành chính về giao thông.';
    const primaryOf = (title: string, url: string, text: string) =>
      readPageReport(report(`${title}\n${text}`, { title, url })).primary?.symbol ?? null;
    const article = 'https://laodong.vn/thoi-su/phat-nang-1234.ldo';
    expect(primaryOf('Nghị định 168/2024/NĐ-CP tăng mức phạt - Báo Lao Động', article, cited)).toBe(
      '168/2024/NĐ-CP',
    );
    // Always none: a category's page of teasers, each with its "Xem tiếp..." (audit 112); one
    // such line is an article's.
    const teasers = `${issued}\nXem tiếp...\nNgày 13/4/2015, Thủ tướng Chính phủ vừa ban hành Quyết định số 489/QĐ-TTg.\nXem tiếp...`;
    expect(
      primaryOf(
        'Thông tin văn bản mới',
        'https://ubnd.example.gov.vn/home/van-ban-moi.html?start=40',
        teasers,
      ),
    ).toBeNull();
    expect(primaryOf('Nghị định 168/2024/NĐ-CP', article, `${issued}\nĐọc tiếp »`)).toBe('168/2024/NĐ-CP');
    // Nor one whose related teasers close their lines with "… Xem tiếp »", nor a tab bar's
    // "Chi tiết" (review 49).
    const inline = `${issued}\nTin khác\nTăng cường kiểm tra nồng độ cồn dịp Tết … Xem tiếp »\nPhạt nguội qua camera … Xem tiếp »`;
    expect(primaryOf('Nghị định 168/2024/NĐ-CP', article, inline)).toBe('168/2024/NĐ-CP');
    expect(primaryOf('Nghị định 168/2024/NĐ-CP', article, `${issued}\nChi tiết\nThuộc tính\nChi tiết`)).toBe(
      '168/2024/NĐ-CP',
    );
    // An article with its related teasers under it (review 48), and teasers with "[Xem tiếp]" or
    // "Chi tiết »".
    const related = `${issued}\nMức phạt mới áp dụng từ ngày 01/01/2025.\nTin cùng chuyên mục\nTăng cường kiểm tra nồng độ cồn dịp Tết\nXem tiếp...\nPhạt nguội qua camera\nXem tiếp...`;
    expect(primaryOf('Nghị định 168/2024/NĐ-CP tăng mức phạt', article, related)).toBe('168/2024/NĐ-CP');
    for (const more of ['[Xem tiếp]', 'Chi tiết »', 'Đọc tiếp →'])
      expect(primaryOf('Tin văn bản', article, teasers.replaceAll('Xem tiếp...', more)), more).toBeNull();
    // Written decomposed (NFD), where folding shortens the text.
    const intro = 'Ủy ban nhân dân tỉnh Bình Định thông báo về việc triển khai. '.repeat(6);
    const longer = `${intro}\n${issued}\nXem tiếp...\nPhạt nguội qua camera\nĐăng ngày 01/01/2025\nCác tỉnh triển khai.\nCamera ghi hình.\nThông báo vi phạm.\nNộp phạt trực tuyến.\nXem tiếp...`;
    expect(primaryOf('Tin văn bản', article, longer.normalize('NFD'))).toBeNull();
    // Always none: a news section's page of dated teasers (audit 114); an article titled by its
    // section, with its one date, keeps its document.
    const section = `Đồng chí Phó Chủ tịch UBND tỉnh kiểm tra công trình\nNinh Bình 21/08/2025\nChiều 20/8, Đoàn kiểm tra đã đi kiểm tra.\nHướng dẫn xây dựng Đội xung kích\nTheo dqtv.vn 04/04/2020\n${issued}\nHưởng ứng Tuần lễ phòng, chống thiên tai\nQuảng Nam 16/05/2022\nUBND tỉnh ban hành công văn.`;
    expect(primaryOf('Tin địa phương - Cổng thông tin phòng, chống thiên tai', article, section)).toBeNull();
    expect(primaryOf('Tin tức - Sở Tư pháp', article, `21/08/2025\n${issued}`)).toBe('168/2024/NĐ-CP');
    // A section's numbered page, whatever its name ("Chính sách mới - Trang 3"; audit 124).
    expect(primaryOf('Chính sách mới - Trang 3 | Nhịp sống Pháp luật', article, section)).toBeNull();
    // … in brackets, of pages, in English (review 52's misses).
    for (const title of [
      'Chính sách mới (Trang 3) | Báo',
      'Chính sách mới - Trang 3/25',
      'Chính sách mới - Page 3 of 25',
    ])
      expect(primaryOf(title, article, section), title).toBeNull();
    expect(primaryOf('Chính sách mới - Nhịp sống Pháp luật', article, section)).toBe('168/2024/NĐ-CP');
    // Not one question's page of dated answers (review 52).
    expect(primaryOf('Có được chấm điểm môn Âm nhạc không? - Trang 2 - Hỏi đáp', article, section)).toBe(
      '168/2024/NĐ-CP',
    );
    // … nor its related box's dated teasers under its text, nor a header's "today" (review 49).
    const sectionArticle = `Thứ Sáu, 15/01/2021\nTin địa phương\n21/08/2025\n${issued}\nMức phạt áp dụng từ năm 2025.\nCác lực lượng tăng cường tuần tra.\nNgười dân chấp hành tốt.\nTin cùng chuyên mục\nKiểm tra công trình PCTT\n20/08/2025\nDiễn tập cứu hộ\n19/08/2025`;
    expect(primaryOf('Tin địa phương - Cổng thông tin', article, sectionArticle)).toBe('168/2024/NĐ-CP');
    // A tag's address in a file name ("/chua-chay-rung-ptag.html"; audit 116): its teasers'
    // documents are none of them its own; but for the one document its only teaser reports
    // (audits 103, 107 and 109), its press licence aside.
    const ptag = 'https://moitruong.net.vn/chua-chay-rung-ptag.html';
    const twoTeasers = `${issued}\nNgày 13/4/2015, Thủ tướng Chính phủ vừa ban hành Quyết định số 489/QĐ-TTg.`;
    expect(primaryOf('chữa cháy rừng - Tạp chí', ptag, twoTeasers)).toBeNull();
    expect(primaryOf('chữa cháy rừng - Tạp chí', ptag, `${issued}\nGiấy phép số 505/GP-BTTTT`)).toBe(
      '168/2024/NĐ-CP',
    );
    // None: a tag page of several documents' teasers, even titled by one of them, and a week's
    // work schedule.
    const tag = 'https://laodong.vn/tags/nghi-dinh-1682024nd-cp-412587.ldo';
    expect(primaryOf('Nghị định 168/2024/NĐ-CP - Tin tức mới nhất', tag, twoTeasers)).toBeNull();
    // A news aggregator's topic page of teasers, "… - Tin tức mới nhất" (audit 156); an article
    // filed under a topic's address keeps its document (below).
    const feed = 'https://baomoi.com/chu-de/khai-thac-thuy-san.epi';
    expect(primaryOf('Khai thác thủy sản - Tin tức mới nhất - Báo Mới', feed, twoTeasers)).toBeNull();
    expect(primaryOf('Khai thác thủy sản - Báo Mới', feed, twoTeasers)).toBe('168/2024/NĐ-CP');
    // A tag page about one document, its one teaser reporting it, is its page (audits 99, 103, 107).
    expect(primaryOf('Nghị định 168/2024/NĐ-CP - Tin tức mới nhất', tag, issued)).toBe('168/2024/NĐ-CP');
    expect(primaryOf('Lịch công tác tuần 48 năm 2024 - UBND huyện Diên Khánh', article, issued)).toBeNull();
    // A site search's results (audit 102), not a document page under a "/search/" folder.
    for (const search of [
      'https://thanhhoa.gov.vn/tim-kiem?keyword=Ch%E1%BB%A7+t%E1%BB%8Bch',
      'https://example.gov.vn/search.aspx?q=nghi+dinh',
      'https://example.com.vn/?s=nghi+dinh+168',
    ])
      expect(primaryOf('Tìm kiếm', search, issued), search).toBeNull();
    expect(
      primaryOf('Nghị định 168/2024/NĐ-CP', 'https://example.gov.vn/search/van-ban?id=168', issued),
    ).toBe('168/2024/NĐ-CP');
    // A search for a document's number lists every page citing it (review 45); an empty one
    // searches nothing (review 44).
    expect(
      primaryOf('Tìm kiếm', 'https://congbao.example.gov.vn/search.aspx?key=168/2024/NĐ-CP', issued),
    ).toBeNull();
    expect(primaryOf('Nghị định 168/2024/NĐ-CP', 'https://example.gov.vn/?s=&id=551', issued)).toBe(
      '168/2024/NĐ-CP',
    );
    // A search titled by what was searched is still one (review 47).
    expect(
      primaryOf(
        'Quyết định 168/2024/NĐ-CP - Tìm kiếm văn bản',
        'https://example.gov.vn/tim-kiem?keyword=168',
        issued,
      ),
    ).toBeNull();
    // Unless the page is titled by the document it looks up (review 46).
    expect(
      primaryOf(
        'Nghị định 168/2024/NĐ-CP quy định xử phạt',
        'https://example.gov.vn/search?q=168/2024/NĐ-CP',
        issued,
      ),
    ).toBe('168/2024/NĐ-CP');
    // None unless the text issues the document: a home page, an about page, a list of answers.
    for (const title of [
      'Cổng thông tin điện tử tỉnh Ninh Thuận - Trang chủ',
      'Giới thiệu chung - Sở Khoa học và Công nghệ tỉnh Bình Dương',
    ]) {
      expect(primaryOf(title, article, cited)).toBeNull();
      // Some portals title every page "… - Trang chủ" (review 29).
      expect(primaryOf(title, article, issued)).toBe('168/2024/NĐ-CP');
    }
    const answers = (intro: string) =>
      `${intro}\nHỏi: Mức phạt vượt đèn đỏ là bao nhiêu?\nTrả lời:\n${cited}\nHỏi: Phạt nồng độ cồn thế nào?\nTrả lời:\nTheo Nghị định 100/2019/NĐ-CP …`;
    expect(
      primaryOf('Hỏi đáp chính sách - BHXH tỉnh Bình Định', article, answers('Các câu hỏi mới nhất.')),
    ).toBeNull();
    // A Q&A on the decree its introduction reports issued is about it (review 29); not one its
    // answers report issued, as answers do (audit 114).
    expect(primaryOf('Hỏi đáp về xử phạt giao thông', article, answers(issued))).toBe('168/2024/NĐ-CP');
    const inAnswer = `Có 2 câu hỏi đã được trả lời.\nHỏi: Mức phạt là bao nhiêu?\nTrả lời:\n${issued}\nHỏi: Còn nồng độ cồn?\nTrả lời:\nTheo Nghị định 100/2019/NĐ-CP …`;
    expect(primaryOf('Hỏi đáp chính sách dân tộc - Ban Dân tộc', article, inAnswer)).toBeNull();
    // Answers headed by "Trả lời" alone on its line (audit 116).
    const bare = `Giải đáp pháp luật\nQuy định hạn mức ví điện tử\nTrả lời\n${issued}\nHồ sơ hưởng lương hưu\nTrả lời\nTheo Quyết định 166/QĐ-BHXH …`;
    expect(primaryOf('Giải đáp pháp luật - Trang 40', article, bare)).toBeNull();
    // Answers headed by their questions, each answer's "trả lời" in its first sentence (audit 152);
    // one question is no list of answers.
    const asked = `Sổ BHXH bị rách có được nộp nhận trợ cấp thất nghiệp?\n08:35 | 04/01/2019\n${cited}\nÔng Trần Văn Triều trả lời: Điều 4 Thông tư số 56/2017/TT-BYT quy định các bệnh …\nNgười cao tuổi có được nhận trợ cấp hàng tháng không?\nTheo khoản 5 Điều 5 Nghị định 20/2021/NĐ-CP …`;
    expect(primaryOf('Hỏi đáp chính sách BHXH, BHYT, BHTN', article, asked)).toBeNull();
    expect(
      primaryOf(
        'Hỏi đáp chính sách BHXH, BHYT, BHTN',
        article,
        `Mức phạt vượt đèn đỏ là bao nhiêu?\n${cited}`,
      ),
    ).toBe('168/2024/NĐ-CP');
    // One answer asking twice, its headline and the reader's words, over its one "Trả lời:" (review 61).
    const once = `Nghỉ việc có được hưởng BHXH một lần không?\nTôi đóng BHXH được 8 năm. Xin hỏi tôi có được hưởng BHXH một lần không?\nTrả lời:\nCăn cứ Điều 8 Nghị định số 158/2025/NĐ-CP ngày 25/6/2025 của Chính phủ quy định chi tiết một số điều của Luật Bảo hiểm xã hội, người lao động được hưởng khi đủ điều kiện theo Luật Bảo hiểm xã hội số 41/2024/QH15.`;
    expect(primaryOf('Hỏi - Đáp chính sách BHXH - BHXH Việt Nam', article, once)).toBe('158/2025/NĐ-CP');
    // Answers headed by "Đáp:" (audit 128).
    const dap = `Hỏi: Mức phạt là bao nhiêu?
Đáp: Ngày 23/02/2023, ${issued}
Hỏi: Còn nồng độ cồn?
Đáp: Theo Nghị định 100/2019/NĐ-CP, công dân đến Công an cấp xã.`;
    expect(primaryOf('Hỏi - Đáp về Đề án 06 - Công an tỉnh Hà Giang', article, dap)).toBeNull();
    // … unless its title names that document (review 49).
    expect(primaryOf('Hỏi đáp về Nghị định 168/2024/NĐ-CP', article, inAnswer)).toBe('168/2024/NĐ-CP');
    // Not one whose answers ("Câu trả lời:") date and describe what they cite (audit 76).
    const dated = (n: number) =>
      `Câu trả lời:\nKhoản 1 Điều 9 Thông tư ${n}/2015/TT-BLĐTBXH ngày 29/12/2015 hướng dẫn chi tiết về điều kiện hưởng chế độ thai sản như sau.`;
    expect(
      primaryOf('Hỏi - Đáp chính sách - Bảo hiểm xã hội Việt Nam', article, `${dated(59)}\n${dated(58)}`),
    ).toBeNull();
    // … unless it is the one document they cite (review 32).
    const one = (n: number) =>
      `Câu trả lời:\nTheo Nghị định số 158/2025/NĐ-CP do Chính phủ ban hành ngày 25/6/2025 quy định chi tiết về bảo hiểm xã hội bắt buộc. ${n}`;
    expect(
      primaryOf('Hỏi - Đáp chính sách - Bảo hiểm xã hội Việt Nam', article, `${one(1)}\n${one(2)}`),
    ).toBe('158/2025/NĐ-CP');
    // An article filed under a topic's address is about the document it issues (review 29).
    const topic = 'https://tayninh.gov.vn/chu-de/tin-chi-dao-dieu-hanh/ubnd-tinh-ban-hanh-cong-van.html';
    expect(primaryOf('UBND tỉnh chỉ đạo phòng chống thiên tai', topic, issued)).toBe('168/2024/NĐ-CP');
    expect(primaryOf('UBND tỉnh chỉ đạo phòng chống thiên tai', topic, cited)).toBeNull();
    // … or reports with its date and trích yếu.
    const reported =
      'Theo Công văn số 1234/UBND-KT ngày 5/3/2024 của UBND tỉnh về việc phòng chống thiên tai, các huyện rà soát đê điều.';
    expect(primaryOf('UBND tỉnh chỉ đạo phòng chống thiên tai', topic, reported)).toBe('1234/UBND-KT');
  });

  it('has no primary on a home page of teasers or a list of answers unless one reports its document (audit 91)', () => {
    const primaryOf = (title: string, url: string, text: string) =>
      readPageReport(report(`${title}\n${text}`, { title, url })).primary?.symbol ?? null;
    const teasers = (teaser: string) =>
      `Khai trương Trục liên thông văn bản quốc gia\nTTĐT - Chiều 12-3, tại Hà Nội, Văn phòng Chính phủ đã chính thức khai trương.\n${teaser}\nBình Dương: 46/46 xã đạt chuẩn nông thôn mới\nTTĐT - Sáng 14-3, Hội đồng thẩm định họp xét công nhận.`;
    const cited =
      'Thẩm quyền cấp chứng nhận kinh doanh khí\nKể từ ngày 15/5/2016 các quy định về kinh doanh khí thực hiện theo Nghị định số 19/2016/NĐ-CP.';
    const grounds =
      'Căn cứ Quyết định 1989/QĐ-HV ngày 28/12/2022 của Giám đốc Học viện v/v Ban hành quy định về việc thu nộp học phí.';
    // A site's root, titled with its name.
    for (const [title, url] of [
      ['Website Văn phòng Chính phủ', 'https://vpcp.chinhphu.vn/'],
      ['Cổng thông tin đào tạo - Học viện Công nghệ Bưu chính Viễn thông', 'https://qldt.ptit.edu.vn/#/home'],
    ] as const) {
      expect(primaryOf(title, url, teasers(cited))).toBeNull();
      // Not a notice's grounds, dated and described as it is.
      expect(primaryOf(title, url, teasers(grounds))).toBeNull();
    }
    // "Hỏi đáp" second in the title, over answers behind their links.
    const answers = `${cited}\nXem trả lời\nThân nhân người có công được hưởng BHYT theo mức nào?\nXem trả lời`;
    expect(
      primaryOf(
        'Trả lời công dân - Hỏi đáp - Cổng Giao tiếp điện tử Hà Nội',
        'https://hanoi.gov.vn/faq/tra-loi-cong-dan/',
        answers,
      ),
    ).toBeNull();
    // An article's address keeps the document it cites.
    expect(
      primaryOf('Website Văn phòng Chính phủ', 'https://vpcp.chinhphu.vn/tin-tuc/khi-12345.htm', cited),
    ).toBe('19/2016/NĐ-CP');
    // A site's name, however long, at its root; a headline at an app's route.
    expect(
      primaryOf('Cổng thông tin điện tử huyện Kỳ Anh - tỉnh Hà Tĩnh', 'https://kyanh.hatinh.gov.vn/', cited),
    ).toBeNull();
    expect(
      primaryOf(
        'Thẩm quyền cấp giấy chứng nhận đủ điều kiện kinh doanh khí',
        'https://qldt.ptit.edu.vn/#/home',
        cited,
      ),
    ).toBe('19/2016/NĐ-CP');
    // An app's route to an article is no home (review 40).
    expect(
      primaryOf(
        'Cổng TTĐT xã Tân Phú',
        'https://tanphu.dongnai.gov.vn/#/tin-tuc/ubnd-xa-ban-hanh-ke-hoach-chuyen-doi-so',
        cited,
      ),
    ).toBe('19/2016/NĐ-CP');
    // A local server's root serves any page (a saved copy, a test's).
    expect(primaryOf('Trang thử', 'http://127.0.0.1:8080/', cited)).toBe('19/2016/NĐ-CP');
    // A short headline at a folder's address: a school's or a paper's post (review 39).
    expect(
      primaryOf(
        'Thủ tướng ra công điện - Tin Nhanh',
        'https://tinnhanh.vn/thu-tuong-ra-cong-dien/',
        'Tại Công điện số 12/CĐ-TTg, Thủ tướng yêu cầu các bộ, ngành tập trung ứng phó với bão.',
      ),
    ).toBe('12/CĐ-TTg');
    expect(
      primaryOf(
        'Thông báo nghỉ Tết - THPT Nguyễn Du',
        'https://thptnguyendu.edu.vn/thong-bao-nghi-tet/',
        'Căn cứ Công văn số 52/SGDĐT-VP ngày 10/01/2024 của Sở GD&ĐT về việc cho học sinh nghỉ Tết, nhà trường thông báo lịch nghỉ như sau.',
      ),
    ).toBe('52/SGDĐT-VP');
  });

  it('keeps the document a district portal republishes under its copy stamp (audit 73)', () => {
    const text =
      'UBND TỈNH BÌNH ĐỊNH\nSố: 18/CT-UBND\nBình Định, ngày 02 tháng 10 năm 2024\nCHỈ THỊ\nVề tăng cường công tác phòng, chống thiên tai\nChủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện.\nSAO Y BẢN CHÍNH\nUBND HUYỆN PHÙ MỸ\nSố: 112/SY-UBND\nPhù Mỹ, ngày 04 tháng 10 năm 2024';
    expect(readPageReport(report(text)).primary?.symbol).toBe('18/CT-UBND');
  });
});

describe('readListingRows: audits 74 and 76', () => {
  it('reads the subject after a dash or a colon right after a name’s symbol, not a body or a date', () => {
    const subjectOf = (name: string) => readListingRows([row(name, { name })])[0]?.subject ?? null;
    expect(subjectOf('Công văn số 4102/LĐTBXH-BTXH - V/v hướng dẫn thực hiện Nghị định')).toBe(
      'V/v hướng dẫn thực hiện Nghị định',
    );
    expect(subjectOf('Thông báo số 98/TB-SLĐTBXH: Kết quả xét tuyển viên chức năm 2024')).toBe(
      'Kết quả xét tuyển viên chức năm 2024',
    );
    expect(subjectOf('Quyết định số 15/2024/QĐ-UBND - UBND tỉnh Quảng Nam')).toBeNull();
    expect(subjectOf('Quyết định số 15/2024/QĐ-UBND: ngày 12/3/2024')).toBeNull();
    // Nor a link's label, the document's state or its signer (review 32).
    for (const tail of [
      ': Tải về',
      ' - Xem chi tiết',
      ' - Còn hiệu lực',
      ': Dự thảo',
      ' - Hỏa tốc',
      ': Nguyễn Văn Sơn',
    ])
      expect(subjectOf(`Quyết định số 1520/QĐ-UBND${tail}`)).toBeNull();
  });

  it('reads a consolidated text’s subject and drops a legal database’s "do … ban hành"', () => {
    const [read] = readListingRows([
      row('14/VBHN-BTC', {
        name: 'Văn bản hợp nhất 14/VBHN-BTC năm 2021 hợp nhất Nghị định hướng dẫn Luật giá do Bộ trưởng Bộ Tài chính ban hành',
      }),
    ]);
    expect(read?.subject).toBe('hợp nhất Nghị định hướng dẫn Luật giá');
  });
});

describe('readPageReport: audit 121', () => {
  it('gives a numberless document’s text no primary among the grounds it cites', () => {
    const grounds =
      'Căn cứ Luật Tiếp công dân ngày 25/11/2013;\nCăn cứ Thông tư số 01/2021/TT-TTCP ngày 11/3/2021 của Thanh tra Chính phủ quy định quy tắc ứng xử của cán bộ, công chức, viên chức trong ngành thanh tra và cán bộ, công chức làm công tác tiếp công dân; Thông tư số 04/2021/TT-TTCP ngày 01/10/2021 của Thanh tra Chính phủ quy định quy trình tiếp công dân;\nỦy ban nhân dân xã Tân Đoàn thông báo lịch tiếp công dân như sau:';
    const page = { title: 'Thông báo Lịch tiếp công dân của UBND xã Tân Đoàn năm 2026' };
    expect(
      readPageReport(report(`THÔNG BÁO\nLịch tiếp công dân của UBND xã Tân Đoàn năm 2026\n${grounds}`, page))
        .primary,
    ).toBeNull();
    // A section's label in capitals over a news post that reports a document (review 51).
    expect(
      readPageReport(
        report(
          'THÔNG BÁO\nÁp dụng giá khám bệnh mới\nTheo Thông tư số 22/2023/TT-BYT ngày 17/11/2023 của Bộ Y tế về giá dịch vụ khám bệnh, từ ngày 17/11/2023 giá khám tại bệnh viện hạng I là 42.100 đồng.',
          { title: 'Áp dụng giá khám bệnh mới' },
        ),
      ).primary?.symbol,
    ).toBe('22/2023/TT-BYT');
    // Its grounds in two lines or more, with no type title (a recruitment notice posted without
    // its header; audit 126), or under a qualified title ("THÔNG BÁO TUYỂN DỤNG").
    const recruitment =
      'Sở Giáo dục và Đào tạo tỉnh Đồng Tháp tuyển dụng viên chức năm học 2022-2023\nCăn cứ Luật Viên chức ngày 15 tháng 11 năm 2010;\nCăn cứ Nghị định số 115/2020/NĐ-CP ngày 25 tháng 9 năm 2020 của Chính phủ quy định về tuyển dụng, sử dụng và quản lý viên chức;\nCăn cứ Thông tư số 06/2020/TT-BNV ngày 02 tháng 12 năm 2020 của Bộ Nội vụ ban hành Quy chế tổ chức thi tuyển;';
    expect(readPageReport(report(recruitment)).primary).toBeNull();
    expect(
      readPageReport(report(`THÔNG BÁO TUYỂN DỤNG\n${recruitment.split('\n').slice(0, 3).join('\n')}`))
        .primary,
    ).toBeNull();
    // One "Căn cứ" sentence in a news report keeps the document it reports.
    expect(
      readPageReport(
        report(
          'Phạt nặng vi phạm nồng độ cồn\nCăn cứ Nghị định số 100/2019/NĐ-CP ngày 30/12/2019 của Chính phủ quy định xử phạt vi phạm hành chính trong lĩnh vực giao thông, từ ngày 1/1/2020 người điều khiển xe máy có nồng độ cồn bị phạt đến 8 triệu đồng.',
        ),
      ).primary?.symbol,
    ).toBe('100/2019/NĐ-CP');
    // A document the text names as its own, above its grounds, is the page's.
    expect(
      readPageReport(
        report(
          `THÔNG BÁO\nSố: 12/TB-UBND\nLịch tiếp công dân của UBND xã Tân Đoàn năm 2026\n${grounds}`,
          page,
        ),
      ).primary?.symbol,
    ).toBe('12/TB-UBND');
  });
});

describe('readListingRows: audit 126', () => {
  it('reads a name whose subject is glued to its reference whole, past a span of years and a body’s hyphen', () => {
    const name =
      'Thông tư 10/2022/TT-BLĐTBXH hướng dẫn giám sát, đánh giá thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 do Bộ trưởng Bộ Lao động - Thương binh và Xã hội ban hành';
    const [read] = readListingRows([row(name, { name, card: { lines: [name, 'Ban hành: 31/05/2022'] } })]);
    expect(read?.subject).toBe(
      'hướng dẫn giám sát, đánh giá thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025',
    );
    // A heading's parts after a separator are still its fields.
    const parted = '123/SNV-TCBC - 08/01/2024 - V/v tuyển dụng công chức';
    const [fields] = readListingRows([row(parted, { name: parted, card: { lines: [parted] } })]);
    expect([fields?.issuedDate, fields?.subject]).toEqual(['2024-01-08', 'V/v tuyển dụng công chức']);
  });
});

describe('readListingRows: audit 150', () => {
  it('parts a heading at an em dash; a "Liên đoàn …" line is no body (review 60)', () => {
    const name = 'Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 — Điều lệ trường trung học cơ sở';
    const [parted] = readListingRows([row(name, { name, card: { lines: [name] } })]);
    expect([parted?.issuedDate, parted?.subject]).toEqual(['2020-09-15', 'Điều lệ trường trung học cơ sở']);
    const heading = 'Số: 34/KH-TLĐ';
    const lines = [
      heading,
      'Tổ chức các hoạt động chăm lo cho đoàn viên, người lao động dịp Tết Nguyên đán Bính Ngọ 2026',
      'Ban hành: 15/10/2025 | Tổng Liên đoàn Lao động Việt Nam',
    ];
    const [card] = readListingRows([row('34/KH-TLĐ', { name: '34/KH-TLĐ', card: { lines } })]);
    expect(card?.issuedDate).toBe('2025-10-15');
    // A trích yếu opens with such a name as often ("Liên đoàn Lao động tỉnh tổ chức Tháng Công nhân").
    const [subject] = readListingRows([
      row('34/KH-LĐLĐ', {
        name: '34/KH-LĐLĐ',
        card: { lines: ['Số: 34/KH-LĐLĐ', 'Liên đoàn Lao động tỉnh tổ chức Tháng Công nhân năm 2024'] },
      }),
    ]);
    expect([subject?.subject, subject?.issuingBody]).toEqual([
      'Liên đoàn Lao động tỉnh tổ chức Tháng Công nhân năm 2024',
      null,
    ]);
  });
});

describe('readListingRows: audit 122', () => {
  it('reads a central body a card names alone after its date', () => {
    const name = 'Nghị quyết 120/2020/QH14';
    const lines = [
      name,
      'Phê duyệt chủ trương đầu tư Chương trình mục tiêu quốc gia',
      '19/06/2020 · Quốc hội',
    ];
    const [read] = readListingRows([row(name, { name, card: { lines } })]);
    expect([read?.issuedDate, read?.issuingBody]).toEqual(['2020-06-19', 'Quốc hội']);
    // Not a trích yếu that opens with such a name.
    const [teaser] = readListingRows([
      row(name, { name, card: { lines: [name, '19/06/2020 · Quốc hội thông qua chủ trương đầu tư'] } }),
    ]);
    expect(teaser?.issuingBody).toBeNull();
    // Not a card's tag naming another body than the symbol's (review 51).
    const [tagged] = readListingRows([
      row('Công văn 2345/BYT-DP', {
        name: 'Công văn 2345/BYT-DP',
        card: { lines: ['Công văn 2345/BYT-DP', 'Chính phủ', 'Về phòng, chống bệnh đậu mùa khỉ'] },
      }),
    ]);
    expect(tagged?.issuingBody).toBeNull();
  });
});

describe('readListingRows: audit 130', () => {
  it('reads a heading whose parts a middle dot separates: "ngày …" and the body’s abbreviation', () => {
    const name = 'Quyết định số 166/QĐ-ĐHQG · ngày 26/02/2018 · ĐHQG-HCM';
    const [read] = readListingRows([
      row(name, { name, card: { lines: [name, 'Quy chế đào tạo trình độ tiến sĩ'] } }),
    ]);
    expect([read?.issuedDate, read?.issuingBody, read?.subject]).toEqual([
      '2018-02-26',
      'ĐHQG-HCM',
      'Quy chế đào tạo trình độ tiến sĩ',
    ]);
    // Not an abbreviation of another code, nor a name in capitals that is a word.
    const other = 'Quyết định số 166/QĐ-ĐHQG · ngày 26/02/2018 · BGDĐT';
    const [another] = readListingRows([row(other, { name: other, card: { lines: [other] } })]);
    expect(another?.issuingBody).toBeNull();
  });

  it('reads a link and its meta span joined by a colon: "Số 22-HD/TWĐTN: Ngày ban hành: …" (audit 132)', () => {
    const line = 'Số 22-HD/TWĐTN: Ngày ban hành: 28/06/2013 | Ban Thường vụ Trung ương Đoàn';
    const name = '22-HD/TWĐTN: Ngày ban hành: 28/06/2013';
    const [card] = readListingRows([
      row(name, { name, card: { lines: [line, 'Hướng dẫn thực hiện Điều lệ Đoàn TNCS Hồ Chí Minh'] } }),
    ]);
    expect([card?.issuedDate, card?.subject, card?.issuingBody]).toEqual([
      '2013-06-28',
      'Hướng dẫn thực hiện Điều lệ Đoàn TNCS Hồ Chí Minh',
      'Ban Thường vụ Trung ương Đoàn',
    ]);
  });

  it("reads a middle dot's parts as a date or a body only: never the subject (review 53)", () => {
    const read = (tail: string, lines: string[] = []) => {
      const name = `Công văn số 214/UBND-VX · ${tail}`;
      const [card] = readListingRows([
        row(name, {
          name,
          card: { lines: [name, 'Về cho phép tổ chức cuộc đi bộ gây quỹ từ thiện', ...lines] },
        }),
      ]);
      return [card?.issuedDate, card?.subject, card?.issuingBody];
    };
    const subject = 'Về cho phép tổ chức cuộc đi bộ gây quỹ từ thiện';
    for (const tag of ['Còn hiệu lực', 'Hỏa tốc', 'Kinh tế', 'Ngày đăng 12/01/2008', '1.245 lượt xem'])
      expect(read(tag)).toEqual([null, subject, null]);
    // A posting time is no issuing date; a bare code or the site's board is no body.
    expect(read('ngày 13/01/2008 08:30')).toEqual([null, subject, null]);
    expect(read('UBND', ['Ủy ban nhân dân Thành phố Hồ Chí Minh'])[2]).toBe(
      'Ủy ban nhân dân Thành phố Hồ Chí Minh',
    );
    expect(read('Ban Biên tập')[2]).toBeNull();
    expect(read('12/01/2008 · UBND tỉnh Quảng Nam')).toEqual(['2008-01-12', subject, 'UBND tỉnh Quảng Nam']);
    expect(read('Còn hiệu lực · Ban hành: 23/12/2024')).toEqual(['2024-12-23', subject, null]);
  });
});

describe('readListingRows: audit 134', () => {
  it('reads a union organ on a card line of its own as the body, not a meeting or a team', () => {
    const body = (line: string) => {
      const name = 'Hướng dẫn số 49/HD-ĐCT';
      const [card] = readListingRows([
        row(name, {
          name,
          card: { lines: ['01Th10/2020', name, 'Tổ chức các hoạt động tuyên truyền', line] },
        }),
      ]);
      return card?.issuingBody;
    };
    expect(body('Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam')).toBe(
      'Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam',
    );
    // (The code names it: ĐCT, Đoàn Chủ tịch.)
    expect(body('Hội nghị tổng kết công tác năm 2020')).toBeNull();
    expect(body('Đoàn kiểm tra liên ngành')).toBeNull();
    // Nor one the code does not name: an event, a signer, a member's tag (review 54).
    expect(body('Hội Khỏe Phù Đổng toàn quốc lần thứ X năm 2021')).toBeNull();
    expect(body('Đoàn Văn Việt')).toBeNull();
    expect(body('Hội Cựu chiến binh')).toBeNull();
  });
});

describe('readListingRows: audit 136', () => {
  it('dates a card by the date in square brackets that closes its heading', () => {
    const name = 'Kế hoạch số 130/KH-UBND triển khai Phong trào thi đua trên địa bàn tỉnh Thanh Hóa';
    const [card] = readListingRows([row(name, { name, card: { lines: [`${name} [27/06/2025]`] } })]);
    expect(card?.issuedDate).toBe('2025-06-27');
    // Not a bracketed date inside the heading.
    const inside = 'Kế hoạch số 130/KH-UBND thực hiện Quyết định [27/06/2025] của UBND tỉnh';
    const [other] = readListingRows([row(inside, { name: inside, card: { lines: [inside] } })]);
    expect(other?.issuedDate).toBeNull();
  });
});
