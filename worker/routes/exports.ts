/**
 * CSV and Excel (.xlsx) exports for the admin: the dispatch list and the incoming-document register
 * (sổ đăng ký văn bản đến, Nghị định 30/2020/NĐ-CP Phụ lục IV), read page by page. Both formats
 * share one row builder per export, so a CSV and an .xlsx of the same filter hold the same cells;
 * the register's builder also gives the JSON lines of the dashboard's printable register page.
 * @module
 */
import { and, asc, eq, gt, gte, inArray, lte, or } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
import {
  type RegisterEntry,
  type RegisterPage,
  RegisterPageQuerySchema,
} from '../../shared/schemas/register';
import { RegisterQuerySchema } from '../../shared/schemas/reports';
import { createDb, type Db } from '../db/client';
import { type DispatchRow, dispatches, recipients, units } from '../db/schema';
import { csvResponse } from '../lib/csv';
import { decodeTupleCursor, encodeCursor } from '../lib/cursor';
import { ddmmyyyy } from '../lib/dates';
import type { AppEnv } from '../lib/types';
import { readQuery } from '../lib/validate';
import { xlsxResponse } from '../lib/xlsx';
import { requireAuth, requireRole } from '../middleware/auth';

const PAGE = 200;

const URGENCY_LABELS: Record<string, string> = {
  normal: '',
  urgent: 'Khẩn',
  very_urgent: 'Thượng khẩn',
  express: 'Hỏa tốc',
};
const CONFIDENTIALITY_LABELS: Record<string, string> = {
  normal: '',
  confidential: 'Mật',
  secret: 'Tối mật',
  top_secret: 'Tuyệt mật',
};

interface Filter {
  from?: string;
  to?: string;
  year?: number;
}

/** A dispatch with the units it was sent to: what one line of an export is built from. */
type RegisterItem = {
  row: DispatchRow;
  recipients: Array<{ unitName: string; sentAt: Date; acknowledgedAt: Date | null }>;
};

/** A position in register order: the last line of the previous page. */
type Position = { date: string; number: number };

