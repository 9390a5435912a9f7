/**
 * The body of `POST /api/dispatches`, checked here with the API's own schema before anything
 * is sent or queued: a save the server would refuse is refused now, not after a day in the
 * queue. What only accompanies the dispatch (page URL and title, excerpt, cites) is trimmed to
 * what the API takes instead of failing the save.
 * @module
 */
import { LIMITS } from '../../shared/schemas/common';
import { type DispatchCreate, DispatchCreateSchema } from '../../shared/schemas/dispatch';
import { backgroundText } from './text';

const FIELDS = Object.keys(DispatchCreateSchema.shape) as (keyof DispatchCreate)[];
const MAX_CITES = 200;
const MAX_URL = 2000;
const MAX_TITLE = LIMITS.short * 2;

const isSymbol = (value: unknown): value is string =>
  typeof value === 'string' && DispatchCreateSchema.shape.cites.unwrap().element.safeParse(value).success;

function clip(value: unknown, max: number): unknown {
  return typeof value === 'string' && value.length > max ? value.slice(0, max) : value;
}

function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_URL) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}

export type Prepared = { ok: true; body: DispatchCreate } | { ok: false; error: string };

/**
 * Only the fields the API knows (a popup may pass a whole engine draft), the optional extras
 * made acceptable, the recipients of the request added, then the schema's verdict.
 */
export async function prepareBody(
  draft: Partial<Record<string, unknown>>,
  recipients: { unitIds?: number[]; groupIds?: number[] } = {},
): Promise<Prepared> {
  const picked: Record<string, unknown> = {};
  for (const field of FIELDS) if (draft[field] !== undefined) picked[field] = draft[field];
  if ('sourceUrl' in picked) picked.sourceUrl = httpUrl(picked.sourceUrl);
  if ('sourceTitle' in picked) picked.sourceTitle = clip(picked.sourceTitle, MAX_TITLE);
  if ('excerpt' in picked) picked.excerpt = clip(picked.excerpt, LIMITS.long);
  if (Array.isArray(picked.cites))
    picked.cites = [...new Set(picked.cites.filter(isSymbol))].slice(0, MAX_CITES);
  if (picked.recipientUnitIds === undefined && recipients.unitIds?.length)
    picked.recipientUnitIds = recipients.unitIds;
  if (picked.recipientGroupIds === undefined && recipients.groupIds?.length)
    picked.recipientGroupIds = recipients.groupIds;

  const parsed = DispatchCreateSchema.safeParse(picked);
  if (parsed.success) return { ok: true, body: parsed.data };
  const t = await backgroundText();
  const details = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`)
    .join('; ');
  return { ok: false, error: t('invalidDraft', { details }) };
}
