/**
 * The body of `POST /api/dispatches` for one reference on the page, from what the page said and
 * what the clerk changed. The popup does not load zod (bundle budget), so the limits of
 * `DispatchCreateSchema` are applied here by hand: text is trimmed and cut to length, a value
 * the server would refuse (a non-http URL, an impossible date) is left out rather than failing
 * the whole save. Only a symbol that is not one is refused, since it names the document.
 * @module
 */
import type { DocumentReference } from '../../../shared/references';
import { isoDate } from '../../../shared/references/dates';
import { findReferences } from '../../../shared/references/find-references';
import { symbolKey } from '../../../shared/references/fold';
import type { DispatchCreate } from '../../../shared/schemas/dispatch';

export type Urgency = NonNullable<DispatchCreate['urgency']>;
export const URGENCY_VALUES = [
  'normal',
  'urgent',
  'very_urgent',
  'express',
] as const satisfies readonly Urgency[];

/** The fields the clerk can see and change, as form values ('' for unknown). */
export interface DispatchFields {
  symbol: string;
  typeName: string;
  issuingBody: string;
  /** YYYY-MM-DD, the value of a date input. */
  issuedDate: string;
  subject: string;
  urgency: Urgency;
}

export type FieldName = keyof DispatchFields;

/** One reference to record, with what the page says around it. */
export interface SaveSource {
  /** The key the popup shows it under (the reference as found on the page). */
  key: string;
  reference: DocumentReference;
  /** The page's values with the clerk's edits applied. */
  fields: DispatchFields;
  sourceUrl: string | null;
  sourceTitle: string | null;
  excerpt: string | null;
  cites: readonly string[];
}

export type BuildResult = { ok: true; body: DispatchCreate } | { ok: false; field: FieldName };

/** Form values, with the clerk's edits (as kept in the draft) over the page's values. */
export function applyEdits(
  page: DispatchFields,
  edits: Readonly<Record<string, string>> | undefined,
): DispatchFields {
  if (!edits) return page;
  const fields = { ...page };
  for (const name of Object.keys(page) as FieldName[]) {
    const value = edits[name];
    if (value === undefined) continue;
    if (name === 'urgency') {
      if ((URGENCY_VALUES as readonly string[]).includes(value)) fields.urgency = value as Urgency;
    } else {
      fields[name] = value;
    }
  }
  return fields;
}

/** The page's values for a reference, before any edit. */
export function referenceFields(
  reference: DocumentReference,
  extra: { issuingBody?: string | null; issuedDate?: string | null; subject?: string | null } = {},
): DispatchFields {
  return {
    symbol: reference.symbol,
    typeName: reference.typeName ?? '',
    issuingBody: extra.issuingBody ?? '',
    issuedDate: extra.issuedDate ?? reference.issuedDate ?? '',
    subject: extra.subject ?? '',
    urgency: 'normal',
  };
}

/**
 * What the record says when neither the page nor the clerk gave a subject (the server requires
 * one): the document's name and the page it was found on, so the record can be found and its
 * subject completed later. Written in Vietnamese whatever the popup's language: it is data.
 */
export function fallbackSubject(
  reference: DocumentReference,
  typeName: string,
  pageTitle: string | null,
): string {
  const name = `${typeName.trim() || reference.typeName || 'Văn bản'} số ${reference.symbol}`;
  const title = pageTitle?.trim();
  return title ? `${name} (nêu tại: ${title})` : name;
}

/** The reference fields of the symbol as typed: the page's when it is the same document, else parsed again. */
function symbolFields(typed: string, reference: DocumentReference) {
  const symbol = typed.replace(/\s+/g, ' ').trim();
  if (symbol === reference.symbol || symbolKey(symbol) === reference.key) {
    return {
      symbol: reference.symbol,
      number: reference.number,
      year: reference.year,
      typeCode: reference.typeCode,
      issuer: reference.issuer,
      typeName: reference.typeName,
    };
  }
  const [parsed] = findReferences(symbol);
  // Only a symbol that is the whole of what was typed, give or take a "số" in front.
  if (parsed && symbol.length - parsed.raw.length <= 4 && symbol.endsWith(parsed.raw)) {
    return {
      symbol: parsed.symbol,
      number: parsed.number,
      year: parsed.year,
      typeCode: parsed.typeCode,
      issuer: parsed.issuer,
      typeName: parsed.typeName,
    };
  }
  if (!isSymbolShaped(symbol)) return null;
  return {
    symbol,
    number: /^\d+/.exec(symbol)?.[0] ?? null,
    year: null,
    typeCode: null,
    issuer: null,
    typeName: null,
  };
}

/** What `DispatchCreateSchema` accepts as a symbol. */
export function isSymbolShaped(symbol: string): boolean {
  return symbol.length >= 3 && symbol.length <= 80 && /^\d/.test(symbol) && /[/-]/.test(symbol);
}

function clip(text: string | null | undefined, max: number): string | null {
  const trimmed = text?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed.slice(0, max).trim() : null;
}

function calendarDate(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

function httpUrl(url: string | null): string | null {
  if (!url || url.length > 2000) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export function buildDispatch(source: SaveSource): BuildResult {
  const { fields, reference } = source;
  const parsed = symbolFields(fields.symbol, reference);
  if (!parsed) return { ok: false, field: 'symbol' };

  const typeName = clip(fields.typeName, 60) ?? parsed.typeName;
  const subject =
    clip(fields.subject, 1000) ??
    clip(fallbackSubject(reference, fields.typeName, source.sourceTitle), 1000) ??
    parsed.symbol;
  const cites = [...new Set(source.cites)]
    .filter((cite) => cite !== parsed.symbol && isSymbolShaped(cite))
    .slice(0, 200);

  const body: DispatchCreate = {
    symbol: parsed.symbol,
    // Not read by the server, which keys the symbol itself; it tells the background which of
    // the page's references this save is, even when the clerk corrected the symbol.
    key: source.key,
    number: clip(parsed.number, 20),
    year: parsed.year,
    typeCode: clip(parsed.typeCode, 10),
    typeName,
    issuer: clip(parsed.issuer, 40),
    issuedDate: calendarDate(fields.issuedDate),
    issuingBody: clip(fields.issuingBody, 200),
    subject,
    urgency: fields.urgency,
    sourceUrl: httpUrl(source.sourceUrl),
    sourceTitle: clip(source.sourceTitle, 400),
    excerpt: clip(source.excerpt, 10_000),
  };
  if (cites.length > 0) body.cites = cites;
  return { ok: true, body };
}
