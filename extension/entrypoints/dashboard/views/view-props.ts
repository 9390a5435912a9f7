/**
 * What every page of the dashboard is handed: the typed sender to the background, the
 * signed-in user's role, today, the language, and a way to go to another page.
 * @module
 */
import type { Language } from '../../../lib/i18n';
import type { ExportedFile, Request } from '../../../lib/messaging';

export type ViewId = 'overview' | 'dispatches' | 'tracking' | 'unit' | 'register' | 'admin';
export type Role = 'admin' | 'clerk';

/** A page's own address parameters (`?view=unit&unit=5` → `{ unit: '5' }`). */
export type ViewParams = Record<string, string>;

export interface ViewProps {
  request: Request;
  role: Role;
  /** Today as YYYY-MM-DD. */
  today: string;
  language: Language;
  params: ViewParams;
  /** Goes to a page (kept in the address, so a reload or a bookmark reopens it). */
  navigate: (view: ViewId, params?: ViewParams) => void;
  /** Says something to screen readers and sighted users alike (the page's live region). */
  announce: (message: string) => void;
  download: (file: ExportedFile) => void;
}
