/** Standard input (`-`) as a source: named by `--stdin-name`, format detected from its content. */
import { claimsOf } from '../../src/pipeline';
import { readSources } from '../../src/sources';
import { locateSpan } from '../../src/sources/position';

const feed = (text: string) => () => Buffer.from(text, 'utf8');

describe('reading standard input', () => {
  it.each([
    ['plain text', 'Talks end\n\nLeaders from 26 nations met on Friday.\n', undefined, ['<stdin>', 'stdin', 'text']],
    ['a saved page', '<!doctype html><title>Talks end</title><p>Leaders from 26 nations met on Friday.</p>', 'page.html', ['page.html', 'page', 'html']],
    ['JSON Lines', '{"title": "Talks end", "body": "Leaders from 26 nations met on Friday."}\n{"title": "B", "body": "More."}\n', 'feed.jsonl', ['feed.jsonl', 'feed#1', 'jsonl']],
  ])('reads %s', (_name, input, stdinName, [shown, id, format]) => {
    const { sources, problems } = readSources(['-'], { stdin: feed(input), stdinName, published: '2025-09-06' });
    expect(problems).toEqual([]);
    expect([sources[0].path, sources[0].id, sources[0].format, sources[0].published, sources[0].publishedFrom]).toEqual([shown, id, format, '2025-09-06', 'option']);
    const claim = claimsOf(sources.slice(0, 1)).find((c) => c.kind === 'quantity');
    expect(claim && locateSpan(sources[0], claim.span)).toMatchObject({ path: shown, text: '26 nations' });
  });

  it('detects JSON from the content when standard input has no name', () => {
    const { sources } = readSources(['-'], { stdin: feed('[{"title": "A", "body": "One."}]') });
    expect(sources.map((s) => [s.id, s.format])).toEqual([['stdin#1', 'json']]);
  });

  it('reports empty standard input as an input problem', () => {
    const { sources, problems } = readSources(['-'], { stdin: feed(' \n') });
    expect(sources).toEqual([]);
    expect(problems.map((p) => [p.code, p.message])).toEqual([['input', '<stdin>: file is empty']]);
  });
});
