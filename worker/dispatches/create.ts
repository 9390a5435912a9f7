/**
 * Recording a dispatch: dedup on (key, issued date), the số đến of the year, cites linked both
 * ways, the search index, optional distribution and the audit: one D1 batch, so one
 * transaction. Either all of it is written or none.
 *
 * The batch cannot know the new id in advance, so its later statements find the row by
 * (key, coalesce(issued date, '')), which the unique index makes one row. A cite resolves to
 * the first recorded dispatch with the cited key (symbols without a year recur across years;
 * the cite carries no date to choose by).
 *
 * D1 round trips are the cost of a clip under load (BENCHMARKS.md, API throughput), so the
 * common case, a new document, is one batch: no lookup before it (the unique index refuses a
 * document already recorded, and the refusal is answered as the duplicate it is) and none after
 * it (its last statement reads the answer back).
 * @module
 */
import { type SQL, sql } from 'drizzle-orm';
import { findReferences } from '../../shared/references';
import type { DispatchCreate, DispatchCreated } from '../../shared/schemas/dispatch';
import type { Db } from '../db/client';
import { dispatches } from '../db/schema';
import { vietnamDate } from '../lib/dates';
import { ApiError } from '../lib/errors';
import { auditDispatchSelect, DISPATCH_JSON } from './audit-sql';
import { insertRecipients, resolveAddressees } from './distribute';
import { readSymbol, referenceKey } from './keys';
import { toDispatch } from './present';
import { searchDocument } from './search';
import { type BatchStatement, isUniqueViolation, runBatch, unixSeconds } from './sql';

/** Attempts when the số đến taken was taken by a concurrent insert (D1 serialises writes, so rare). */
const MAX_ATTEMPTS = 5;

export interface CreateOutcome {
  status: 200 | 201;
  body: DispatchCreated;
  /** The answer kept under an Idempotency-Key, given again (record.ts). */
  replayed?: true;
}

/** What the caller adds to the create batch, so that it shares its transaction. */
export interface BatchAdditions {
  /**
   * Statements that go first: the session check of middleware/session-in-batch.ts, an
   * Idempotency-Key's claim. Each may refuse the batch (the session may not record, the key is
   * already used), and so may the document or the số đến: with lead statements, every refusal
   * is thrown as it is, for the caller to go the long way (check, claim, wait or replay, then
   * record).
   */
  lead?: readonly BatchStatement[];
  /** Keeps the 201 answer, given as a SQL expression over alias `d`, under an Idempotency-Key. */
  remember?: (status: 201, body: SQL) => BatchStatement;
}

/** The 201 answer as JSON text over alias `d`: toDispatch (present.ts) of the row, duplicate: false. */
const CREATED_ANSWER = sql`json_object(
  'id', d.id, 'symbol', d.symbol, 'key', d.key, 'number', d.number, 'year', d.year,
  'typeCode', d.type_code, 'typeName', d.type_name, 'issuer', d.issuer, 'issuedDate', d.issued_date,
  'issuingBody', d.issuing_body, 'subject', d.subject, 'urgency', d.urgency,
  'confidentiality', d.confidentiality, 'sourceUrl', d.source_url, 'sourceTitle', d.source_title,
  'excerpt', d.excerpt, 'receivedNumber', d.received_number, 'receivedDate', d.received_date,
  'clippedBy', d.clipped_by, 'createdAt', strftime('%Y-%m-%dT%H:%M:%fZ', d.created_at, 'unixepoch'),
  'duplicate', json('false'))`;

/** The row of the document (key, issued date), a missing date counting as one value. */
function sameDocument(key: string, issuedDate: string | null): SQL {
  return sql`${dispatches.key} = ${key} AND coalesce(${dispatches.issuedDate}, '') = ${issuedDate ?? ''}`;
}

/** The same, for raw statements over alias `d`; in a batch it names the row just inserted. */
function sameDocumentAsD(key: string, issuedDate: string | null): SQL {
  return sql`d.key = ${key} AND coalesce(d.issued_date, '') = ${issuedDate ?? ''}`;
}

async function findDocument(db: Db, key: string, issuedDate: string | null) {
  const [row] = await db.select().from(dispatches).where(sameDocument(key, issuedDate)).limit(1);
  return row;
}

/** The cited references, one per key, first mention first; the server computes their keys too. */
function citeList(cites: readonly string[] | undefined): { key: string; symbol: string }[] {
  const byKey = new Map<string, string>();
  for (const symbol of cites ?? []) {
    const key = referenceKey(symbol);
    if (!byKey.has(key)) byKey.set(key, symbol);
  }
  return [...byKey].map(([key, symbol]) => ({ key, symbol }));
}

