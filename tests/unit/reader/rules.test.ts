/** Rule tests as valid/invalid tables (RuleTester style): ruleId, line and column, never message wording. */
import { read } from './helpers';
import { defaultLimits } from '../../../src/plugins/source-import/server/src/reader';

interface Invalid { code: string | Uint8Array; errors: Array<{ line: number; column: number; severity?: string }> }
interface Table { valid: Array<string | Uint8Array>; invalid: Invalid[] }

const ARTICLE = 'A Headline About Something Important\n\nThe lead paragraph says what happened in a full sentence with enough words.\n\nThe body paragraph adds more detail about the event in a second sentence.\n';

const TEASER = (d: string, title: string, what: string) => `  • A photo of ${what}\n  Last update: 10:00 ${d}\n  10:00 ${d}\n\n  ${title}\n\n  The ${what} was the subject of a long debate in the city on ${d}.\n\n`;
const TEASERS = '10:30 GMT +305 April 2019\nListen Live\n' + TEASER('04.04.2019', 'Council Agrees on New Plan', 'plan')
  + TEASER('03.04.2019', 'Port Opens a New Quay', 'quay') + TEASER('02.04.2019', 'Schools Close for the Holiday', 'holiday');

const tables: Record<string, Table> = {
  'missing-headline': {
    valid: [ARTICLE, TEASERS],
    invalid: [
      { code: 'The lead paragraph says what happened in a full sentence with enough words.\n\nMore text follows here in a body paragraph that is long enough.\n', errors: [{ line: 1, column: 1, severity: 'error' }] },
      { code: '07:21 GMT07 July 2020\nListen Live\n    The lead paragraph says what happened in a full sentence with enough words.\n', errors: [{ line: 1, column: 1 }] },
    ],
  },
  'clock-not-publication-date': {
    valid: [ARTICLE, '13:05 13.10.2016\n' + ARTICLE],
    invalid: [
      { code: '07:21 GMT07 July 2020\n' + ARTICLE, errors: [{ line: 1, column: 1, severity: 'info' }] },
      { code: '07:21 GMT07 July 2020\n' + ARTICLE.replace('event', 'event of 2016'), errors: [{ line: 1, column: 1, severity: 'warning' }] },
      // The 2017-19 clock (local time at GMT+3, the day glued to the offset); the teasers' dates are not the page's.
      { code: '00:11 GMT +323 February 2019\n' + ARTICLE, errors: [{ line: 1, column: 1 }] },
      { code: TEASERS, errors: [{ line: 1, column: 1 }] },
    ],
  },
  'mismatched-quote': {
    valid: [
      ARTICLE + '\n"This is fine," the analyst John Dow said about the US\' plan and Russia\'s answer.\n',
      ARTICLE + '\n"A quote that spans paragraphs starts here.\n\n"And it ends here," John Dow said.\n',
      ARTICLE + '\nHe called it ‘necessary’ and the term \'caliphate army\' was used.\n',
    ],
    invalid: [
      { code: ARTICLE + '\nIt was a ‘necessary\' step, he said.\n', errors: [{ line: 7, column: 10 }] },
      { code: ARTICLE + '\n“The plan failed," John Dow said.\n', errors: [{ line: 7, column: 1 }] },
      { code: ARTICLE + '\n“The plan failed, John Dow said.\n\nNothing more was said about the matter by anyone.\n', errors: [{ line: 7, column: 1 }] },
    ],
  },
  'unattributed-quote': {
    valid: [
      ARTICLE + '\n"We will win this fight," Maria Lopes, a senior analyst at the Wexford Institute, said.\n',
      ARTICLE + '\nThe so-called "peace plan for the whole region" was rejected.\n',
      ARTICLE + '\nThe city is "calm" now.\n',
    ],
    invalid: [
      { code: ARTICLE + '\n"We will never give up our land, whatever happens next."\n', errors: [{ line: 7, column: 2 }] },
    ],
  },
  'truncated-document': {
    valid: [
      ARTICLE, ARTICLE + '\n"It is over," John Dow said.\n',
      // The page's own end survived: its comment footer, a wire sign-off, a closing call to action.
      ARTICLE + '\nWrite to the newsroom at desk@example.org\n\nCommunity standardsDiscussion\nComment via Facebook\n',
      ARTICLE + '\nThe talks resume on Monday.-WIREX\n',
      ARTICLE + '\nFound a typo in this story? Tell us about it\n',
      // A sign-off ending with an address is complete; a shorter copy of a line ending at a colon is not a cut.
      ARTICLE + '\nWrite to the newsroom at desk@harbour-news.org\n',
      ARTICLE + '\nFollow our live feed to get the latest updates: t.me/harbour\nFollow our live feed to get the latest updates:\n',
      ARTICLE + '\nharbour, docks, UK\n',
    ],
    invalid: [
      { code: ARTICLE + '\nThe minister said that the government would\n', errors: [{ line: 7, column: 44 }] },
      // A metadata dump cut while printing a field again.
      { code: ARTICLE + '\nhttps://img.example.org/2023/04/bridge_1920x0.jpg\nEnd of page.\nhttps://img.example.org/2023/04/bri\n', errors: [{ line: 9, column: 36 }] },
      // A closing tag line cut inside its last tag.
      { code: ARTICLE + '\nharbour, docks, City Council, Po\n', errors: [{ line: 7, column: 33 }] },
    ],
  },
  'not-an-article': {
    valid: [ARTICLE],
    invalid: [
      { code: 'Infographics\nHow Many Ships Does the Navy Have?\nA ship at sea\n© AP Photo / John Dow\n', errors: [{ line: 2, column: 1, severity: 'error' }] },
      // An index of dated teasers: no missing-headline there (see below).
      { code: TEASERS, errors: [{ line: 3, column: 3 }] },
      { code: 'Topic\nFirst Headline of a List Here\nSecond Headline of a List Here\nThird Headline of a List Here\nFourth Headline of a List Here\nFifth Headline of a List Here\nSixth Headline of a List Here\nSeventh Headline of a List Here\n', errors: [{ line: 1, column: 1 }] },
    ],
  },
  'empty-document': {
    valid: [ARTICLE],
    invalid: [
      { code: '', errors: [{ line: 1, column: 1, severity: 'error' }] },
      { code: '  \n\t\n\u00a0\n', errors: [{ line: 1, column: 1 }] },
      { code: 'Listen Live\nGet short URL\n', errors: [{ line: 1, column: 1 }] },
    ],
  },
  'not-text': {
    valid: [ARTICLE, new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(ARTICLE)]), new Uint8Array([0xff, 0xfe, ...Buffer.from(ARTICLE, 'utf16le')])],
    invalid: [
      { code: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), errors: [{ line: 1, column: 1, severity: 'error' }] },
      { code: new Uint8Array([...Buffer.from('Hello '), 0xc3, 0x28, ...Buffer.from(' world')]), errors: [{ line: 1, column: 1 }] },
      { code: 'text with a NUL \u0000 inside', errors: [{ line: 1, column: 17 }] },
      { code: new Uint8Array([0xff, 0xfe, 0x41]), errors: [{ line: 1, column: 1 }] },
      // text that a lenient decoder already damaged: the same refusal as a string and as bytes
      { code: ARTICLE.replace('event', 'event \uFFFD'), errors: [{ line: 5, column: 53 }] },
      { code: new Uint8Array(Buffer.from(ARTICLE.replace('event', 'event \uFFFD'))), errors: [{ line: 5, column: 53 }] },
    ],
  },
  'field-too-long': {
    valid: [ARTICLE, ARTICLE + '\nA ship at sea\n© Photo / ' + 'B'.repeat(245) + '\n'],
    invalid: [
      { code: ARTICLE + '\nA ship at sea\n© Photo / ' + 'B'.repeat(246) + '\n', errors: [{ line: 8, column: 1, severity: 'error' }] },
      {
        code: ARTICLE + '\n"We will win this fight," Anna ' + 'Quillemart-'.repeat(25) + 'Dow, a senior analyst at the Wexford Institute, said.\n',
        errors: [{ line: 7, column: 2 }],
      },
    ],
  },
  'too-many-items': {
    valid: [ARTICLE + '\n' + Array.from({ length: 500 }, (_, i) => `"We counted ${i + 1} boats," John Dow said.\n`).join('\n')],
    invalid: [
      {
        code: ARTICLE + '\n' + Array.from({ length: 501 }, (_, i) => `"We counted ${i + 1} boats," John Dow said.\n`).join('\n'),
        errors: [{ line: 1007, column: 2, severity: 'error' }],
      },
    ],
  },
};

