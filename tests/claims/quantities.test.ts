/**
 * Counts: a sentence in, the quantity claims out, with the exact text each
 * covers. Sentences are the seed articles' own and some of ours.
 */
import { quantitiesOf, type Row } from './quantities-helper';

const q = (text: string, unit: string, fields: Partial<Row> = {}): Row => ({ text, kind: 'quantity', unit, qualifier: 'exact', ...fields });

describe('extractQuantities: counts', () => {
  it.each<[string, Row[]]>([
    // seed 000
    ['Just a day earlier, 26 nations had pledged to support post-war security guarantees for Kyiv.', [q('26 nations', 'country', { value: 26, noun: 'nations' })]],
    // seed 001, excerpt
    [
      "The Kremlin's refusal comes after 26 dozen countries pledged to deploy troops to Ukraine in the event of a ceasefire.",
      [q('26 dozen countries', 'country', { value: 312, noun: 'countries', multiplier: 'dozen' })],
    ],
    [
      'It follows a pledge by Emmanuel Macron that 26 Western allies had formally committed to deploying troops "by land, sea or air" to Ukraine.',
      [q('26 Western allies', 'country', { value: 26, noun: 'allies' })],
    ],
    ['After a summit of 35 countries dubbed the "Coalition of the Willing", the French president said US support would be finalised.', [q('35 countries', 'country', { value: 35, noun: 'countries' })]],
    ['In the latest violence, two people clearing mines were killed in a Russian attack in northern Ukraine on Thursday.', [q('two people', 'person', { value: 2, noun: 'people' })]],
    [
      'The 27-member European Union has set a target of ending all gas and oil imports by the end of 2027.',
      [q('27-member European Union', 'member', { value: 27, noun: 'member', holder: 'European Union' })],
    ],
    ['At a summit in Paris, leaders from 26 nations committed to providing Ukraine with long-term security guarantees.', [q('26 nations', 'country', { value: 26, noun: 'nations' })]],
    ['The attacks have left hundreds of thousands without power.', [q('hundreds of thousands', 'count', { min: 200000, qualifier: 'vague' })]],
    // our own
    ['Twenty-six nations signed the pledge.', [q('Twenty-six nations', 'country', { value: 26, noun: 'nations' })]],
    ['A dozen countries abstained.', [q('A dozen countries', 'country', { value: 12, noun: 'countries', multiplier: 'dozen' })]],
    ['Two dozen countries stayed away.', [q('Two dozen countries', 'country', { value: 24, noun: 'countries', multiplier: 'dozen' })]],
    ['One hundred and five people were evacuated.', [q('One hundred and five people', 'person', { value: 105, noun: 'people' })]],
    ['Half a million residents lost power.', [q('Half a million residents', 'person', { value: 500000, noun: 'residents', multiplier: 'million' })]],
    ['Some 1.5 million people fled.', [q('Some 1.5 million people', 'person', { value: 1500000, noun: 'people', multiplier: 'million', qualifier: 'about' })]],
    ['Russia exported 5m barrels a day.', [q('5m barrels', 'barrel', { value: 5000000, noun: 'barrels', multiplier: 'm' })]],
    ['He has 5 mines.', [q('5 mines', 'mine', { value: 5, noun: 'mines' })]],
    ['The 27 member states agreed, and 27 EU member states signed.', [
      q('27 member states', 'country', { value: 27, noun: 'member states' }),
      q('27 EU member states', 'country', { value: 27, noun: 'member states' }),
    ]],
    ['Two heads of state met 3 ministers.', [
      q('Two heads of state', 'leader', { value: 2, noun: 'heads of state' }),
      q('3 ministers', 'official', { value: 3, noun: 'ministers' }),
    ]],
    ['Russia fired 40 missiles and 35 drones overnight.', [q('40 missiles', 'missile', { value: 40, noun: 'missiles' }), q('35 drones', 'drone', { value: 35, noun: 'drones' })]],
    ["Britain's 3,000 troops joined Ukraine’s 26 allies.", [q('3,000 troops', 'soldier', { value: 3000, noun: 'troops' }), q('26 allies', 'country', { value: 26, noun: 'allies' })]],
    ['Kyiv says 2000 troops were deployed.', [q('2000 troops', 'soldier', { value: 2000, noun: 'troops' })]],
    ['The death toll rose to 30.', [q('30', 'count', { value: 30 })]],
    ['Ukraine has received 14 Leopard 2 tanks from 50 countries.', [q('14 Leopard 2 tanks', 'tank', { value: 14, noun: 'tanks' }), q('50 countries', 'country', { value: 50, noun: 'countries' })]],
    ['The resolution passed with 141 votes, and 193 UN member states took part.', [
      q('141 votes', 'vote', { value: 141, noun: 'votes' }),
      q('193 UN member states', 'country', { value: 193, noun: 'member states' }),
    ]],
    ['Police said 12 people, including 3 children, were injured and one person was killed.', [
      q('12 people', 'person', { value: 12, noun: 'people' }),
      q('3 children', 'person', { value: 3, noun: 'children' }),
      q('one person', 'person', { value: 1, noun: 'person' }),
    ]],
    ['Over the past 24 hours, Russia launched 810 drones.', [q('810 drones', 'drone', { value: 810, noun: 'drones' })]],
  ])('%s', (sentence, expected) => {
    expect(quantitiesOf(sentence)).toEqual(expected);
  });
});

