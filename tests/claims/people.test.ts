import { identity } from '../../src/sources/offset-map';
import { splitSentences } from '../../src/claims/sentences';
import { extractPeople } from '../../src/claims/people';
import type { ExtractContext, PersonClaim, Source } from '../../src/types';

function contextOf(text: string, kind: 'body' | 'title' = 'body'): ExtractContext {
  const { map } = identity(text);
  const source: Source = { id: 't', path: 't.txt', format: 'plain', raw: text, text, map, sections: [{ kind, start: 0, end: text.length }] };
  return { source, sentences: splitSentences(text), prior: [] };
}

interface Seen {
  text: string;
  name: string;
  mention: PersonClaim['mention'];
  role?: string;
  age?: number;
}

function people(text: string, kind: 'body' | 'title' = 'body'): Seen[] {
  return extractPeople(contextOf(text, kind)).map((c) => {
    const p = c as Omit<PersonClaim, 'id'>;
    const seen: Seen = { text: text.slice(p.span.start, p.span.end), name: p.name, mention: p.mention };
    if (p.role !== undefined) seen.role = p.role;
    if (p.age !== undefined) seen.age = p.age;
    return seen;
  });
}

const full = (text: string, role?: string, name = text): Seen => (role === undefined ? { text, name, mention: 'full' } : { text, name, mention: 'full', role });
const surname = (text: string, name: string, role?: string): Seen => (role === undefined ? { text, name, mention: 'surname' } : { text, name, mention: 'surname', role });

