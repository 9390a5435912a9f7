import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  buildDispatch,
  fallbackSubject,
  referenceFields,
  type SaveSource,
} from './dispatch-body';
import { articleScan, reference } from './test-fixtures';

function primarySource(edits: Record<string, string> = {}): SaveSource {
  const scan = articleScan();
  const draft = scan.primary;
  if (!draft) throw new Error('fixture');
  return {
    key: draft.key,
    reference: draft.reference,
    fields: applyEdits(
      referenceFields(draft.reference, {
        issuingBody: draft.issuingBody,
        issuedDate: draft.issuedDate,
        subject: draft.subject,
      }),
      edits,
    ),
    sourceUrl: scan.url,
    sourceTitle: scan.title,
    excerpt: draft.excerpt,
    cites: draft.cites,
  };
}

describe('buildDispatch', () => {
  it('records the primary dispatch with the fields of the page', () => {
    const result = buildDispatch(primarySource());
    expect(result).toEqual({
      ok: true,
      body: {
        symbol: '3944/UBND-NC',
        key: '3944/UBND-NC',
        number: '3944',
        year: null,
        typeCode: null,
        typeName: 'Công văn',
        issuer: 'UBND',
        issuedDate: '2020-08-27',
        issuingBody: 'UBND tỉnh',
        subject: 'về việc đẩy mạnh phong trào toàn dân bảo vệ ANTQ trong cơ quan, doanh nghiệp, nhà trường',
        urgency: 'normal',
        sourceUrl: 'https://baohatinh.vn/day-manh-phong-trao',
        sourceTitle: 'Đẩy mạnh phong trào toàn dân bảo vệ ANTQ trong cơ quan, doanh nghiệp, nhà trường',
        excerpt: expect.stringMatching(/^Ngày 27\/8\/2020, UBND tỉnh đã ban hành Công văn số 3944\/UBND-NC/),
        cites: ['07/CT-BCA-V28', '23/2012/TT-BCA-V28', '1315/UBND-NC'],
      },
    });
  });

  it("uses the clerk's edits", () => {
    const result = buildDispatch(
      primarySource({
        subject: '  Về việc sửa   lại ',
        issuedDate: '2020-08-28',
        urgency: 'express',
        issuingBody: '',
      }),
    );
    expect(result.ok && result.body).toMatchObject({
      subject: 'Về việc sửa lại',
      issuedDate: '2020-08-28',
      urgency: 'express',
      issuingBody: null,
    });
  });

  it('parses a corrected symbol again, and keeps the key the page showed', () => {
    const result = buildDispatch(primarySource({ symbol: ' số 3945/UBND-NC ' }));
    expect(result.ok && result.body).toMatchObject({
      symbol: '3945/UBND-NC',
      number: '3945',
      key: '3944/UBND-NC',
    });
    const same = buildDispatch(primarySource({ symbol: '3944/ubnd-nc' }));
    expect(same.ok && same.body.symbol).toBe('3944/UBND-NC');
    const unusual = buildDispatch(primarySource({ symbol: '12/TB' }));
    expect(unusual.ok && unusual.body).toMatchObject({
      symbol: '12/TB',
      number: '12',
      issuer: null,
      typeCode: null,
    });
  });

  it('refuses a symbol that is not one', () => {
    expect(buildDispatch(primarySource({ symbol: '' }))).toEqual({ ok: false, field: 'symbol' });
    expect(buildDispatch(primarySource({ symbol: 'UBND-NC' }))).toEqual({ ok: false, field: 'symbol' });
  });

  it('leaves out what the server would refuse instead of failing the save', () => {
    const source = { ...primarySource({ issuedDate: '2021-02-30' }), sourceUrl: 'javascript:alert(1)' };
    const result = buildDispatch(source);
    expect(result.ok && result.body).toMatchObject({ issuedDate: null, sourceUrl: null });
    const long = buildDispatch({
      ...primarySource({ subject: 'x'.repeat(1500) }),
      sourceTitle: 't'.repeat(900),
    });
    expect(long.ok && long.body.subject.length).toBe(1000);
    expect(long.ok && long.body.sourceTitle?.length).toBe(400);
  });

  it('gives a plain reference without a subject its name and the page as subject', () => {
    const cited = reference('Thông tư 23/2012/TT BCA-V28');
    const result = buildDispatch({
      key: cited.key,
      reference: cited,
      fields: referenceFields(cited),
      sourceUrl: 'https://baohatinh.vn/x',
      sourceTitle: 'Đẩy mạnh phong trào',
      excerpt: null,
      cites: [],
    });
    expect(result.ok && result.body).toMatchObject({
      symbol: '23/2012/TT-BCA-V28',
      typeCode: 'TT',
      year: 2012,
      subject: 'Thông tư số 23/2012/TT-BCA-V28 (nêu tại: Đẩy mạnh phong trào)',
    });
    expect(result.ok && 'cites' in result.body).toBe(false);
  });
});

describe('fallbackSubject', () => {
  it('names the document even without a page title', () => {
    expect(fallbackSubject(reference('3944/UBND-NC'), '', null)).toBe('Công văn số 3944/UBND-NC');
    expect(fallbackSubject(reference('3944/UBND-NC'), 'Công điện', '  ')).toBe('Công điện số 3944/UBND-NC');
  });
});

describe('applyEdits', () => {
  it('ignores an urgency that is not one', () => {
    const fields = referenceFields(reference('3944/UBND-NC'));
    expect(applyEdits(fields, { urgency: 'soon' }).urgency).toBe('normal');
    expect(applyEdits(fields, { urgency: 'urgent', other: 'x' })).toEqual({ ...fields, urgency: 'urgent' });
  });
});
