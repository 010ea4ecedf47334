/**
 * Property tests of the offset contract for JSON and HTML sources: whatever
 * the characters, escapes, entities and markup, each character of the text
 * maps back to the raw characters that stand for it.
 */
import fc from 'fast-check';
import { decodeHTML } from 'entities';
import { htmlParser } from '../../src/sources/html';
import { jsonParser } from '../../src/sources/json';
import type { Source } from '../../src/types';
import { wellFormed } from './contract';

const chars = fc.constantFrom('a', 'Z', '7', ' ', '"', '\\', '/', '’', '—', '€', '😀', '\t', '\u2028', '<', '&', 'é', '.', ',');
const word = fc.array(chars, { minLength: 1, maxLength: 12 }).map((a) => a.join(''));
const paragraph = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => `Start ${w.join(' ')} end.`);

/** Raw text behind text character `i`. */
const rawAt = (s: Source, i: number): string => s.raw.slice(s.map.toRaw(i), s.map.toRawEnd(i + 1));

describe('offset contract under random input', () => {
  it('maps every body character of a JSON record to its literal or escape', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), fc.boolean(), (paras, ascii) => {
        const body = paras.join('\n\n');
        let raw = JSON.stringify({ title: 'T', body }, null, 2);
        if (ascii) raw = raw.replace(/[^\x20-\x7e\n]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
        const { records, problems } = jsonParser.parseAll(raw);
        expect(problems).toEqual([]);
        const src: Source = { ...records[0].source, id: 'x', path: 'x.json', raw };
        expect(wellFormed(src)).toBe(true);
        const bodies = src.sections.filter((s) => s.kind === 'body');
        expect(bodies.map((s) => src.text.slice(s.start, s.end).replace(/\s+/g, ' '))).toEqual(paras.map((p) => p.replace(/\s+/g, ' ').trim()));
        for (const s of bodies) {
          for (let i = s.start; i < s.end; i++) {
            const r = rawAt(src, i);
            if (/\s/.test(src.text[i])) continue; // white space between lines is joined as a space
            expect(JSON.parse(`"${r}"`)).toBe(src.text[i]);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('maps every character of an HTML paragraph to itself, an entity, or collapsed white space', () => {
    const entity = fc.constantFrom('&amp;', '&lt;', '&#8217;', '&#x20AC;', '&mdash;', '&nbsp;', '&quot;');
    const inline = fc.constantFrom('<b>', '</b>', '<a href="/x?a=1&amp;b=2">', '</a>', '<br>', '\n   ', '<!-- 12 hidden -->', '<span class="x">', '</span>');
    const piece = fc.oneof(word.map((w) => w.replace(/[<&]/g, 'x')), entity, inline);
    fc.assert(
      fc.property(fc.array(fc.array(piece, { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 4 }), (paras) => {
        const raw = `<!doctype html><html><head><title>T</title></head><body><article>${paras.map((p) => `<p>Start ${p.join('')} end.</p>`).join('\n')}</article></body></html>`;
        const src: Source = { ...htmlParser.parse(raw), id: 'x', path: 'x.html', raw };
        expect(wellFormed(src)).toBe(true);
        for (const s of src.sections) {
          for (let i = s.start; i < s.end; i++) {
            const r = rawAt(src, i);
            const c = src.text[i];
            // a collapsed space stands for white space, &nbsp; and the tags between them
            if (c === ' ') expect(r.replace(/<[^>]*>|&nbsp;/g, ' ')).toMatch(/^\s+$/);
            else expect(r === c || decodeHTML(r) === c).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});
