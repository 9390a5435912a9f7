import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPageReport } from '../background/page-reading';
import type { PageReport, PageScan } from '../lib/page-scan';
import { HIGHLIGHT_NAME } from './highlighter';
import { type PageDetector, type PageDetectorOptions, startPageDetection } from './page-detector';
import { liveRangeClass } from './ranges';
import { rangeText, setBody, settle } from './testing/dom';
import { ManualIdle } from './testing/manual-idle';
import { readPage } from './testing/read-page';
import { recordingHighlights } from './testing/recording-highlights';

const ARTICLE = `
<header><nav><a href="/">Trang chủ</a></nav></header>
<main><article>
  <h1>Đẩy mạnh phong trào toàn dân bảo vệ ANTQ trong cơ quan, doanh nghiệp, nhà trường</h1>
  <p>Ngày 27/8/2020, UBND tỉnh đã ban hành Công văn số 3944/<b>UBND</b>-NC gửi các cơ quan chuyên môn,
  cơ quan thuộc UBND tỉnh về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ trong cơ quan, doanh nghiệp, nhà trường.</p>
  <p>Tiếp tục tổ chức thực hiện hiệu quả Chỉ thị 07/CT-BCA-V28 và các chỉ thị, nghị quyết của Trung ương Đảng.</p>
  <p>Thực hiện Thông tư số 23/2012/TT BCA-V28 ngày 27/4/2012 của Bộ Công an và văn bản số 1315/UBND-NC
  ngày 15/4/2016 về chỉ đạo thực hiện Thông tư số 23/2012/TT-BCA-V28.</p>
  <script>window.x = "99/QĐ-UBND";</script>
  <p style="display:none">Bản nháp 88/QĐ-UBND</p>
</article></main>`;

