import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { FileResult } from '../../src/plugins/source-import/server/src/services/history';

/**
 * What a bulk import has finished, one JSON line a file, appended and flushed as each file
 * is done: a run killed at any moment resumes from here without redoing those files. A line
 * only counts for the same file content (its sha256), so an edited file is imported again.
 * The database stays the real guard: a file imported but not yet journaled comes back as
 * `unchanged`, never as a duplicate.
 */
export type JournalEntry<R = FileResult> = { path: string; sha256: string; result: R };

/** `R`: what a finished item is (an import's FileResult, a re-read's line); `status` says whether it failed. */
export class Journal<R extends { status?: string; result?: { status: string } } = FileResult> {
  private readonly done = new Map<string, JournalEntry<R>>();
  private fd: number | null = null;

  constructor(readonly file: string) {
    if (fs.existsSync(file)) {
      for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          const entry = JSON.parse(line) as JournalEntry<R>;
          this.done.set(entry.path, entry);
        } catch {
          // a line cut short by a crash: that file is simply imported again
        }
      }
    }
  }

  /** The earlier result for this file, if it was finished with this very content. */
  lookup(filePath: string, sha256: string): R | null {
    const entry = this.done.get(filePath);
    const status = entry?.result.status ?? entry?.result.result?.status;
    return entry && entry.sha256 === sha256 && status !== 'failed' ? entry.result : null;
  }

  /**
   * Records finished files: one write and one fsync for all of them, so that a crash right
   * after a batch is committed keeps all of its files or none (none: the next run finds them
   * `unchanged` in the database, written once all the same).
   */
  record(...entries: JournalEntry<R>[]) {
    if (entries.length === 0) return;
    if (this.fd === null) {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      this.fd = fs.openSync(this.file, 'a');
    }
    fs.writeSync(this.fd, entries.map((entry) => JSON.stringify(entry) + '\n').join(''));
    fs.fsyncSync(this.fd);
    for (const entry of entries) this.done.set(entry.path, entry);
  }

  close() {
    if (this.fd !== null) fs.closeSync(this.fd);
    this.fd = null;
  }

  /**
   * Forgets the journal: `--restart`, and a run that went to the end (there is nothing left to
   * resume; run again, every file is checked against the database and comes back `unchanged`).
   */
  static discard(file: string) {
    fs.rmSync(file, { force: true });
  }

  /** One journal per set of inputs and options, so two different runs do not mix. */
  static pathFor(stateDir: string, key: unknown) {
    const id = createHash('sha256').update(JSON.stringify(key)).digest('hex').slice(0, 16);
    return path.join(stateDir, `import-${id}.jsonl`);
  }
}