describe('extractPeople: roles before the name', () => {
  it.each<[string, Seen[]]>([
    ['Kremlin spokesperson Dmitry Peskov told Russia’s state news agency that it was over.', [full('Dmitry Peskov', 'Kremlin spokesperson')]],
    ['“Definitely not,” Kremlin spokesman Dmitry Peskov told the state news agency RIA during the Eastern Economic Forum in Vladivostok.', [full('Dmitry Peskov', 'Kremlin spokesman')]],
    ['On August 27, 2025, Kremlin spokesman Dmitry Peskov stated Russia opposes the proposals.', [full('Dmitry Peskov', 'Kremlin spokesman')]],
    ['UK Prime Minister Sir Keir Starmer said Western allies now had an "unbreakable pledge" to Ukraine.', [{ text: 'Sir Keir Starmer', name: 'Keir Starmer', mention: 'full', role: 'UK Prime Minister' }]],
    ['Nato chief Mark Rutte said on Thursday that Russia had no veto.', [full('Mark Rutte', 'Nato chief')]],
    ['German Chancellor Friedrich Merz said following the meeting that the first priority was a ceasefire.', [full('Friedrich Merz', 'German Chancellor')]],
    ['Top officials held talks in Paris with US special envoy Steve Witkoff on Thursday.', [full('Steve Witkoff', 'US special envoy')]],
    ['He met North Korean leader Kim Jong Un in Beijing.', [full('Kim Jong Un', 'North Korean leader')]],
    ['After earlier this week European Commission President Ursula von der Leyen boasted to The Financial Times that plans were ready.', [full('Ursula von der Leyen', 'European Commission President')]],
    ['Ministry of Foreign Affairs spokeswoman Maria Zakharova said Wednesday that Moscow would not discuss it.', [full('Maria Zakharova', 'Ministry of Foreign Affairs spokeswoman')]],
    ['Despite US President Donald Trump’s attempts to broker a settlement, the war goes on.', [full('Donald Trump', 'US President')]],
    ['UK Defence Secretary John Healey has praised the plan.', [full('John Healey', 'UK Defence Secretary')]],
    ['The call was described by Finnish President Alexander Stubb.', [full('Alexander Stubb', 'Finnish President')]],
    ['Secretary of State Marco Rubio flew to Geneva.', [full('Marco Rubio', 'Secretary of State')]],
    ['State Department spokesman Ned Price declined to comment.', [full('Ned Price', 'State Department spokesman')]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('extractPeople: appositions, affiliation and ages', () => {
  it.each<[string, Seen[]]>([
    ['In remarks published by Russian state media, the Kremlin\'s spokesperson, Dmitry Peskov, said: "No."', [full('Dmitry Peskov', "the Kremlin's spokesperson")]],
    ['Dmitry Peskov, the Kremlin spokesman, said the talks were over.', [full('Dmitry Peskov', 'the Kremlin spokesman')]],
    ['Emmanuel Macron, the French president, said the allies were ready.', [full('Emmanuel Macron', 'the French president')]],
    ['The plan was backed by Ukraine\'s Volodymyr Zelensky on Friday.', [full('Volodymyr Zelensky')]],
    ['The Russian leader spent Wednesday with China\'s Xi Jinping.', [full('Xi Jinping')]],
    ['Hopes have dimmed since Russia\'s Vladimir Putin met officials in Alaska.', [full('Vladimir Putin')]],
    ['John Smith, 41, was taken to hospital.', [{ ...full('John Smith'), age: 41 }]],
    ['Anna Kowalski (29) won the race.', [{ ...full('Anna Kowalski'), age: 29 }]],
    ['Lewis Hamilton, the 26-year-old driver, crashed on lap three.', [{ ...full('Lewis Hamilton', 'driver'), age: 26 }]],
    ['The 26-year-old driver, Lewis Hamilton, crashed on lap three.', [{ ...full('Lewis Hamilton', 'driver'), age: 26 }]],
    ['Police said 26-year-old Lewis Hamilton was unhurt.', [{ ...full('Lewis Hamilton'), age: 26 }]],
    ['A man, 41, was arrested.', []],
    ['Maria Zakharova, aged 49, spoke to reporters.', [{ ...full('Maria Zakharova'), age: 49 }]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('extractPeople: surname mentions are linked to the full name', () => {
  it.each<[string, Seen[]]>([
    [
      'Kremlin spokesman Dmitry Peskov spoke on Friday. Peskov said the plan was unacceptable. Peskov\'s aides agreed.',
      [full('Dmitry Peskov', 'Kremlin spokesman'), surname('Peskov', 'Dmitry Peskov'), surname('Peskov', 'Dmitry Peskov')],
    ],
    // a caption before the body names the person by surname first
    ['Peskov says the plan is dead.\n\nKremlin spokesman Dmitry Peskov told RIA so.', [surname('Peskov', 'Dmitry Peskov'), full('Dmitry Peskov', 'Kremlin spokesman')]],
    [
      'Russian President Vladimir Putin thanked Kim Jong-un on Wednesday. Putin told Kim at a meeting in China that it went well.',
      [full('Vladimir Putin', 'Russian President'), full('Kim Jong-un'), surname('Putin', 'Vladimir Putin'), surname('Kim', 'Kim Jong-un')],
    ],
    // one spelling per source: the first one seen is canonical
    ['Kim Jong-un arrived. Later Kim Jong Un left.', [full('Kim Jong-un'), { text: 'Kim Jong Un', name: 'Kim Jong-un', mention: 'full' }]],
    ['Ursula von der Leyen spoke first. Von der Leyen said the plans were precise.', [full('Ursula von der Leyen'), surname('Von der Leyen', 'Ursula von der Leyen')]],
    ['It was suggested last month by President Donald Trump. Since then President Trump has said little.', [full('Donald Trump', 'President'), surname('Trump', 'Donald Trump', 'President')]],
    // a lone surname with nothing to link to is not taken, unless a title or role says it is a person
    ['Peskov said nothing.', []],
    ['President Putin while speaking from Beijing sounded calm.', [surname('Putin', 'Putin', 'President')]],
    ['Mr Smith declined to comment.', [{ text: 'Mr Smith', name: 'Smith', mention: 'surname' }]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('extractPeople: names of many shapes', () => {
  it.each<[string, Seen[]]>([
    ['Dmitry Peskov spoke first. Peskov, the Kremlin spokesman, said the talks were over.', [full('Dmitry Peskov'), surname('Peskov', 'Dmitry Peskov', 'the Kremlin spokesman')]],
    ['Peskov, the Kremlin spokesman, said the talks were over.', [surname('Peskov', 'Peskov', 'the Kremlin spokesman')]],
    ['Dr. Anthony Fauci spoke with John F. Kennedy about it.', [{ text: 'Dr. Anthony Fauci', name: 'Anthony Fauci', mention: 'full' }, full('John F. Kennedy')]],
    [
      'Saudi Crown Prince Mohammed bin Salman met Syrian President Bashar al-Assad in Riyadh.',
      [full('Mohammed bin Salman', 'Saudi Crown Prince'), full('Bashar al-Assad', 'Syrian President')],
    ],
    ['Hong Kong leader John Lee said the Red Cross would help.', [full('John Lee', 'Hong Kong leader')]],
    ['Black Sea Fleet commander Viktor Sokolov was killed.', [full('Viktor Sokolov', 'Black Sea Fleet commander')]],
    ['Speaking to reporters, Foreign Minister Sergei Lavrov said Moscow was ready.', [full('Sergei Lavrov', 'Foreign Minister')]],
    // a body sentence of names is not a headline
    ['Theresa May met Angela Merkel and Jean-Claude Juncker in Brussels on Monday.', [full('Theresa May'), full('Angela Merkel'), full('Jean-Claude Juncker')]],
    ['José Mújica and Recep Tayyip Erdoğan spoke.', [full('José Mújica'), full('Recep Tayyip Erdoğan')]],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('extractPeople: what is not a person', () => {
  it.each<[string]>([
    ['Talks were held at the Eastern Economic Forum in Vladivostok.'],
    ['According to a Downing Street spokeswoman, the call went well.'],
    ['A source at the Élysée Palace suggested there were examples.'],
    ['A White House official pointed out that Russia had received money.'],
    ['The 27-member European Union has set a target.'],
    ['After a summit of 35 countries dubbed the "Coalition of the Willing", leaders met.'],
    ['The ceasefire was a signal to North Korea and South Korea.'],
    ['Experts revealed that The Kremlin has rejected any situation.'],
    ['Trump told CBS News on Wednesday that he was committed.'],
    ['Lithuanian officials say the U.S. has informed European partners.'],
    ['On Monday, September 5, the Financial Times reported it.'],
    ['The Ukrainian leader said it was an indication.'],
  ])('%s', (text) => {
    expect(people(text).filter((p) => p.mention === 'full')).toEqual([]);
  });

  it('takes no names from a headline-case title unless the source names them elsewhere', () => {
    expect(people('Kremlin Blasts ‘Unacceptable’ Western Plan For Ukraine Security Guarantees', 'title')).toEqual([]);
    expect(people('Putin Meets Xi Jinping In Beijing As Talks Continue\n\nChina’s Xi Jinping welcomed him.', 'title')).toEqual([
      full('Xi Jinping'),
      full('Xi Jinping'),
    ]);
  });

  it('takes a byline name', () => {
    expect(people('By Tyler Derden – Zerohedge')).toEqual([full('Tyler Derden')]);
  });
});

describe('extractPeople: spans and sentences', () => {
  it('gives spans into the source text and the sentence around them', () => {
    const text = 'The talks ended. Nato chief Mark Rutte said so on Thursday.';
    const [c] = extractPeople(contextOf(text));
    expect(text.slice(c.span.start, c.span.end)).toBe('Mark Rutte');
    expect(text.slice(c.sentence.start, c.sentence.end)).toBe('Nato chief Mark Rutte said so on Thursday.');
    expect(c).toMatchObject({ kind: 'person', source: 't', section: 'body' });
  });
});
