/**
 * The reader: a news page captured as plain text in, a structured, positioned reading out.
 *
 *   decode -> lines/blocks (parse/) -> paragraphs, quote marks, sentences -> entities and
 *   quotations (extract/) -> rules (rules/) -> Reading
 *
 * Pure: no Strapi, no I/O. Never throws; work is linear in the input.
 */
import { decode } from './parse/decode';
import { Location } from './parse/location';
import { hasWords, normalize, squash, toOriginal } from './parse/normalize';
import { buildBlocks, titleLike } from './parse/blocks';
import { scanQuotes } from './parse/quotes';
import { BARE_DATELINE, bylineAgency } from './parse/rows';
import { sentences, tokenize } from './extract/text';
import type { Para } from './extract/paras';
import { findEntities, findMentions } from './extract/entities';
import { attribute, type SpeakerRef } from './extract/attribution';
import type { PersonEntity, Registry } from './extract/registry';
import { rules } from './rules';
import { defaultLimits } from './limits';
import type { MarkProblemAt, RuleContext } from './rules/types';
import type {
  Article, Block, Boilerplate, Dateline, Diagnostic, Organization, Person, Quote, ReadOptions, Reading, Root, Speaker,
} from './types';

export * from './types';
export { rules, docs } from './rules';
export { fold, squash } from './parse/normalize';
export { defaultLimits, storedIn, type Limits } from './limits';

