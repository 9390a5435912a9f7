/**
 * The issuing body an English page names before its issuing verb: "The Municipal People’s
 * Committee released Plan 188/KH-UBND …", "Hanoi Party Committee has just issued the Plan No.
 * 85-KH/TU …" (audit 86: the English editions of portals and dailies).
 * @module
 */
import { cleanPhrase } from './text-spans';

/** How far before the number the body and its verb are read. */
const REACH = 200;

/**
 * The body's capitalised name (with "of", "and", "for" inside and a possessive), after a news
 * tag ("HNP - ") at most, then the verb and the document's type words. Group 1 is the name.
 */
const BODY_BEFORE_VERB =
  /(?:^|[.!?]\s+|\s[-–—]\s+|,\s+)((?:[Tt]he\s+)?\p{Lu}[\p{L}’']*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}’'.]*))*)(?:\s+on\s+\p{Lu}\p{L}*day)?\s+(?:has\s+|have\s+)?(?:just\s+|recently\s+|officially\s+)?(?:issued|promulgated|released|signed|adopted|sent)\s+(?:an?\s+|the\s+|its\s+)?(?:\p{Lu}\p{L}*\s+){1,3}(?:No\.?\s*)?$/u;

/**
 * A signer rather than a body ("Prime Minister Pham Minh Chinh", "Deputy Minister …"): the symbol's
 * code names the body better.
 */
const SIGNER =
  /\b(?:Minister|Chair|Chairman|Chairwoman|Chairperson|President|Secretary|Director|Governor|Mayor|Chief|Head|Mr|Mrs|Ms)\b/;
/** A body's name holds a body's noun: not a place ("Ho Chi Minh City issued …") nor a person (review 37). */
const BODY_NOUN =
  /\b(?:Committee|Council|Ministry|Department|Office|Bureau|Agency|Authority|Government|Assembly|Court|Procuracy|Bank|Party|Commission|Board|Union|Federation|Inspectorate|Administration|Corporation|Company|Group|University|Hospital|Directorate|Service|Police|Command|Politburo|Secretariat)\b/;

/** The body named before the verb that issues the reference at `start`, in the sentence from `from`. */
export function englishIssuerBeforeVerb(text: string, from: number, start: number): string | null {
  const before = text.slice(Math.max(from, start - REACH), start);
  if (/[À-ỹĐđ]/u.test(before)) return null;
  const name = BODY_BEFORE_VERB.exec(before)?.[1];
  // A name, not a pronoun or a month ("It", "On Monday, …" never reach here: no capitals after).
  if (!name || !/\s/.test(name) || SIGNER.test(name) || !BODY_NOUN.test(name)) return null;
  // "…, the Ministry of Finance issued …": the name without the sentence's article.
  return cleanPhrase(name.replace(/^the\s+/, ''));
}