/** `actorId` is the clerk's id, or a SQL sub-select of it when the session is checked in the batch. */
export async function createDispatch(
  db: Db,
  actorId: number | SQL,
  input: DispatchCreate,
  now = new Date(),
  additions: BatchAdditions = {},
): Promise<CreateOutcome> {
  const lead = additions.lead ?? [];
  const symbol = input.symbol;
  const key = referenceKey(symbol);
  const issuedDate = input.issuedDate ?? null;
  // What the clerk left out, the engine may know from the symbol ("Công văn", "UBND", …).
  const ref = readSymbol(symbol) ?? findReferences(symbol)[0];
  const pick = <T>(given: T | null | undefined, fromEngine: T | null | undefined): T | null =>
    given === undefined ? (fromEngine ?? null) : given;
  const values = {
    symbol,
    key,
    number: pick(input.number, ref?.number),
    year: pick(input.year, ref?.year),
    typeCode: pick(input.typeCode, ref?.typeCode),
    typeName: pick(input.typeName, ref?.typeName),
    issuer: pick(input.issuer, ref?.issuer),
    issuedDate,
    issuingBody: input.issuingBody ?? null,
    subject: input.subject,
    urgency: input.urgency ?? 'normal',
    confidentiality: input.confidentiality ?? 'normal',
    sourceUrl: input.sourceUrl ?? null,
    sourceTitle: input.sourceTitle ?? null,
    excerpt: input.excerpt ?? null,
  };
  const unitIds = await resolveAddressees(
    db,
    { unitIds: input.recipientUnitIds, groupIds: input.recipientGroupIds },
    { units: 'recipientUnitIds', groups: 'recipientGroupIds' },
  );

  const at = unixSeconds(now);
  const receivedDate = vietnamDate(now);
  const cites = citeList(input.cites);
  const thisRow = sameDocumentAsD(key, issuedDate);
  const newId = sql`(SELECT d.id FROM dispatches d WHERE ${thisRow})`;
  for (let attempt = 1; ; attempt++) {
    try {
      const statements: BatchStatement[] = [
        ...lead,
        // Số đến: one more than the year's highest, computed in the statement that inserts it,
        // so two inserts cannot read the same maximum; the unique index refuses a tie anyway.
        sql`
          INSERT INTO dispatches (symbol, key, number, year, type_code, type_name, issuer, issued_date,
            issuing_body, subject, urgency, confidentiality, source_url, source_title, excerpt,
            received_number, received_date, clipped_by, created_at, updated_at)
          SELECT ${values.symbol}, ${values.key}, ${values.number}, ${values.year}, ${values.typeCode},
            ${values.typeName}, ${values.issuer}, ${values.issuedDate}, ${values.issuingBody}, ${values.subject},
            ${values.urgency}, ${values.confidentiality}, ${values.sourceUrl}, ${values.sourceTitle},
            ${values.excerpt}, coalesce(max(received_number), 0) + 1, ${receivedDate}, ${actorId}, ${at}, ${at}
          FROM dispatches WHERE substr(received_date, 1, 4) = ${receivedDate.slice(0, 4)}`,
        // Backwards: dispatches recorded earlier that cite this one now find it.
        sql`
          UPDATE dispatch_cites SET cited_dispatch_id = ${newId}
          WHERE cited_key = ${key} AND cited_dispatch_id IS NULL AND dispatch_id <> ${newId}`,
        sql`
          INSERT INTO dispatches_fts (rowid, content)
          SELECT d.id, ${searchDocument(values)} FROM dispatches d WHERE ${thisRow}`,
        auditDispatchSelect({
          actorId,
          action: 'create',
          at,
          where: thisRow,
          after: sql`json_insert(${DISPATCH_JSON}, '$.cites', json(${JSON.stringify(cites.map((c) => c.symbol))}))`,
        }),
      ];
      if (cites.length > 0) {
        // Forwards: what it cites, resolved to the first recorded dispatch with that key.
        statements.push(
          sql`
            INSERT INTO dispatch_cites (dispatch_id, cited_key, cited_symbol, cited_dispatch_id)
            SELECT ${newId}, json_extract(c.value, '$.key'), json_extract(c.value, '$.symbol'),
              (SELECT min(o.id) FROM dispatches o WHERE o.key = json_extract(c.value, '$.key') AND o.id <> ${newId})
            FROM json_each(${JSON.stringify(cites)}) c`,
        );
      }
      if (unitIds.length > 0) {
        statements.push(
          insertRecipients(newId, unitIds, actorId, at),
          auditDispatchSelect({
            actorId,
            action: 'distribute',
            at,
            where: thisRow,
            after: sql`json_object('unitIds', json(${JSON.stringify(unitIds)}), 'groupIds', json(${JSON.stringify([...new Set(input.recipientGroupIds ?? [])])}))`,
          }),
        );
      }
      if (additions.remember)
        statements.push(
          additions.remember(201, sql`(SELECT ${CREATED_ANSWER} FROM dispatches d WHERE ${thisRow})`),
        );
      statements.push(sql`SELECT ${CREATED_ANSWER} AS answer FROM dispatches d WHERE ${thisRow}`);
      const results = await runBatch(db, statements);
      // The batch succeeded, so the row it inserted is there to read.
      const last = results[results.length - 1] as D1Result<{ answer: string }>;
      const { answer } = last.results[0] as { answer: string };
      return { status: 201, body: JSON.parse(answer) as DispatchCreated };
    } catch (error) {
      if (!isUniqueViolation(error) || lead.length > 0) throw error;
      // Either the document is already recorded, perhaps meanwhile (a duplicate, not an error),
      // or the số đến was taken: try again with the next one.
      const existing = await findDocument(db, key, issuedDate);
      if (existing) return { status: 200, body: { ...toDispatch(existing), duplicate: true } };
      if (attempt >= MAX_ATTEMPTS)
        throw new ApiError(409, 'conflict', 'Could not assign a received number; retry');
    }
  }
}