/** Paragraphs longer than this are read in full for structure but capped for token work. */
const MAX_TOKENS = 200000;
const BOILERPLATE_KINDS = new Set(['clock', 'chrome', 'counter', 'story', 'tagsHeader', 'date', 'relatedCaption', 'relatedCredit']);
const DATELINE = /^(\p{Lu}[\p{Lu}'’. -]{1,40}?(?:, ?\p{Lu}[\p{L} .]{1,30}?)?) ?\(([^()]{2,40})\) ?[—–-]{1,2} ?/u;

function emptyArticle(): Article {
  return {
    headline: null, capturedAt: null, datePublished: null, dateModified: null, dateline: null, datelines: [], section: null,
    lead: null, image: null, body: [], relatedHeadlines: [], tags: [], boilerplate: [],
  };
}

export function read(input: string | Uint8Array, options: ReadOptions = {}): Reading {
  try {
    return readUnsafe(input, options);
  } catch (err) {
    // The reader must never throw; a bug becomes a diagnostic instead of a crash.
    const text = typeof input === 'string' ? input : '';
    const loc = new Location(text);
    const pos = loc.position(0, 0);
    return {
      source: { encoding: typeof input === 'string' ? 'string' : null, bom: false, length: text.length },
      tree: { type: 'root', children: [], position: loc.position(0, text.length) },
      article: emptyArticle(), quotes: [], people: [], organizations: [], tags: [],
      diagnostics: [{
        ruleId: 'reader-error', severity: 'error', message: `Unexpected reader failure: ${(err as Error)?.message ?? err}`,
        line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0, position: pos,
      }],
    };
  }
}

function readUnsafe(input: string | Uint8Array, options: ReadOptions): Reading {
  const decoded = decode(input);
  // Bytes that could not be decoded leave '' (the diagnostic then gives the byte offset).
  const text = decoded.text;
  const loc = new Location(text);
  const source = { encoding: decoded.encoding, bom: decoded.bom, length: text.length };
  const article = emptyArticle();

  if (decoded.notText) {
    const tree: Root = { type: 'root', children: [], position: loc.position(0, text.length) };
    return finish(tree, article, [], [], [], decoded, loc, text, [], 0, null, options, source);
  }

  const blocks = buildBlocks(text, loc);
  const tree = blocks.root;
  article.capturedAt = blocks.capturedAt;
  article.datePublished = blocks.datePublished;
  article.dateModified = blocks.dateModified;
  const layout = { indexPage: blocks.indexPage };

  // Paragraph-level views.
  const paras: Para[] = [];
  const blockOfPara: Block[] = [];
  const mark: Para[] = [];
  for (const b of tree.children) {
    // An index page's teaser titles are its own text: read for names like a caption, never for quotes.
    const teaser = layout.indexPage && b.type === 'related';
    const kind = b.type === 'lead' ? 'lead' : b.type === 'paragraph' ? 'paragraph' : b.type === 'caption' || teaser ? 'caption'
      : b.type === 'credit' ? 'credit' : b.type === 'headline' ? 'headline' : null;
    const forMarks = kind !== null || b.type === 'related' || b.type === 'relatedCaption';
    if (!forMarks) continue;
    const norm = normalize(text, b.position.start.offset!, b.position.end.offset!);
    const scan = kind === 'credit' ? null : scanQuotes(norm.text);
    const withTokens = kind === 'lead' || kind === 'paragraph' || kind === 'caption' || kind === 'credit';
    const tokens = withTokens ? tokenize(norm.text, MAX_TOKENS) : [];
    const sents = kind === 'lead' || kind === 'paragraph' ? sentences(norm, scan) : [[0, norm.text.length] as [number, number]];
    const quoted: Array<[number, number]> = [];
    if (scan) for (const sp of scan.spans) if (sp.depth === 0) quoted.push([sp.open, sp.close >= 0 ? sp.close + 1 : sp.cut ?? norm.text.length]);
    const para: Para = { idx: paras.length + mark.length, kind: kind ?? 'headline', norm, tokens, scan, sents, quoted };
    if (kind && kind !== 'headline') { paras.push(para); blockOfPara.push(b); }
    mark.push(para);
  }

  // Article fields.
  let prose = 0;
  let firstContent: { start: number; end: number } | null = null;
  for (const b of tree.children) {
    const start = b.position.start.offset!;
    const end = b.position.end.offset!;
    if (!BOILERPLATE_KINDS.has(b.type) && b.type !== 'section' && !firstContent) firstContent = { start, end };
    switch (b.type) {
      case 'headline': article.headline = b.value; break;
      case 'section': if (!article.section) article.section = b.value; break;
      case 'lead': article.lead = b.value; if (isProse(b.value)) prose++; break;
      case 'paragraph': article.body.push({ text: b.value, position: b.position }); if (isProse(b.value)) prose++; break;
      case 'caption':
        if (!article.image) article.image = { caption: b.value, credit: null, position: b.position };
        else if (article.image.caption === null) article.image.caption = b.value;
        break;
      case 'credit':
        if (!article.image) article.image = { caption: null, credit: b.value, position: b.position };
        else if (!article.image.credit) {
          article.image.credit = b.value;
          article.image.position = { start: article.image.position.start, end: b.position.end };
        }
        break;
      case 'related': {
        const m = /^(?:READ MORE|Read more|Read also|Also read|See also|RELATED|Related)\s*:\s*(.+)$/.exec(b.value);
        article.relatedHeadlines.push(m ? m[1] : b.value);
        break;
      }
      case 'tags': {
        const body = b.value.replace(/^Tags? ?: ?/i, '');
        for (const t of body.split(/ ?, ?/)) if (t.trim()) article.tags.push(t.trim());
        break;
      }
      default:
        if (BOILERPLATE_KINDS.has(b.type)) {
          const item: Boilerplate = { kind: b.type, text: b.value, position: b.position };
          article.boilerplate.push(item);
        }
    }
  }

  // Datelines (`MOSCOW (Sputnik) —`) at the start of the lead or body paragraphs.
  const datelineAgencies: Array<{ agency: string; order: number }> = [];
  for (let i = 0; i < paras.length; i++) {
    const p = paras[i];
    if (p.kind !== 'lead' && p.kind !== 'paragraph') continue;
    const m = DATELINE.exec(p.norm.text.slice(0, 120)) ?? BARE_DATELINE.exec(p.norm.text.slice(0, 120));
    if (!m) continue;
    const [s, e] = toOriginal(p.norm, 0, m[0].trimEnd().length);
    const d: Dateline = { place: m[1].trim(), agency: m[2].trim() || null, position: loc.position(s, e) };
    article.datelines.push(d);
    if (!article.dateline) article.dateline = d;
    if (d.agency) datelineAgencies.push({ agency: d.agency, order: p.idx * 1e7 });
  }

  // The agency of a row's byline date (`AFP Monday 5 Dec 2016`) filed the article, as a dateline's does.
  for (const b of tree.children) {
    const agency = b.type === 'date' ? bylineAgency(b.value) : null;
    if (agency) datelineAgencies.push({ agency, order: 0 });
  }

  // Entities and quotations (only from the article's own text: lead, body, image).
  const reg = findEntities(paras, datelineAgencies);
  findMentions(paras, reg);
  const found = attribute(paras, reg, !!options.indirectQuotes);
  // Loops rather than `map`: V8 kept deoptimizing `read` on the arrays `map` returns when empty.
  const quotes: Quote[] = [];
  for (const q of found) {
    const [s, e] = toOriginal(q.para.norm, q.a, q.b);
    quotes.push({ text: q.text, kind: q.kind, speaker: speakerOut(q.speaker, reg), cue: q.cue, position: loc.position(s, e) });
  }
  quotes.sort((x, y) => x.position.start.offset! - y.position.start.offset!);

  // Quote-mark problems, with multi-paragraph quotations excused (but not a quotation cut at
  // its own attribution: that one lost its closing mark).
  const cutAtAttribution = new Set<Para>();
  for (const q of found) if (q.unclosed) cutAtAttribution.add(q.para);
  const problems: MarkProblemAt[] = [];
  for (let i = 0; i < mark.length; i++) {
    const p = mark[i];
    if (!p.scan) continue;
    for (const pr of p.scan.problems) {
      const [s, e] = toOriginal(p.norm, pr.at, pr.end);
      problems.push({ kind: pr.kind, start: s, end: e, openMark: pr.openMark, closeMark: pr.closeMark });
    }
    const open = p.scan.openAtEnd;
    if (open) {
      const next = mark[i + 1];
      const continues = next && (next.kind === 'paragraph') && /^[“"„«]/.test(next.norm.text);
      if (!continues || cutAtAttribution.has(p)) {
        const [s, e] = toOriginal(p.norm, open.open, open.open + 1);
        problems.push({ kind: 'unclosed', start: s, end: e, openMark: open.openMark, closeMark: null });
      }
    }
  }

  const people = peopleOut(reg);
  const organizations = orgsOut(reg);
  return finish(tree, article, quotes, people, organizations, decoded, loc, text, problems, prose, firstContent, options, source, layout);
}

function isProse(t: string): boolean {
  return (hasWords(t, 8) || /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{12}/.test(t)) && !titleLike(t);
}

function speakerOut(s: SpeakerRef | null, reg: Registry): Speaker | null {
  if (!s) return null;
  if ('person' in s) return { name: s.person.name };
  if ('org' in s) return { organization: reg.canonical(s.org) };
  return { anonymous: true, description: s.anon };
}

function peopleOut(reg: Registry): Person[] {
  const list: Array<{ p: PersonEntity; first: number }> = [];
  for (const p of reg.people) {
    let first = p.order;
    for (let i = 0; i < p.mentions.length && i < 1000; i++) if (p.mentions[i] < first) first = p.mentions[i];
    list.push({ p, first });
  }
  list.sort((a, b) => a.first - b.first || a.p.id - b.p.id);
  return list.map(({ p }) => ({
    name: p.name,
    aliases: [...p.aliases],
    mentions: [...p.descriptions],
    role: p.role,
    organization: p.organization ? reg.canonical(p.organization) : null,
  }));
}

function orgsOut(reg: Registry): Organization[] {
  const list = reg.liveOrgs().slice().sort((a, b) => a.order - b.order || a.id - b.id);
  const seen = new Set<string>();
  const out: Organization[] = [];
  for (const o of list) {
    const name = reg.canonical(o);
    if (!name || seen.has(name.toLowerCase())) continue;
    seen.add(name.toLowerCase());
    const aliases = [...o.names.values()].sort((a, b) => a.order - b.order).map((v) => v.text).filter((t) => t !== name);
    out.push({ name, acronym: o.acronym, aliases, kind: o.kind });
  }
  return out;
}

function finish(
  tree: Root, article: Article, quotes: Quote[], people: Person[], organizations: Organization[],
  decoded: ReturnType<typeof decode>, loc: Location, text: string, markProblems: MarkProblemAt[], proseParagraphs: number,
  firstContent: { start: number; end: number } | null, options: ReadOptions, source: Reading['source'],
  layout: { indexPage: boolean } = { indexPage: false },
): Reading {
  const ctx: RuleContext = {
    text, decoded, location: loc, article, quotes, people, organizations, limits: options.limits ?? defaultLimits,
    markProblems, proseParagraphs, firstContent, indexPage: layout.indexPage,
  };
  const disabled = new Set(options.disable ?? []);
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    if (disabled.has(rule.meta.id)) continue;
    for (const r of rule.check(tree, ctx)) {
      const position = loc.position(r.start, r.end);
      const d: Diagnostic = {
        ruleId: rule.meta.id,
        severity: r.severity ?? rule.meta.defaultSeverity,
        message: r.message,
        line: position.start.line,
        column: position.start.column,
        endLine: position.end.line,
        endColumn: position.end.column,
        offset: position.start.offset!,
        endOffset: position.end.offset!,
        position,
      };
      if (r.expected !== undefined) d.expected = r.expected;
      if (r.actual !== undefined) d.actual = r.actual;
      if (r.note !== undefined) d.note = r.note;
      diagnostics.push(d);
    }
  }
  // Rule ids are lower-case ASCII and hyphens: code-unit order is their collation order, without ICU's cost.
  diagnostics.sort((a, b) => a.offset - b.offset || a.endOffset - b.endOffset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  return { source, tree, article, quotes, people, organizations, tags: article.tags, diagnostics };
}

export { squash as squashSpaces };
