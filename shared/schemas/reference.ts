import { z } from 'zod';

/** A date as the API stores it: `YYYY-MM-DD`. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/**
 * One document reference found in a text ("số, ký hiệu"), as `findReferences` returns it.
 * The field meanings are the contract of DESIGN.md §4 and the labelling rules of SYMBOLS.md §8.
 */
export const DocumentReferenceSchema = z.object({
  /** Exactly `text.slice(start, end)` of the text the engine was given. */
  raw: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Canonical form: NFC, Đ restored, ASCII hyphens, no spaces, the regulation's case. */
  symbol: z.string().min(1),
  /** `symbol` folded further (Đ→D, no diacritics, upper case): the dedup key. */
  key: z.string().min(1),
  number: z.string().min(1),
  year: z.number().int().nullable(),
  typeCode: z.string().nullable(),
  typeName: z.string().nullable(),
  issuer: z.string().nullable(),
  issuedDate: IsoDateSchema.nullable(),
});
export type DocumentReference = z.infer<typeof DocumentReferenceSchema>;

/**
 * What a clerk would record from a page: its primary dispatch. The reference fields mirror
 * the body of `POST /api/dispatches`, so a draft can be sent after the user has checked it.
 */
export const DispatchDraftSchema = z.object({
  reference: DocumentReferenceSchema,
  symbol: z.string().min(1),
  key: z.string().min(1),
  number: z.string().min(1),
  year: z.number().int().nullable(),
  typeCode: z.string().nullable(),
  typeName: z.string().nullable(),
  issuer: z.string().nullable(),
  issuedDate: IsoDateSchema.nullable(),
  /** The issuing body as the text names it ("UBND tỉnh", "Thủ tướng Chính phủ"). */
  issuingBody: z.string().nullable(),
  /** The trích yếu, usually the "về việc …" phrase. */
  subject: z.string().nullable(),
  /** Addressees as written ("Kính gửi: …", "gửi các sở, ban, ngành …"), one entry per group. */
  addressees: z.array(z.string()),
  /** Canonical symbols of the other documents the text cites, first mention first. */
  cites: z.array(z.string()),
  citedReferences: z.array(DocumentReferenceSchema),
  sourceUrl: z.string().nullable(),
  sourceTitle: z.string().nullable(),
  /** The sentence or header the primary reference was found in. */
  excerpt: z.string(),
});
export type DispatchDraft = z.infer<typeof DispatchDraftSchema>;