/** One page of dispatches in register order (received date, số đến) after `after`, with their recipients. */
async function registerPage(db: Db, filter: Filter, after: Position | null, size: number) {
  const position: ReturnType<typeof or> = after
    ? or(
        gt(dispatches.receivedDate, after.date),
        and(eq(dispatches.receivedDate, after.date), gt(dispatches.receivedNumber, after.number)),
      )
    : undefined;
  const rows: DispatchRow[] = await db
    .select()
    .from(dispatches)
    .where(
      and(
        position,
        filter.from ? gte(dispatches.receivedDate, filter.from) : undefined,
        filter.to ? lte(dispatches.receivedDate, filter.to) : undefined,
        filter.year
          ? and(
              gte(dispatches.receivedDate, `${filter.year}-01-01`),
              lte(dispatches.receivedDate, `${filter.year}-12-31`),
            )
          : undefined,
      ),
    )
    .orderBy(asc(dispatches.receivedDate), asc(dispatches.receivedNumber))
    .limit(size);
  if (rows.length === 0) return [];
  const recipientRows = await db
    .select({
      dispatchId: recipients.dispatchId,
      unitName: units.name,
      sentAt: recipients.sentAt,
      acknowledgedAt: recipients.acknowledgedAt,
    })
    .from(recipients)
    .innerJoin(units, eq(units.id, recipients.unitId))
    .where(
      inArray(
        recipients.dispatchId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(asc(recipients.dispatchId), asc(units.code));
  const byDispatch = new Map<number, typeof recipientRows>();
  for (const row of recipientRows)
    byDispatch.set(row.dispatchId, [...(byDispatch.get(row.dispatchId) ?? []), row]);
  return rows.map((row): RegisterItem => ({ row, recipients: byDispatch.get(row.id) ?? [] }));
}

const positionOf = (item: RegisterItem): Position => ({
  date: item.row.receivedDate,
  number: item.row.receivedNumber,
});

/** Every page of the register in order, for the streamed exports. */
async function* registerPages(db: Db, filter: Filter) {
  let after: Position | null = null;
  for (;;) {
    const page = await registerPage(db, filter, after, PAGE);
    if (page.length === 0) return;
    yield page;
    after = positionOf(page[page.length - 1] as RegisterItem);
  }
}

async function* mapPages<T>(pages: AsyncIterable<T[]>, toRow: (item: T) => unknown[]) {
  for await (const page of pages) yield page.map(toRow);
}

/** One export: its columns and the row of each dispatch, the same whatever the format. */
interface ExportTable {
  header: string[];
  toRow: (item: RegisterItem) => unknown[];
}

/**
 * One line of the sổ đăng ký văn bản đến, the single row builder behind the CSV, the Excel file and
 * the JSON of the printable page.
 */
function registerEntry({ row, recipients: sent }: RegisterItem): RegisterEntry {
  const firstSent = sent.reduce<Date | null>(
    (min, r) => (min === null || r.sentAt < min ? r.sentAt : min),
    null,
  );
  const notes = [URGENCY_LABELS[row.urgency], CONFIDENTIALITY_LABELS[row.confidentiality]]
    .filter(Boolean)
    .join(', ');
  return {
    dispatchId: row.id,
    receivedDate: ddmmyyyy(row.receivedDate),
    receivedNumber: row.receivedNumber,
    author: row.issuingBody ?? row.issuer ?? '',
    symbol: row.symbol,
    documentDate: ddmmyyyy(row.issuedDate),
    typeAndSubject: [row.typeName, row.subject].filter(Boolean).join(' '),
    recipients: sent.map((r) => r.unitName).join('; '),
    sentDate: ddmmyyyy(firstSent),
    signedFor: sent
      .filter((r) => r.acknowledgedAt)
      .map((r) => `${r.unitName} (${ddmmyyyy(r.acknowledgedAt)})`)
      .join('; '),
    note: notes,
  };
}

/** Sổ đăng ký văn bản đến: the ten columns of Nghị định 30/2020/NĐ-CP, Phụ lục IV. */
const REGISTER: ExportTable = {
  header: [
    'Ngày đến',
    'Số đến',
    'Tác giả',
    'Số, ký hiệu',
    'Ngày tháng văn bản',
    'Tên loại và trích yếu nội dung',
    'Đơn vị hoặc người nhận',
    'Ngày chuyển',
    'Ký nhận',
    'Ghi chú',
  ],
  toRow: (item) => {
    const entry = registerEntry(item);
    return [
      entry.receivedDate,
      entry.receivedNumber,
      entry.author,
      entry.symbol,
      entry.documentDate,
      entry.typeAndSubject,
      entry.recipients,
      entry.sentDate,
      entry.signedFor,
      entry.note,
    ];
  },
};

const DISPATCH_LIST: ExportTable = {
  header: [
    'Mã',
    'Số đến',
    'Ngày đến',
    'Số, ký hiệu',
    'Loại văn bản',
    'Ngày ban hành',
    'Cơ quan ban hành',
    'Trích yếu',
    'Độ khẩn',
    'Độ mật',
    'Số đơn vị nhận',
    'Đã xác nhận',
    'Nguồn',
  ],
  toRow: ({ row, recipients: sent }) => [
    row.id,
    row.receivedNumber,
    ddmmyyyy(row.receivedDate),
    row.symbol,
    row.typeName ?? '',
    ddmmyyyy(row.issuedDate),
    row.issuingBody ?? '',
    row.subject,
    URGENCY_LABELS[row.urgency] ?? '',
    CONFIDENTIALITY_LABELS[row.confidentiality] ?? '',
    sent.length,
    sent.filter((r) => r.acknowledgedAt).length,
    row.sourceUrl ?? '',
  ],
};

function rows(c: Context<AppEnv>, table: ExportTable, filter: Filter) {
  return mapPages(registerPages(createDb(c.env.DB), filter), table.toRow);
}

const registerName = (filter: Filter) => `so-den-${filter.year ?? 'tat-ca'}`;

const isPosition = (value: unknown[]): value is [string, number] =>
  value.length === 2 && typeof value[0] === 'string' && Number.isSafeInteger(value[1]);

export const exportRoutes = new Hono<AppEnv>()
  .use(requireAuth, requireRole('admin'))
  // The printable page's rows: the same lines as register.csv, a bounded page at a time.
  .get('/register.json', async (c) => {
    const { limit, cursor, ...filter } = readQuery(c, RegisterPageQuerySchema);
    const after = decodeTupleCursor(cursor, isPosition);
    const page = await registerPage(
      createDb(c.env.DB),
      filter,
      after && { date: after[0], number: after[1] },
      limit + 1,
    );
    const items = page.slice(0, limit);
    const last = items[items.length - 1];
    const next = page.length > limit && last ? positionOf(last) : null;
    const body: RegisterPage = {
      columns: REGISTER.header,
      items: items.map(registerEntry),
      nextCursor: next && encodeCursor([next.date, next.number]),
    };
    return c.json(body);
  })
  .get('/register.csv', (c) => {
    const filter = readQuery(c, RegisterQuerySchema);
    return csvResponse(`${registerName(filter)}.csv`, REGISTER.header, rows(c, REGISTER, filter));
  })
  .get('/register.xlsx', async (c) => {
    const filter = readQuery(c, RegisterQuerySchema);
    return xlsxResponse(`${registerName(filter)}.xlsx`, 'Sổ đến', REGISTER.header, rows(c, REGISTER, filter));
  })
  .get('/dispatches.csv', (c) => {
    const filter = readQuery(c, RegisterQuerySchema);
    return csvResponse('cong-van.csv', DISPATCH_LIST.header, rows(c, DISPATCH_LIST, filter));
  })
  .get('/dispatches.xlsx', async (c) => {
    const filter = readQuery(c, RegisterQuerySchema);
    return xlsxResponse('cong-van.xlsx', 'Công văn', DISPATCH_LIST.header, rows(c, DISPATCH_LIST, filter));
  });
