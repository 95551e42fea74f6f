import type { Core } from '@strapi/strapi';
import { quoteLabel } from '../utils/quote-label';

const QUOTE = 'api::quote.quote';
const PERSON = 'api::person.person';
const ORGANIZATION = 'api::organization.organization';
/** Rows read and rewritten at a time. */
const BATCH = 500;

type QuoteRow = {
  id: number;
  text: string | null;
  label: string | null;
  speakerDescription: string | null;
  speaker: { name: string | null } | null;
  speakerOrganization: { name: string | null } | null;
};

/** Who a quote row is said by, in words: its person, else its organization, else its description. */
const speakerOf = (row: Pick<QuoteRow, 'speaker' | 'speakerOrganization' | 'speakerDescription'>) =>
  row.speaker?.name || row.speakerOrganization?.name || row.speakerDescription || null;

/**
 * Brings the stored `label` of the quote rows matching `where` (drafts and published versions,
 * each from its own text and speaker) up to date; returns how many changed. The importer writes
 * labels with its rows; this covers every other write and the rows written before labels existed.
 */
export async function refreshQuoteLabels(strapi: Core.Strapi, where: Record<string, unknown>): Promise<number> {
  let changed = 0;
  let lastId = 0;
  for (;;) {
    const rows = (await strapi.db.query(QUOTE).findMany({
      where: { $and: [where, { id: { $gt: lastId } }] },
      select: ['id', 'text', 'label', 'speakerDescription'],
      populate: { speaker: { select: ['name'] }, speakerOrganization: { select: ['name'] } },
      orderBy: { id: 'asc' },
      limit: BATCH,
    })) as QuoteRow[];
    if (rows.length === 0) return changed;
    lastId = rows[rows.length - 1].id;
    const stale = rows.flatMap((row) => {
      const label = quoteLabel(row.text, speakerOf(row));
      return label === row.label ? [] : [{ id: row.id, label }];
    });
    if (stale.length > 0) {
      await strapi.db.transaction(async () => {
        for (const { id, label } of stale) await strapi.db.query(QUOTE).update({ where: { id }, data: { label } });
      });
    }
    changed += stale.length;
  }
}

/**
 * Keeps quote labels in step with the Document Service's writes: a quote's own (its text or
 * speaker changed), and a person's or an organization's name, which its quotes' labels carry.
 */
export const registerQuoteLabelMiddleware = (strapi: Core.Strapi) => {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    // A published version and a restored draft are copies, label included.
    const writes = action === 'create' || action === 'update';
    if (!writes || (uid !== QUOTE && uid !== PERSON && uid !== ORGANIZATION)) return next();
    const params = context.params as { data?: Record<string, unknown> };
    if (uid !== QUOTE && (action !== 'update' || params.data?.name === undefined)) return next();

    const result = await next();
    const documentId = (result as { documentId?: string } | null)?.documentId ?? (context.params as { documentId?: string }).documentId;
    if (!documentId) return result;
    if (uid === QUOTE) await refreshQuoteLabels(strapi, { documentId });
    else await refreshQuoteLabels(strapi, { [uid === PERSON ? 'speaker' : 'speakerOrganization']: { documentId } });
    return result;
  });
};

/** Labels for the quotes stored before the attribute existed (or written around the services). */
export async function backfillQuoteLabels(strapi: Core.Strapi) {
  const filled = await refreshQuoteLabels(strapi, { label: { $null: true } });
  if (filled > 0) strapi.log.info(`Quote labels: ${filled} filled in`);
}
