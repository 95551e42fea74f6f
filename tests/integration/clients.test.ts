import type { AddressInfo } from 'node:net';
import type * as StrapiClientModule from '@strapi/client/dist/exports';
import { GraphQLClient, gql } from 'graphql-request';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { fold, seedExpected } from '../helpers/fixtures';
import { HEADLINES, importCorpus, type CorpusName, type Imported } from '../helpers/corpus';

/**
 * The API as apps reach it: over a real socket, through the clients app developers use
 * (`@strapi/client` for REST, `graphql-request` for GraphQL), on the seed page imported and
 * published through the source-import service. The speakers must be those of the seed's
 * expected reading.
 */

// @strapi/client declares its types through `exports` only, which this project's `Node`
// module resolution does not read: the types come from their file, the code through Jest's
// resolver (its CommonJS build).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { strapi: strapiClient, HTTPNotFoundError } = require('@strapi/client') as typeof StrapiClientModule;
type StrapiClient = StrapiClientModule.StrapiClient;

let app: TestApp;
let corpus: Record<CorpusName, Imported>;
let origin: string;

beforeAll(async () => {
  app = await startStrapi();
  corpus = await importCorpus(app.strapi);
  // An ephemeral port on the loopback: a real HTTP server, as an app would call it.
  await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => (app?.server.listening ? app.server.close(() => resolve()) : resolve()));
  await app?.stop();
});

type Quote = { documentId: string; text: string; position: number; speaker: { name: string } | null };

describe('@strapi/client (REST)', () => {
  let client: StrapiClient;
  beforeAll(() => {
    client = strapiClient({ baseURL: `${origin}/api` });
  });

  it('reads the published seed article with its quotes and their speakers, as the expected reading gives them', async () => {
    const { data } = await client.collection('articles').findOne(corpus.seed.article.documentId!, {
      populate: { quotes: { sort: ['position:asc'], populate: { speaker: true } } },
    });
    expect(data.documentId).toBe(corpus.seed.article.documentId);
    expect(data.headline).toBe(HEADLINES.seed);
    const quotes = data.quotes as Quote[];
    const expected = seedExpected().quotes;
    expect(quotes).toHaveLength(expected.length);
    expect(quotes.map((quote) => fold(quote.text))).toEqual(expected.map((quote) => fold(quote.text)));
    expect(quotes.map((quote) => quote.speaker?.name ?? null)).toEqual(expected.map((quote) => quote.speaker));
  });

  it('finds articles with filters, sort and pagination', async () => {
    const tag = seedExpected().article.tags.find((name) => corpus.second.reading.article.tags.includes(name))!;
    const { data, meta } = await client.collection('articles').find({
      filters: { tags: { name: { $eq: tag } } },
      sort: 'capturedAt:desc',
      fields: ['headline'],
      pagination: { page: 1, pageSize: 1 },
    });
    expect(data.map((article) => article.documentId)).toEqual([corpus.second.article.documentId]);
    expect(meta.pagination).toMatchObject({ page: 1, pageSize: 1, pageCount: 2, total: 2 });
  });

  it('gets a 404 for the draft, as a typed error', async () => {
    await expect(client.collection('articles').findOne(corpus.draft.article.documentId!)).rejects.toBeInstanceOf(HTTPNotFoundError);
  });
});

describe('graphql-request (GraphQL)', () => {
  const ARTICLE = gql`
    query Article($documentId: ID!) {
      article(documentId: $documentId) {
        documentId
        headline
        quotes(sort: "position:asc", pagination: { limit: 100 }) {
          text
          position
          speaker {
            name
          }
        }
        tags(pagination: { limit: 100 }) {
          name
          slug
        }
      }
    }
  `;
  type Answer = {
    article: { documentId: string; headline: string; quotes: Array<Omit<Quote, 'documentId'>>; tags: Array<{ name: string; slug: string }> } | null;
  };

  it('reads the article with its quotes, speakers and tags in one round trip', async () => {
    const client = new GraphQLClient(`${origin}/graphql`);
    const { article } = await client.request<Answer>(ARTICLE, { documentId: corpus.seed.article.documentId });
    const expected = seedExpected();
    expect(article!.headline).toBe(HEADLINES.seed);
    expect(article!.quotes.map((quote) => fold(quote.text))).toEqual(expected.quotes.map((quote) => fold(quote.text)));
    expect(article!.quotes.map((quote) => quote.speaker?.name ?? null)).toEqual(expected.quotes.map((quote) => quote.speaker));
    expect(article!.tags.map((tag) => tag.name).sort()).toEqual([...expected.article.tags].sort());
  });

  it('gets null for the draft', async () => {
    const client = new GraphQLClient(`${origin}/graphql`);
    const { article } = await client.request<Answer>(ARTICLE, { documentId: corpus.draft.article.documentId });
    expect(article).toBeNull();
  });
});