describe('extractQuantities: adjectival counts name what has the number', () => {
  it.each<[string, Row[]]>([
    ['The 26-nation coalition met in Paris.', [q('26-nation coalition', 'country', { value: 26, noun: 'nation', holder: 'coalition' })]],
    ['The 26-nation military coalition met.', [q('26-nation military coalition', 'country', { value: 26, noun: 'nation', holder: 'coalition' })]],
    ['A three-member panel will decide.', [q('three-member panel', 'member', { value: 3, noun: 'member', holder: 'panel' })]],
    ['A 35-country summit opened.', [q('35-country summit', 'country', { value: 35, noun: 'country', holder: 'summit' })]],
    ["Zelensky's 10-point peace plan and the 2,000-strong brigade.", [
      q('10-point peace plan', 'point', { value: 10, noun: 'point', holder: 'plan' }),
      q('2,000-strong brigade', 'member', { value: 2000, noun: 'strong', holder: 'brigade' }),
    ]],
    ['The 26-nation coalition says it is ready.', [q('26-nation coalition', 'country', { value: 26, noun: 'nation', holder: 'coalition' })]],
  ])('%s', (sentence, expected) => {
    expect(quantitiesOf(sentence)).toEqual(expected);
  });
});

describe('extractQuantities: qualifiers, ranges and vague counts', () => {
  it.each<[string, Row[]]>([
    ['At least 30 people died.', [q('At least 30 people', 'person', { value: 30, min: 30, noun: 'people', qualifier: 'at-least' })]],
    ['No fewer than 30 people died.', [q('No fewer than 30 people', 'person', { value: 30, min: 30, noun: 'people', qualifier: 'at-least' })]],
    ['More than 1,000 soldiers were injured.', [q('More than 1,000 soldiers', 'soldier', { value: 1000, min: 1000, noun: 'soldiers', qualifier: 'more-than' })]],
    ['Over 200 troops arrived.', [q('Over 200 troops', 'soldier', { value: 200, min: 200, noun: 'troops', qualifier: 'more-than' })]],
    ['Up to 40 homes burned.', [q('Up to 40 homes', 'home', { value: 40, max: 40, noun: 'homes', qualifier: 'at-most' })]],
    ['Fewer than 10 vessels sailed.', [q('Fewer than 10 vessels', 'ship', { value: 10, max: 10, noun: 'vessels', qualifier: 'less-than' })]],
    ['Nearly 50 civilians and almost 50 residents.', [
      q('Nearly 50 civilians', 'person', { value: 50, max: 50, noun: 'civilians', qualifier: 'nearly' }),
      q('almost 50 residents', 'person', { value: 50, max: 50, noun: 'residents', qualifier: 'nearly' }),
    ]],
    ['Some 300 refugees, roughly 20 ministers and around 20 leaders.', [
      q('Some 300 refugees', 'person', { value: 300, noun: 'refugees', qualifier: 'about' }),
      q('roughly 20 ministers', 'official', { value: 20, noun: 'ministers', qualifier: 'about' }),
      q('around 20 leaders', 'leader', { value: 20, noun: 'leaders', qualifier: 'about' }),
    ]],
    ['Between 30 and 40 soldiers, 30 to 40 drones and 30-40 tanks.', [
      q('Between 30 and 40 soldiers', 'soldier', { min: 30, max: 40, noun: 'soldiers' }),
      q('30 to 40 drones', 'drone', { min: 30, max: 40, noun: 'drones' }),
      q('30-40 tanks', 'tank', { min: 30, max: 40, noun: 'tanks' }),
    ]],
    ['Officials counted 30–40 people, then 5 – 10 people.', [
      q('30–40 people', 'person', { min: 30, max: 40, noun: 'people' }),
      q('5 – 10 people', 'person', { min: 5, max: 10, noun: 'people' }),
    ]],
    ['Dozens of people and scores of houses.', [
      q('Dozens of people', 'person', { min: 24, noun: 'people', qualifier: 'vague' }),
      q('scores of houses', 'home', { min: 40, noun: 'houses', qualifier: 'vague' }),
    ]],
    ['Thousands of refugees and tens of thousands of people.', [
      q('Thousands of refugees', 'person', { min: 2000, noun: 'refugees', qualifier: 'vague' }),
      q('tens of thousands of people', 'person', { min: 20000, noun: 'people', qualifier: 'vague' }),
    ]],
    ['A handful of officials stayed.', [q('A handful of officials', 'official', { min: 2, max: 6, noun: 'officials', qualifier: 'vague' })]],
    ['A score of people gathered.', [q('A score of people', 'person', { value: 20, noun: 'people', multiplier: 'score' })]],
    ['Between 5 and 6 million people fled, and 5,000-6,000 troops stayed.', [
      q('Between 5 and 6 million people', 'person', { min: 5e6, max: 6e6, noun: 'people', multiplier: 'million' }),
      q('5,000-6,000 troops', 'soldier', { min: 5000, max: 6000, noun: 'troops' }),
    ]],
    ['More than a dozen countries objected.', [q('More than a dozen countries', 'country', { value: 12, min: 12, noun: 'countries', multiplier: 'dozen', qualifier: 'more-than' })]],
    ['Hundreds were killed and thousands more fled.', [
      q('Hundreds', 'count', { min: 200, qualifier: 'vague' }),
      q('thousands', 'count', { min: 2000, qualifier: 'vague' }),
    ]],
    ['Two more people and 3 other soldiers died.', [
      q('Two more people', 'person', { value: 2, noun: 'people' }),
      q('3 other soldiers', 'soldier', { value: 3, noun: 'soldiers' }),
    ]],
  ])('%s', (sentence, expected) => {
    expect(quantitiesOf(sentence)).toEqual(expected);
  });
});
