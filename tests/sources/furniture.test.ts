import { isCaption, isHeadingLike, parseByline, trailingLinkRun, splitLines } from '../../src/sources/blocks';
import { dateOnlyLine } from '../../src/sources/dates';

describe('page furniture', () => {
  it.each([
    ['By Tyler Derden – Zerohedge', { author: 'Tyler Derden', outlet: 'Zerohedge' }],
    ['By Jane Doe and John Roe, Reuters', { author: 'Jane Doe and John Roe', outlet: 'Reuters' }],
    ['By: Ana Ruiz', { author: 'Ana Ruiz' }],
    ['By Friday, the troops had left.', undefined],
    ['By March 2025 the plan was dead', undefined],
    ['By Tuesday, Officials Said', undefined],
    ['By far the largest pledge came from France', undefined],
  ])('byline %j', (line, expected) => {
    expect(parseByline(line)).toEqual(expected);
  });

  it.each([
    ['Peskov speaks in Moscow. (Photo: Reuters) / Reuters', true],
    ['Soldiers at a checkpoint / AFP', true],
    ['Image: Getty', true],
    ['The photo was taken in Kyiv.', false],
  ])('caption %j → %s', (line, expected) => {
    expect(isCaption(line)).toBe(expected);
  });

  it.each([
    ['September 5, 2025', '2025-09-05'],
    ['Updated: 5 September 2025 10:42 GMT', '2025-09-05'],
    ['Sept. 5, 2025', '2025-09-05'],
    ['September 5, 2025, the day talks ended', undefined],
    ['February 30, 2025', undefined],
  ])('date-only line %j → %s', (line, expected) => {
    expect(dateOnlyLine(line)).toBe(expected);
  });

  it.each([
    ['Security measures to end the war', true],
    ['North Korean fighters', true],
    ['He said the war would end.', false],
    ['lower-case start of a line', false],
  ])('heading-like %j → %s', (line, expected) => {
    expect(isHeadingLike(line)).toBe(expected);
  });

  it.each([
    ['Body text ends here.\nWorld\nMarch 2024\nSport\nApril 2024', 1],
    ['Body text ends here.\nWorld\nSport\nPolitics', -1],
    ['Body.\nWorld\nMarch 2024', -1],
    ['First para.\n\nLast para ends.\n', -1],
  ])('trailing link run in %j starts at line %i', (doc, expected) => {
    expect(trailingLinkRun(splitLines(doc))).toBe(expected);
  });
});
