import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isPlainObject } from '../utils/is-plain-object';

/**
 * Filters of a shape the query engine cannot run are the caller's mistake: a 400 in Strapi's
 * error shape, not the 500 the engine's plain `Error` becomes. Strapi's REST validation checks
 * the keys of `filters` (attributes, operators) but not the shapes under them, so
 * `filters[$or]=1`, `filters[$not]=x`, `filters[headline][$between]=x` or
 * `filters[headline][$eq][$eq]=x` (and the same in a populate's `filters`) reached the database
 * layer and failed there. The rules are the engine's own (`@strapi/database`, query/helpers/where):
 * - `$and` / `$or` take an array of conditions, `$not` a condition;
 * - on a relation (or component, or media), a condition on the target, an id, or exactly one
 *   operator on the id;
 * - on a field, a value, a list of values, or operators: `$between` two values, the other
 *   operators a value or a list of values, `$not` any of these.
 * And what PostgreSQL cannot run where SQLite can (SQLite compares everything as text):
 * - the case-sensitive text operators (`$contains`, `$startsWith`...) apply to text fields only;
 * - a JSON field (`aliases`, blocks) is searched as text with `$containsi` / `$notContainsi`, or
 *   tested with `$null` / `$notNull`, and nothing else;
 * - a number field (and `id`) is compared with numbers its column can hold: the engine throws on
 *   `filters[position]=x`, PostgreSQL on `filters[id]=1.5` or a value out of range.
 */

type Attribute = { type: string; target?: string; component?: string; relation?: string };
type Schema = { attributes: Record<string, Attribute> };

/** A value the engine binds as it is: a string, number, boolean, null, a Date, a sub-query. */
const isValue = (value: unknown) => !Array.isArray(value) && !isPlainObject(value);

const GROUP = new Set(['$and', '$or']);
const ATTRIBUTE_OPERATORS = new Set([
  '$not', '$in', '$notIn', '$eq', '$eqi', '$ne', '$nei', '$gt', '$gte', '$lt', '$lte', '$null', '$notNull', '$between',
  '$startsWith', '$endsWith', '$startsWithi', '$endsWithi', '$contains', '$notContains', '$containsi', '$notContainsi',
  '$jsonSupersetOf',
]);
const isOperator = (key: string) => GROUP.has(key) || ATTRIBUTE_OPERATORS.has(key);

/** `?? LIKE ?` without a cast: PostgreSQL has no LIKE on numbers, dates, booleans or JSON. */
const CASE_SENSITIVE_TEXT = new Set(['$contains', '$notContains', '$startsWith', '$endsWith']);
const TEXT_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid', 'enumeration', 'password']);
const JSON_TYPES = new Set(['json', 'blocks']);
const JSON_OPERATORS = new Set(['$containsi', '$notContainsi', '$null', '$notNull', '$not']);
/** The operators whose values the engine casts to the field's type (`$not` aside: it holds operators). */
const COMPARED = new Set(['$eq', '$ne', '$gt', '$gte', '$lt', '$lte', '$in', '$notIn', '$between']);

const INT32 = [-2147483648, 2147483647] as const;
const INT64 = [BigInt('-9223372036854775808'), BigInt('9223372036854775807')] as const;
/** Whether a value fits a number field of each type (the other types have no entry). */
const NUMBER_CHECKS: Record<string, (value: unknown) => boolean> = {
  integer: (value) => isWhole(value) && Number(value) >= INT32[0] && Number(value) <= INT32[1],
  biginteger: (value) => isWhole(value) && BigInt(String(value).trim()) >= INT64[0] && BigInt(String(value).trim()) <= INT64[1],
  float: (value) => isFiniteNumber(value),
  decimal: (value) => isFiniteNumber(value),
};
const isFiniteNumber = (value: unknown) =>
  (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value.trim())));
const isWhole = (value: unknown) => (typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && /^\s*-?\d{1,20}\s*$/.test(value));

/** A 400 in Strapi's error shape, naming the place in the query. */
const invalid = (message: string, path: string) => new errors.ValidationError(message, { path });

/**
 * A content type's or component's schema. Through `getModel`: the `contentTypes` and
 * `components` getters copy every registered schema on each call, and this runs for every
 * field of every filter of every Document Service call.
 */
const schemaOf = (strapi: Core.Strapi, model: string) => strapi.getModel(model as UID.Schema) as Schema | undefined;

const JSON_MESSAGE = 'Invalid filters: a JSON field is searched with $containsi or $notContainsi, or tested with $null or $notNull';

const at = (path: string, key: string | number) => (path ? `${path}[${key}]` : String(key));

/** The model a relation, component or media attribute leads to. */
const targetOf = (attribute: Attribute): string | null => {
  if (attribute.type === 'relation') return attribute.target ?? null;
  if (attribute.type === 'component') return attribute.component ?? null;
  if (attribute.type === 'media') return 'plugin::upload.file';
  return null;
};

