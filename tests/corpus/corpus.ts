/**
 * The development corpus on disk: one folder per story under `tests/corpus/`,
 * articles with inline markers (see README.md). Reads every story, strips the
 * markers, and writes clean copies for the pipeline to read.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stripMarkers, type Marker, type MarkerProblem } from './strip';

/** Rules that check one source on its own; every other rule compares sources. */
export const SINGLE_SOURCE_RULES: readonly string[] = ['weekday-date', 'elapsed-time', 'currency-consistency'];

/** Extensions of article files in a story folder. */
export const ARTICLE_EXTS: readonly string[] = ['.md', '.txt', '.html'];

/** One article of the corpus, marked and clean. */
export interface CorpusArticle {
  story: string;
  /** `<story>/<file>`, with forward slashes */
  rel: string;
  marked: string;
  clean: string;
  markers: Marker[];
  problems: MarkerProblem[];
}

export interface CorpusStory {
  slug: string;
  articles: CorpusArticle[];
}

/** `tests/corpus/` of the repository (found from this file, compiled or not). */
export function corpusDir(from = __dirname): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return path.join(dir, 'tests', 'corpus');
}

/** Every story folder and its articles, in name order. */
export function readCorpus(dir = corpusDir()): CorpusStory[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((slug) => ({
      slug,
      articles: fs
        .readdirSync(path.join(dir, slug))
        .filter((f) => ARTICLE_EXTS.includes(path.extname(f).toLowerCase()))
        .sort()
        .map((f): CorpusArticle => {
          const marked = fs.readFileSync(path.join(dir, slug, f), 'utf8');
          return { story: slug, rel: `${slug}/${f}`, marked, ...stripMarkers(marked) };
        }),
    }));
}

/** Write the clean text of every article under `dest/<story>/<file>`. */
export function writeClean(stories: readonly CorpusStory[], dest: string): void {
  for (const s of stories) {
    fs.mkdirSync(path.join(dest, s.slug), { recursive: true });
    for (const a of s.articles) fs.writeFileSync(path.join(dest, a.rel), a.clean);
  }
}
