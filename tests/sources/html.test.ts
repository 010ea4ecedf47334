/**
 * Saved web pages: the article chosen and its text mapped back into the HTML
 * file, metadata from meta tags and JSON-LD, furniture left out.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { claimsOf } from '../../src/pipeline';
import { readabilityChoice } from '../../src/sources/html-article';
import { htmlParser } from '../../src/sources/html';
import { parseHtmlTree } from '../../src/sources/html-tree';
import { locateSpan } from '../../src/sources/position';
import { outline, parseWith, rawOf, sectionTexts, wellFormed } from './contract';

const page = (head: string, body: string): string => `<!DOCTYPE html>\n<html><head>${head}</head>\n<body>${body}</body></html>\n`;
const PROSE = '<p>Officials said the new terminal will open next spring and employ hundreds of local workers across three shifts.</p>';

describe('html parser: text and offsets', () => {
  it.each([
    ['entities', '<p>Smith &amp; Sons paid &euro;5m &#8211; a &#x201C;record&#x201D; &ndash; on 3&nbsp;May.</p>', 'Smith & Sons paid €5m – a “record” – on 3 May.'],
    ['white space and inline markup', '<p>  Ten\n     <b>new</b>\t<a href="#">ships</a>,\r\n  <em>two</em>  lost. </p>', 'Ten new ships, two lost.'],
    ['a line break inside a paragraph', '<p>First line<br>second line</p>', 'First line second line'],
    ['an ampersand that is not an entity', '<p>R&D rose 4% & more.</p>', 'R&D rose 4% & more.'],
    ['character data in a comment-free div', '<div>Loose text <span>in a div</span>.</div>', 'Loose text in a div.'],
  ])('decodes %s', (_name, body, expected) => {
    const src = parseWith(htmlParser, page('', body));
    expect(sectionTexts(src, 'body')).toEqual([expected]);
    expect(wellFormed(src)).toBe(true);
  });

  it('maps every copied character to itself and every entity to its raw form', () => {
    const raw = page('', '<p>Smith &amp; Sons paid &euro;5m on 3&nbsp;May.</p>');
    const src = parseWith(htmlParser, raw);
    const at = (s: string): string => {
      const i = src.text.indexOf(s);
      return rawOf(src, i, i + s.length);
    };
    expect([at('Smith & Sons'), at('€5m'), at('3 May'), at('paid')]).toEqual(['Smith &amp; Sons', '&euro;5m', '3&nbsp;May', 'paid']);
  });

  it('keeps block elements apart as paragraphs, headings and captions', () => {
    const raw = page(
      '<title>Port expands</title>',
      `<article><h1>Port expands</h1>${PROSE}<h2>Costs</h2><ul><li>Phase one: $40m.</li><li>Phase two: $65m.</li></ul>` +
        '<figure><img src="a.jpg"><figcaption>The new cranes arrived in May.</figcaption></figure><blockquote>It is a big day.</blockquote></article>',
    );
    expect(outline(parseWith(htmlParser, raw))).toEqual([
      ['title', 'Port expands'],
      ['body', PROSE.slice(3, -4)],
      ['body', 'Costs'],
      ['body', 'Phase one: $40m.'],
      ['body', 'Phase two: $65m.'],
      ['caption', 'The new cranes arrived in May.'],
      ['body', 'It is a big day.'],
    ]);
  });

  it('handles CRLF and CR line ends with locations still right', () => {
    const lf = page('<title>Dock strike</title>', `\n<article>\n<h1>Dock strike</h1>\n<p>About 1,200 dock workers walked out on\nMonday, March 3, 2025.</p>\n${PROSE}\n</article>`);
    for (const eol of ['\r\n', '\r']) {
      const raw = lf.replace(/\n/g, eol);
      const src = { ...parseWith(htmlParser, raw), published: '2025-03-05' };
      const claim = claimsOf([src]).find((c) => c.kind === 'date');
      expect(claim && locateSpan(src, claim.span)).toMatchObject({ line: 7, column: 1, text: 'Monday, March 3, 2025' });
      expect(sectionTexts(src, 'body')[0]).toBe('About 1,200 dock workers walked out on Monday, March 3, 2025.');
    }
  });
});

describe('html parser: metadata', () => {
  it.each([
    ['article:published_time', '<meta property="article:published_time" content="2025-09-05T10:12:00Z">', { published: '2025-09-05' }],
    ['JSON-LD datePublished in a @graph', '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-02-29T23:00:00-05:00","author":[{"name":"Ana Ruiz"},{"name":"Li Wei"}],"publisher":{"name":"The Courier"},"headline":"Leap day vote"}]}</script>', { published: '2024-02-29', author: 'Ana Ruiz, Li Wei', outlet: 'The Courier', title: 'Leap day vote' }],
    ['meta author, og:site_name and og:title', '<meta name="author" content="Jo Bloggs"><meta property="og:site_name" content="Daily &amp; Co"><meta property="og:title" content="Budget passes">', { author: 'Jo Bloggs', outlet: 'Daily & Co', title: 'Budget passes' }],
    ['a broken JSON-LD block, with the meta tags still read', '<script type="application/ld+json">{"@type": "NewsArticle",</script><meta name="date" content="2023-11-02">', { published: '2023-11-02' }],
    ['a <title> naming the site', '<title>Rates rise | The Post</title><meta property="og:site_name" content="The Post">', { title: 'Rates rise', outlet: 'The Post' }],
  ])('reads %s', (_name, head, expected) => {
    expect(parseWith(htmlParser, page(head, `<article>${PROSE}</article>`))).toMatchObject(expected);
  });

  it('reads <time datetime> and a byline when no meta tag says', () => {
    const src = parseWith(htmlParser, page('<title>Budget passes - The Post</title>', `<article><h1>Budget passes</h1><p>By Sam Lee</p><time datetime="2025-01-15">Jan 15</time>${PROSE}</article>`));
    expect(src).toMatchObject({ title: 'Budget passes', published: '2025-01-15', author: 'Sam Lee' });
    expect(sectionTexts(src, 'body')).toEqual([PROSE.slice(3, -4)]);
  });

  it('does not take a date from a sidebar <time> as the published date', () => {
    const src = parseWith(htmlParser, page('', `<article>${PROSE}</article><div class="rail"><time datetime="2019-01-01">2019</time></div>`));
    expect(src.published).toBeUndefined();
  });

  it('takes the title from <title> when the page has no headline element', () => {
    const src = parseWith(htmlParser, page('<title>Rates &amp; rents</title>', `<div>${PROSE}</div>`));
    expect(outline(src)[0]).toEqual(['title', 'Rates & rents']);
  });
});

describe('html parser: furniture', () => {
  it('leaves out navigation, asides, forms, scripts, comments and hidden blocks', () => {
    const raw = page(
      '<style>p { color: red }</style><script>var n = "<p>7 things</p>";</script>',
      '<header><nav><a>Home</a><a>World: 9 stories</a></nav></header><main><article>' +
        `${PROSE}<!-- <p>12 drafts</p> --><div class="social-share">Share 4 ways</div><p hidden>Hidden 5</p>` +
        '<div style="display:none">Invisible 6</div><form><label>Email</label><button>Sign up for 8 alerts</button></form>' +
        '<aside><p>Most read: 10 tips</p></aside><p>The second phase starts in 2027 and adds two berths for larger container ships.</p>' +
        '<div id="comments"><p>Great, 11/10</p></div><noscript>Enable 13 scripts</noscript></article></main>' +
        '<footer>Contact 14 editors</footer><script>track(15)</script>',
    );
    const text = parseWith(htmlParser, raw).text;
    for (let n = 4; n <= 15; n++) if (n !== 5 || !text.includes('Hidden')) expect(text).not.toMatch(new RegExp(`\\b${n}\\b`));
    expect(text).toContain('hundreds of local workers');
    expect(text).toContain('two berths');
  });

  it('lets Readability choose the article among the page blocks', () => {
    const raw = fs.readFileSync(path.join(__dirname, 'fixtures', 'same-article', 'article.html'), 'utf8');
    const { elements } = parseHtmlTree(raw);
    const choice = readabilityChoice(raw, elements);
    expect(choice).toBeDefined();
    expect(choice?.roots.map((r) => r.name)).toEqual(['div']);
    expect(choice?.roots[0].attrs.itemprop).toBe('articleBody');
  });

  it('falls back to <article> when the page is too short for Readability', () => {
    const raw = page('', '<nav>Menu 1</nav><article><p>Short text of 3 words.</p></article><footer>2 links</footer>');
    expect(sectionTexts(parseWith(htmlParser, raw))).toEqual(['Short text of 3 words.']);
  });
});

describe('html detection', () => {
  it.each([
    ['<!doctype html><p>x</p>', 'a.txt', 0.95],
    ['<p>a</p><p>b</p><p>c</p>', '-', 0.7],
    ['<p>a</p>', 'page.htm', 0.95],
    ['Plain prose with 3 < 4.', 'a.txt', 0],
  ])('scores %j (%s)', (raw, file, score) => {
    expect(htmlParser.detect(raw, file)).toBe(score);
  });
});
