import { describe, expect, it } from 'vitest';
import { prepareBody } from './dispatch-body';

describe('prepareBody', () => {
  it('keeps the API fields, trimmed, and adds the recipients', async () => {
    const prepared = await prepareBody(
      { symbol: ' 3944/UBND-NC ', subject: ' về việc … ', reference: {}, addressees: ['Các sở'] },
      { unitIds: [2], groupIds: [] },
    );

    expect(prepared).toEqual({
      ok: true,
      body: { symbol: '3944/UBND-NC', subject: 'về việc …', recipientUnitIds: [2] },
    });
  });

  it('drops what merely accompanies the dispatch when the API would not take it', async () => {
    const prepared = await prepareBody({
      symbol: '3944/UBND-NC',
      subject: 's',
      sourceUrl: 'file:///C:/cong-van.html',
      sourceTitle: 'T'.repeat(1000),
      cites: ['07/CT-BCA-V28', 'not a symbol', '07/CT-BCA-V28'],
    });

    expect(prepared.ok && prepared.body).toMatchObject({ sourceUrl: null, cites: ['07/CT-BCA-V28'] });
    expect(prepared.ok && prepared.body.sourceTitle?.length).toBe(400);
  });

  it('says which fields are wrong, in Vietnamese by default', async () => {
    const prepared = await prepareBody({ symbol: 'abc', subject: 's', issuedDate: '2021-02-30' });

    expect(prepared.ok).toBe(false);
    expect(!prepared.ok && prepared.error).toMatch(
      /^Thông tin chưa hợp lệ: symbol: .*; issuedDate: not a calendar date$/,
    );
  });
});