describe.each(Object.entries(tables))('%s', (ruleId, table) => {
  it.each(table.valid.map((code, i) => [i, code]))('valid #%i', (_i, code) => {
    const hits = read(code as string).diagnostics.filter((d) => d.ruleId === ruleId);
    expect(hits).toEqual([]);
  });
  it.each(table.invalid.map((c, i) => [i, c]))('invalid #%i', (_i, c) => {
    const { code, errors } = c as Invalid;
    const hits = read(code).diagnostics.filter((d) => d.ruleId === ruleId);
    expect(hits.map((d) => ({ line: d.line, column: d.column, ...(errors[0].severity ? { severity: d.severity } : {}) })))
      .toEqual(errors.map((e) => ({ line: e.line, column: e.column, ...(errors[0].severity ? { severity: e.severity } : {}) })));
  });
});

describe('rules metadata', () => {
  it('has one documented rule per id, in a stable order', () => {
    const { rules, docs } = require('../../../src/plugins/source-import/server/src/reader');
    const ids = rules.map((r: { meta: { id: string } }) => r.meta.id);
    expect(ids).toEqual(['not-text', 'empty-document', 'not-an-article', 'missing-headline', 'clock-not-publication-date', 'truncated-document', 'mismatched-quote', 'unattributed-quote', 'field-too-long', 'too-many-items']);
    for (const id of ids) expect(docs[id].length).toBeGreaterThan(40);
  });
});

describe('limits', () => {
  it('are the defaults unless given: a caller may lower them', () => {
    const credit = ARTICLE + '\nA ship at sea\n© Photo / Harbour Archive\n';
    expect(read(credit).diagnostics.filter((d) => d.ruleId === 'field-too-long')).toEqual([]);
    const limits = { ...defaultLimits, length: { ...defaultLimits.length, imageCredit: 10 }, count: { ...defaultLimits.count, quotes: 0 } };
    const hits = read(credit + '\n"We will win," John Dow said.\n', { limits }).diagnostics.filter((d) => d.severity === 'error');
    expect(hits.map((d) => `${d.ruleId}@${d.line}:${d.column}`)).toEqual(['field-too-long@8:1', 'too-many-items@10:2']);
  });
});
