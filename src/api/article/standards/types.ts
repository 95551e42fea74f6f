/**
 * A published article as the Document Service returns it with its quotes (and their speakers),
 * people, organizations, tags and image populated. Only the fields the standards read; all of
 * them optional or nullable because the database may hold older or partial entries.
 */
export type DateValue = string | number | Date | null | undefined;

export type InlineNode = {
  type: string;
  text?: string;
  url?: string;
  children?: InlineNode[];
};

export type BlockNode = {
  type: string;
  children?: Array<BlockNode | InlineNode>;
  [key: string]: unknown;
};

export type StandardsPerson = {
  documentId: string;
  name: string;
  slug?: string | null;
  aliases?: unknown;
  description?: string | null;
};

export type StandardsOrganization = {
  documentId: string;
  name: string;
  slug?: string | null;
  acronym?: string | null;
  aliases?: unknown;
  description?: string | null;
};

export type StandardsTag = { documentId: string; name: string; slug?: string | null };

export type StandardsQuote = {
  documentId: string;
  text: string;
  kind?: string | null;
  cue?: string | null;
  position?: number | null;
  speaker?: StandardsPerson | null;
  speakerOrganization?: StandardsOrganization | null;
  speakerDescription?: string | null;
};

export type StandardsMedia = {
  url?: string | null;
  mime?: string | null;
  width?: number | null;
  height?: number | null;
  /** Strapi's upload plugin stores the size in kilobytes (bytes / 1000). */
  size?: number | null;
  alternativeText?: string | null;
};

export type StandardsImage = {
  caption?: string | null;
  credit?: string | null;
  file?: StandardsMedia | null;
};

export type StandardsArticle = {
  documentId: string;
  headline: string;
  slug?: string | null;
  lead?: string | null;
  body?: BlockNode[] | null;
  section?: string | null;
  dateline?: string | null;
  sourceUrl?: string | null;
  /** When the page of an archived article was captured (its page clock). */
  capturedAt?: DateValue;
  datePublished?: DateValue;
  publishedAt?: DateValue;
  createdAt?: DateValue;
  updatedAt?: DateValue;
  image?: StandardsImage | null;
  quotes?: StandardsQuote[] | null;
  people?: StandardsPerson[] | null;
  organizations?: StandardsOrganization[] | null;
  tags?: StandardsTag[] | null;
};

/** Where the documents live: the public origin of the API (`PUBLIC_URL`, else the request's). */
export type StandardsContext = { baseUrl: string };
