import { identity } from '../../src/sources/offset-map';
import { splitSentences } from '../../src/claims/sentences';
import { extractPeople } from '../../src/claims/people';
import { extractQuotes } from '../../src/claims/quotes';
import type { ExtractContext, QuoteClaim, Source } from '../../src/types';

/** A one-section source; people run first and are passed as `prior`, as the pipeline does. */
function contextOf(text: string, withPeople = true): ExtractContext {
  const { map } = identity(text);
  const source: Source = { id: 't', path: 't.txt', format: 'plain', raw: text, text, map, sections: [{ kind: 'body', start: 0, end: text.length }] };
  const ctx: ExtractContext = { source, sentences: splitSentences(text), prior: [] };
  return withPeople ? { ...ctx, prior: extractPeople(ctx) } : ctx;
}

interface Seen {
  quote: string;
  speaker?: string;
  fragment: boolean;
}

function quotes(text: string, withPeople = true): Seen[] {
  return extractQuotes(contextOf(text, withPeople)).map((c) => {
    const q = c as Omit<QuoteClaim, 'id'>;
    expect(text.slice(q.span.start, q.span.end)).toBe(q.quote);
    const seen: Seen = { quote: q.quote, fragment: q.fragment };
    if (q.speaker !== undefined) seen.speaker = q.speaker;
    return seen;
  });
}

const said = (quote: string, speaker?: string): Seen => (speaker ? { quote, speaker, fragment: false } : { quote, fragment: false });
const frag = (quote: string, speaker?: string): Seen => (speaker ? { quote, speaker, fragment: true } : { quote, fragment: true });