describe('page detection', () => {
  let idle: ManualIdle;
  let highlights: ReturnType<typeof recordingHighlights>;
  let reports: PageReport[];
  let detector: PageDetector | null;

  function start(options: Partial<PageDetectorOptions> = {}): PageDetector {
    detector = startPageDetection({
      document,
      report: (report) => reports.push(report),
      idle,
      highlightApi: highlights.api,
      rangeClass: liveRangeClass(document),
      ...options,
    });
    return detector;
  }

  /** Lets the observer see the changes, then runs every idle slice and timer due. */
  async function runIdle(): Promise<void> {
    await settle();
    idle.runAll();
    await settle();
  }

  const painted = () => [...(highlights.registry.get(HIGHLIGHT_NAME) ?? [])].map(rangeText).sort();
  // Read as the background reads it: what the popup gets (the primary dispatch is read there).
  const lastReport = () => readPageReport(reports[reports.length - 1] as PageReport);
  const symbols = (scan: PageScan) => scan.references.map((r) => r.symbol);

  beforeEach(() => {
    setBody(ARTICLE, 'Đẩy mạnh phong trào toàn dân bảo vệ ANTQ');
    idle = new ManualIdle();
    highlights = recordingHighlights();
    reports = [];
    detector = null;
  });
  afterEach(() => detector?.stop());

  it('reports the first scan: distinct references in page order and the primary dispatch', async () => {
    start();
    await runIdle();
    expect(reports).toHaveLength(1);
    const scan = lastReport();
    expect(scan.url).toBe(document.URL);
    expect(scan.title).toBe('Đẩy mạnh phong trào toàn dân bảo vệ ANTQ');
    expect(symbols(scan)).toEqual(['3944/UBND-NC', '07/CT-BCA-V28', '23/2012/TT-BCA-V28', '1315/UBND-NC']);
    expect(scan.primary?.symbol).toBe('3944/UBND-NC');
    expect(scan.primary?.issuedDate).toBe('2020-08-27');
    expect(scan.primary?.cites).toEqual(['07/CT-BCA-V28', '23/2012/TT-BCA-V28', '1315/UBND-NC']);
    // An article mentions the dispatch; it is not the document itself.
    expect(scan.primaryInHeader).toBe(false);
    expect(scan.rows).toEqual([]);
  });

  it('says when the primary dispatch is the one a document header gives', async () => {
    setBody(`<main><table><tr><td>ỦY BAN NHÂN DÂN<br>TỈNH HÀ TĨNH</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</td></tr>
      <tr><td>Số: 594/KH-UBND</td><td>Hà Tĩnh, ngày 05 tháng 02 năm 2021</td></tr></table>
      <h1>KẾ HOẠCH</h1><p>Tổ chức phong trào thi đua năm 2021, thực hiện Chỉ thị số 19/CT-TTg.</p></main>`);
    start();
    await runIdle();
    expect(lastReport().primary?.symbol).toBe('594/KH-UBND');
    expect(lastReport().primaryInHeader).toBe(true);
  });

  it('highlights every occurrence with a range over exactly its text, and nothing hidden or scripted', async () => {
    start();
    await runIdle();
    expect(painted()).toEqual(
      ['3944/UBND-NC', '07/CT-BCA-V28', '23/2012/TT BCA-V28', '1315/UBND-NC', '23/2012/TT-BCA-V28'].sort(),
    );
  });

  it('finds a paragraph added after load, and forgets one removed', async () => {
    start();
    await runIdle();
    const added = document.createElement('p');
    added.innerHTML = 'Căn cứ Nghị định số <a href="#">30/2020/NĐ-CP</a> ngày 05/3/2020 của Chính phủ';
    document.querySelector('article')?.append(added);
    await runIdle();
    expect(symbols(lastReport())).toEqual([
      '3944/UBND-NC',
      '07/CT-BCA-V28',
      '23/2012/TT-BCA-V28',
      '1315/UBND-NC',
      '30/2020/NĐ-CP',
    ]);
    expect(painted()).toContain('30/2020/NĐ-CP');

    document.querySelectorAll('article p')[1]?.remove(); // the 07/CT-BCA-V28 paragraph
    await runIdle();
    expect(symbols(lastReport())).toEqual([
      '3944/UBND-NC',
      '23/2012/TT-BCA-V28',
      '1315/UBND-NC',
      '30/2020/NĐ-CP',
    ]);
    expect(painted()).not.toContain('07/CT-BCA-V28');
    expect(reports).toHaveLength(3);
  });

  it('rescans a paragraph whose text changed, in page order', async () => {
    start();
    await runIdle();
    const second = document.querySelectorAll('article p')[1]?.firstChild as Text;
    second.data = 'Theo Quyết định 977/QĐ-TTg và Chỉ thị 07/CT-BCA-V28.';
    await runIdle();
    expect(symbols(lastReport())).toEqual([
      '3944/UBND-NC',
      '977/QĐ-TTg',
      '07/CT-BCA-V28',
      '23/2012/TT-BCA-V28',
      '1315/UBND-NC',
    ]);
    expect(painted()).toContain('977/QĐ-TTg');
  });

  it('rescans the paragraph when inline content inside it changes', async () => {
    start();
    await runIdle();
    const bold = document.querySelector('article b') as HTMLElement;
    bold.textContent = 'SGDĐT';
    await runIdle();
    expect(symbols(lastReport())[0]).toBe('3944/SGDĐT-NC');
    expect(painted()).toContain('3944/SGDĐT-NC');
    expect(painted()).not.toContain('3944/UBND-NC');
  });

  it('does not report again when a change leaves the scan as it was', async () => {
    start();
    await runIdle();
    document.querySelector('nav')?.append(document.createTextNode(' Liên hệ'));
    await runIdle();
    expect(reports).toHaveLength(1);
  });

  it('waits for a quiet time before reporting changes', async () => {
    start(); // reports 300 ms after the last change
    await runIdle();
    for (let i = 0; i < 3; i++) {
      const p = document.createElement('p');
      p.textContent = `Kế hoạch số ${i + 1}/KH-UBND`;
      document.body.append(p);
      await settle();
      idle.time += 100;
    }
    await runIdle();
    expect(reports).toHaveLength(2);
    expect(symbols(lastReport()).slice(-3)).toEqual(['1/KH-UBND', '2/KH-UBND', '3/KH-UBND']);
  });

  it('spreads a long scan over many short slices and finds the same', async () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) =>
      i % 10 === 0 ? `<p>Văn bản số ${i}/UBND-VP ngày 1/2/2021</p>` : '<p>Một đoạn văn không có số hiệu.</p>',
    ).join('');
    setBody(`<main>${paragraphs}</main>`);
    idle = new ManualIdle(0.5); // every clock read costs 0.5 ms: an 8 ms slice holds 16 reads
    start();
    await runIdle();
    expect(idle.slices).toBeGreaterThan(2);
    expect(lastReport().references).toHaveLength(30);
    expect(painted()).toHaveLength(30);
  });

  it('reports listing rows', async () => {
    setBody(`<main><table>
      <tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Cơ quan ban hành</th></tr>
      <tr><td><a href="https://congbao.example/vb/1">12/QĐ-UBND</a></td><td>05/01/2024</td><td>Về việc A</td><td>UBND tỉnh</td></tr>
      <tr><td><a href="/vb/2">13/KH-UBND</a></td><td>06/01/2024</td><td>Về việc B</td><td>UBND tỉnh</td></tr>
    </table></main>`);
    start();
    await runIdle();
    const { rows, references, primary } = lastReport();
    expect(references.map((r) => r.symbol)).toEqual(['12/QĐ-UBND', '13/KH-UBND']);
    expect(primary).toBeNull(); // a listing names other dispatches, not the page's own
    expect(
      rows.map((row) => [row.reference.symbol, row.issuedDate, row.subject, row.issuingBody, row.url]),
    ).toEqual([
      ['12/QĐ-UBND', '2024-01-05', 'Về việc A', 'UBND tỉnh', 'https://congbao.example/vb/1'],
      ['13/KH-UBND', '2024-01-06', 'Về việc B', 'UBND tỉnh', new URL('/vb/2', document.baseURI).href],
    ]);

    const table = document.querySelector('table') as HTMLTableElement;
    const last = table.rows[2] as HTMLTableRowElement;
    const row = last.cloneNode(true) as HTMLTableRowElement;
    (row.cells[0] as HTMLTableCellElement).textContent = '14/TB-UBND';
    last.after(row);
    await runIdle();
    expect(lastReport().rows.map((r) => r.reference.symbol)).toEqual([
      '12/QĐ-UBND',
      '13/KH-UBND',
      '14/TB-UBND',
    ]);
  });

  it('reads no rows from a listing table that is not shown (a closed tab panel)', async () => {
    setBody(`<main><div style="display:none"><table>
      <tr><th>Số ký hiệu</th><th>Trích yếu</th></tr>
      <tr><td>77/KH-UBND</td><td>Kế hoạch A</td></tr><tr><td>78/KH-UBND</td><td>Kế hoạch B</td></tr>
      </table></div></main>`);
    start();
    await runIdle();
    const scan = lastReport();
    expect(scan.references).toEqual([]);
    expect(scan.rows).toEqual([]);
  });

  it('reads no row the page hides by its class, as a draft (audit 42)', async () => {
    setBody(`<style>.tr-draft{display:none}</style><main><table>
      <tr><th>Số hiệu</th><th>Ngày BH</th><th>Tên văn bản</th></tr>
      <tr><td>689/QĐ-EVNNPC</td><td>12/3/2024</td><td>Ban hành quy định dịch vụ điện trực tuyến</td></tr>
      <tr class="tr-draft"><td>690/QĐ-EVNNPC</td><td>12/3/2024</td><td>(Dự thảo) Sửa đổi quy trình</td></tr>
      <tr><td>1234/EVNNPC-KD</td><td>8/3/2024</td><td>V/v thực hiện giá bán điện</td></tr>
      </table></main>`);
    start();
    await runIdle();
    expect(lastReport().rows.map((row) => row.reference.symbol)).toEqual(['689/QĐ-EVNNPC', '1234/EVNNPC-KD']);
  });

  it('reads a listing whose header is a table of its own, and keeps its rows out of the main text', async () => {
    setBody(`<main><div class="grid-header"><table><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></table></div>
      <div class="grid-body"><table>
      <tr><td><a href="/vb/1">1820/STNMT-QLĐĐ</a></td><td>03/07/2024</td><td>V/v hướng dẫn thực hiện Luật Đất đai</td></tr>
      <tr><td><a href="/vb/2">25/2024/QĐ-UBND</a></td><td>28/06/2024</td><td>Ban hành quy định hạn mức giao đất</td></tr>
      </table></div></main>`);
    start();
    await runIdle();
    const scan = lastReport();
    expect(scan.rows.map((row) => [row.reference.symbol, row.issuedDate])).toEqual([
      ['1820/STNMT-QLĐĐ', '2024-07-03'],
      ['25/2024/QĐ-UBND', '2024-06-28'],
    ]);
    expect(scan.primary).toBeNull(); // not the first row's
    expect(reports[reports.length - 1]?.mainText).not.toContain('1820');
  });

  it('reports list items that open with a reference as rows, keeps them out of the main text, and follows changes', async () => {
    setBody(`<main><h1>Văn bản pháp luật</h1><ul class="listLaw">
      <li><p><a href="/vb?ItemID=1">Nghị định 30/2020/NĐ-CP</a></p><p>Về công tác văn thư</p><p>Ban hành: 05/03/2020</p></li>
      <li><p><a href="/vb?ItemID=2">Thông tư 01/2011/TT-BNV</a></p><p>Hướng dẫn thể thức văn bản</p><p>Ban hành: 19/01/2011</p></li>
    </ul></main>`);
    start();
    await runIdle();
    const rowsOf = () => lastReport().rows.map((row) => [row.reference.symbol, row.issuedDate, row.subject]);
    expect(rowsOf()).toEqual([
      ['30/2020/NĐ-CP', '2020-03-05', 'Về công tác văn thư'],
      ['01/2011/TT-BNV', '2011-01-19', 'Hướng dẫn thể thức văn bản'],
    ]);
    expect(lastReport().primary).toBeNull(); // not the first item's
    expect(reports[reports.length - 1]?.mainText).not.toContain('30/2020');

    const list = document.querySelector('ul') as HTMLUListElement;
    const added = list.lastElementChild?.cloneNode(true) as HTMLLIElement;
    (added.querySelector('a') as HTMLAnchorElement).textContent = 'Quyết định 15/2024/QĐ-UBND';
    list.append(added);
    await runIdle();
    expect(rowsOf().map(([symbol]) => symbol)).toEqual([
      '30/2020/NĐ-CP',
      '01/2011/TT-BNV',
      '15/2024/QĐ-UBND',
    ]);

    list.firstElementChild?.remove();
    await runIdle();
    expect(rowsOf().map(([symbol]) => symbol)).toEqual(['01/2011/TT-BNV', '15/2024/QĐ-UBND']);
    list.firstElementChild?.remove();
    await runIdle();
    expect(lastReport().rows).toEqual([]); // one item left: no listing
  });

  it('reports list items whose linked name stands over a line opening with the number (audit 130)', async () => {
    const item = (path: string, name: string, line: string) =>
      `<li><a href="${path}">${name}</a><br><span class="meta">${line}</span></li>`;
    setBody(`<main><h1>Quy chế của ĐHQG-HCM</h1><ul>
      ${item('/166.pdf', 'Quy chế đào tạo trình độ tiến sĩ', 'Quyết định số 166/QĐ-ĐHQG · ngày 26/02/2018 · ĐHQG-HCM')}
      ${item('/160.pdf', 'Quy chế đào tạo trình độ thạc sĩ', 'Quyết định số 160/QĐ-ĐHQG · ngày 24/3/2017 · ĐHQG-HCM')}
    </ul></main>`);
    start();
    await runIdle();
    expect(
      lastReport().rows.map((row) => [row.reference.symbol, row.issuedDate, row.subject, row.issuingBody]),
    ).toEqual([
      ['166/QĐ-ĐHQG', '2018-02-26', 'Quy chế đào tạo trình độ tiến sĩ', 'ĐHQG-HCM'],
      ['160/QĐ-ĐHQG', '2017-03-24', 'Quy chế đào tạo trình độ thạc sĩ', 'ĐHQG-HCM'],
    ]);
    expect(lastReport().primary).toBeNull();
    // Not under a name that is no link: an article's lines.
    setBody(`<main><ul>
      <li>Quy chế đào tạo trình độ tiến sĩ<br>Quyết định số 166/QĐ-ĐHQG · ngày 26/02/2018</li>
      <li>Quy chế đào tạo trình độ thạc sĩ<br>Quyết định số 160/QĐ-ĐHQG · ngày 24/3/2017</li>
    </ul></main>`);
    detector?.stop();
    reports = [];
    start();
    await runIdle();
    expect(lastReport().rows).toEqual([]);
  });

  it('reads a list of one item among lists of its kind under headings, not a box under a document (audit 142)', async () => {
    const item = (path: string, name: string, subject: string) =>
      `<li><a href="${path}">${name}</a> ${subject}</li>`;
    const groups = (intro: string, lone: string) => `<main><div class="docs">${intro}
      <h3>Thông tư</h3><ul class="bv-docs">${lone}</ul>
      <h3>Quyết định</h3><ul class="bv-docs">
        ${item('/6085.pdf', 'Quyết định 6085/QĐ-BYT', 'kiến trúc Chính phủ điện tử Bộ Y tế phiên bản 2.0')}
        ${item('/5669.pdf', 'Quyết định 5669/QĐ-BYT', 'hướng dẫn nâng cao năng lực chăm sóc mắt tại cơ sở y tế tuyến huyện')}
      </ul>
      <div class="paging"><a href="?page=2">2</a></div></div></main>`;
    const read = async (html: string) => {
      detector?.stop();
      reports = [];
      setBody(html);
      start();
      await runIdle();
      return lastReport();
    };
    const thongTu = item('/03.pdf', 'Thông tư 03/2004/TT-BYT', 'Hướng dẫn xếp hạng bệnh viện');
    const listing = await read(groups('<h2>VĂN BẢN PHÁP QUY</h2>', thongTu));
    expect(listing.rows.map((row) => [row.reference.symbol, row.subject])).toEqual([
      ['03/2004/TT-BYT', 'Hướng dẫn xếp hạng bệnh viện'],
      ['6085/QĐ-BYT', 'kiến trúc Chính phủ điện tử Bộ Y tế phiên bản 2.0'],
      ['5669/QĐ-BYT', 'hướng dẫn nâng cao năng lực chăm sóc mắt tại cơ sở y tế tuyến huyện'],
    ]);
    expect(listing.primary).toBeNull();
    // Under a document's own text the lists are its boxes: the one-item box is no row.
    const boxes = await read(
      groups(
        '<h1>Công văn số 4330/BNN-KTHT về tổng kết công tác đào tạo nghề</h1><p>Ngày ban hành: 26/06/2020</p>',
        thongTu,
      ),
    );
    expect(boxes.rows.map((row) => row.reference.symbol)).not.toContain('03/2004/TT-BYT');
    // Nor a page's own details as a one-item list under its title (review 57): headings unlike.
    const details =
      await read(`<main><div><h1>Quyết định 51/2013/QĐ-UBND ban hành Quy chế hoạt động của Trạm Truyền thanh cơ sở</h1>
      <ul><li>Số hiệu: 51/2013/QĐ-UBND | Ngày ban hành: 26/11/2013 | Cơ quan ban hành: UBND tỉnh Hà Tĩnh</li></ul>
      <h3>Văn bản cùng lĩnh vực</h3><ul>
        ${item('/vb/03', 'Chỉ thị 03/CT-BTTTT', 'tăng cường công tác quản lý chất lượng thiết bị phát thanh')}
        ${item('/vb/18', 'Chỉ thị 18/2011/CT-UBND', 'tăng cường công tác quản lý tần số')}
      </ul></div></main>`);
    expect(details.rows.map((row) => row.reference.symbol)).not.toContain('51/2013/QĐ-UBND');
    expect(details.primary?.symbol).toBe('51/2013/QĐ-UBND');
    // Nor under a section heading alike the boxes': its item links nowhere (review 58).
    const section = await read(`<main><h1>Kế hoạch 8124/KH-UBND phát triển hạ tầng số Lâm Đồng</h1><div>
      <h2>Thuộc tính</h2><ul><li>Số hiệu: 8124/KH-UBND | Ngày ban hành: 18/09/2023 | Nơi ban hành: UBND tỉnh Lâm Đồng</li></ul>
      <h2>Văn bản liên quan</h2><ul>
        ${item('/vb/749', 'Quyết định 749/QĐ-TTg', 'phê duyệt Chương trình chuyển đổi số quốc gia')}
        ${item('/vb/411', 'Quyết định 411/QĐ-TTg', 'phê duyệt Chiến lược phát triển kinh tế số')}
      </ul></div></main>`);
    expect(section.rows.map((row) => row.reference.symbol)).not.toContain('8124/KH-UBND');
    // Nor a one-item box naming a document the longer list holds ("Văn bản nổi bật").
    const featured = await read(
      groups('', item('/6085.pdf', 'Quyết định 6085/QĐ-BYT', 'kiến trúc Chính phủ điện tử')),
    );
    expect(featured.rows.map((row) => row.reference.symbol)).toEqual(['6085/QĐ-BYT', '5669/QĐ-BYT']);
  });

  it('reads the other listings when one cannot be read (a script-built tree too deep for the stack)', async () => {
    const item = (n: number) =>
      `<li><a href="/vb/${n}">Quyết định ${n}/QĐ-UBND</a><p>Về việc số ${n}</p><p>Ngày ban hành: 0${n}/02/2024</p></li>`;
    setBody(`<main><ul id="deep">${item(1)}${item(2)}</ul>
      <table><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>
      <tr><td><a href="/t/3">3/KH-UBND</a></td><td>03/03/2024</td><td>Kế hoạch ba</td></tr>
      <tr><td><a href="/t/4">4/KH-UBND</a></td><td>04/03/2024</td><td>Kế hoạch bốn</td></tr></table></main>`);
    // As reading a tree deeper than the stack throws in a browser (happy-dom itself cannot hold one).
    const deep = (document.querySelector('#deep p') as Element).appendChild(document.createElement('span'));
    deep.hasAttribute = () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    start();
    await runIdle();
    expect(lastReport().rows.map((row) => row.reference.symbol)).toEqual(['3/KH-UBND', '4/KH-UBND']);
  });

  it('reports items and div cards that open with a symbol label as rows', async () => {
    setBody(`<main><ul>
      <li><a href="/vb/a1.pdf">Số hiệu: 05/2024/TT-BNV | Ngày ban hành: 20/06/2024 | Trích yếu: Hướng dẫn báo cáo</a></li>
      <li><a href="/vb/a2.pdf">Số hiệu: 1110/BNV-TCBC | Ngày ban hành: 14/03/2024 | Trích yếu: Tinh giản biên chế</a></li></ul>
      <div class="dnn"><div class="vb"><div><span>Số hiệu:</span> <a href="/p/16.pdf">16/KH-HĐTĐKT</a></div><div><span>Ngày ban hành:</span> 15/01/2025</div></div>
      <div class="vb"><div><span>Số hiệu:</span> <a href="/p/02.pdf">02/KH-BCĐ</a></div><div><span>Ngày ban hành:</span> 10/01/2025</div></div></div></main>`);
    start();
    await runIdle();
    expect(lastReport().rows.map((row) => [row.reference.symbol, row.issuedDate])).toEqual([
      ['05/2024/TT-BNV', '2024-06-20'],
      ['1110/BNV-TCBC', '2024-03-14'],
      ['16/KH-HĐTĐKT', '2025-01-15'],
      ['02/KH-BCĐ', '2025-01-10'],
    ]);
    expect(lastReport().primary).toBeNull();
  });

  it('reports the inner listings of a layout whose columns each open with a listing, not the columns', async () => {
    const item = (n: number, name: string) => `<li><a href="/vb/${n}">${name}</a></li>`;
    setBody(`<div class="row">
      <div class="col-main"><ul>${item(1, 'Nghị định 30/2020/NĐ-CP')}${item(2, 'Thông tư 01/2011/TT-BNV')}${item(3, 'Quyết định 15/2024/QĐ-UBND')}</ul></div>
      <div class="col-side"><ul>${item(4, 'Kế hoạch 45/KH-UBND')}${item(5, 'Công văn 99/SNV-TCBC')}</ul></div>
    </div>
    <ul id="nested">
      <li><a href="/vb/6">Nghị định 110/2004/NĐ-CP</a><ul>${item(7, 'Thông tư 02/2010/TT-BNV')}${item(8, 'Thông tư 07/2012/TT-BNV')}</ul></li>
      <li><a href="/vb/9">Nghị định 09/2010/NĐ-CP</a><ul>${item(10, 'Thông tư 14/2011/TT-BNV')}${item(11, 'Thông tư 15/2012/TT-BNV')}</ul></li>
    </ul>`);
    start();
    await runIdle();
    expect(lastReport().rows.map((row) => row.reference.symbol)).toEqual([
      '30/2020/NĐ-CP',
      '01/2011/TT-BNV',
      '15/2024/QĐ-UBND',
      '45/KH-UBND',
      '99/SNV-TCBC',
      // A list within each item of a listing is read with the outer items.
      '110/2004/NĐ-CP',
      '09/2010/NĐ-CP',
    ]);
  });

  it('takes the primary dispatch from the page, not from a sidebar of related documents, whose bare names are no rows', async () => {
    setBody(`<div class="sidebar"><h3>Văn bản liên quan</h3><ul>
      <li><a href="/vb/1">Nghị định 110/2004/NĐ-CP</a></li><li><a href="/vb/2">Nghị định 09/2010/NĐ-CP</a></li></ul></div>
      <div class="content"><p>Số: 30/2020/NĐ-CP</p><p>Hà Nội, ngày 05 tháng 3 năm 2020</p>
      <p>NGHỊ ĐỊNH</p><p>Về công tác văn thư</p></div>`);
    start();
    await runIdle();
    expect(lastReport().primary?.symbol).toBe('30/2020/NĐ-CP');
    // Still references of the page, each with its own save.
    expect(lastReport().references.map((reference) => reference.symbol)).toEqual([
      '110/2004/NĐ-CP',
      '09/2010/NĐ-CP',
      '30/2020/NĐ-CP',
    ]);
    expect(lastReport().rows).toEqual([]);
    // Nor are documents the box dates and describes, beside a document its header names: the
    // box is the portal's; they stay among the page's references.
    document
      .querySelector('ul')
      ?.insertAdjacentHTML(
        'beforeend',
        '<li><a href="/vb/3">Nghị định 99/2016/NĐ-CP ngày 01/7/2016 về quản lý con dấu</a></li>',
      );
    await runIdle();
    expect(lastReport().rows).toEqual([]);
    expect(lastReport().references.map((reference) => reference.symbol)).toContain('99/2016/NĐ-CP');
    // A table with a column of symbols beside it is a listing (issue #4's listing table).
    document.body.insertAdjacentHTML(
      'beforeend',
      `<h3>Văn bản cùng lĩnh vực</h3><table><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>
      <tr><td><a href="/vb/4">31/2021/NĐ-CP</a></td><td>26/03/2021</td><td>Quy định chi tiết Luật Đầu tư</td></tr>
      <tr><td><a href="/vb/5">01/2011/TT-BNV</a></td><td>19/01/2011</td><td>Hướng dẫn thể thức văn bản</td></tr></table>`,
    );
    await runIdle();
    expect(lastReport().rows.map((row) => row.reference.symbol)).toEqual(['31/2021/NĐ-CP', '01/2011/TT-BNV']);
  });

  it('reads the primary dispatch from a portal’s two-column metadata table', async () => {
    setBody(`<main><table class="detail">
      <tr><td>Số ký hiệu</td><td>30/2020/NĐ-CP</td></tr><tr><td>Ngày ban hành</td><td>05/03/2020</td></tr>
      <tr><td>Ngày có hiệu lực</td><td>05/03/2020</td></tr><tr><td>Cơ quan ban hành</td><td>Chính phủ</td></tr>
      <tr><td>Trích yếu</td><td>Về công tác văn thư</td></tr></table>
      <h3>Văn bản liên quan</h3><ul><li><a href="#">Nghị định 110/2004/NĐ-CP về công tác văn thư</a></li></ul></main>`);
    start();
    await runIdle();
    expect(lastReport()).toMatchObject({
      primary: {
        symbol: '30/2020/NĐ-CP',
        issuedDate: '2020-03-05',
        subject: 'Về công tác văn thư',
        issuingBody: 'Chính phủ',
      },
      primaryInHeader: true,
      rows: [],
    });
  });

  it('takes a one-row table for the page’s own metadata: its reference can be the primary dispatch', async () => {
    setBody(`<main><h1>Chi tiết văn bản</h1><table>
      <tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>
      <tr><td>977/QĐ-TTg</td><td>01/07/2021</td><td>Phê duyệt đề án</td></tr>
    </table><p><a href="/files/977.pdf">Tải về</a></p></main>`);
    start();
    await runIdle();
    expect(lastReport().rows).toHaveLength(1);
    expect(lastReport().primary?.symbol).toBe('977/QĐ-TTg');
  });

  it('leaves a sidebar box of documents out beside a listing and beside a document, not on a home page', async () => {
    const box = `<aside><div class="box"><h3>Văn bản mới</h3><ul>
      <li><a href="/vb/1">Quyết định số 1876/QĐ-UBND về việc công bố thủ tục</a></li>
      <li><a href="/vb/2">Kế hoạch số 132/KH-UBND triển khai Đề án 06</a></li></ul></div></aside>`;
    const rowSymbols = () => lastReport().rows.map((row) => row.reference.symbol);
    setBody(`<main><table><tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>
      <tr><td>45/KH-UBND</td><td>01/03/2024</td><td>Kế hoạch A</td></tr>
      <tr><td>46/KH-UBND</td><td>02/03/2024</td><td>Kế hoạch B</td></tr></table></main>${box}`);
    start();
    await runIdle();
    expect(rowSymbols()).toEqual(['45/KH-UBND', '46/KH-UBND']);
    detector?.stop();
    setBody(`<main><p>ỦY BAN NHÂN DÂN TỈNH THANH HÓA</p><p>Số: 594/KH-UBND</p>
      <p>Thanh Hóa, ngày 21 tháng 10 năm 2021</p><p>KẾ HOẠCH</p><p>Triển khai chuyển đổi số</p></main>${box}`);
    start();
    await runIdle();
    expect(lastReport().primary?.symbol).toBe('594/KH-UBND');
    expect(rowSymbols()).toEqual([]);
    detector?.stop();
    setBody(`<main><h2>Tin tức</h2><p>Hội nghị tổng kết công tác năm.</p></main>${box}`);
    start();
    await runIdle();
    expect(rowSymbols()).toEqual(['1876/QĐ-UBND', '132/KH-UBND']);
    detector?.stop();
    // A page with no main region: its aside is still no part of it (audit 22).
    setBody(`<div id="content"><p>ỦY BAN NHÂN DÂN TỈNH THANH HÓA</p><p>Số: 594/KH-UBND</p>
      <p>Thanh Hóa, ngày 21 tháng 10 năm 2021</p><p>KẾ HOẠCH</p><p>Triển khai chuyển đổi số</p></div>${box}`);
    start();
    await runIdle();
    expect(lastReport().primary?.symbol).toBe('594/KH-UBND');
    expect(rowSymbols()).toEqual([]);
  });

  it('gives a news report’s "Văn bản liên quan" box no rows, and keeps it where it is the page’s only list', async () => {
    const related = (heading: string) => `<div class="related"><h3>${heading}</h3><ul>
      <li><a href="/vb/5521">Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với công tác quản lý, bảo vệ và phát triển rừng</a></li>
      <li><a href="/vb/6179">Nghị định số 156/2018/NĐ-CP ngày 16/11/2018 của Chính phủ quy định chi tiết thi hành một số điều của Luật Lâm nghiệp</a></li></ul></div>`;
    const article = `<article><h1>Tăng cường các biện pháp cấp bách phòng cháy, chữa cháy rừng</h1>
      <p>Ngày 6/5/2019, UBND tỉnh đã có văn bản số 1889/UBND-NN gửi các Sở, ban ngành về việc tăng cường các biện pháp cấp bách phòng cháy, chữa cháy rừng.</p>
      <p>Công văn nêu rõ: hiện nay, nắng nóng gay gắt và hanh, khô diễn ra trên diện rộng, nguy cơ cháy rừng rất cao xảy ra trên địa bàn tỉnh. Theo dự báo, nắng nóng tiếp tục kéo dài trong tháng 5 năm 2019.</p>
      <p>Để chủ động trong công tác phòng cháy, chữa cháy rừng, giảm thiểu thiệt hại do cháy rừng gây ra, UBND tỉnh yêu cầu các đơn vị triển khai thực hiện tốt các nội dung tại công văn này.</p></article>`;
    const rowSymbols = () => lastReport().rows.map((row) => row.reference.symbol);
    setBody(`<main>${article}${related('VĂN BẢN LIÊN QUAN')}</main>`);
    start();
    await runIdle();
    expect(lastReport().primary?.symbol).toBe('1889/UBND-NN');
    expect(rowSymbols()).toEqual([]);
    detector?.stop();
    // Under another heading, the article's box of dated, described documents is listed (review 19).
    setBody(`<main>${article}${related('Các văn bản triển khai')}</main>`);
    start();
    await runIdle();
    expect(rowSymbols()).toEqual(['13-CT/TW', '156/2018/NĐ-CP']);
    detector?.stop();
    setBody(
      `<main><h2>Tin tức</h2><p>Hội nghị tổng kết công tác năm.</p>${related('Văn bản liên quan')}</main>`,
    );
    start();
    await runIdle();
    expect(rowSymbols()).toEqual(['13-CT/TW', '156/2018/NĐ-CP']);
  });

  it('reads no listing from an article’s paragraphs that each open with the document they are about', async () => {
    setBody(`<main><article><h1>Quy định mới về nhà ở xã hội</h1><div>
      <p>Nghị định 100/2024/NĐ-CP ngày 26/7/2024 của Chính phủ quy định chi tiết Luật Nhà ở về phát triển nhà ở xã hội.</p>
      <p>Nghị định 100/2024/NĐ-CP có hiệu lực từ ngày 1/8/2024.</p>
      <p>Nghị định 100/2024/NĐ-CP quy định đối tượng được hưởng chính sách.</p></div></article></main>`);
    start();
    await runIdle();
    expect(lastReport().rows).toEqual([]);
    expect(lastReport().primary?.symbol).toBe('100/2024/NĐ-CP');
  });

  it('stops cleanly: highlights taken off, no more reports', async () => {
    const running = start();
    await runIdle();
    expect(highlights.registry.has(HIGHLIGHT_NAME)).toBe(true);
    running.stop();
    expect(highlights.registry.has(HIGHLIGHT_NAME)).toBe(false);
    document
      .querySelector('article')
      ?.append(Object.assign(document.createElement('p'), { textContent: '5/QĐ-UBND' }));
    await runIdle();
    expect(reports).toHaveLength(1);
    expect(idle.pending).toBe(0);
  });

  it('stops by itself once the extension context is gone', async () => {
    let valid = true;
    start({ isValid: () => valid });
    await runIdle();
    valid = false;
    document
      .querySelector('article')
      ?.append(Object.assign(document.createElement('p'), { textContent: '5/QĐ-UBND' }));
    await runIdle();
    expect(detector?.stopped).toBe(true);
    expect(highlights.registry.has(HIGHLIGHT_NAME)).toBe(false);
    expect(reports).toHaveLength(1);
  });

  it('tries a failed report again a little later, and sends on refresh even if nothing changed', async () => {
    let fail = true;
    const running = start({
      report: (scan) => {
        if (fail) return Promise.reject(new Error('Could not establish connection'));
        reports.push(scan);
        return undefined;
      },
    });
    await runIdle();
    expect(reports).toHaveLength(0);
    fail = false; // the background is back
    await runIdle();
    expect(reports).toHaveLength(1);
    running.refresh();
    await runIdle();
    expect(reports).toHaveLength(2);
    expect(reports[1]).toEqual(reports[0]);
  });

  it('still reports where the Highlight API is missing', async () => {
    start({ highlightApi: null });
    await runIdle();
    expect(symbols(lastReport())).toHaveLength(4);
  });
});

