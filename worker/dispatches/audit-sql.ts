/**
 * Audit rows written by SQL inside a batch, for changes whose ids the batch itself creates
 * (so worker/lib/audit.ts's auditInsert, which needs the id up front, cannot be used).
 * @module
 */
import { type SQL, sql } from 'drizzle-orm';

/** The columns of a dispatch row as the audit's JSON, from table alias `d`. */
export const DISPATCH_JSON = sql`json_object(
  'id', d.id, 'symbol', d.symbol, 'key', d.key, 'number', d.number, 'year', d.year,
  'typeCode', d.type_code, 'typeName', d.type_name, 'issuer', d.issuer, 'issuedDate', d.issued_date,
  'issuingBody', d.issuing_body, 'subject', d.subject, 'urgency', d.urgency,
  'confidentiality', d.confidentiality, 'sourceUrl', d.source_url, 'sourceTitle', d.source_title,
  'excerpt', d.excerpt, 'receivedNumber', d.received_number, 'receivedDate', d.received_date,
  'clippedBy', d.clipped_by)`;

/**
 * An audit row about the dispatch `d` picked by `where` (SQL over alias `d`), with `after` a
 * SQL expression over `d`. Writes nothing when no dispatch matches.
 */
export function auditDispatchSelect(entry: {
  actorId: number | SQL;
  action: string;
  at: number;
  where: SQL;
  after: SQL;
}): SQL {
  return sql`
    INSERT INTO audit_log (actor_id, action, entity, entity_id, "before", "after", at)
    SELECT ${entry.actorId}, ${entry.action}, 'dispatch', d.id, NULL, ${entry.after}, ${entry.at}
    FROM dispatches d WHERE ${entry.where}`;
}
