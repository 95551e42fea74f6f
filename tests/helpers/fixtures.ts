import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..', 'fixtures');

export const SEED_FILE = 'tests/fixtures/seed/000_e6ea2678bb7cae54.txt';
export const seedText = () => fs.readFileSync(path.join(root, 'seed', '000_e6ea2678bb7cae54.txt'), 'utf8');
export const seedExpected = () =>
  JSON.parse(fs.readFileSync(path.join(root, 'seed', '000_e6ea2678bb7cae54.expected.json'), 'utf8')) as {
    quotes: Array<{ text: string; speaker: string | null; speakerDescription?: string; kind: string; cue: string; line: number }>;
    people: Array<{ name: string; aliases: string[]; role: string | null; organization: string | null }>;
    organizations: Array<{ name: string; aliases: string[] }>;
    article: { tags: string[]; lead: string; image: { caption: string; credit: string }; capturedAt: string };
  };
export const importFixture = (name: string) => fs.readFileSync(path.join(root, 'import', name), 'utf8');

/** The folding the expected reading's texts are compared under (see its `about`). */
export const fold = (text: string) =>
  text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/[ \t\u00A0]+/g, ' ')
    .trim();
