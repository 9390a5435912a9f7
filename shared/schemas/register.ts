/**
 * The incoming-document register (sổ đăng ký văn bản đến, Nghị định 30/2020/NĐ-CP Phụ lục IV) as
 * JSON, for the dashboard's printable page: the same ten cells per dispatch as the CSV and Excel
 * exports, a page at a time.
 * @module
 */
import { z } from 'zod';
import { RegisterQuerySchema } from './reports';

/** Most rows one page of `GET /api/export/register.json` answers. */
export const REGISTER_PAGE_MAX = 500;

/** `GET /api/export/register.json?year=&from=&to=&limit=&cursor=`. */
export const RegisterPageQuerySchema = RegisterQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(REGISTER_PAGE_MAX).default(200),
  cursor: z.string().max(200).optional(),
}).strict();
export type RegisterPageQuery = z.infer<typeof RegisterPageQuerySchema>;

/**
 * One line of the register, its cells as the paper register writes them (dates dd/mm/yyyy),
 * in the order of the ten columns. `dispatchId` is not a column: it lets the page link the line.
 */
export const RegisterEntrySchema = z.object({
  dispatchId: z.number().int(),
  /** Ngày đến */
  receivedDate: z.string(),
  /** Số đến: runs on through the year. */
  receivedNumber: z.number().int(),
  /** Tác giả: the issuing body. */
  author: z.string(),
  /** Số, ký hiệu */
  symbol: z.string(),
  /** Ngày tháng văn bản */
  documentDate: z.string(),
  /** Tên loại và trích yếu nội dung */
  typeAndSubject: z.string(),
  /** Đơn vị hoặc người nhận */
  recipients: z.string(),
  /** Ngày chuyển: the first time it was sent on. */
  sentDate: z.string(),
  /** Ký nhận: the units that confirmed receipt, each with its date. */
  signedFor: z.string(),
  /** Ghi chú: urgency and confidentiality. */
  note: z.string(),
});
export type RegisterEntry = z.infer<typeof RegisterEntrySchema>;

export const RegisterPageSchema = z.object({
  /** The ten column headings, as the exports write them. */
  columns: z.array(z.string()),
  items: z.array(RegisterEntrySchema),
  nextCursor: z.string().nullable(),
});
export type RegisterPage = z.infer<typeof RegisterPageSchema>;
