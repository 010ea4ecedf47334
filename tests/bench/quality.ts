/**
 * `npm run bench:quality`: precision and recall of crosscheck's findings over
 * the development corpus `tests/corpus/`, per conflict kind (rule id), then
 * updates, style variants, trap hits and cross-story findings. `--json`
 * prints the figures as JSON; `--verbose` lists every false finding and every
 * missed one with its message and place.
 */
import { CrosscheckError } from '../../src/errors';
import { measureQuality, type FindingNote, type QualityFigures, type Tally } from './quality-figures';

interface Options {
  json: boolean;
  verbose: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const o: Options = { json: false, verbose: false };
  for (const a of argv) {
    if (a === '--json') o.json = true;
    else if (a === '--verbose') o.verbose = true;
    else throw new CrosscheckError('usage', `unknown argument "${a}" (use --json, --verbose)`);
  }
  return o;
}

const ratio = (x: number | null): string => (x === null ? '-' : x.toFixed(2));

function table(rows: ReadonlyArray<[string, Tally]>): string {
  const head = ['kind', 'expected', 'TP', 'FP', 'FN', 'precision', 'recall'];
  const body = rows.map(([name, t]) => [name, String(t.expected), String(t.found), String(t.falseFindings), String(t.missed), ratio(t.precision), ratio(t.recall)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(line)].join('\n');
}

const note = (n: FindingNote): string => `  ${n.where} ${n.ruleId} (${n.severity}): ${n.message}${n.cause ? ` [${n.cause}]` : ''}`;

function render(f: QualityFigures, verbose: boolean): string {
  const out: string[] = [];
  out.push(`crosscheck quality over tests/corpus: ${f.stories} stories, ${f.articles} articles, one run over all of them.`);
  out.push('TP = expected findings matched (same rule id, evidence on the tag\'s markers, in two files when the rule compares sources); FP = findings at warning or above matching no expected finding; FN = expected findings nothing matched.');
  out.push('');
  out.push('Conflicts (findings at warning or above):');
  out.push(table([...Object.entries(f.byRule), ['overall', f.conflicts]]));
  out.push(`Lenient (evidence on any one marker of a tag matches): precision ${ratio(f.lenient.precision)}, recall ${ratio(f.lenient.recall)}`);
  out.push('');
  out.push('Updates and style variants (any severity):');
  out.push(table([['quantity-update', f.updates], ['name/spelling-variant', f.variants]]));
  out.push('');
  out.push(`Updates reported as conflicts: ${f.updatesAsConflicts.length}`);
  f.updatesAsConflicts.forEach((n) => out.push(note(n)));
  out.push(`Trap hits: ${f.traps.hits.length} (of ${f.traps.total} trap markers)`);
  for (const h of f.traps.hits) out.push(`  ${h.where} trap ${h.kind}:${h.tag} "${h.text}" ← ${h.finding.ruleId}: ${h.finding.message}`);
  out.push(`Trap hits by info findings (updates, variants; not in the figures above): ${f.traps.infoHits.length}`);
  for (const h of f.traps.infoHits) out.push(`  ${h.where} trap ${h.kind}:${h.tag} "${h.text}" ← ${h.finding.ruleId}: ${h.finding.message}`);
  out.push(`Cross-story findings: ${f.crossStory.length}`);
  f.crossStory.forEach((n) => out.push(`${note(n)} (stories: ${n.stories.join(', ')})`));
  if (f.problems.length > 0) {
    out.push(`Problems: ${f.problems.length}`);
    f.problems.forEach((p) => out.push(`  ${p}`));
  }
  if (verbose) {
    out.push('', `False positives: ${f.falsePositives.length}`);
    f.falsePositives.forEach((n) => out.push(note(n)));
    out.push('', `False negatives: ${f.falseNegatives.length}`);
    for (const m of f.falseNegatives) out.push(`  ${m.ruleId} ${m.story}:${m.tag} at ${m.where.join(', ')}`);
  }
  return out.join('\n');
}

function main(): void {
  try {
    const o = parseArgs(process.argv.slice(2));
    const figures = measureQuality();
    process.stdout.write(`${o.json ? JSON.stringify(figures, null, 2) : render(figures, o.verbose)}\n`);
  } catch (e) {
    if (e instanceof CrosscheckError) {
      process.stderr.write(`bench:quality: ${e.message}\n`);
      process.exitCode = 2;
      return;
    }
    throw e;
  }
}

main();
