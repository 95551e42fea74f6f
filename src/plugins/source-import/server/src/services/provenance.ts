import type { Core } from '@strapi/strapi';
import type { Diagnostic } from '../reader/types';

const ARTICLE = 'api::article.article';
const QUOTE = 'api::quote.quote';

/** A quote and its place in the captured text (offsets 0-based, `endOffset` exclusive). */
export type QuotePlace = {
  documentId: string;
  text: string;
  kind: string | null;
  cue: string | null;
  speaker: string | null;
  position: number | null;
  line: number | null;
  column: number | null;
  startOffset: number | null;
  endOffset: number | null;
};

export type ArticleProvenance = {
  documentId: string;
  headline: string | null;
  source: {
    fileName: string | null;
    sha256: string | null;
    importerVersion: string | null;
    importedAt: string | null;
    rawText: string;
    diagnostics: Diagnostic[];
  } | null;
  quotes: QuotePlace[];
};

type Named = { name?: string | null } | null | undefined;
type QuoteRow = Omit<QuotePlace, 'speaker'> & { speaker?: Named; speakerOrganization?: Named; speakerDescription?: string | null };
type SourceRow = Partial<Omit<NonNullable<ArticleProvenance['source']>, 'diagnostics'>> & { diagnostics?: unknown };

/**
 * Where an article came from, read for the editors (the draft: the version they edit). The
 * source is a private field of the article: it leaves the server by this service's admin route
 * only, never by the content API.
 */
const provenance = ({ strapi }: { strapi: Core.Strapi }) => ({
  async ofArticle(documentId: string): Promise<ArticleProvenance | null> {
    const article = (await strapi.documents(ARTICLE).findOne({
      documentId,
      status: 'draft',
      fields: ['headline'],
      populate: { source: true },
    } as never)) as { documentId: string; headline?: string | null; source?: SourceRow | null } | null;
    if (!article) return null;
    const quotes = (await strapi.documents(QUOTE).findMany({
      status: 'draft',
      filters: { article: { documentId } },
      fields: ['text', 'kind', 'cue', 'speakerDescription', 'position', 'line', 'column', 'startOffset', 'endOffset'],
      populate: { speaker: { fields: ['name'] }, speakerOrganization: { fields: ['name'] } },
      sort: ['position:asc', 'id:asc'],
    } as never)) as unknown as QuoteRow[];
    const source = article.source;
    return {
      documentId: article.documentId,
      headline: article.headline ?? null,
      source:
        source && typeof source.rawText === 'string'
          ? {
              fileName: source.fileName ?? null,
              sha256: source.sha256 ?? null,
              importerVersion: source.importerVersion ?? null,
              importedAt: source.importedAt ? new Date(source.importedAt).toISOString() : null,
              rawText: source.rawText,
              diagnostics: Array.isArray(source.diagnostics) ? (source.diagnostics as Diagnostic[]) : [],
            }
          : null,
      quotes: quotes.map((q) => ({
        documentId: q.documentId,
        text: q.text,
        kind: q.kind ?? null,
        cue: q.cue ?? null,
        speaker: q.speaker?.name ?? q.speakerOrganization?.name ?? q.speakerDescription ?? null,
        position: q.position ?? null,
        line: q.line ?? null,
        column: q.column ?? null,
        startOffset: q.startOffset ?? null,
        endOffset: q.endOffset ?? null,
      })),
    };
  },

  /** A quote's place: its article and where it sits in that article's source. */
  async ofQuote(documentId: string) {
    const quote = (await strapi.documents(QUOTE).findOne({
      documentId,
      status: 'draft',
      fields: ['line', 'column', 'startOffset', 'endOffset'],
      populate: { article: { fields: ['headline'] } },
    } as never)) as {
      documentId: string;
      line?: number | null;
      column?: number | null;
      startOffset?: number | null;
      endOffset?: number | null;
      article?: { documentId: string; headline?: string | null } | null;
    } | null;
    if (!quote) return null;
    return {
      documentId: quote.documentId,
      article: quote.article ? { documentId: quote.article.documentId, headline: quote.article.headline ?? null } : null,
      line: quote.line ?? null,
      column: quote.column ?? null,
      startOffset: quote.startOffset ?? null,
      endOffset: quote.endOffset ?? null,
    };
  },
});

export type Provenance = ReturnType<typeof provenance>;
export default provenance;
