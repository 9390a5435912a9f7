/**
 * Reads a year's or a period's register a page at a time until its end or `maxLines`, so the
 * page holds what it can still show and print; `capped` says lines were left out.
 * @module
 */
import type { RegisterEntry, RegisterPage } from '../../../../../shared/schemas/register';
import type { RegisterRequest } from '../../../../lib/messages/dispatch-actions';
import type { Answer, Request } from '../../../../lib/messaging';

export interface RegisterRead {
  lines: RegisterEntry[];
  capped: boolean;
}

export interface ReadOptions {
  /** Lines asked for at once. */
  page: number;
  maxLines: number;
  /** Each page as it lands (the page shows progress); return false to stop reading (abandoned). */
  onProgress: (lines: RegisterEntry[]) => boolean;
}

export async function readRegister(
  request: Request,
  filter: Pick<RegisterRequest, 'year' | 'from' | 'to'>,
  { page, maxLines, onProgress }: ReadOptions,
): Promise<Answer<RegisterRead> | null> {
  let lines: RegisterEntry[] = [];
  let cursor: string | null = null;
  do {
    const answer: Answer<RegisterPage> = await request('register-page', {
      ...filter,
      limit: Math.min(page, maxLines - lines.length),
      ...(cursor ? { cursor } : {}),
    });
    if (!answer?.ok) return { ok: false, error: answer?.error ?? '' };
    lines = [...lines, ...answer.data.items];
    cursor = answer.data.nextCursor;
    if (!onProgress(lines)) return null;
  } while (cursor && lines.length < maxLines);
  return { ok: true, data: { lines: lines.slice(0, maxLines), capped: cursor !== null } };
}
