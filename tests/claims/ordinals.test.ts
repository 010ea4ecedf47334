/** The ordinal reader: absolute ordinals counted from the start, relative ones from the end or the current item. */
import { ordinalValue, ordinalsIn, readOrdinal } from '../../src/claims/ordinals';

describe('readOrdinal: a phrase as one ordinal', () => {
  it.each([
    ['third', 'start', 3],
    ['21st', 'start', 21],
    ['one hundred twenty-fifth', 'start', 125],
    ['last', 'end', 0],
    ['final', 'end', 0],
    ['penultimate', 'end', -1],
    ['antepenultimate', 'end', -2],
    ['next to last', 'end', -1],
    ['next-to-last', 'end', -1],
    ['the second to last', 'end', -1],
    ['second-to-last', 'end', -1],
    ['third from last', 'end', -2],
    ['the last but one', 'end', -1],
    ['last but two', 'end', -2],
    ['the one before the last', 'end', -1],
    ['the one before the last one', 'end', -1],
    ['next', 'current', 1],
    ['next one', 'current', 1],
    ['previous', 'current', -1],
    ['previous one', 'current', -1],
    ['current', 'current', 0],
    ['current one', 'current', 0],
  ])('%s → %s %d', (text, relativeTo, offset) => {
    expect(readOrdinal(text)).toEqual({ offset, relativeTo });
  });

  it.each(['three', 'the', 'first to last', 'last but twenty', 'a trillionth', 'last week'])('%s is no ordinal phrase', (text) => {
    expect(readOrdinal(text)).toBeNull();
  });
});

describe('ordinalsIn: the ordinals of a sentence, with their spans', () => {
  it.each<[string, Array<[string, string]>]>([
    ['Show me the second to last.', [['the second to last', 'end-1']]],
    ['Show me the next to last.', [['next to last', 'end-1']]],
    ['She finished second in the second-to-last round.', [['second', '2'], ['the second-to-last', 'end-1']]],
    ['I want the last two books.', [['last', 'end+0']]],
    ['I want the last one books.', [['last', 'end+0']]],
    ['Show me the previous one.', [['previous one', 'current-1']]],
    ['Do you mean "next" or "last"?', [['next', 'current+1'], ['last', 'end+0']]],
    ['a trillionth of the total', []],
    ['a hundred trillionth', [['a hundred trillionth', '100000000000000']]],
    ['the twenty-first century', [['twenty-first', '21']]],
    ['a third term', [['third', '3']]],
  ])('%s', (text, want) => {
    expect(ordinalsIn(text).map((o) => [text.slice(o.start, o.end), ordinalValue(o)])).toEqual(want);
  });
});
