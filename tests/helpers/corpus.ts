import type { Core } from '@strapi/strapi';
import { read, type Reading } from '../../src/plugins/source-import/server/src/reader';
import type { Importer } from '../../src/plugins/source-import/server/src/services/importer';
import { importFixture, seedText } from './fixtures';

/**
 * The fixture pages imported the way an editor would: the three real pages published with the
 * headline each lacks, and a changed copy of the second left a draft (it names the same person,
 * organizations and tags, so it is what a leak would show). Whatever a test expects is read from
 * these fixtures (the seed's expected reading, or the reader on the other pages), never typed in.
 */
export const HEADLINES = {
  seed: 'Mosul offensive may push militants into Syria',
  second: 'ISIL remnants survive in the desert, a US expert warns',
  unrelated: 'Port workers walk out over unpaid wages',
} as const;

export type CorpusName = keyof typeof HEADLINES | 'draft';

const draftText = () => importFixture('second-document.txt').replace('14:05 GMT 12 March 2021', '09:30 GMT 15 March 2021');

export const corpusTexts = (): Record<CorpusName, string> => ({
  seed: seedText(),
  second: importFixture('second-document.txt'),
  unrelated: importFixture('unrelated-document.txt'),
  draft: draftText(),
});

export type Imported = Awaited<ReturnType<Importer['importDocument']>> & { name: CorpusName; reading: Reading };

/** Imports the corpus, one document after the other (publication order: seed, second, unrelated). */
export async function importCorpus(strapi: Core.Strapi): Promise<Record<CorpusName, Imported>> {
  const importer = strapi.plugin('source-import').service('importer') as Importer;
  const texts = corpusTexts();
  const out = {} as Record<CorpusName, Imported>;
  for (const name of ['seed', 'second', 'unrelated', 'draft'] as const) {
    const headline = name === 'draft' ? undefined : HEADLINES[name];
    const outcome = await importer.importDocument({ text: texts[name], fileName: `${name}.txt`, ...(headline ? { headline, publish: true } : {}) });
    const expectedPublished = name !== 'draft';
    if (outcome.published !== expectedPublished) {
      throw new Error(`${name}: expected ${expectedPublished ? 'published' : 'a draft'}, got ${JSON.stringify(outcome.draftReasons)}`);
    }
    out[name] = { ...outcome, name, reading: read(texts[name]) };
  }
  return out;
}

/** The published documents of the corpus. */
export const publishedOf = (corpus: Record<CorpusName, Imported>) => [corpus.seed, corpus.second, corpus.unrelated];

/** The speaker's name a reading gives a quote, or null for an organization or an unnamed source. */
export const speakerName = (quote: Reading['quotes'][number]) => (quote.speaker && 'name' in quote.speaker ? quote.speaker.name : null);
