import { createHash } from 'node:crypto';

/**
 * The text an article's identity is computed from: line endings, a byte-order mark, runs of
 * spaces, tabs and non-breaking spaces, and curly quote marks do not make a new document.
 */
export const normalizeForIdentity = (text: string): string =>
  text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2018\u2019\u201A\u201B]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB]/g, '"')
    .replace(/[ \t\u00A0\u2007\u202F]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

export const sha256 = (value: string | Uint8Array): string => createHash('sha256').update(value).digest('hex');

export type DocumentIdentity = {
  /** sha256 of the normalized text */
  contentHash: string;
  /** what the article is found again by: its source URL when given, else its content hash */
  sourceKey: string;
  /** changes whenever a re-import would change the article (text, or what the editor supplied) */
  fingerprint: string;
};

export const identify = (
  text: string,
  meta: { sourceUrl?: string | null; headline?: string | null; publish?: boolean; importerVersion: string },
): DocumentIdentity => {
  const contentHash = sha256(normalizeForIdentity(text));
  const sourceUrl = meta.sourceUrl?.trim();
  // Hashed, so that any URL fits the indexed column.
  const sourceKey = sourceUrl ? `url:${sha256(sourceUrl)}` : `sha256:${contentHash}`;
  const fingerprint = sha256(
    JSON.stringify([contentHash, meta.headline?.trim() || null, Boolean(meta.publish), meta.importerVersion]),
  );
  return { contentHash, sourceKey, fingerprint };
};
