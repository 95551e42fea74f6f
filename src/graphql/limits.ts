import {
  GraphQLError,
  Kind,
  parse,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  isCompositeType,
  type ASTVisitor,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';

/**
 * What one GraphQL request may ask for. Strapi's GraphQL plugin bounds depth and page sizes,
 * but not aliases (ten aliases of a 100-article list with quotes and speakers held the server
 * for seconds, five hundred took it down), and its depth limiter recurses forever on a fragment
 * that spreads itself. Two checks:
 *
 *  - `checkDocument`, before Apollo sees the request (schema-free): a document that parses
 *    within `maxTokens`, queries and mutations only, no fragment cycle, at most `maxAliases`
 *    aliased fields;
 *  - `costRule`, an Apollo validation rule (with the schema): the estimated number of rows and
 *    relation look-ups the operation costs, at most `maxCost`. A list field costs the number of
 *    entries it can return (its `pagination` when written in the query, else the default page
 *    size, or the maximum when it comes from a variable) times the entries of the fields above
 *    it; an object field costs one look-up per entry above it; a scalar costs nothing.
 *    `articles(pagination: { pageSize: 100 }) { quotes { speaker { name } } }` costs
 *    100 + 100 × 25 + 100 × 25 = 5,100.
 */
export type GraphqlLimits = {
  maxTokens: number;
  maxAliases: number;
  maxCost: number;
  /** Values in a query's variables (a list of 20,000 ids is checked value by value before any limit of the filters applies). */
  maxVariableValues: number;
  defaultPageSize: number;
  maxPageSize: number;
};

/** A refusal, as the GraphQL response's error. */
export class GraphqlLimitError extends GraphQLError {
  constructor(message: string, code = 'GRAPHQL_VALIDATION_FAILED') {
    super(message, { extensions: { code } });
  }
}

/** How many values a JSON value holds (a list or an object counts its items, at any depth). */
const valuesIn = (value: unknown): number =>
  Array.isArray(value)
    ? value.reduce((sum: number, item) => sum + valuesIn(item), 0)
    : typeof value === 'object' && value !== null
      ? Object.values(value).reduce((sum: number, item) => sum + valuesIn(item), 0)
      : 1;

/**
 * Parses and checks a document and, for a query, its variables (a mutation's may carry a whole
 * article); throws a `GraphqlLimitError` when it is refused.
 */
export function checkDocument(query: string, limits: GraphqlLimits, variables?: unknown): DocumentNode {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: limits.maxTokens });
  } catch (error) {
    throw new GraphqlLimitError((error as Error).message, 'GRAPHQL_PARSE_FAILED');
  }
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'subscription') {
      throw new GraphqlLimitError('Subscriptions are not supported: send a query or a mutation');
    }
  }

  // Fragment cycles, before anything recurses through fragments.
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string) => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') throw new GraphqlLimitError(`Cannot spread fragment \`${name}\` within itself`);
    state.set(name, 'visiting');
    const fragment = fragments.get(name);
    if (fragment) spreadsOf(fragment.selectionSet).forEach(visit);
    state.set(name, 'done');
  };
  fragments.forEach((_fragment, name) => visit(name));

  let aliases = 0;
  const countAliases = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD && selection.alias) aliases += 1;
      if (selection.kind !== Kind.FRAGMENT_SPREAD) countAliases(selection.selectionSet);
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) countAliases(definition.selectionSet);
  }
  if (aliases > limits.maxAliases) throw new GraphqlLimitError(`Too many aliases: ${aliases}, at most ${limits.maxAliases} in one request`);
  const mutates = document.definitions.some((definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.operation === 'mutation');
  if (!mutates && variables !== undefined && valuesIn(variables) > limits.maxVariableValues) {
    throw new GraphqlLimitError(`Too many values in the variables: at most ${limits.maxVariableValues} in a query`, 'BAD_USER_INPUT');
  }
  return document;
}

const spreadsOf = (set: SelectionSetNode | undefined): string[] =>
  (set?.selections ?? []).flatMap((selection) =>
    selection.kind === Kind.FRAGMENT_SPREAD ? [selection.name.value] : spreadsOf(selection.selectionSet),
  );

/** The page size a list field asks for: its `pagination` literal, else the default, or the maximum when it is a variable. */
const pageSizeOf = (field: FieldNode, limits: GraphqlLimits): number => {
  const pagination = field.arguments?.find((argument) => argument.name.value === 'pagination')?.value;
  if (!pagination) return limits.defaultPageSize;
  if (pagination.kind === Kind.VARIABLE) return limits.maxPageSize;
  if (pagination.kind !== Kind.OBJECT) return limits.defaultPageSize;
  const entry = (name: string): ValueNode | undefined => pagination.fields.find((f) => f.name.value === name)?.value;
  const size = entry('pageSize') ?? entry('limit');
  if (!size) return limits.defaultPageSize;
  if (size.kind !== Kind.INT) return limits.maxPageSize;
  return Math.min(Math.max(Number(size.value), 1), limits.maxPageSize);
};

/** The Apollo validation rule that refuses operations costing more than `maxCost`. */
export const costRule =
  (limits: GraphqlLimits) =>
  (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const root = operation.operation === 'mutation' ? context.getSchema().getMutationType() : context.getSchema().getQueryType();
      if (!root) return;
      let cost = 0;
      // `pageSize`: the page a connection field (`articles_connection(pagination: …)`) asked
      // for, which its `nodes` list returns.
      const walk = (set: SelectionSetNode, type: GraphQLCompositeType, entries: number, seen: Set<string>, pageSize?: number) => {
        for (const selection of set.selections) {
          if (cost > limits.maxCost) return;
          if (selection.kind === Kind.FRAGMENT_SPREAD) {
            const name = selection.name.value;
            const fragment = context.getFragment(name);
            if (!fragment || seen.has(name)) continue;
            const on = context.getSchema().getType(fragment.typeCondition.name.value);
            if (isCompositeType(on)) walk(fragment.selectionSet, on, entries, new Set([...seen, name]), pageSize);
            continue;
          }
          if (selection.kind === Kind.INLINE_FRAGMENT) {
            const on = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) : type;
            if (isCompositeType(on)) walk(selection.selectionSet, on, entries, seen, pageSize);
            continue;
          }
          if (!selection.selectionSet) continue;
          const fieldType = isObjectType(type) || isInterfaceType(type) ? type.getFields()[selection.name.value]?.type : undefined;
          if (!fieldType) continue;
          const { list, named } = shapeOf(fieldType);
          const paginated = selection.arguments?.some((argument) => argument.name.value === 'pagination');
          const below = list ? entries * (paginated || pageSize === undefined ? pageSizeOf(selection, limits) : pageSize) : entries;
          cost += below;
          const passed = !list && paginated ? pageSizeOf(selection, limits) : undefined;
          if (isCompositeType(named)) walk(selection.selectionSet, named, below, seen, passed);
        }
      };
      walk(operation.selectionSet, root, 1, new Set());
      if (cost > limits.maxCost) {
        context.reportError(
          new GraphqlLimitError(
            `This query costs more than ${limits.maxCost} (estimated entries and look-ups): ask for fewer entries (pagination), fewer relations or fewer aliases`,
          ),
        );
      }
    },
  });

/**
 * Whether a field returns a list, and its named type. Strapi's connection types
 * (`articles_connection { nodes }`) are objects whose `nodes` field is the list.
 */
const shapeOf = (type: GraphQLOutputType) => {
  const nullable = getNullableType(type);
  return { list: isListType(nullable), named: getNamedType(type) };
};
