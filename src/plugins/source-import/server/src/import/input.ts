/**
 * What a request may carry besides the text, the same on every surface (text/plain, JSON,
 * multipart, the command line). Pure: the controllers check it at the edge, the importer again
 * for callers that skip the controllers. The lengths are those of the columns the values are
 * stored in (tests/unit/limits.test.ts holds them against the schemas).
 */

/** Documents in one request, whatever the transport. */
export const MAX_DOCUMENTS = 200;

/** `import-source.fileName` (maxLength 1024). */
export const MAX_FILE_NAME = 1024;

/** `article.sourceUrl` (maxLength 2048). */
export const MAX_SOURCE_URL = 2048;

/** `article.headline` (maxLength 255). */
export const MAX_HEADLINE = 255;

/** Only web addresses are stored as a source: `javascript:`, `data:`, `file:` and the like are refused. */
export const isWebUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
};

export type InputProblem = { field: 'fileName' | 'sourceUrl' | 'headline'; message: string };

/** The first thing wrong with a document's file name, source URL or headline, or null. */
export function inputProblem(input: { fileName?: string | null; sourceUrl?: string | null; headline?: string | null }): InputProblem | null {
  if (input.fileName != null && input.fileName.length > MAX_FILE_NAME) {
    return { field: 'fileName', message: `at most ${MAX_FILE_NAME} characters, got ${input.fileName.length}` };
  }
  if (input.sourceUrl != null) {
    if (input.sourceUrl.length > MAX_SOURCE_URL) {
      return { field: 'sourceUrl', message: `at most ${MAX_SOURCE_URL} characters, got ${input.sourceUrl.length}` };
    }
    if (!isWebUrl(input.sourceUrl)) return { field: 'sourceUrl', message: 'expected an http:// or https:// URL' };
  }
  if (input.headline != null && input.headline.length > MAX_HEADLINE) {
    return { field: 'headline', message: `at most ${MAX_HEADLINE} characters, got ${input.headline.length}` };
  }
  return null;
}
