/**
 * `npm run bench:specs`: crosscheck against the English spec files of
 * Microsoft Recognizers-Text. Prints what the figures count, then a table;
 * `--json` prints the figures as JSON; `--verbose <file>` adds the failing
 * cases of the files whose name or model contains <file> (every file when
 * none is given), so extractor authors see input, expected and got;
 * `--failures <file>` lists the same failing cases grouped by cause, largest
 * group first (see failures.ts).
 */
import { CrosscheckError } from '../../../src/errors';
import { SPEC_FILES } from './load';
import { RULE_NOTES } from './compare';
import type { CaseOutcome } from './judge';
import { evaluateFile, type FileEvaluation, type SpecFigures } from './figures';
import { groupFailures } from './failures';

interface Options {
  json: boolean;
  verbose?: string;
  failures?: string;
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') o.json = true;
    else if (a === '--verbose') o.verbose = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : '';
    else if (a === '--failures') o.failures = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : '';
    else throw new CrosscheckError('usage', `unknown argument "${a}" (use --json, --verbose [file], --failures [file])`);
  }
  return o;
}

function table(rows: readonly SpecFigures[]): string {
  const head = ['file', 'cases', 'matched (span+value)', 'on cases the JS port fails', 'out of scope', 'extra claims', 'errors'];
  const body = rows.map((f) => [
    f.file,
    f.cases === f.total ? String(f.cases) : `${f.cases} of ${f.total}`,
    `${f.matched} (${f.matchedPct.toFixed(1)}%)`,
    `${f.jsFailsMatched} of ${f.jsFails} (${f.jsFailsMatchedPct.toFixed(1)}%)`,
    String(f.outOfScope),
    String(f.extraClaims),
    String(f.errors),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(line)].join('\n');
}

function showCase(o: CaseOutcome): string {
  const lines = [`#${o.index}${o.jsFails ? ' [JS port fails]' : ''} ref ${o.reference}: ${JSON.stringify(o.input)}`];
  if (o.expected.length === 0) lines.push('  expected: nothing');
  for (const e of o.expected) lines.push(`  expected ${JSON.stringify(e.text)} ${JSON.stringify(e.resolution)} → ${e.status}${e.note ? ` (${e.note})` : ''}`);
  for (const g of o.got) lines.push(`  got ${g}`);
  if (o.got.length === 0) lines.push('  got nothing');
  if (o.extras.length > 0) lines.push(`  extra: ${o.extras.length}`);
  if (o.error) lines.push(`  error: ${o.error}`);
  return lines.join('\n');
}

function details(ev: FileEvaluation): string {
  const failing = ev.outcomes.filter((o) => !o.matched && !o.outOfScope);
  const outOfScope = ev.outcomes.filter((o) => o.outOfScope).length;
  const tally = new Map<string, number>();
  for (const o of failing) for (const e of o.expected) if (e.status !== 'matched') tally.set(e.status, (tally.get(e.status) ?? 0) + 1);
  const withExtras = ev.outcomes.filter((o) => o.matched && o.extras.length > 0);
  return [
    `\n## ${ev.figures.file}: ${failing.length} failing cases (${[...tally].map(([k, v]) => `${k} ${v}`).join(', ')}); ${outOfScope} out-of-scope cases not shown`,
    ...failing.map(showCase),
    ...(withExtras.length > 0 ? [`\n## ${ev.figures.file}: ${withExtras.length} matched cases with extra claims`, ...withExtras.map(showCase)] : []),
  ].join('\n');
}

function grouped(ev: FileEvaluation): string {
  const groups = groupFailures(ev.outcomes);
  const failing = groups.reduce((n, [, cases]) => n + cases.length, 0);
  const out = [`\n## ${ev.figures.file}: ${failing} failing cases by cause`, ...groups.map(([cause, cases]) => `${String(cases.length).padStart(4)}  ${cause}`)];
  for (const [cause, cases] of groups) out.push(`\n### ${cause} (${cases.length})`, ...cases.map(showCase));
  return out.join('\n');
}

function main(argv: readonly string[]): number {
  const o = parseArgs(argv);
  const evals = SPEC_FILES.map(({ file, model }) => evaluateFile(file, model));
  const figures = evals.map((e) => e.figures);
  if (o.json) {
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    return 0;
  }
  const out = ['crosscheck vs Recognizers-Text English specs', '', ...RULE_NOTES.map((n) => `- ${n}`), '', table(figures)];
  if (o.verbose !== undefined) {
    const want = o.verbose.toLowerCase();
    for (const e of evals) if (e.figures.file.toLowerCase().includes(want) || e.figures.model === want) out.push(details(e));
  }
  if (o.failures !== undefined) {
    const want = o.failures.toLowerCase();
    for (const e of evals) if (e.figures.file.toLowerCase().includes(want) || e.figures.model === want) out.push(grouped(e));
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (!(e instanceof CrosscheckError)) throw e;
  process.stderr.write(`bench:specs: ${e.message}\n`);
  process.exitCode = 2;
}
