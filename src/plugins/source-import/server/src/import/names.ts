/**
 * The folded form entities are found again by: lower case, no diacritics, no punctuation but
 * inner hyphens and apostrophes, no leading article. "The Brookings-style Institute" and
 * "brookings-style institute" fold alike; "Pérez" and "Perez" too.
 */
export const foldName = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[^\p{L}\p{N}'\- ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');

/** Words that stand for a person in a text but never identify one across texts. */
const NON_IDENTIFYING = /^(he|she|they|him|her|it|the\b.*|an?\b.*|his\b.*|her\b.*)$/i;

/**
 * An alias that can find the same entity again in another document: a name-like form
 * ("Ostrander", "ISIL"), not a pronoun or a role phrase ("He", "the US scholar").
 */
export const isIdentifyingAlias = (alias: string): boolean => {
  const trimmed = alias.trim();
  if (trimmed.length < 2 || NON_IDENTIFYING.test(trimmed)) return false;
  return /^\p{Lu}/u.test(trimmed);
};

/**
 * The same name without middle initials: "Miriam K. Ostrander" is also found as "Miriam Ostrander".
 * Only initials go; a full middle name stays, since dropping it could join two people.
 */
export const withoutMiddleInitials = (name: string): string | null => {
  const tokens = name.trim().split(/\s+/);
  if (tokens.length < 3) return null;
  const kept = [tokens[0], ...tokens.slice(1, -1).filter((t) => !/^\p{Lu}\.?$/u.test(t)), tokens[tokens.length - 1]];
  return kept.length < tokens.length ? kept.join(' ') : null;
};

/** Adds the forms not yet known (compared folded); keeps the order they were first seen in. */
export const mergeAliases = (canonical: string, known: unknown, incoming: string[]): string[] => {
  const base = Array.isArray(known) ? known.filter((a): a is string => typeof a === 'string') : [];
  const folded = new Set([foldName(canonical), ...base.map(foldName)]);
  const added = incoming.filter((alias) => {
    const f = foldName(alias);
    if (!f || folded.has(f)) return false;
    folded.add(f);
    return true;
  });
  return [...base, ...added];
};
