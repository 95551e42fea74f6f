/**
 * How much of a reading the CMS can store: the length of each value read from a page, in the
 * column it is written to, and how many quotes, people, organizations, tags and related
 * headlines one document may bring. A page over any of them cannot be imported as it stands
 * (rules `field-too-long` and `too-many-items`), and the check says so before anything is written.
 *
 * The reader owns these numbers and imports nothing from Strapi; tests/unit/limits.test.ts
 * holds each field against the content-type schema it is stored in (`storedIn`): a string
 * attribute is a varchar(255) column on PostgreSQL, or its `maxLength` when it has one.
 */

export type LimitedField =
  | 'section'
  | 'dateline'
  | 'imageCredit'
  | 'relatedHeadline'
  | 'tag'
  | 'personName'
  | 'personRole'
  | 'organizationName'
  | 'organizationAcronym'
  | 'quoteCue'
  | 'speakerDescription';

export type CountedItem = 'quotes' | 'people' | 'organizations' | 'tags' | 'relatedHeadlines';

export interface Limits {
  /** Characters (Unicode code points), per value. */
  length: Record<LimitedField, number>;
  /** Items per document. */
  count: Record<CountedItem, number>;
}

/** Where each value is stored: `<content type or component>.<attribute>`, for the test and the docs. */
export const storedIn: Record<LimitedField, string> = {
  section: 'api::article.article.section',
  dateline: 'api::article.article.dateline',
  imageCredit: 'news.captioned-image.credit',
  relatedHeadline: 'news.related-headline.headline',
  tag: 'api::tag.tag.name',
  personName: 'api::person.person.name',
  personRole: 'news.affiliation.role',
  organizationName: 'api::organization.organization.name',
  organizationAcronym: 'api::organization.organization.acronym',
  quoteCue: 'api::quote.quote.cue',
  speakerDescription: 'api::quote.quote.speakerDescription',
};

/** What a field is called in a diagnostic. */
export const fieldLabels: Record<LimitedField, string> = {
  section: 'section',
  dateline: 'dateline',
  imageCredit: 'image credit',
  relatedHeadline: 'related headline',
  tag: 'tag',
  personName: 'person name',
  personRole: 'role',
  organizationName: 'organization name',
  organizationAcronym: 'acronym',
  quoteCue: 'quote cue',
  speakerDescription: 'speaker description',
};

export const defaultLimits: Limits = {
  length: {
    section: 255,
    dateline: 255,
    imageCredit: 255,
    relatedHeadline: 255,
    tag: 255,
    personName: 255,
    personRole: 255,
    organizationName: 255,
    organizationAcronym: 255,
    quoteCue: 255,
    speakerDescription: 1000,
  },
  // Far above any real article (the seed page has 14 quotes), and low enough that one document's
  // rows fit in one statement on SQLite (32,766 variables) and PostgreSQL (65,535 parameters).
  count: {
    quotes: 500,
    people: 300,
    organizations: 300,
    tags: 100,
    relatedHeadlines: 100,
  },
};

/** Length as the database counts it: code points, not UTF-16 units. */
export function lengthOf(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
      const d = value.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