describe('extractQuotes: speakers named before the quote', () => {
  it.each<[string, Seen[]]>([
    [
      'Kremlin spokesperson Dmitry Peskov told Russia’s state news agency that, “Can Ukraine’s security guarantees be ensured? Definitely not, they cannot.” He added that such a scheme “cannot serve as a security guarantee.”',
      [said('Can Ukraine’s security guarantees be ensured? Definitely not, they cannot.', 'Dmitry Peskov'), frag('cannot serve as a security guarantee.', 'Dmitry Peskov')],
    ],
    [
      'In remarks published by Russian state media, the Kremlin\'s spokesperson, Dmitry Peskov, said: "Can Ukraine\'s security guarantees be ensured? Definitely not, they cannot."',
      [said("Can Ukraine's security guarantees be ensured? Definitely not, they cannot.", 'Dmitry Peskov')],
    ],
    ['Kremlin spokesman Dmitry Peskov spoke on Friday. Peskov said Ukraine’s “needed security guarantees” were already agreed.', [frag('needed security guarantees', 'Dmitry Peskov')]],
    [
      'Nato chief Mark Rutte said on Thursday that Russia had no veto: "Why are we interested in what Russia thinks? It\'s a sovereign country."',
      [said("Why are we interested in what Russia thinks? It's a sovereign country.", 'Mark Rutte')],
    ],
    ['UK Prime Minister Sir Keir Starmer said Western allies now had an "unbreakable pledge" to Ukraine.', [frag('unbreakable pledge', 'Keir Starmer')]],
    [
      'Putin met Vladimir Putin. Putin said this week there was "a certain light at the end of the tunnel" and that "there are options for ensuring security".',
      [frag('a certain light at the end of the tunnel', 'Vladimir Putin'), frag('there are options for ensuring security', 'Vladimir Putin')],
    ],
    [
      'UK Defence Secretary John Healey has praised Donald Trump, who he says "brought Putin into talks" and "not closed off any options".',
      [frag('brought Putin into talks', 'John Healey'), frag('not closed off any options', 'John Healey')],
    ],
    ['French President Emmanuel Macron hosted a summit. He declared, “We are ready to offer the security guarantees.”', [said('We are ready to offer the security guarantees.', 'Emmanuel Macron')]],
    ['Maria Zakharova spoke in Vladivostok. Suggesting it was a waste of time, she said “next time they should have a pointer.”', [said('next time they should have a pointer.', 'Maria Zakharova')]],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('extractQuotes: speakers named after the quote', () => {
  it.each<[string, Seen[]]>([
    [
      '“Can Ukraine’s security guarantees be ensured by foreign contingents? Definitely not,” Kremlin spokesman Dmitry Peskov told the state news agency RIA.\n\n“This cannot serve as a security guarantee for Ukraine,” he said.',
      [said('Can Ukraine’s security guarantees be ensured by foreign contingents? Definitely not', 'Dmitry Peskov'), said('This cannot serve as a security guarantee for Ukraine', 'Dmitry Peskov')],
    ],
    ['“We are ready,” said Macron.', [said('We are ready')]],
    ['Emmanuel Macron arrived. “We are ready,” said Macron.', [said('We are ready', 'Emmanuel Macron')]],
    ['"We are ready," said French President Emmanuel Macron.', [said('We are ready', 'Emmanuel Macron')]],
    ['Maria Zakharova spoke. “Russia is not going to discuss it,” Zakharova told reporters on the sidelines.', [said('Russia is not going to discuss it', 'Maria Zakharova')]],
    [
      'Trump told CBS News on Wednesday that he had a good relationship with both Vladimir Putin and Volodymyr Zelensky.\n\n"I think we\'re going to get it all straightened out," he said.',
      // "Trump" alone is no person claim here (no full name to link to), so "he" stays unresolved rather than wrong
      [said("I think we're going to get it all straightened out")],
    ],
    [
      'Donald Trump spoke to CBS News on Wednesday about Vladimir Putin and Volodymyr Zelensky.\n\n"I think we\'re going to get it all straightened out," he said.',
      [said("I think we're going to get it all straightened out", 'Donald Trump')],
    ],
    ['Maria Zakharova spoke. There will be no security force “in any format” – she made clear.', [frag('in any format', 'Maria Zakharova')]],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('extractQuotes: quotes that go on', () => {
  it.each<[string, Seen[]]>([
    // interrupted by the attribution
    ['Dmitry Peskov spoke. “Part one,” he said. “Part two.”', [said('Part one', 'Dmitry Peskov'), said('Part two.', 'Dmitry Peskov')]],
    // a quote paragraph after an attributed one
    [
      '"At your initiative, your special forces participated," Vladimir Putin told Kim Jong-un at a meeting in China.\n\n"Your soldiers fought courageously and heroically."',
      [said('At your initiative, your special forces participated', 'Vladimir Putin'), said('Your soldiers fought courageously and heroically.', 'Vladimir Putin')],
    ],
    // over paragraphs: the opening mark of the next paragraph continues it; each piece is capped at its paragraph
    [
      'Dmitry Peskov told reporters: “We will not accept this.\n\n“Nor will we discuss it,” he added.',
      [said('We will not accept this.', 'Dmitry Peskov'), said('Nor will we discuss it', 'Dmitry Peskov')],
    ],
    [
      '“We will not accept this.\n\n“Nor will we discuss it,” Dmitry Peskov told reporters.',
      [said('We will not accept this.', 'Dmitry Peskov'), said('Nor will we discuss it', 'Dmitry Peskov')],
    ],
    // an unclosed mark does not swallow the article
    ['Dmitry Peskov said “we will see.\n\nThe talks in Istanbul ended without a date. Nothing more was said.', [said('we will see.', 'Dmitry Peskov')]],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe('extractQuotes: fragments and scare quotes', () => {
  it.each<[string, Seen[]]>([
    ['The Kremlin declared on Friday that Ukraine’s security “definitely” cannot be provided by foreign military contingents.', [frag('definitely')]],
    ['After a summit of 35 countries dubbed the "Coalition of the Willing", the French president spoke.', [frag('Coalition of the Willing')]],
    ['Moscow has insisted that it should be one of the countries acting as "guarantors" - an idea rejected by Kyiv.', [frag('guarantors')]],
    ['Vladimir Putin spoke. Putin suggested Volodymyr Zelensky could come to Moscow, an idea branded "unacceptable" by Kyiv.', [frag('unacceptable')]],
    ['Kremlin Blasts ‘Unacceptable’ Western Plan For Ukraine Security Guarantees', [frag('Unacceptable')]],
    ['"20 Minutes" takes stock for you every night about the conflict.', [frag('20 Minutes')]],
    ['It follows a pledge that 26 Western allies had committed to deploying troops "by land, sea or air" to Ukraine.', [frag('by land, sea or air')]],
  ])('%s', (text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it.each<[string]>([
    ['Ukraine’s allies met in Paris, and the Ukrainians’ hopes rose.'],
    ["Russia's forces and the allies' plans were discussed at the 'last minute summit."],
    ['It’s not over, the minister’s aide said.'],
  ])('apostrophes are not quotes: %s', (text) => {
    expect(quotes(text)).toEqual([]);
  });
});

describe('extractQuotes: claims', () => {
  it('finds speakers with its own people pass when none are given', () => {
    expect(quotes('Kremlin spokesman Dmitry Peskov said: “No.”', false)).toEqual([said('No.', 'Dmitry Peskov')]);
  });

  it('gives the sentence the quote sits in', () => {
    const text = 'Talks ended. Nato chief Mark Rutte said: "It\'s a sovereign country. It\'s not for them to decide." Then he left.';
    const [q] = extractQuotes(contextOf(text));
    expect(text.slice(q.sentence.start, q.sentence.end)).toBe('Nato chief Mark Rutte said: "It\'s a sovereign country. It\'s not for them to decide."');
    expect(q).toMatchObject({ kind: 'quote', source: 't', section: 'body' });
  });
});
