import { buildSchema, parse, validate } from 'graphql';
import { checkDocument, costRule, GraphqlLimitError, type GraphqlLimits } from '../../src/graphql/limits';

const limits: GraphqlLimits = { maxTokens: 500, maxAliases: 3, maxCost: 5_000, maxVariableValues: 10, defaultPageSize: 25, maxPageSize: 100 };

/** The shape of Strapi's schema for a few types: lists with `pagination`, objects, connections. */
const schema = buildSchema(`
  input PaginationArg { page: Int pageSize: Int start: Int limit: Int }
  type Person { name: String quotes(pagination: PaginationArg): [Quote]! }
  type Quote { text: String speaker: Person article: Article }
  type Article { headline: String quotes(pagination: PaginationArg): [Quote]! tags(pagination: PaginationArg): [Tag]! }
  type Tag { name: String }
  type ArticleConnection { nodes: [Article!]! }
  type Query {
    articles(pagination: PaginationArg): [Article]!
    article(documentId: ID!): Article
    articles_connection(pagination: PaginationArg): ArticleConnection
  }
`);

const costErrors = (query: string) => validate(schema, parse(query), [costRule(limits)]).map((error) => error.message);

describe('the GraphQL cost rule', () => {
  it.each([
    // 100 articles, 25 quotes each, one speaker each: 100 + 2,500 + 2,500.
    ['{ articles(pagination: { pageSize: 100 }) { quotes { speaker { name } } } }', 5_100, true],
    // The default page: 25 + 625 + 625.
    ['{ articles { quotes { speaker { name } } } }', 1_275, false],
    // One article: 1 + 25 quotes + 25 speakers + 25 tags.
    ['query ($id: ID!) { article(documentId: $id) { quotes { speaker { name } } tags { name } } }', 76, false],
    // A page size from a variable counts as the largest.
    ['query ($p: PaginationArg) { articles(pagination: $p) { headline quotes(pagination: $p) { text } } }', 10_100, true],
    // A connection's page applies to its nodes.
    ['{ articles_connection(pagination: { pageSize: 100 }) { nodes { quotes(pagination: { pageSize: 40 }) { text } } } }', 4_101, false],
    // Aliases add up.
    ['{ a: articles { quotes { text } } b: articles { quotes { text } } c: articles { quotes { text } } d: articles { quotes { text } } }', 2_600, false],
  ])('%s costs %d', (query, _cost, refused) => {
    expect(costErrors(query).length > 0).toBe(refused);
  });

  it('counts fragments where they are spread', () => {
    const query = '{ articles(pagination: { pageSize: 100 }) { ...A } } fragment A on Article { quotes { speaker { name } } }';
    expect(costErrors(query)).toEqual([expect.stringMatching(/costs more than 5000/)]);
  });
});

describe('the document check', () => {
  const refusal = (query: string, variables?: unknown) => {
    try {
      checkDocument(query, limits, variables);
      return null;
    } catch (error) {
      expect(error).toBeInstanceOf(GraphqlLimitError);
      return (error as Error).message;
    }
  };

  it('refuses subscriptions, fragment cycles, too many aliases and too many tokens', () => {
    expect(refusal('subscription { articles { headline } }')).toMatch(/Subscriptions are not supported/);
    expect(refusal('{ articles { ...A } } fragment A on Article { ...B } fragment B on Article { headline ...A }')).toMatch(/within itself/);
    expect(refusal('{ a: articles { headline } b: articles { headline } c: articles { headline } d: articles { headline } }')).toMatch(/Too many aliases: 4/);
    expect(refusal(`{ articles { ${'headline '.repeat(600)} } }`)).toMatch(/more that 500 tokens|more than 500 tokens/);
    expect(refusal('{ articles { headline')).toMatch(/Syntax Error/);
    expect(refusal('query ($ids: [ID]) { articles(filters: { documentId: { in: $ids } }) { headline } }', { ids: Array.from({ length: 11 }, String) })).toMatch(
      /Too many values in the variables: at most 10/,
    );
  });

  it('lets ordinary documents through', () => {
    expect(refusal('query ($id: ID!) { article(documentId: $id) { ...A tags { name } } } fragment A on Article { headline quotes { text } }')).toBeNull();
    expect(refusal('mutation { createTag(data: { name: "x" }) { name } }')).toBeNull();
    // A mutation's variables may hold a whole article.
    expect(refusal('mutation ($d: TagInput!) { createTag(data: $d) { name } }', { d: { names: Array.from({ length: 50 }, String) } })).toBeNull();
  });
});
