/** Saved pages of other shapes: an old table-and-<br> CMS page, a page whose comments outweigh the article. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { claimsOf } from '../../src/pipeline';
import { htmlParser } from '../../src/sources/html';
import { locateSpan } from '../../src/sources/position';
import { outline, parseWith } from './contract';

const fixture = (name: string): string => fs.readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');

describe('html pages of other shapes', () => {
  it('splits an old CMS page into paragraphs at <br><br>, leaving out menus, related links and footer', () => {
    const src = parseWith(htmlParser, fixture('old-cms.html'));
    expect(outline(src)).toEqual([
      ['title', 'Old CMS story'],
      ['body', 'By John Smith Staff writer'],
      ['body', 'The city council voted 7-2 on Monday to approve a budget of $4.5 million for road repairs, officials said.'],
      ['body', 'Council member Jane Roe said the repairs would take "at least three years" to complete across the 40 districts.'],
      ['body', 'The vote followed months of debate, with opponents arguing the money should go to schools instead of roads.'],
    ]);
    const money = claimsOf([{ ...src, published: '2003-05-07' }]).find((c) => c.kind === 'money');
    expect(money && locateSpan(src, money.span)).toMatchObject({ line: 6, column: 61, text: '$4.5 million' });
  });

  it('keeps to the article when the comments are longer than it', () => {
    const comment = (n: number): string => `<li class="comment"><p>Reader ${n} writes: I counted ${n * 7} buses this morning and the timetable said there would be far fewer of them than that.</p></li>`;
    const raw =
      '<!doctype html><html><head><title>Buses return</title></head><body><article><h1>Buses return</h1>' +
      '<p>Night buses returned to 12 routes on Saturday after a two-year pause, the transport authority said.</p>' +
      '<p>The authority expects about 9,000 riders a night once all routes run again in the spring.</p></article>' +
      `<section class="comments"><h2>Comments</h2><ol>${[1, 2, 3, 4, 5, 6, 7, 8].map(comment).join('')}</ol></section></body></html>`;
    const src = parseWith(htmlParser, raw);
    expect(outline(src).map(([kind, text]) => [kind, text.slice(0, 20)])).toEqual([
      ['title', 'Buses return'],
      ['body', 'Night buses returned'],
      ['body', 'The authority expect'],
    ]);
  });
});
