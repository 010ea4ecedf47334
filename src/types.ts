/**
 * The data each pipeline stage hands to the next:
 * files → {@link Source} → {@link Claim} → aligned groups → {@link Finding}.
 *
 * Offsets are 0-based UTF-16 code-unit indices, end exclusive. Lines and
 * columns are 1-based and point into the original file as a user opens it.
 */
import type { OffsetMap } from './sources/offset-map';

/** A half-open range `[start, end)` of offsets into some string. */
export interface Span {
  start: number;
  end: number;
}

/** Where in an article a stretch of text sits. Boilerplate yields no claims. */
export type SectionKind = 'title' | 'excerpt' | 'caption' | 'body' | 'boilerplate';

/** A stretch of a source's plain text (offsets into {@link Source.text}). */
export interface Section extends Span {
  kind: SectionKind;
  /** e.g. the front-matter field it came from (`excerpt`) */
  label?: string;
}

/** One article, parsed. */
export interface Source {
  /** short stable id, unique in a run (file name without extension) */
  id: string;
  /** the path as given on the command line */
  path: string;
  /** detected or forced format name, e.g. `markdown`, `dateline`, `aggregator` */
  format: string;
  title?: string;
  /** ISO date `YYYY-MM-DD` */
  published?: string;
  /** how {@link published} was found: stated in the file, given by `--published`, or inferred */
  publishedFrom?: 'stated' | 'option' | 'inferred';
  author?: string;
  outlet?: string;
  /** the file's text as decoded (BOM removed) */
  raw: string;
  /** plain article text, markup removed; claims are extracted from this */
  text: string;
  /** maps offsets in {@link text} to offsets in {@link raw} */
  map: OffsetMap;
  /** sections in text order, covering the claim-bearing parts of {@link text} */
  sections: Section[];
}

/** A parser for one source format (textlint's processor, chrono's parser). */
export interface SourceParser {
  /** format name, as `--source-format` takes it */
  name: string;
  /** file extensions it reads, with the dot */
  extensions: string[];
  /** how sure it is that this text is in its format: 0 (no) … 1 (certain) */
  detect(raw: string, path: string): number;
  /**
   * parse; `id` and `path` are filled by the caller. `memo`: what a parse of
   * the same text gave as its `memo` (work it may take instead of doing it
   * again), when the text is parsed again.
   */
  parse(raw: string, memo?: unknown): Omit<Source, 'id' | 'path' | 'raw'> & { memo?: unknown };
}

export type ClaimKind = 'quantity' | 'money' | 'percent' | 'date' | 'duration' | 'person' | 'quote';

/** What every claim carries. Offsets in `span` and `sentence` are into {@link Source.text}. */
export interface ClaimBase {
  /** `<source id>#<n>`, stable for the same input */
  id: string;
  kind: ClaimKind;
  /** source id */
  source: string;
  span: Span;
  /** the sentence the claim sits in */
  sentence: Span;
  section: SectionKind;
}

export type Qualifier = 'exact' | 'at-least' | 'more-than' | 'at-most' | 'less-than' | 'about' | 'nearly' | 'vague';

/** A count, an amount of money or a percentage. */
export interface QuantityClaim extends ClaimBase {
  kind: 'quantity' | 'money' | 'percent';
  /** the point value, when there is one */
  value?: number;
  /** interval bounds (inclusive); absent = unbounded on that side */
  min?: number;
  max?: number;
  /** unit class: `country`, `person`, `member`, `minute`; ISO 4217 code for money; `percent` */
  unit: string;
  /** the counted noun as written, e.g. `nations` */
  noun?: string;
  qualifier: Qualifier;
  /** multiplier word applied, e.g. `dozen`, `bn` */
  multiplier?: string;
  /** adjectival use, "27-member European Union": what has the quantity */
  holder?: string;
}

export type DatePrecision = 'day' | 'month' | 'year';

/** A calendar date, absolute or resolved from a relative expression. */
export interface DateClaim extends ClaimBase {
  kind: 'date';
  /** ISO `YYYY-MM-DD`, `YYYY-MM` or `YYYY` */
  value: string;
  precision: DatePrecision;
  /** what the value was resolved against, when it was not fully stated */
  resolvedFrom?: 'published' | 'previous-event' | 'inferred-year';
  /** weekday as stated in the text (0 = Sunday), when one was */
  weekday?: number;
  /** last day of a range ("this week", "July 23-25"), ISO at the same precision as {@link value}; inclusive */
  end?: string;
  /**
   * A range open on one side, bounded by the period {@link value}..{@link end}:
   * `since` from its first day on ("since 2010", "2018 or later"), `after`
   * from after its last day ("after Feb 2018"), `until` up to and including its
   * last day ("until Friday", "by the end of the month"), `before` up to its
   * first day, not included ("before 2010"). Absent: the claim is the period itself.
   */
  bound?: DateBound;
}

