import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractDispatch } from './extract-dispatch';
import { ARTICLE_3944_EXCERPT } from './testing/article-3944';

const fixturePath = fileURLToPath(new URL('../../../shared/fixtures/news-3944-UBND-NC.txt', import.meta.url));

const articles = [['abridged article', ARTICLE_3944_EXCERPT]];
if (existsSync(fixturePath))
  articles.push(['full article (../shared/fixtures)', readFileSync(fixturePath, 'utf8')]);

describe('extractDispatch: the 3944/UBND-NC article', () => {
  it.each(articles)('%s', (_, text) => {
    const draft = extractDispatch(text as string, {
      url: 'https://baohatinh.vn/x',
      title: 'Đẩy mạnh phong trào',
    });
    expect(draft).not.toBeNull();
    expect(draft).toMatchObject({
      symbol: '3944/UBND-NC',
      number: '3944',
      typeCode: null,
      typeName: 'Công văn',
      issuer: 'UBND',
      issuedDate: '2020-08-27',
      issuingBody: 'UBND tỉnh',
      subject: 'về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ trong cơ quan, doanh nghiệp, nhà trường',
      cites: ['07/CT-BCA-V28', '23/2012/TT-BCA-V28', '1315/UBND-NC'],
      sourceUrl: 'https://baohatinh.vn/x',
      sourceTitle: 'Đẩy mạnh phong trào',
    });
    expect(draft?.addressees).toEqual([
      'các cơ quan chuyên môn, cơ quan thuộc UBND tỉnh',
      'các đoàn thể cấp tỉnh',
      'cơ quan, doanh nghiệp, nhà trường cấp tỉnh và cơ quan Trung ương đóng trên địa bàn',
      'UBND huyện, thành phố, thị xã',
    ]);
    expect(draft?.excerpt).toMatch(/^Ngày 27\/8\/2020, UBND tỉnh đã ban hành Công văn số 3944\/UBND-NC/);
  });
});

