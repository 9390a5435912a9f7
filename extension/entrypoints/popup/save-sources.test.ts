import { describe, expect, it } from 'vitest';
import { buildDispatch } from './dispatch-body';
import { pageItems } from './page-items';
import { saveSource } from './save-sources';
import { articleScan, listingScan } from './test-fixtures';

describe('saveSource', () => {
  it("records a listing row with its row's fields and its own link", () => {
    const scan = listingScan();
    const source = saveSource(scan, pageItems(scan), '125/UBND-VX', undefined);
    const result = source && buildDispatch(source);
    expect(result?.ok && result.body).toMatchObject({
      symbol: '125/UBND-VX',
      issuedDate: '2024-01-15',
      subject: 'V/v tăng cường công tác phòng chống dịch bệnh mùa đông xuân',
      issuingBody: 'UBND tỉnh Hà Tĩnh',
      sourceUrl: 'https://portal.example.gov.vn/van-ban/125',
      sourceTitle: 'Văn bản chỉ đạo điều hành',
    });
  });

  it("falls back to the listing's address when the row's link is not a web link", () => {
    const scan = listingScan();
    const source = saveSource(scan, pageItems(scan), '88/2014/QD-UBND', undefined);
    expect(source?.sourceUrl).toBe('https://portal.example.gov.vn/van-ban?page=1');
  });

  it('records a row without a subject under its name and the page', () => {
    const scan = listingScan();
    const source = saveSource(scan, pageItems(scan), '30/2020/ND-CP', { urgency: 'urgent' });
    const result = source && buildDispatch(source);
    expect(result?.ok && result.body).toMatchObject({
      symbol: '30/2020/NĐ-CP',
      subject: 'Nghị định số 30/2020/NĐ-CP (nêu tại: Văn bản chỉ đạo điều hành)',
      urgency: 'urgent',
      issuedDate: null,
    });
  });

  it('records the primary with what the engine read and the edits made', () => {
    const scan = articleScan();
    const source = saveSource(scan, pageItems(scan), '3944/UBND-NC', { subject: 'Sửa' });
    expect(source?.fields).toMatchObject({
      symbol: '3944/UBND-NC',
      issuingBody: 'UBND tỉnh',
      subject: 'Sửa',
    });
    expect(source?.cites).toEqual(['07/CT-BCA-V28', '23/2012/TT-BCA-V28', '1315/UBND-NC']);
  });

  it('takes the date, subject, issuer and link of the row when the primary is a listing row', () => {
    const listing = listingScan();
    const first = listing.rows[0];
    const primary = articleScan().primary;
    if (!first || !primary) throw new Error('fixture');
    const scan = {
      ...listing,
      primary: {
        ...primary,
        reference: first.reference,
        key: first.reference.key,
        symbol: first.reference.symbol,
      },
    };
    const source = saveSource(scan, pageItems(scan), '125/UBND-VX', undefined);
    expect(source?.fields).toMatchObject({
      symbol: '125/UBND-VX',
      issuedDate: '2024-01-15',
      subject: 'V/v tăng cường công tác phòng chống dịch bệnh mùa đông xuân',
      issuingBody: 'UBND tỉnh Hà Tĩnh',
    });
    expect(source?.sourceUrl).toBe('https://portal.example.gov.vn/van-ban/125');
  });

  it('records another reference with its typed subject, and knows nothing of a key not on the page', () => {
    const scan = articleScan();
    const items = pageItems(scan);
    expect(
      saveSource(scan, items, '07/CT-BCA-V28', { subject: 'Chỉ thị về phong trào' })?.fields.subject,
    ).toBe('Chỉ thị về phong trào');
    expect(saveSource(scan, items, 'NOPE', undefined)).toBeNull();
  });
});
