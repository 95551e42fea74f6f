/**
 * How the Content Manager shows the five types and their components to editors: human labels
 * and descriptions, what a relation picker shows of each type, the list columns, the edit
 * layout, and the fields an editor may not change (what the importer recorded about the
 * source). Applied at start by content-manager-views.ts, without undoing what an admin later
 * changes in "Configure the view".
 */

type Metadata = { edit?: Record<string, unknown>; list?: Record<string, unknown> };
type Row = Array<{ name: string; size: number }>;
export type EditorView = {
  settings?: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts?: { list?: string[]; edit?: Row[] };
};

/** A field's label (in the edit view and as a list column) and its help text. */
const field = (label: string, description = '', edit: Record<string, unknown> = {}): Metadata => ({
  edit: { label, description, ...edit },
  list: { label },
});
/** A field that shows what the importer recorded: read-only. */
const recorded = (label: string, description = '') => field(label, description, { editable: false });
/** A relation field, its entries named by `mainField` in the picker and in lists. */
const relation = (label: string, mainField: string, description = '') => field(label, description, { mainField });
/** An edit-view row: `[name, size]` pairs, sizes out of 12. */
const row = (...fields: Array<[string, number]>): Row => fields.map(([name, size]) => ({ name, size }));

const slug = (from: string) => field('URL slug', `Made from the ${from}: the address of the entry on the public site.`);

