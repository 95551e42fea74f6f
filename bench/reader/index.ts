/**
 * Reader benchmark: documents per second and MB/s over a corpus (the seed and the reader
 * fixtures, repeated to at least 10 MB), one process, after warm-up; and, in the same run,
 * a baseline: splitting the same texts into lines and running one quote-matching regular
 * expression over them. Prints both and their ratio (median of paired samples, see below).
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

// The baseline's pass over 10 MB takes some 30 ms, too short to divide by on a shared machine,
// and a machine's load changes within seconds. So each sample interleaves the two finely: the
// corpus in slices of about 100 documents, each read once by the reader and then split by the
// baseline as many times as it takes to last about as long; both halves of a ratio see the same
// load. The figure is the median of the samples' ratios, with their range beside it.
const SLICE = 100;
function sample(): { reader: number; base: number } {
  let reader = 0;
  let base = 0;
  let sink = 0;
  let reps = 50;
  for (let from = 0; from < corpus.length; from += SLICE) {
    const slice = corpus.slice(from, from + SLICE);
    let t0 = process.hrtime.bigint();
    for (const d of slice) sink += read(d).quotes.length;
    const r = Number(process.hrtime.bigint() - t0) / 1e6;
    t0 = process.hrtime.bigint();
    for (let k = 0; k < reps; k++) for (const d of slice) sink += baseline(d);
    const b = Number(process.hrtime.bigint() - t0) / 1e6 / reps;
    reader += r;
    base += b;
    // Next slice: about as many baseline passes as make the reader's time.
    reps = Math.max(10, Math.min(1000, Math.round(r / Math.max(b, 1e-3))));
  }
  if (sink < 0) console.log(sink);
  return { reader, base };
}
const samples = Number(process.env.READER_BENCH_SAMPLES ?? 5);
const ratios: number[] = [];
const readerTimes: number[] = [];
const baseTimes: number[] = [];
for (let i = 0; i < samples; i++) {
  const { reader, base } = sample();
  readerTimes.push(reader);
  baseTimes.push(base);
  ratios.push(reader / base);
}
const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const readerMs = median(readerTimes);
const baseMs = median(baseTimes);
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
console.log(`ratio:    reader is ${median(ratios).toFixed(1)}x the baseline time (median of ${samples} paired samples; range ${Math.min(...ratios).toFixed(1)}x to ${Math.max(...ratios).toFixed(1)}x)`);
console.log(`seed (${(Buffer.byteLength(seed) / 1024).toFixed(1)} KB): ${(seedMs * 1000).toFixed(0)} µs per reading`);
