/**
 * The extension's two languages: Vietnamese first, English second. Each screen keeps its
 * own catalogue (`{ vi: {...}, en: {...} }` with the same keys, checked by the type) and
 * picks from it with the user's choice, which lives in extension storage.
 * @module
 */
import { storage } from 'wxt/utils/storage';

export type Language = 'vi' | 'en';
export const LANGUAGES: readonly Language[] = ['vi', 'en'];

/** The user's language; Vietnamese until they choose. */
export const languageItem = storage.defineItem<Language>('local:language', { fallback: 'vi' });

export type Catalogue<K extends string> = Record<Language, Record<K, string>>;

/** A translator for one catalogue: `t('key', { n: 3 })` fills `{n}`. */
export function translator<K extends string>(catalogue: Catalogue<K>, language: Language) {
  return (key: K, values: Record<string, string | number> = {}): string =>
    catalogue[language][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** dd/mm/yyyy of a YYYY-MM-DD date, the way Vietnamese offices write dates. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
