/**
 * `crosscheck index <refs..> [--db FILE]` and `crosscheck lint --index [FILE]`.
 * The index keeps each reference's claims keyed by its content hash, so a
 * newsroom's CI re-extracts only the references that changed; `lint --index`
 * then lints the drafts against the indexed references (those a draft may
 * share a story with, when there are many), taking their claims from the
 * index. Both are asynchronous only because SQLite (WebAssembly) loads so.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfig, resolveOptions } from '../config';
import { CrosscheckError } from '../errors';
import { setClaimCache, renameClaims } from '../index/cache';
import { ClaimIndex, DEFAULT_INDEX } from '../index/db';
import { refresh, type RefFile } from '../index/refresh';
import { candidateReferences } from '../index/select';
import { distinctiveTerms } from '../index/terms';
import { readSources } from '../sources';
import { expandInputs } from '../sources/files';
import type { Claim } from '../types';
import type { CommonArgs } from './commands';
import { readFileList, runLint, type LintArgs } from './lint';
import { writeReport } from './output';

/** `crosscheck index` options. */
export interface IndexArgs extends CommonArgs {
  refs?: string[];
  /** `--db FILE` */
  db?: string;
}

function referenceFiles(inputs: readonly string[], cwd: string): { files: RefFile[]; problems: CrosscheckError[] } {
  return expandInputs(inputs, cwd);
}

/** Run `crosscheck index`: bring the index up to date with `refs`, forget files that are gone. */
export async function runIndex(args: IndexArgs): Promise<void> {
  const cwd = process.cwd();
  const t0 = Date.now();
  const file = path.resolve(cwd, args.db ?? DEFAULT_INDEX);
  const { files, problems } = referenceFiles(args.refs ?? [], cwd);
  const index = await ClaimIndex.open(file, args.db ?? DEFAULT_INDEX);
  try {
    const { stats } = refresh(index, files, { cwd, format: args.sourceFormat, published: args.published });
    // files indexed before but no longer on disk are dropped; others stay (an index can hold several folders)
    let removed = 0;
    for (const row of index.list()) {
      if (!files.some((f) => f.abs === row.path) && !fileExists(row.path)) {
        index.remove(row.path);
        removed++;
      }
    }
    index.save();
    const total = index.list().length;
    writeReport(`indexed ${stats.files} files: ${stats.extracted} extracted, ${stats.unchanged} unchanged${stats.failed ? `, ${stats.failed} not indexed` : ''}${removed ? `, ${removed} removed` : ''}; ${total} in ${path.relative(cwd, file) || file} (${Date.now() - t0} ms)\n`, args.output);
  } finally {
    index.close();
  }
  for (const p of problems) process.stderr.write(`crosscheck: ${p.message}\n`);
  if (problems.length) process.exitCode = 2;
}

function fileExists(abs: string): boolean {
  try {
    return fs.statSync(abs).isFile();
  } catch {
    return false;
  }
}

/** A path as shown: relative to `cwd` when inside it. */
function shown(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : abs;
}

/**
 * Run `crosscheck lint --index [FILE]`: refresh the index for the references
 * (`--against`, the config's, or else every file the index holds), pick those
 * each draft may share a story with, and lint with their claims taken from
 * the index. Findings are those of a plain `lint` over the same references.
 */
export async function runLintIndexed(args: LintArgs & { index?: string }): Promise<void> {
  const cwd = process.cwd();
  const file = path.resolve(cwd, args.index || DEFAULT_INDEX);
  const options = resolveOptions({ against: args.against }, loadConfig(cwd, args.config), cwd);
  const index = await ClaimIndex.open(file, args.index || DEFAULT_INDEX);
  try {
    const refs: RefFile[] = options.references.length
      ? referenceFiles(options.references, cwd).files.filter((f) => !options.ignored(f.shown))
      : index.list().filter((r) => fileExists(r.path)).map((r) => ({ abs: r.path, shown: shown(r.path, cwd) }));
    const read = { cwd, format: args.sourceFormat, published: args.published };
    const { rows } = refresh(index, refs, read);
    const draftPaths = [...(args.drafts ?? []), ...(args.filesFrom !== undefined ? readFileList(args.filesFrom, cwd) : [])];
    const drafts = readSources(draftPaths, read).sources;
    const chosen = new Set(candidateReferences([...rows.values()], drafts.map((d) => distinctiveTerms(d))));
    // references the index could not hold (JSON exports, unreadable files) are read as a plain lint reads them
    const against = refs.filter((f) => chosen.has(f.abs) || !rows.has(f.abs)).map((f) => f.shown);
    setClaimCache({
      lookup(source) {
        const row = rows.get(path.resolve(cwd, source.path));
        if (!row || row.published !== (source.published ?? '') || row.format !== source.format) return undefined;
        const stored = index.get(row.path);
        return stored ? renameClaims(JSON.parse(stored.claims) as Claim[], row.sourceId, source.id) : undefined;
      },
    });
    // no reference in the draft's story: lint the draft alone (its own consistency), never the config's whole list
    runLint({ ...args, filesFrom: undefined, drafts: draftPaths, against: against.length ? against : draftPaths.slice(0, 1) });
  } finally {
    setClaimCache(undefined);
    index.save();
    index.close();
  }
}
