/**
 * Property tests over random and mutated text: the reader never throws, every position lies
 * inside the text and slices back to its node, and the output is deterministic.
 */
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { fold, read, SEED_DIR, type Reading } from './helpers';

const seed = readFileSync(join(SEED_DIR, '000_e6ea2678bb7cae54.txt'), 'utf8');

function checkPositions(text: string, r: Reading): void {
  const n = text.length;
  const inside = (p: { start: { offset?: number }; end: { offset?: number } }) => {
    expect(p.start.offset!).toBeGreaterThanOrEqual(0);
    expect(p.end.offset!).toBeLessThanOrEqual(n);
    expect(p.start.offset!).toBeLessThanOrEqual(p.end.offset!);
  };
  for (const p of r.article.body) {
    inside(p.position);
    expect(fold(text.slice(p.position.start.offset, p.position.end.offset))).toBe(fold(p.text));
  }
  for (const q of r.quotes) {
    inside(q.position);
    expect(fold(text.slice(q.position.start.offset, q.position.end.offset))).toBe(fold(q.text));
  }
  for (const b of r.tree.children) {
    inside(b.position);
    expect(fold(text.slice(b.position.start.offset, b.position.end.offset))).toBe(fold(b.value));
  }
  for (const d of r.diagnostics) {
    expect(d.offset).toBeGreaterThanOrEqual(0);
    expect(d.endOffset).toBeLessThanOrEqual(Math.max(n, 0));
    expect(d.line).toBeGreaterThanOrEqual(1);
  }
}

const mutation = fc.oneof(
  fc.record({ op: fc.constant('cut'), at: fc.nat() }),
  fc.record({ op: fc.constant('flatten'), at: fc.nat() }),
  fc.record({ op: fc.constant('swapQuotes'), at: fc.nat() }),
  fc.record({ op: fc.constant('crlf'), at: fc.nat() }),
  fc.record({ op: fc.constant('bom'), at: fc.nat() }),
  fc.record({ op: fc.constant('insert'), at: fc.nat(), s: fc.constantFrom('\u0000', '"', '“', '‘', "'", '»', '\r', '\n\n', '\u00a0', '©', ' (Sputnik) — ', 'Tags:') }),
  fc.record({ op: fc.constant('delete'), at: fc.nat(), len: fc.nat({ max: 50 }) }),
);

function mutate(text: string, ms: Array<{ op: string; at: number; s?: string; len?: number }>): string {
  let t = text;
  for (const m of ms) {
    const at = t.length ? m.at % (t.length + 1) : 0;
    switch (m.op) {
      case 'cut': t = t.slice(0, at); break;
      case 'flatten': t = t.replace(/\s*\n\s*/g, ' '); break;
      case 'swapQuotes': t = t.replace(/["“”]/g, (c) => (c === '"' ? '“' : '"')).replace(/['‘’]/g, (c) => (c === "'" ? '’' : "'")); break;
      case 'crlf': t = t.replace(/\n/g, '\r\n'); break;
      case 'bom': t = '\ufeff' + t; break;
      case 'insert': t = t.slice(0, at) + m.s + t.slice(at); break;
      case 'delete': t = t.slice(0, at) + t.slice(at + (m.len ?? 1)); break;
    }
  }
  return t;
}

describe('reader properties', () => {
  it('never throws on random strings and keeps positions inside the text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
      const r = read(s);
      checkPositions(s, r);
    }), { numRuns: 300 });
  });

  it('never throws on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
      const r = read(b);
      expect(Array.isArray(r.diagnostics)).toBe(true);
    }), { numRuns: 300 });
  });

  it('handles mutated seeds: cut, flattened, swapped quotes, CRLF, BOM, NUL', () => {
    fc.assert(fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (ms) => {
      const t = mutate(seed, ms);
      const r = read(t);
      checkPositions(t, r);
      expect(JSON.stringify(read(t))).toBe(JSON.stringify(r));
    }), { numRuns: 200 });
  });

  it('is deterministic and position-faithful on the seed', () => {
    const a = read(seed);
    checkPositions(seed, a);
    expect(JSON.stringify(read(seed))).toBe(JSON.stringify(a));
  });

  // A guard against quadratic or catastrophic patterns (which take minutes on such input), not a
  // speed measurement (bench/reader): the bound leaves room for a machine busy with other work.
  it('stays fast on a 5 MB document and a single 1 MB line', () => {
    const big = seed.repeat(Math.ceil(5e6 / seed.length));
    let t0 = Date.now();
    const r = read(big);
    expect(r.article.body.length).toBeGreaterThan(100);
    expect(Date.now() - t0).toBeLessThan(60_000);
    const line = 'word "quote ’ ‘ « a ” '.repeat(50000);
    t0 = Date.now();
    read(line);
    read('"'.repeat(1e6));
    read('A'.repeat(1e6));
    read('Said '.repeat(2e5));
    expect(Date.now() - t0).toBeLessThan(60_000);
  });
});
