/** A plain object (`{…}`), not an array, a Date, a knex builder or null: a query's map of keys. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
