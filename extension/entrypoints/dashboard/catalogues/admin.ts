/**
 * The words of the dashboard's admin screens, Vietnamese first; joined into the dashboard's
 * catalogue (../catalogue.ts), so keys start with the area's prefix to stay apart.
 * @module
 */
import type { Catalogue } from '../../../lib/i18n';

export const adminCatalogue = {
  vi: {},
  en: {},
} satisfies Catalogue<string>;
