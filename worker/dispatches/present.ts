/**
 * Rows to the API's shapes (shared/schemas/dispatch.ts): timestamps leave as ISO strings.
 * @module
 */
import type { Dispatch, Recipient } from '../../shared/schemas/dispatch';
import type { DispatchRow } from '../db/schema';

export function iso(value: Date): string;
export function iso(value: Date | null): string | null;
export function iso(value: Date | null): string | null {
  return value === null ? null : value.toISOString();
}

export function toDispatch(row: DispatchRow): Dispatch {
  return {
    id: row.id,
    symbol: row.symbol,
    key: row.key,
    number: row.number,
    year: row.year,
    typeCode: row.typeCode,
    typeName: row.typeName,
    issuer: row.issuer,
    issuedDate: row.issuedDate,
    issuingBody: row.issuingBody,
    subject: row.subject,
    urgency: row.urgency,
    confidentiality: row.confidentiality,
    sourceUrl: row.sourceUrl,
    sourceTitle: row.sourceTitle,
    excerpt: row.excerpt,
    receivedNumber: row.receivedNumber,
    receivedDate: row.receivedDate,
    clippedBy: row.clippedBy,
    createdAt: iso(row.createdAt),
  };
}

/** A recipient row joined with its unit and the user who acknowledged. */
export interface RecipientJoinRow {
  id: number;
  dispatchId: number;
  unitId: number;
  unitCode: string;
  unitName: string;
  sentAt: Date;
  acknowledgedAt: Date | null;
  acknowledgedBy: number | null;
  acknowledgedByName: string | null;
  ackNote: string | null;
}

export function toRecipient(row: RecipientJoinRow): Recipient {
  return {
    id: row.id,
    dispatchId: row.dispatchId,
    unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
    sentAt: iso(row.sentAt),
    acknowledgedAt: iso(row.acknowledgedAt),
    acknowledgedBy:
      row.acknowledgedBy === null ? null : { id: row.acknowledgedBy, name: row.acknowledgedByName ?? '' },
    note: row.ackNote,
  };
}
