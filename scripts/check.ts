/**
 * The reader on the command line:
 *   npm run --silent check -- [--json] FILE...
 * Without --json: diagnostics as `line:column  severity  message  rule-id`, then what was read.
 * With --json: one JSON object (the reading) per file per line.
 * FILE may be a directory: every .txt under it is read, as `npm run import` does.
 * Exit code: 1 when a file has an error-severity diagnostic, 2 on usage error or unreadable file.
 */
import { readFileSync } from 'fs';
import { NoSuchFileError, collectFiles } from './lib/files';
import { read, type Reading, type Speaker } from '../src/plugins/source-import/server/src/reader';

function usage(message: string): never {
  process.stderr.write(`check: ${message}\nusage: npm run --silent check -- [--json] FILE|DIRECTORY...\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const inputs = args.filter((a) => a !== '--json' && a !== '--');
for (const a of inputs) if (a.startsWith('-')) usage(`unknown option \`${a}\``);
if (inputs.length === 0) usage('no file given');

const speakerText = (s: Speaker | null) =>
  s === null ? '(unattributed)' : 'name' in s ? s.name : 'organization' in s ? s.organization : `unnamed: ${s.description}`;

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function report(file: string, r: Reading): string {
  const out: string[] = [file];
  const width = Math.max(0, ...r.diagnostics.map((d) => `${d.line}:${d.column}`.length));
  for (const d of r.diagnostics) {
    out.push(`  ${`${d.line}:${d.column}`.padEnd(width)}  ${d.severity.padEnd(7)}  ${d.message}  ${d.ruleId}`);
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of r.diagnostics) counts[d.severity]++;
  out.push(
    `  ${plural(r.diagnostics.length, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')})`,
    '',
  );
  const a = r.article;
  out.push(`  headline     ${a.headline ?? '(none)'}`);
  out.push(`  captured at  ${a.capturedAt ?? '(no page clock)'}`);
  if (a.datePublished) out.push(`  published    ${a.datePublished}`);
  if (a.dateline) out.push(`  dateline     ${a.dateline.place}${a.dateline.agency ? ` (${a.dateline.agency})` : ''}`);
  if (a.section) out.push(`  section      ${a.section}`);
  out.push(`  lead         ${a.lead ?? '(none)'}`);
  out.push(`  image        ${a.image ? `${a.image.caption ?? ''} [${a.image.credit ?? 'no credit'}]` : '(none)'}`);
  out.push(`  paragraphs   ${a.body.length}`);
  out.push(`  quotes       ${r.quotes.length}`);
  for (const q of r.quotes) {
    const t = q.text.length > 70 ? q.text.slice(0, 70) + '…' : q.text;
    out.push(`    ${q.position.start.line}:${q.position.start.column}  ${q.kind.padEnd(7)}  ${speakerText(q.speaker)}${q.cue ? ` (${q.cue})` : ''}: "${t}"`);
  }
  out.push(`  people       ${r.people.length}`);
  for (const p of r.people) {
    out.push(`    ${p.name}${p.role ? `, ${p.role}` : ''}${p.organization ? ` (${p.organization})` : ''}${p.aliases.length ? `  aka ${p.aliases.join(', ')}` : ''}`);
  }
  out.push(`  organizations ${r.organizations.length}`);
  for (const o of r.organizations) out.push(`    ${o.name} [${o.kind}]${o.aliases.length ? `  aka ${o.aliases.join(', ')}` : ''}`);
  out.push(`  tags         ${r.tags.join(', ') || '(none)'}`);
  if (a.relatedHeadlines.length) out.push(`  related      ${a.relatedHeadlines.join(' | ')}`);
  return out.join('\n') + '\n';
}

let code = 0;
const files: string[] = [];
for (const input of inputs) {
  try {
    files.push(...collectFiles([input]));
  } catch (err) {
    const reason = err instanceof NoSuchFileError ? 'no such file or directory' : ((err as NodeJS.ErrnoException).code ?? (err as Error).message);
    process.stderr.write(`check: cannot read \`${input}\`: ${reason}\n`);
    code = 2;
  }
}
for (const file of files) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    process.stderr.write(`check: cannot read \`${file}\`: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}\n`);
    code = 2;
    continue;
  }
  const r = read(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (r.diagnostics.some((d) => d.severity === 'error') && code === 0) code = 1;
  if (json) {
    process.stdout.write(JSON.stringify({ file, ...r }) + '\n');
  } else {
    process.stdout.write(report(file, r) + '\n');
  }
}
process.exitCode = code;