const checkFilters = (strapi: Core.Strapi, uid: string, filters: unknown, path = 'filters') => {
  const condition = (model: string, where: unknown, here: string): void => {
    if (Array.isArray(where)) return where.forEach((sub, i) => condition(model, sub, at(here, i)));
    if (!isPlainObject(where)) throw invalid('Invalid filters: expected an object of conditions', here);
    for (const [key, value] of Object.entries(where)) {
      const there = at(here, key);
      if (GROUP.has(key)) {
        if (!Array.isArray(value)) throw invalid(`Invalid filters: ${key} expects an array of conditions`, there);
        value.forEach((sub, i) => condition(model, sub, at(there, i)));
      } else if (key === '$not') {
        condition(model, value, there);
      } else if (isOperator(key)) {
        throw invalid(`Invalid filters: ${key} applies to a field, not to a whole entry`, there);
      } else {
        // `id` is no attribute of the schema, but a column all the same.
        const attribute = key === 'id' ? { type: 'integer' } : schemaOf(strapi, model)?.attributes?.[key];
        const target = attribute ? targetOf(attribute) : null;
        if (attribute?.type === 'dynamiczone') continue;
        if (target) relation(target, value, there);
        else field(value, there, attribute?.type);
      }
    }
  };

  /** A relation is compared by the target's `id` when it is given values or operators. */
  const relation = (target: string, value: unknown, here: string): void => {
    if (Array.isArray(value)) {
      if (!value.every(isValue)) throw invalid('Invalid filters: a list of ids expected', here);
      return value.forEach((item) => number(item, here, 'integer'));
    }
    if (!isPlainObject(value)) return number(value, here, 'integer');
    const keys = Object.keys(value);
    const operatorKeys = keys.filter(isOperator);
    if (operatorKeys.length === 0) return condition(target, value, here);
    if (operatorKeys.length !== keys.length) throw invalid('Invalid filters: operators and fields cannot be mixed on a relation', here);
    if (operatorKeys.length > 1) throw invalid('Invalid filters: one operator at most on a relation', here);
    const [operator] = operatorKeys;
    if (GROUP.has(operator)) return condition(target, value, here);
    // The engine reads `$not` on a relation as "not this id" only.
    if (operator === '$not' && !isValue(value.$not) && !(Array.isArray(value.$not) && value.$not.every(isValue))) {
      throw invalid('Invalid filters: $not on a relation takes ids; negate a condition with filters[$not][…]', at(here, operator));
    }
    operators(value, here, 'integer');
  };

  /** `type` is the field's type, when the model declares the field. */
  const field = (value: unknown, here: string, type?: string): void => {
    if (isPlainObject(value)) return operators(value, here, type);
    if (type && JSON_TYPES.has(type)) throw invalid(JSON_MESSAGE, here);
    if (Array.isArray(value)) value.forEach((item, i) => (isPlainObject(item) ? operators(item, at(here, i), type) : field(item, at(here, i), type)));
    else number(value, here, type);
  };

  /** A value compared with a number field must be a number the field holds. */
  const number = (value: unknown, here: string, type?: string) => {
    const fits = type ? NUMBER_CHECKS[type] : undefined;
    if (fits && value !== null && !fits(value)) throw invalid(`Invalid filters: expected a number that fits a ${type} field`, here);
  };

  const operators = (value: Record<string, unknown>, here: string, type?: string) => {
    for (const [operator, operandValue] of Object.entries(value)) {
      const there = at(here, operator);
      if (!ATTRIBUTE_OPERATORS.has(operator)) throw invalid(`Invalid filters: unexpected ${operator} on a field`, there);
      // SQLite has no JSON containment and PostgreSQL none on text columns: one answer on both.
      if (operator === '$jsonSupersetOf') throw invalid(`Invalid filters: $jsonSupersetOf is not available; ${JSON_MESSAGE.replace('Invalid filters: ', '')}`, there);
      if (type && JSON_TYPES.has(type) && !JSON_OPERATORS.has(operator)) throw invalid(JSON_MESSAGE, there);
      if (type && CASE_SENSITIVE_TEXT.has(operator) && !TEXT_TYPES.has(type) && !JSON_TYPES.has(type)) {
        throw invalid(`Invalid filters: ${operator} applies to text fields; use ${operator}i`, there);
      }
      operand(operator, operandValue, there, type);
    }
  };

  const operand = (operator: string, value: unknown, here: string, type?: string) => {
    if (operator === '$not') return field(value, here, type);
    if (operator === '$between') {
      if (!Array.isArray(value) || value.length !== 2 || !value.every(isValue)) {
        throw invalid('Invalid filters: $between expects two values', here);
      }
      value.forEach((item) => number(item, here, type));
      return;
    }
    if (isValue(value) || (Array.isArray(value) && value.every(isValue))) {
      if (COMPARED.has(operator)) (Array.isArray(value) ? value : [value]).forEach((item) => number(item, here, type));
      return;
    }
    throw invalid(`Invalid filters: ${operator} expects a value or a list of values`, here);
  };

  if (filters !== undefined && filters !== null) condition(uid, filters, path);
};

/** The filters of every populated relation, at any depth. */
const checkPopulate = (strapi: Core.Strapi, uid: string, populate: unknown, path = 'populate') => {
  if (!isPlainObject(populate)) return;
  const schema = schemaOf(strapi, uid);
  for (const [key, value] of Object.entries(populate)) {
    if (!isPlainObject(value)) continue;
    const attribute = schema?.attributes?.[key];
    const target = attribute ? targetOf(attribute) : null;
    if (!target) continue;
    checkFilters(strapi, target, value.filters, at(at(path, key), 'filters'));
    checkPopulate(strapi, target, value.populate, at(at(path, key), 'populate'));
  }
};

const CHECKED = new Set(['findOne', 'findFirst', 'findMany', 'count', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/** Checks the filters of every Document Service call, whoever makes it. */
export const registerFilterShapeCheck = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    if (CHECKED.has(context.action)) {
      const params = context.params as { filters?: unknown; populate?: unknown; _q?: unknown } | undefined;
      // `?_q=a&_q=b` arrives as a list, which the search cannot split.
      if (params?._q !== undefined && typeof params._q !== 'string') throw invalid('Invalid search: `_q` takes one text', '_q');
      checkFilters(strapi, context.uid, params?.filters);
      checkPopulate(strapi, context.uid, params?.populate);
    }
    return next();
  });
};
