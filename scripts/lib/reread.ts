import type { Core } from '@strapi/strapi';
import type { FileResult } from '../../src/plugins/source-import/server/src/services/history';
import type { Importer } from '../../src/plugins/source-import/server/src/services/importer';
import { versionsBefore, type Reread, type RereadLine } from '../../src/plugins/source-import/server/src/services/reread';
import { countByStatus } from '../../src/plugins/source-import/server/src/import/outcome';
import type { Journal } from './journal';

/** The display the import uses: a line (or a bar tick) per finished item. */
type Display = { tick: (done: number, result: FileResult & { resumed?: boolean }) => void; stop: () => void };

export type RereadOptions = { dryRun: boolean; batchSize: number; concurrency: number; startedBy: string };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The totals of what the articles' changes add up to. */
export const changeTotals = (lines: ReadonlyArray<Pick<RereadLine, 'changes' | 'result'>>) => {
  const totals = {
    fields: {} as Record<string, number>,
    quotes: { added: 0, removed: 0, reattributed: 0, changed: 0 },
    people: { linked: 0, unlinked: 0 },
    organizations: { linked: 0, unlinked: 0 },
    tags: { linked: 0, unlinked: 0 },
  };
  for (const { changes, result } of lines) {
    if (!changes || result.status !== 'updated') continue;
    for (const field of changes.fields) totals.fields[field] = (totals.fields[field] ?? 0) + 1;
    for (const key of ['added', 'removed', 'reattributed', 'changed'] as const) totals.quotes[key] += changes.quotes[key];
    for (const kind of ['people', 'organizations', 'tags'] as const) {
      totals[kind].linked += changes[kind].linked.length;
      totals[kind].unlinked += changes[kind].unlinked.length;
    }
  }
  return totals;
};

/** One article's line as the report and the display show it. */
const flat = (line: RereadLine & { resumed?: boolean }) => ({
  ...line.result,
  headline: line.article.headline,
  readerVersion: line.readerVersion,
  ...(line.changes ? { changes: line.changes } : {}),
  ...(line.edited ? { edited: line.edited } : {}),
  ...(line.backfilled ? { backfilled: true } : {}),
  ...(line.resumed ? { resumed: true } : {}),
});

/**
 * `npm run import -- --reread`: every imported article re-read with the current reader, through
 * the runner (history, heartbeat, batches) with the journal of the import, keyed on the import
 * record and the reader's version, so that a run killed midway is finished by the same command.
 */
export async function rereadArchive(
  strapi: Core.Strapi,
  options: RereadOptions,
  { journal, display, stopping }: { journal: Journal<RereadLine>; display: (total: number) => Display; stopping: () => boolean },
) {
  const reread = strapi.plugin('source-import').service('reread') as Reread;
  const version = (strapi.plugin('source-import').service('importer') as Importer).reader().version;
  let shown: Display | null = null;
  const { runId, lines, interrupted, total } = await reread.rereadAll(
    { origin: 'cli', startedBy: options.startedBy, dryRun: options.dryRun, batchSize: options.batchSize, concurrency: options.concurrency },
    {
      // An article an interrupted run of this reader finished is taken from the journal.
      finishedEarlier: (id) => {
        const earlier = journal.lookup(`record:${id}`, version);
        return earlier ? { ...earlier } : null;
      },
      batchDone: (done) => {
        if (!options.dryRun) journal.record(...done.map(({ loaded, line }) => ({ path: `record:${loaded}`, sha256: version, result: line })));
      },
      progress: ({ done, total: all, line }) => {
        shown ??= display(all);
        shown.tick(done, { ...line.result, fileName: label(line), resumed: line.resumed });
      },
      stopping,
    },
  );
  (shown as Display | null)?.stop();

  const finished = lines.flatMap((line) => (line ? [line] : []));
  const now = finished.filter((line) => !line.resumed);
  const totals = countByStatus(now.map((line) => line.result));
  return {
    runId,
    interrupted,
    totals,
    report: {
      kind: 'reread',
      startedBy: 'cli',
      runId,
      dryRun: options.dryRun,
      interrupted,
      readerVersion: { after: version, before: versionsBefore(now) },
      total,
      /** what this run did; the articles `resumed` from the journal are not in them */
      totals,
      changes: changeTotals(now),
      resumed: finished.length - now.length,
      articles: finished.map(flat),
      notDone: total - finished.length,
    },
    summary: summary(finished, total, options.dryRun, version),
  };
}

const label = (line: RereadLine) => line.article.fileName ?? line.article.documentId ?? 'an article';

function summary(lines: Array<RereadLine & { resumed?: boolean }>, total: number, dryRun: boolean, version: string): string[] {
  const now = lines.filter((l) => !l.resumed);
  const totals = countByStatus(now.map((l) => l.result));
  const said = [
    `${dryRun ? 'Dry run, nothing written: ' : ''}${plural(now.length, 'article')} re-read with reader ${version}` +
      `${now.length ? `: ${Object.entries(totals).map(([status, n]) => `${n} ${dryRun && status === 'updated' ? 'would be updated' : status}`).join(', ')}` : ''}`,
  ];
  const changes = changeTotals(now);
  const q = changes.quotes;
  const parts = [
    ...(Object.keys(changes.fields).length ? [`fields ${Object.entries(changes.fields).map(([f, n]) => `${f} ${n}`).join(', ')}`] : []),
    ...(q.added + q.removed + q.reattributed + q.changed
      ? [`quotes ${q.added} added, ${q.removed} removed, ${q.reattributed} re-attributed, ${q.changed} changed`]
      : []),
    ...(['people', 'organizations', 'tags'] as const)
      .filter((kind) => changes[kind].linked + changes[kind].unlinked > 0)
      .map((kind) => `${kind} ${changes[kind].linked} linked, ${changes[kind].unlinked} unlinked`),
  ];
  if (parts.length) said.push(`${dryRun ? 'would change' : 'changed'}: ${parts.join('; ')}`);
  const conflicts = now.filter((l) => l.result.status === 'conflict').length;
  if (conflicts) said.push(`${plural(conflicts, 'article')} changed by an editor since import, left as ${conflicts === 1 ? 'it is' : 'they are'} (the report lists the fields)`);
  const resumed = lines.length - now.length;
  if (resumed > 0) said.push(`${plural(resumed, 'article')} done in an earlier, interrupted run, taken from the journal (--restart to check them again)`);
  if (lines.length < total) said.push(`${plural(total - lines.length, 'article')} not done (interrupted)`);
  return said;
}

