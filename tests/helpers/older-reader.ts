import { read } from '../../src/plugins/source-import/server/src/reader';
import type { ReaderInUse } from '../../src/plugins/source-import/server/src/services/importer';

/**
 * An older reader, for the re-read tests: it reads a page as the reader does, then misses what
 * readers of the past missed: the last quote of the page and every tag but the first. What the
 * current reader makes of the fixtures is their expected reading (expected.json), so a re-read
 * of an archive imported with this one must bring back the missing quote and tags.
 */
export const OLDER_READER: ReaderInUse = {
  version: 'test-older',
  read: (input, options) => {
    const reading = read(input, options);
    return {
      ...reading,
      quotes: reading.quotes.slice(0, -1),
      article: { ...reading.article, tags: reading.article.tags.slice(0, 1) },
    };
  },
};
