/**
 * The reader's limits (reader/limits.ts) and the request's (import/input.ts) are the columns'
 * own: held here against the content-type schemas, so that a schema change cannot leave the
 * check saying "importable" about a page the database will refuse.
 */
import fs from 'node:fs';
import path from 'node:path';
import { defaultLimits, storedIn } from '../../src/plugins/source-import/server/src/reader/limits';
import { MAX_FILE_NAME, MAX_HEADLINE, MAX_SOURCE_URL } from '../../src/plugins/source-import/server/src/import/input';

const root = path.resolve(__dirname, '..', '..');
type Attribute = { type: string; maxLength?: number };

/** `api::article.article` or `news.captioned-image` to its schema's attributes. */
function attributesOf(uid: string): Record<string, Attribute> {
  const file = uid.startsWith('api::')
    ? path.join(root, 'src', 'api', uid.slice(5).split('.')[0], 'content-types', uid.split('.')[1], 'schema.json')
    : path.join(root, 'src', 'components', uid.split('.')[0], `${uid.split('.')[1]}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')).attributes;
}

/** What a column holds: a string attribute is varchar(255) on PostgreSQL, or its maxLength when lower. */
function capacityOf(where: string): number {
  const dot = where.lastIndexOf('.');
  const attribute = attributesOf(where.slice(0, dot))[where.slice(dot + 1)];
  expect(attribute).toBeDefined();
  if (attribute.type === 'string') return Math.min(attribute.maxLength ?? 255, 255);
  expect(attribute.maxLength).toEqual(expect.any(Number));
  return attribute.maxLength!;
}

describe('the reader\'s limits', () => {
  it.each(Object.entries(storedIn))('%s fits its column, %s', (field, where) => {
    expect(defaultLimits.length[field as keyof typeof storedIn]).toBe(capacityOf(where));
  });

  it('cover every limited field', () => {
    expect(Object.keys(defaultLimits.length).sort()).toEqual(Object.keys(storedIn).sort());
  });
});

describe('the request\'s limits', () => {
  it('are those of the columns the values go to', () => {
    expect(MAX_FILE_NAME).toBe(capacityOf('news.import-source.fileName'));
    expect(MAX_SOURCE_URL).toBe(capacityOf('api::article.article.sourceUrl'));
    expect(MAX_HEADLINE).toBe(capacityOf('api::article.article.headline'));
  });
});
