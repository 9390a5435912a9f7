/**
 * The words of the dashboard's tracking screens, Vietnamese first; joined into the dashboard's
 * catalogue (../catalogue.ts), so keys start with the area's prefix to stay apart.
 * @module
 */
import type { Catalogue } from '../../../lib/i18n';

export const trackingCatalogue = {
  vi: {},
  en: {},
} satisfies Catalogue<string>;