describe('page detection: what review 73 found', () => {
  const read = async (html: string) => (await readPage(html, 'Trang thử')) as PageScan;
  const withoutVv = (subject: string | null | undefined) => subject?.replace(/^V\/v\s+/, '');
  const header = (left: string) =>
    `<table><tr><td>${left}</td><td>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc<br>Quảng Ninh, ngày 05 tháng 3 năm 2024</td></tr></table>`;

  it('keeps a V/v line wrapped before a symbol or a day, and a body whose name opens with one', async () => {
    const cited = await read(
      header(
        'SỞ GIÁO DỤC VÀ ĐÀO TẠO<br>Số: 2145/SGDĐT-GDTrH<br>V/v hướng dẫn thực hiện Thông tư số<br>32/2020/TT-BGDĐT ban hành Điều lệ trường',
      ),
    );
    expect(withoutVv(cited.primary?.subject)).toBe(
      'hướng dẫn thực hiện Thông tư số 32/2020/TT-BGDĐT ban hành Điều lệ trường',
    );
    const holiday = await read(
      header(
        'UBND HUYỆN ĐÔNG ANH<br>Số: 856/UBND-VP<br>V/v nghỉ lễ Ngày Chiến thắng<br>30/4 và Ngày Quốc tế Lao động 1/5',
      ),
    );
    expect(withoutVv(holiday.primary?.subject)).toBe(
      'nghỉ lễ Ngày Chiến thắng 30/4 và Ngày Quốc tế Lao động 1/5',
    );
    const company = await read(
      header(
        'CÔNG TY CỔ PHẦN<br>28/7 QUẢNG NINH<br>Số: 45/CV-CT287<br>V/v họp Đại hội đồng cổ đông năm 2024',
      ),
    );
    expect(company.primary?.issuingBody).toBe('Công ty Cổ phần 28/7 Quảng Ninh');
  });

  it('reads an annex title whose last line opens with a day', async () => {
    const scan = await read(
      '<p>KẾ HOẠCH</p><p>TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM NGÀY</p><p>30/4 VÀ 1/5 NĂM 2025</p><p>(Ban hành kèm theo Quyết định số 512/QĐ-UBND ngày 10/4/2025 của UBND tỉnh)</p>',
    );
    expect(scan.primary?.subject?.toUpperCase()).toBe(
      'KẾ HOẠCH TỔ CHỨC CÁC HOẠT ĐỘNG KỶ NIỆM NGÀY 30/4 VÀ 1/5 NĂM 2025',
    );
  });

  it('keeps "Pursuant to" inside an English title that no semicolon closes', async () => {
    const scan = await read(
      '<h1>Circular No. 12/2019/TT-BCT Guiding Trade Remedy Investigations Pursuant to Decree No. 10/2018/ND-CP</h1>',
    );
    expect(scan.primary?.subject).toBe(
      'Guiding Trade Remedy Investigations Pursuant to Decree No. 10/2018/ND-CP',
    );
  });

  it('reads no cards headed by a month written out', async () => {
    const item = (month: number, n: number) =>
      `<div class="item"><h3>Tháng ${month}/2024</h3><p>Kế hoạch số ${n}/KH-UBND triển khai các nhiệm vụ trọng tâm; họp giao ban ngày 05/${month}/2024.</p></div>`;
    const scan = await read(`<div class="list">${item(9, 245)}${item(10, 268)}</div>`);
    expect(scan.rows).toEqual([]);
  });
});
