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
import { setClaimCache, renameClaims } from '../index/cache';
import { ClaimIndex, claimsJson, DEFAULT_INDEX } from '../index/db';
import { refresh, withStats, type RefFile } from '../index/refresh';
import { selectReferences } from '../index/select';
import type { FileStamp } from '../index/stamps';
import { distinctiveTerms } from '../index/terms';
import { readSources } from '../sources';
import { expandInputs } from '../sources/files';
import type { Claim } from '../types';
import type { CommonArgs } from './commands';
import { readFileList, runLint, type LintArgs } from './lint';
import { writeReport } from './output';
import { tuneForRun } from './v8-tuning';

/** `crosscheck index` options. */
export interface IndexArgs extends CommonArgs {
  refs?: string[];
  /** `--db FILE` */
  db?: string;
}

/** Run `crosscheck index`: bring the index up to date with `refs`, forget files that are gone. */
export async function runIndex(args: IndexArgs): Promise<void> {
  const cwd = process.cwd();
  const t0 = Date.now();
  const file = path.resolve(cwd, args.db ?? DEFAULT_INDEX);
  const [index, { files, problems }] = await openWhile(file, args.db ?? DEFAULT_INDEX, () => {
    const found = expandInputs(args.refs ?? [], cwd);
    return { files: withStats(found.files), problems: found.problems };
  });
  try {
    const { stats } = refresh(index, files, { cwd, format: args.sourceFormat, published: args.published, onFiles: tuneForRun });
    // files indexed before but no longer on disk are dropped; others stay (an index can hold several folders)
    const listed = new Set(files.map((f) => f.abs));
    const gone = index.stamps().filter((row) => !listed.has(row.path) && !fileExists(row.path));
    index.batch(() => gone.forEach((row) => index.remove(row.path)));
    const removed = gone.length;
    index.save();
    const total = index.count();
    writeReport(`indexed ${stats.files} files: ${stats.extracted} extracted, ${stats.unchanged} unchanged${stats.failed ? `, ${stats.failed} not indexed` : ''}${removed ? `, ${removed} removed` : ''}; ${total} in ${path.relative(cwd, file) || file} (${Date.now() - t0} ms)\n`, args.output);
  } finally {
    index.close();
  }
  for (const p of problems) process.stderr.write(`crosscheck: ${p.message}\n`);
  if (problems.length) process.exitCode = 2;
}

/**
 * Open the index at `file` while `work` runs: SQLite's WebAssembly compiles
 * in the background meanwhile (listing thousands of references takes as long).
 */
async function openWhile<T>(file: string, shownAs: string, work: () => T): Promise<[ClaimIndex, T]> {
  const opening = ClaimIndex.open(file, shownAs);
  let done: T;
  try {
    done = work();
  } catch (e) {
    await opening.then(
      (index) => index.close(),
      () => undefined,
    );
    throw e;
  }
  return [await opening, done];
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
  const read = { cwd, format: args.sourceFormat, published: args.published, onFiles: tuneForRun };
  // what needs no index is done while SQLite's WebAssembly compiles: listing and looking at the references, reading the drafts
  const [index, { given, draftPaths, draftTerms }] = await openWhile(file, args.index || DEFAULT_INDEX, () => {
    const listed = options.references.length ? withStats(expandInputs(options.references, cwd).files.filter((f) => !options.ignored(f.shown))) : undefined;
    const paths = [...(args.drafts ?? []), ...(args.filesFrom !== undefined ? readFileList(args.filesFrom, cwd) : [])];
    return { given: listed, draftPaths: paths, draftTerms: readSources(paths, read).sources.map((d) => distinctiveTerms(d)) };
  });
  try {
    const listed: RefFile[] = given ?? index.stamps().map((r) => ({ abs: r.path, shown: shown(r.path, cwd) }));
    const { rows, missing } = refresh(index, listed, read);
    const refs = listed.filter((f) => !missing.has(f.abs));
    // the postings answer which indexed references share the drafts' distinctive terms
    const indexed = refs.filter((f) => rows.has(f.abs));
    const lookup = index.termLookup(indexed.map((f) => (rows.get(f.abs) as FileStamp).id));
    const chosen = new Set(selectReferences(lookup, draftTerms).map((i) => indexed[i].abs));
    // references the index could not hold (JSON exports, unreadable files) are read as a plain lint reads them
    const against = refs.filter((f) => chosen.has(f.abs) || !rows.has(f.abs)).map((f) => f.shown);
    setClaimCache({
      lookup(source) {
        const abs = path.resolve(cwd, source.path);
        const stored = rows.has(abs) ? index.storedClaims(abs) : undefined;
        if (!stored || stored.published !== (source.published ?? '') || stored.format !== source.format) return undefined;
        return renameClaims(JSON.parse(claimsJson(stored)) as Claim[], stored.sourceId, source.id);
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
