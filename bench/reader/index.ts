/**
 * Reader benchmark: documents per second and MB/s over a corpus (the seed and the reader
 * fixtures, repeated to at least 10 MB), one process, after warm-up; and, in the same run,
 * a baseline: splitting the same texts into lines and running one quote-matching regular
 * expression over them. Prints both and their ratio.
 *   npx tsx bench/reader/index.ts
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { read } from '../../src/plugins/source-import/server/src/reader';

const root = join(__dirname, '..', '..');
const docs: string[] = [];
const seedDir = join(root, 'tests', 'fixtures', 'seed');
for (const f of readdirSync(seedDir)) if (f.endsWith('.txt')) docs.push(readFileSync(join(seedDir, f), 'utf8'));
const fixDir = join(root, 'tests', 'fixtures', 'reader');
for (const c of readdirSync(fixDir)) {
  const p = join(fixDir, c, 'input.txt');
  if (existsSync(p)) {
    const t = readFileSync(p, 'utf8');
    if (t.trim()) docs.push(t);
  }
}
const corpus: string[] = [];
let bytes = 0;
while (bytes < 10 * 1024 * 1024) {
  for (const d of docs) { corpus.push(d); bytes += Buffer.byteLength(d); }
}

const QUOTE = /["“”«»]([^"“”«»\n]{1,2000})["“”«»]/g;
function baseline(text: string): number {
  let n = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    QUOTE.lastIndex = 0;
    while (QUOTE.exec(line) !== null) n++;
  }
  return n;
}

function time(fn: (t: string) => unknown): number {
  const t0 = process.hrtime.bigint();
  let sink = 0;
  for (const d of corpus) { const r = fn(d); sink += r ? 1 : 0; }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (sink < 0) console.log(sink);
  return ms;
}

// Warm-up.
for (let i = 0; i < 3; i++) for (const d of docs) { read(d); baseline(d); }
time(read);
time(baseline);

const runs = 3;
let readerMs = Infinity;
let baseMs = Infinity;
for (let i = 0; i < runs; i++) {
  readerMs = Math.min(readerMs, time(read));
  baseMs = Math.min(baseMs, time(baseline));
}
const mb = bytes / (1024 * 1024);
const seed = docs[0];
const seedRuns = 2000;
const t0 = process.hrtime.bigint();
for (let i = 0; i < seedRuns; i++) read(seed);
const seedMs = Number(process.hrtime.bigint() - t0) / 1e6 / seedRuns;

const fmt = (n: number) => n.toFixed(n < 10 ? 2 : 0);
console.log(`corpus: ${corpus.length} documents, ${mb.toFixed(1)} MB (${docs.length} distinct)`);
console.log(`reader:   ${fmt(corpus.length / (readerMs / 1000))} docs/s, ${fmt(mb / (readerMs / 1000))} MB/s (${fmt(readerMs)} ms)`);
console.log(`baseline: ${fmt(corpus.length / (baseMs / 1000))} docs/s, ${fmt(mb / (baseMs / 1000))} MB/s (${fmt(baseMs)} ms) [split lines + one quote regex]`);
console.log(`ratio:    reader is ${(readerMs / baseMs).toFixed(1)}x the baseline time`);
console.log(`seed (${(Buffer.byteLength(seed) / 1024).toFixed(1)} KB): ${(seedMs * 1000).toFixed(0)} µs per reading`);