export const EDITOR_VIEWS: Record<string, EditorView> = {
  'api::article.article': {
    settings: { mainField: 'headline', defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' },
    metadatas: {
      headline: field('Headline', 'The title readers see. A draft may wait for it; publishing needs it.'),
      slug: slug('headline'),
      lead: field('Lead', 'The opening paragraph, as captured.'),
      body: field('Body', 'The text of the article, as captured.'),
      image: field('Main image', 'The photo of the page, with its caption and its credit.'),
      section: field('Section', 'The section of the captured page (World, Business…).'),
      dateline: field('Dateline', 'The place line the story opens with (KYIV, Reuters).'),
      capturedAt: field('Captured', 'When the page was captured.'),
      datePublished: field('Published by the source', 'The publication date the captured page states.'),
      sourceUrl: field('Source address', 'The address of the captured page.'),
      quotes: relation('Quotes', 'label', 'Read from the text on import. Published and unpublished with the article.'),
      tags: relation('Tags', 'name'),
      people: relation('People', 'name', 'The people the article names.'),
      organizations: relation('Organizations', 'name', 'The organizations the article names.'),
      relatedHeadlines: field('Related headlines', 'Headlines of other articles the page links to, linked to them once they exist.'),
      source: recorded('Import source', 'Where the article came from, as the importer recorded it. Read-only: re-imports rely on it.'),
    },
    layouts: {
      list: ['headline', 'capturedAt', 'section', 'quotes'],
      edit: [
        row(['headline', 8], ['slug', 4]),
        row(['lead', 12]),
        row(['body', 12]),
        row(['section', 4], ['dateline', 4], ['capturedAt', 4]),
        row(['datePublished', 4], ['sourceUrl', 8]),
        // Full width: a quote reads by its first words and its speaker.
        row(['quotes', 12]),
        row(['people', 6], ['organizations', 6]),
        row(['tags', 6]),
        row(['image', 12]),
        row(['relatedHeadlines', 12]),
        row(['source', 12]),
      ],
    },
  },

  'api::quote.quote': {
    settings: { mainField: 'label', defaultSortBy: 'id', defaultSortOrder: 'DESC' },
    metadatas: {
      text: field('Quote', 'The words quoted, as the article gives them.'),
      label: field('Short form', 'Its first words and its speaker, shown in lists and pickers. Kept up to date on save.', { editable: false }),
      kind: field('Kind', 'direct: the exact words in quotation marks; partial: a fragment quoted within a sentence; indirect: reported speech.'),
      speaker: relation('Speaker', 'name', 'The person who spoke.'),
      speakerOrganization: relation('Speaking organization', 'name', 'The organization that spoke, or the speaker’s.'),
      speakerDescription: field('Unnamed speaker', 'Who spoke, when the article does not name them (“a senior official”).'),
      cue: field('Reporting verb', 'The verb that attributes the quote (said, told, added).'),
      article: relation('Article', 'headline', 'A quote is published and unpublished with its article.'),
      position: recorded('Order in the article'),
      line: recorded('Line in the source'),
      column: recorded('Column in the source'),
      startOffset: recorded('Start offset in the source', 'Where the quote starts in the captured text, in characters.'),
      endOffset: recorded('End offset in the source', 'Where the quote ends in the captured text, in characters.'),
    },
    layouts: {
      list: ['text', 'speaker', 'article', 'kind'],
      // The short form is derived from the text and the speaker: not in the edit view.
      edit: [
        row(['text', 12]),
        row(['kind', 6], ['cue', 6]),
        row(['speaker', 6], ['speakerOrganization', 6]),
        row(['speakerDescription', 6], ['article', 6]),
        row(['position', 4], ['line', 4], ['column', 4]),
        row(['startOffset', 4], ['endOffset', 4]),
      ],
    },
  },

  'api::person.person': {
    settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
    metadatas: {
      name: field('Name', 'The name as articles give it in full.'),
      slug: slug('name'),
      aliases: field('Other names', 'Other spellings and short forms the importer recognises, as a JSON list (["Ostrander"]).'),
      description: field('Description'),
      affiliations: field('Roles', 'Positions held at organizations (“senior fellow” at a think tank).'),
      organizations: relation('Organizations', 'name'),
      quotes: relation('Quotes', 'label', 'What this person is quoted as saying.'),
      articles: relation('Articles', 'headline', 'The articles that name this person.'),
    },
    layouts: {
      // Other names (JSON) cannot be a list column in Strapi.
      list: ['name', 'description', 'quotes', 'articles'],
      edit: [
        row(['name', 6], ['slug', 6]),
        row(['aliases', 12]),
        row(['description', 12]),
        row(['affiliations', 12]),
        row(['organizations', 6], ['quotes', 6]),
        row(['articles', 6]),
      ],
    },
  },

  'api::organization.organization': {
    settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
    metadatas: {
      name: field('Name', 'The name in full.'),
      slug: slug('name'),
      acronym: field('Acronym', 'The short form articles use (NATO, IAEA).'),
      aliases: field('Other names', 'Other spellings and short forms the importer recognises, as a JSON list.'),
      kind: field('Kind', 'media, government, military, armed_group, political_party, think_tank, international_body, company or other.'),
      description: field('Description'),
      people: relation('People', 'name', 'People linked to this organization.'),
      quotes: relation('Quotes', 'label', 'What this organization is quoted as saying.'),
      articles: relation('Articles', 'headline', 'The articles that name this organization.'),
    },
    layouts: {
      list: ['name', 'acronym', 'kind', 'quotes'],
      edit: [
        row(['name', 6], ['acronym', 6]),
        row(['kind', 6], ['slug', 6]),
        row(['aliases', 12]),
        row(['description', 12]),
        row(['people', 6], ['quotes', 6]),
        row(['articles', 6]),
      ],
    },
  },

  'api::tag.tag': {
    settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
    metadatas: {
      name: field('Name', 'The topic as the tag line of a page gives it.'),
      slug: slug('name'),
      articles: relation('Articles', 'headline'),
    },
    layouts: { list: ['name', 'slug', 'articles'], edit: [row(['name', 6], ['slug', 6]), row(['articles', 6])] },
  },

  'news.affiliation': {
    metadatas: {
      role: field('Role', 'The position held (“senior fellow”, “spokesperson”).'),
      organization: relation('Organization', 'name'),
    },
  },
  'news.captioned-image': {
    metadatas: {
      caption: field('Caption'),
      credit: field('Credit', 'The © line of the page.'),
      file: field('Image file'),
    },
  },
  'news.import-source': {
    metadatas: {
      fileName: recorded('File name', 'The captured file, as it was named on import.'),
      sha256: recorded('SHA-256', 'The hash of the captured text: a re-import of the same text is recognised by it.'),
      rawText: recorded('Captured text', 'The text the article was read from.'),
      importerVersion: recorded('Importer version'),
      readerVersion: recorded('Reader version', 'The reader that made the reading: a re-read with a newer one updates it.'),
      importedAt: recorded('Imported at'),
      diagnostics: recorded('Diagnostics', 'What the importer noticed about the structure of the page.'),
    },
  },
  'news.related-headline': {
    metadatas: {
      headline: field('Headline', 'The headline as the page links to it.'),
      article: relation('Article', 'headline', 'That article, once it exists.'),
    },
  },
};
