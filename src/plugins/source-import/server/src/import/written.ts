import { createHash } from 'node:crypto';

/**
 * What the importer wrote of an article, field by field, in one canonical shape whether it
 * comes from the data being written or from the article read back: the fingerprint kept in the
 * import record (`written`) and compared at re-read time to tell an article no editor touched
 * from one an editor changed, and which fields.
 *
 * Only what an editor can change and a reading decides. Left out: the slug (kept by a re-read),
 * the private `source`, a related headline's link to its article (later imports set it), a
 * quote's label (derived from its text and speaker).
 */
export const WRITTEN_FIELDS = [
  'headline', 'lead', 'body', 'image', 'section', 'dateline', 'capturedAt', 'datePublished', 'sourceUrl',
  'tags', 'people', 'organizations', 'relatedHeadlines', 'quotes',
] as const;
export type WrittenField = (typeof WRITTEN_FIELDS)[number];

export type QuoteSnapshot = {
  text: string;
  kind: string | null;
  cue: string | null;
  speaker: string | null;
  speakerOrganization: string | null;
  speakerDescription: string | null;
  position: number;
  startOffset: number | null;
  endOffset: number | null;
};

/** An article as the fingerprint sees it. Relations are documentIds. */
export type ArticleSnapshot = {
  headline: string | null;
  lead: string | null;
  body: unknown;
  image: { caption: string | null; credit: string | null; file: unknown } | null;
  section: string | null;
  dateline: string | null;
  capturedAt: unknown;
  datePublished: unknown;
  sourceUrl: string | null;
  tags: string[];
  people: string[];
  organizations: string[];
  relatedHeadlines: string[];
  quotes: QuoteSnapshot[];
};

/** Per field, a short hash of its canonical value. */
export type Written = Record<WrittenField, string>;

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const date = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  const time = new Date(value as string).getTime();
  return Number.isNaN(time) ? String(value) : new Date(time).toISOString();
};
const idSet = (ids: ReadonlyArray<string | null | undefined>) => [...new Set(ids.filter((id): id is string => Boolean(id)))].sort();

/** JSON with object keys sorted: the same value always gives the same text. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]))
      : v,
  );

/** The canonical value of each field, as compared (and shown in a report). */
export const canonical = (a: ArticleSnapshot): Record<WrittenField, unknown> => ({
  headline: text(a.headline),
  lead: text(a.lead),
  body: a.body ?? null,
  image: a.image ? { caption: text(a.image.caption), credit: text(a.image.credit), file: a.image.file ?? null } : null,
  section: text(a.section),
  dateline: text(a.dateline),
  capturedAt: date(a.capturedAt),
  datePublished: date(a.datePublished),
  sourceUrl: text(a.sourceUrl),
  tags: idSet(a.tags),
  people: idSet(a.people),
  organizations: idSet(a.organizations),
  relatedHeadlines: a.relatedHeadlines.map((h) => h.trim()),
  quotes: [...a.quotes].sort((x, y) => x.position - y.position).map(canonicalQuote),
});

export const canonicalQuote = (q: QuoteSnapshot) => ({
  text: q.text,
  kind: text(q.kind),
  cue: text(q.cue),
  speaker: q.speaker ?? null,
  speakerOrganization: q.speakerOrganization ?? null,
  speakerDescription: text(q.speakerDescription),
  position: q.position,
  startOffset: q.startOffset ?? null,
  endOffset: q.endOffset ?? null,
});

export const hashOf = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 16);

export const writtenOf = (a: ArticleSnapshot): Written => {
  const values = canonical(a);
  return Object.fromEntries(WRITTEN_FIELDS.map((field) => [field, hashOf(values[field])])) as Written;
};

/** The fields whose hashes differ. */
export const differingFields = (a: Partial<Written>, b: Partial<Written>): WrittenField[] =>
  WRITTEN_FIELDS.filter((field) => a[field] !== b[field]);
