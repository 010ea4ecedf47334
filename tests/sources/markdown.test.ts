import { markdownParser } from '../../src/sources/markdown';
import { mapsVerbatim, outline, parseWith, rawOf, sectionTexts, unmappedChars, wellFormed } from './contract';

describe('markdown: front matter', () => {
  const cases: { name: string; doc: string; meta: Record<string, string | undefined>; sections: [string, string][] }[] = [
    {
      name: 'Jekyll post with double-quoted strings and a timestamp date',
      doc: '---\nlayout: post\ntitle: "Ten ministers resign"\ndate: 2024-03-07T09:30:00\nauthor: "jdoe"\nexcerpt: "Ten of 22 ministers left on Thursday."\n---\n\nThe cabinet lost 10 members.\n',
      meta: { title: 'Ten ministers resign', published: '2024-03-07', author: 'jdoe' },
      sections: [['title', 'Ten ministers resign'], ['excerpt', 'Ten of 22 ministers left on Thursday.'], ['body', 'The cabinet lost 10 members.']],
    },
    {
      name: 'plain scalars, a written date, outlet from `publisher`, description as excerpt',
      doc: '---\ntitle: Flood waters recede\ndate: March 8, 2024\npublisher: The Courier\ndescription: About 300 homes were flooded.\n---\nText.\n',
      meta: { title: 'Flood waters recede', published: '2024-03-08', outlet: 'The Courier' },
      sections: [['title', 'Flood waters recede'], ['excerpt', 'About 300 homes were flooded.'], ['body', 'Text.']],
    },
    {
      name: 'an author object and an outlet under `source`',
      doc: "---\nauthor:\n  name: Ana Ruiz\nsource: Daily Post\nsummary: 'It''s 5 km long.'\n---\nBody.\n",
      meta: { author: 'Ana Ruiz', outlet: 'Daily Post', title: undefined },
      sections: [['excerpt', "It's 5 km long."], ['body', 'Body.']],
    },
    {
      name: 'a folded block scalar as subtitle',
      doc: '---\ntitle: Budget\nsubtitle: >\n  Spending rises\n  by 4%.\n---\n',
      meta: { title: 'Budget' },
      sections: [['title', 'Budget'], ['excerpt', 'Spending rises by 4%.']],
    },
    {
      name: 'a comment after a value, a number and a null as names, spaces inside quotes',
      doc: '---\ntitle: Ferry sinks # draft\nauthor: 1984\noutlet: null\nexcerpt: "  Two rescued.  "\ndate: 2024-03-07\n---\nBody.\n',
      meta: { title: 'Ferry sinks', author: undefined, outlet: undefined, published: '2024-03-07' },
      sections: [['title', 'Ferry sinks'], ['excerpt', 'Two rescued.'], ['body', 'Body.']],
    },
  ];
  it.each(cases)('$name', ({ doc, meta, sections }) => {
    const s = parseWith(markdownParser, doc);
    for (const [k, v] of Object.entries(meta)) expect(s[k as 'title']).toBe(v);
    expect(outline(s)).toEqual(sections);
    expect(wellFormed(s)).toBe(true);
  });

  it('maps a double-quoted value to the characters between the quotes', () => {
    const doc = '---\ntitle: "Peace talks"\nexcerpt: "26 nations pledged troops."\n---\n';
    const s = parseWith(markdownParser, doc);
    const [ex] = s.sections.filter((x) => x.kind === 'excerpt');
    expect(s.map.toRaw(ex.start)).toBe(doc.indexOf('26 nations'));
    expect(rawOf(s, ex.start, ex.end)).toBe('26 nations pledged troops.');
    expect(unmappedChars(s)).toEqual([]);
  });

  it('decodes escapes in a double-quoted value and maps the rest verbatim', () => {
    const doc = '---\nexcerpt: "He said \\"no\\" to 3 offers."\n---\n';
    const s = parseWith(markdownParser, doc);
    expect(sectionTexts(s, 'excerpt')).toEqual(['He said "no" to 3 offers.']);
    expect(mapsVerbatim(s, 'to 3 offers.')).toBe(true);
    const at = s.text.indexOf('"no');
    expect(doc.slice(s.map.toRaw(at), s.map.toRawEnd(at + 1))).toBe('\\"');
  });

  it('reads Hugo TOML front matter', () => {
    const doc = '+++\ntitle = "Port \\"reopens\\""\ndate = 2024-05-02T08:00:00Z\nauthors = ["Li Wei", "Sam Roe"]\nsummary = \'Ships return after 9 days.\'\n[params]\ntitle = "not this"\n+++\nBody text.\n';
    const s = parseWith(markdownParser, doc);
    expect([s.title, s.published, s.author]).toEqual(['Port "reopens"', '2024-05-02', 'Li Wei, Sam Roe']);
    expect(outline(s)).toEqual([['title', 'Port "reopens"'], ['excerpt', 'Ships return after 9 days.'], ['body', 'Body text.']]);
    expect(mapsVerbatim(s, 'Ships return after 9 days.')).toBe(true);
    expect(markdownParser.detect(doc, 'post.txt')).toBeGreaterThan(0.9);
  });

  it('does not repeat an excerpt that a description duplicates', () => {
    const s = parseWith(markdownParser, '---\nexcerpt: Same text.\ndescription: Same text.\n---\n');
    expect(sectionTexts(s, 'excerpt')).toEqual(['Same text.']);
  });
});