/** Which side of its stated period an open-ended date claim lies on; see {@link DateClaim.bound}. */
export type DateBound = 'since' | 'after' | 'until' | 'before';

export type DurationUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

/** A length of time: "40-minute meeting", "three-and-a-half years", "now in its third year". */
export interface DurationClaim extends ClaimBase {
  kind: 'duration';
  unit: DurationUnit;
  value?: number;
  min?: number;
  max?: number;
  qualifier: Qualifier;
  /** "third year": the elapsed time is in `[ordinal-1, ordinal)` units */
  ordinal?: number;
  /** ISO date of the start point stated in the same sentence ("following Russia's February 2022 offensive") */
  since?: string;
  /** precision of {@link since} */
  sincePrecision?: DatePrecision;
  /** the date the elapsed time is counted to (the source's published date) */
  asOf?: string;
}

/** A person mention with what the text says about them. */
export interface PersonClaim extends ClaimBase {
  kind: 'person';
  /** canonical full name within the source (surname mentions are linked to it) */
  name: string;
  /** the role or title as written ("Kremlin spokesman") */
  role?: string;
  age?: number;
  mention: 'full' | 'surname' | 'pronoun';
}

/** Words in quotation marks. */
export interface QuoteClaim extends ClaimBase {
  kind: 'quote';
  /** the quoted words, without the marks */
  quote: string;
  /** canonical name of the speaker, when known */
  speaker?: string;
  /** a few words quoted inside a sentence of the writer's own */
  fragment: boolean;
}

export type Claim = QuantityClaim | DateClaim | DurationClaim | PersonClaim | QuoteClaim;

/** What an extractor needs to know about the source it reads. */
export interface ExtractContext {
  source: Source;
  /** reference date (ISO day) for relative expressions: the published date, or `--published`, if any */
  reference?: string;
  /** sentences of the claim-bearing sections (never boilerplate), in text order */
  sentences: Span[];
  /** each sentence's cue bits (claims/sentence-cues.ts), when the pipeline worked them out once for every extractor */
  cues?: ArrayLike<number>;
  /** claims that extractors earlier in the order found (people before quotes, dates before durations) */
  prior: readonly NewClaim[];
}

/** A claim as an extractor returns it: the pipeline gives ids. */
export type NewClaim = DistributiveOmit<Claim, 'id'>;

/**
 * An extractor turns a source's text into claims of one or a few kinds. It reads
 * only `ctx.sentences` (so boilerplate gives nothing) and returns claims whose
 * `span` is inside `source.text`.
 */
export type Extractor = (ctx: ExtractContext) => NewClaim[];

export type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

// ---------------------------------------------------------------- findings

export type Severity = 'error' | 'warning' | 'info';

/** A location in an original file, with what was found there. */
export interface Evidence {
  source: string;
  path: string;
  /** 1-based */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based offsets into the file's text, end exclusive */
  start: number;
  end: number;
  /** the file's text between start and end */
  text: string;
  /** the normalized value of the claim */
  value?: unknown;
  unit?: string;
  claimId?: string;
}

/** One of the values the sources give, with who gives it. */
export interface FindingSide {
  value: unknown;
  unit?: string;
  /** human form of the value: "26", "312", "2025-09-04", "Kremlin spokesman" */
  display: string;
  sources: string[];
  evidence: Evidence[];
}

/** What a check reports; the engine adds the rule id and severity. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** what the disagreement is about, e.g. "countries pledging troops" */
  subject: string;
  /** story id, when sources were grouped into stories */
  story?: string;
  majority?: { value: unknown; unit?: string; display: string };
  sides: FindingSide[];
  /** every location, the primary (the odd one out) first */
  evidence: Evidence[];
}

/** What a check kind returns before the engine stamps rule id and severity. */
export type RawFinding = Omit<Finding, 'ruleId' | 'severity'> & { severity?: Severity };

export const SEVERITY_RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

// ---------------------------------------------------------------- a run

/** A group of articles about one story; claims are compared only within a story. */
export interface Story {
  /** stable id: a slug of the story's top words */
  id: string;
  /** the story's top words */
  label: string;
  /** source ids, in input order */
  sources: string[];
}

/** Everything a run produced; reporters format it. */
export interface Report {
  sources: Source[];
  /** the stories the sources were grouped into (absent when not grouped) */
  stories?: Story[];
  claims: Claim[];
  findings: Finding[];
  stats: { sources: number; claims: number; findings: number; ms: number };
}
