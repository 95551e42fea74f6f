import fs from 'node:fs';
import path from 'node:path';
const fixtures = path.resolve(__dirname, '..', '..', 'tests', 'fixtures');
const seedText = () => fs.readFileSync(path.join(fixtures, 'seed', '000_e6ea2678bb7cae54.txt'), 'utf8');
const importFixture = (name: string) => fs.readFileSync(path.join(fixtures, 'import', name), 'utf8');

/**
 * Writes `count` distinct captured pages into `dir`: the seed and the import fixtures with
 * their page clock and one sentence varied, so each is a new document sharing the same
 * people, organizations and tags, as the pages of a real archive do.
 */
export function corpusText(i: number): string {
  const bases = BASES();
  const base = bases[i % bases.length];
  const day = String((i % 28) + 1).padStart(2, '0');
  return base
    .replace(/^\d\d:\d\d GMT ?\d\d (\w+) (\d{4})/, (_m, month, year) => `${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')} GMT ${day} ${month} ${year}`)
    .replace(/\n\n/, `\n\n    Archive note ${i + 1}: this page was captured for the newsroom archive.\n\n`);
}

let bases: string[] | null = null;
const BASES = () => (bases ??= [seedText(), importFixture('second-document.txt'), importFixture('unrelated-document.txt')]);

export function writeCorpus(dir: string, count: number): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const file = path.join(dir, `page-${String(i + 1).padStart(5, '0')}.txt`);
    fs.writeFileSync(file, corpusText(i));
    files.push(file);
  }
  return files;
}