describe('markdown: body markup', () => {
  const cases: { name: string; doc: string; sections: [string, string][]; verbatim?: string[] }[] = [
    {
      name: 'headings: the first H1 is the title, later headings body',
      doc: '# Storm hits coast\n\nWinds of 120 km/h.\n\n## Damage\n\nAt least 30 homes.\n',
      sections: [['title', 'Storm hits coast'], ['body', 'Winds of 120 km/h.'], ['body', 'Damage'], ['body', 'At least 30 homes.']],
      verbatim: ['Winds of 120 km/h.', 'At least 30 homes.'],
    },
    {
      name: 'emphasis, inline code, links and images',
      doc: 'The **mayor** said _26 nations_ joined, per [Reuters](https://reuters.com "R") and `RIA`. ![map](m.png)\n',
      sections: [['body', 'The mayor said 26 nations joined, per Reuters and RIA.']],
      verbatim: ['26 nations', 'joined, per '],
    },
    {
      name: 'wrapped lines join with a space; block quotes and list markers go',
      doc: 'Officials said 40\nhomes burned.\n\n> He called it "a disaster"\n> for the town.\n\n- first 3 days\n* then 2 weeks\n1. finally 1 month\n',
      sections: [['body', 'Officials said 40 homes burned.'], ['body', 'He called it "a disaster" for the town.'], ['body', 'first 3 days'], ['body', 'then 2 weeks'], ['body', 'finally 1 month']],
      verbatim: ['homes burned.', 'for the town.'],
    },
    {
      name: 'HTML comments, code blocks, rules, tags and template tags are dropped',
      doc: '<!-- draft note: 99 -->\nKept 1 line.\n\n```\ncode 5\n```\n\n---\n\n{% include ad.html %}\nA <b>bold</b> claim of 7.\n\n    indented 8\n',
      sections: [['body', 'Kept 1 line.'], ['body', 'A bold claim of 7.']],
      verbatim: ['Kept 1 line.', 'claim of 7.'],
    },
    {
      name: 'setext heading, snake_case and escaped markup stay as written',
      doc: 'Main title\n==========\n\nThe file_name has 2\\*3 \\[items\\].\n',
      sections: [['title', 'Main title'], ['body', 'The file_name has 2*3 [items].']],
      verbatim: ['file_name has 2'],
    },
    {
      name: 'HTML entities decode to the characters they stand for',
      doc: 'Prices rose 5&nbsp;% at Smith&amp;Co &#8212; a record&hellip;\n',
      sections: [['body', 'Prices rose 5 % at Smith&Co — a record…']],
      verbatim: ['Prices rose 5'],
    },
    {
      name: 'table rows are blocks of their own, cells separated by spaces; the rule row goes',
      doc: '| Country | Troops |\n|---|---:|\n| France | 2,000 |\n| UK | 1,500 |\n',
      sections: [['body', 'Country Troops'], ['body', 'France 2,000'], ['body', 'UK 1,500']],
      verbatim: ['2,000', 'UK'],
    },
    {
      name: 'nested list items and task-list boxes',
      doc: '- top 1\n    - nested 2\n- [x] done 3\n',
      sections: [['body', 'top 1'], ['body', 'nested 2'], ['body', 'done 3']],
    },
  ];
  it.each(cases)('$name', ({ doc, sections, verbatim }) => {
    const s = parseWith(markdownParser, doc);
    expect(outline(s)).toEqual(sections);
    for (const v of verbatim ?? []) expect(mapsVerbatim(s, v)).toBe(true);
    expect(wellFormed(s)).toBe(true);
  });

  it('separates blocks by a paragraph break and keeps every body character mapped', () => {
    const doc = '---\ntitle: T\n---\n\nOne *two* three.\n\nFour.\n';
    const s = parseWith(markdownParser, doc);
    expect(s.text).toBe('T\n\nOne two three.\n\nFour.');
    expect(unmappedChars(s)).toEqual([]);
  });

  it('keeps an H1 that repeats the front-matter title out of the claim-bearing text', () => {
    const s = parseWith(markdownParser, '---\ntitle: Storm hits\n---\n# Storm hits\n\nText.\n');
    expect(outline(s)).toEqual([['title', 'Storm hits'], ['boilerplate', 'Storm hits'], ['body', 'Text.']]);
  });

  it('reads a file with no front matter and takes the title from the H1', () => {
    const s = parseWith(markdownParser, '# Hello world\n\nText here.');
    expect(s.title).toBe('Hello world');
    expect(s.published).toBeUndefined();
  });
});

describe('markdown: detection', () => {
  it.each([
    ['front matter in a .txt file', '---\ntitle: x\n---\nbody', 'a.txt', 0.9],
    ['a .md extension', 'just text', 'a.md', 0.8],
  ])('%s', (_n, raw, path, min) => {
    expect(markdownParser.detect(raw, path)).toBeGreaterThanOrEqual(min);
  });
  it('claims a .txt file with several kinds of Markdown markup', () => {
    expect(markdownParser.detect('# Title\n\nSee [this](http://x.y) and **that**.', 'a.txt')).toBeGreaterThan(0.5);
  });

  it('is unsure of plain prose in a .txt file', () => {
    expect(markdownParser.detect('Plain words. Nothing else.', 'a.txt')).toBeLessThan(0.5);
  });
});