describe('extractDispatch: document pages', () => {
  it('takes the header reference, its dating line, issuer line and V/v subject', () => {
    const text =
      'BỘ GIÁO DỤC VÀ ĐÀO TẠO\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\n' +
      'Số: 4555/BGDĐT-GDPT\nV/v hướng dẫn thực hiện nhiệm vụ giáo dục phổ thông năm học 2025-2026\n\nHà Nội, ngày 05 tháng 8 năm 2025\n\n' +
      'Kính gửi:\n- Các Sở Giáo dục và Đào tạo;\n- Sở Giáo dục, Khoa học và Công nghệ tỉnh Bạc Liêu.\n\nCăn cứ Chỉ thị số 19/CT-TTg ngày 16/7/2021.';
    expect(extractDispatch(text)).toMatchObject({
      symbol: '4555/BGDĐT-GDPT',
      issuedDate: '2025-08-05',
      issuingBody: 'BỘ GIÁO DỤC VÀ ĐÀO TẠO',
      subject: 'V/v hướng dẫn thực hiện nhiệm vụ giáo dục phổ thông năm học 2025-2026',
      addressees: ['Các Sở Giáo dục và Đào tạo', 'Sở Giáo dục, Khoa học và Công nghệ tỉnh Bạc Liêu'],
      cites: ['19/CT-TTg'],
    });
  });

  it('takes the title lines under the type name of a table header', () => {
    const text =
      'ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 88/2014/QĐ-UBND | Hà Nội, ngày 22 tháng 12 năm 2014 |\n' +
      'QUYẾT ĐỊNH\nVỀ VIỆC THU PHÍ THAM QUAN DANH LAM THẮNG CẢNH\nCăn cứ Nghị định số 57/2002/NĐ-CP ngày 03 tháng 6 năm 2002;';
    expect(extractDispatch(text)).toMatchObject({
      symbol: '88/2014/QĐ-UBND',
      issuedDate: '2014-12-22',
      issuingBody: 'ỦY BAN NHÂN DÂN',
      subject: 'VỀ VIỆC THU PHÍ THAM QUAN DANH LAM THẮNG CẢNH',
      cites: ['57/2002/NĐ-CP'],
    });
  });

  it('reads a legal database page: title line, then the metadata block', () => {
    const text =
      'Quyết định 2435/QĐ-UBND của Ủy ban nhân dân Thành phố Hà Nội về việc ban hành Phương án cứu trợ năm 2021\n' +
      'Số hiệu:2435/QĐ-UBNDNgày đăng công báo:Đang cập nhật\nLoại văn bản:Quyết địnhNgười ký:Chử Xuân Dũng\nNgày ban hành:04/06/2021';
    expect(extractDispatch(text)).toMatchObject({
      symbol: '2435/QĐ-UBND',
      issuedDate: '2021-06-04',
      issuingBody: 'Ủy ban nhân dân Thành phố Hà Nội',
      subject: 'về việc ban hành Phương án cứu trợ năm 2021',
      cites: [],
    });
  });

  it('reads a portal’s metadata table, one field a line, labels without colons', () => {
    // A two-column table "Số ký hiệu | 30/2020/NĐ-CP" as the content script's main text has it.
    const text =
      'Cổng thông tin\nSố ký hiệu\n30/2020/NĐ-CP\nNgày ban hành\n05/03/2020\nNgày có hiệu lực\n05/03/2020\n' +
      'Loại văn bản\nNghị định\nCơ quan ban hành\nChính phủ\nNgười ký\nNguyễn Xuân Phúc\nTrích yếu\nVề công tác văn thư\n' +
      'Văn bản liên quan\nNghị định 110/2004/NĐ-CP về công tác văn thư';
    expect(extractDispatch(text)).toMatchObject({
      symbol: '30/2020/NĐ-CP',
      issuedDate: '2020-03-05',
      issuingBody: 'Chính phủ',
      subject: 'Về công tác văn thư',
      cites: ['110/2004/NĐ-CP'],
    });
  });

  it('reads metadata fields with colons or bars, in NFD, and the "Số/Ký hiệu" label', () => {
    const text =
      'Số/Ký hiệu: 4321/UBND-VX\nNgày ban hành | 12/11/2026\nTrích yếu nội dung: V/v triển khai Tháng hành động\n' +
      'Nơi ban hành: UBND tỉnh Hà Tĩnh';
    for (const form of [text, text.normalize('NFD')]) {
      expect(extractDispatch(form)).toMatchObject({
        symbol: '4321/UBND-VX',
        issuedDate: '2026-11-12',
        issuingBody: 'UBND tỉnh Hà Tĩnh'.normalize(form === text ? 'NFC' : 'NFD'),
        subject: 'V/v triển khai Tháng hành động'.normalize(form === text ? 'NFC' : 'NFD'),
      });
    }
  });

  it('reads the fields of the document’s own metadata block, and no label as a value', () => {
    const other =
      'Văn bản mới\nSố ký hiệu: 99/TB-UBND\nNgày ban hành: 01/01/2023\nTrích yếu: Về việc khác hẳn\n';
    const own =
      'Số ký hiệu: 15/2024/QĐ-UBND\nTrích yếu:\nCơ quan ban hành: UBND tỉnh Nam Định\nNgày ban hành: 12/03/2024';
    const draft = extractDispatch(`${own}\n\n${other}`);
    expect(draft).toMatchObject({
      symbol: '15/2024/QĐ-UBND',
      issuedDate: '2024-03-12',
      issuingBody: 'UBND tỉnh Nam Định',
    });
    expect(draft?.subject ?? '').not.toMatch(/Cơ quan ban hành|khác hẳn/);
  });

  it('reads long text without line breaks without overflowing the stack', () => {
    // 5,000 sentences on one line, then a metadata label: folding it all once threw a RangeError.
    const text = `${'Xem Công văn số 12/UBND-VP về việc họp. '.repeat(5000)}\nSố ký hiệu: 15/SNV-VP`;
    expect(extractDispatch(text)?.symbol).toBe('15/SNV-VP');
  });

  it('does not take "ký hiệu" inside a sentence for a metadata label', () => {
    const text =
      'Xem văn bản ký hiệu 15/SNV-VP.\nSở Nội vụ ban hành Công văn số 20/SNV-TCCB về việc rà soát biên chế.';
    expect(extractDispatch(text)).toMatchObject({
      symbol: '20/SNV-TCCB',
      subject: 'về việc rà soát biên chế',
    });
    expect(extractDispatch(`Ký hiệu: 15/SNV-VP\n${text}`)?.symbol).toBe('15/SNV-VP');
  });

  it('prefers the reference named in the page title', () => {
    const text =
      'Căn cứ Nghị định 30/2020/NĐ-CP, UBND tỉnh hướng dẫn như sau. Quyết định 12/QĐ-UBND ngày 3/1/2024 quy định …';
    const draft = extractDispatch(text, { title: 'Quyết định 12/QĐ-UBND năm 2024 quy định chế độ báo cáo' });
    expect(draft?.symbol).toBe('12/QĐ-UBND');
    expect(draft?.issuedDate).toBe('2024-01-03');
    expect(draft?.cites).toEqual(['30/2020/NĐ-CP']);
  });

  it('dates a news report by the day and month it gives, with the year from the text', () => {
    const text =
      'Đêm 22/9, UBND tỉnh ban hành Công văn số 13417/UBND-VP về việc tiếp tục thực hiện một số biện pháp phòng, chống dịch COVID-19 trên địa bàn tỉnh. ' +
      'Theo đó, thực hiện giãn cách từ 0 giờ, ngày 23 tháng 9 năm 2021.';
    expect(extractDispatch(text)).toMatchObject({
      symbol: '13417/UBND-VP',
      issuedDate: '2021-09-22',
      issuingBody: 'UBND tỉnh',
    });
  });

  it('falls back to the issuer code’s name and the "về …" phrase', () => {
    const draft = extractDispatch(
      'Nghị định 30/2020/NĐ-CP về công tác văn thư do Chính phủ ban hành ngày 05/3/2020.',
    );
    expect(draft).toMatchObject({
      issuingBody: 'Chính phủ',
      subject: 'về công tác văn thư',
      issuedDate: '2020-03-05',
    });
  });

  it('returns null when the text cites nothing', () => {
    expect(extractDispatch('Thời gian qua, phong trào đã có nhiều chuyển biến tích cực.')).toBeNull();
  });
});
