/**
 * Generators of hostile and near-real article text for the property tests:
 * any Unicode, Markdown-ish and HTML-ish token soups, and JSON records whose
 * fields hold any string. Tokens are chosen to hit the parsers' special cases
 * (front matter, entities, comments, quotes, numbers, dates).
 */
import fc from 'fast-check';

/** Runs per property: enough to find edge cases, few enough to keep the suite fast. */
export const RUNS = 200;

const WORDS = ['The', 'council', 'said', '312', 'people', '4.5', 'million', 'euros', 'on', 'Thursday', 'March 14, 2025', 'last week', 'three weeks', '27%', '$1.2bn', 'Petar Ivanov', 'spokesman', 'aged 54', 'U.S.', 'Dr.', '1,000', 'nearly', 'a day earlier', '2024', 'Kyiv', 'Kiev'];
const PUNCT = ['.', ',', '!', '?', ';', ':', '"', '“', '”', '‘', '’', "'", '—', '–', '-', '(', ')', '…'];
const SPACE = [' ', ' ', ' ', '\n', '\n\n', '\t', '\r\n', '\u00a0', '\u2028'];
const MD = ['---\n', '---\ntitle: "x"\npublished: 2025-03-14\n---\n', '# ', '## ', '> ', '- ', '* ', '1. ', '**', '_', '`', '```\n', '[', '](http://x.y)', '![a](b.png)', '<!-- c -->', '<!--', '{{ x }}', '{% y %}', '|', '| --- |', 'title: ', 'By ', 'Date: 2025-03-14', '\\', '&amp;'];
const HTML = ['<!doctype html>', '<html>', '<head>', '<title>', '</title>', '<meta name="description" content="x 5">', '<body>', '<article>', '</article>', '<p>', '</p>', '<div class="share">', '</div>', '<br>', '<script>', '</script>', '<style>', '</style>', '<!-- c -->', '<!--', '&amp;', '&nbsp;', '&#8220;', '&#x201D;', '&bogus;', '&', '<', '>', '<a href="x">', '</a>', '<h1>', '</h1>', '<time datetime="2025-03-14">', '<![CDATA[', ']]>', '<p', '</'];

const pick = (xs: readonly string[]) => fc.constantFrom(...xs);

/** Any string, astral planes, lone surrogates and controls included. */
export const anyText = fc.string({ unit: 'binary', maxLength: 300 });

/** Prose-like text: words, numbers, dates, punctuation and white space. */
export const prose = fc.array(fc.oneof(pick(WORDS), pick(PUNCT), pick(SPACE), fc.string({ maxLength: 4 })), { maxLength: 120 }).map((t) => t.join(''));

/** Markdown-ish: prose with Markdown markup and front matter pieces. */
export const markdownish = fc.array(fc.oneof({ weight: 3, arbitrary: pick(WORDS) }, pick(MD), pick(PUNCT), pick(SPACE)), { maxLength: 120 }).map((t) => t.join(''));

/** HTML-ish: prose inside tags, entities, comments and broken markup. */
export const htmlish = fc.array(fc.oneof({ weight: 3, arbitrary: pick(WORDS) }, pick(HTML), pick(PUNCT), pick(SPACE)), { maxLength: 120 }).map((t) => t.join(''));

/** A JSON record (or a JSONL line) whose fields hold any text. */
export const jsonRecord = fc.record({ title: fc.oneof(prose, anyText), body: fc.oneof(prose, anyText), published: fc.constantFrom('2025-03-14', 'yesterday', '') }).map((r) => JSON.stringify(r));

/** Every kind of input above. */
export const anyArticle = fc.oneof(anyText, prose, markdownish, htmlish, jsonRecord, fc.array(jsonRecord, { maxLength: 4 }).map((l) => l.join('\n')));
