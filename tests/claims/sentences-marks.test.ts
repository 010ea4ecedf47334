import { splitSentences } from '../../src/claims/sentences';

/** The sentences of `text[from, to)` as strings. */
const split = (text: string, from?: number, to?: number): string[] => splitSentences(text, from, to).map((s) => text.slice(s.start, s.end));

// splitSentences jumps from one line break or stop to the next (found by indexOf in its stretch): these pin what it reads
describe('splitSentences: line breaks and stops, found by jumping from one to the next', () => {
  test('each kind of stop and a line break ends a sentence', () => {
    expect(split('One went. Two came! Three? Four\nFive')).toEqual(['One went.', 'Two came!', 'Three?', 'Four', 'Five']);
  });
  test('a kind of stop that never occurs does not stop the others being found', () => {
    expect(split('No questions here. None at all. Done')).toEqual(['No questions here.', 'None at all.', 'Done']);
    expect(split('Only words and no stops')).toEqual(['Only words and no stops']);
  });
  test('stops just outside the stretch are not read', () => {
    const text = '?!. Inside one. Inside two .!?';
    const from = 4;
    const to = text.length - 4;
    expect(split(text, from, to)).toEqual(['Inside one.', 'Inside two']);
  });
  test('a stop at the stretch end ends its last sentence', () => {
    const text = 'Before. It ended here. After';
    expect(split(text, 8, 22)).toEqual(['It ended here.']);
  });
  test('a run of stops and closers ends one sentence; abbreviations and figures end none', () => {
    expect(split('Wait?!” she said. Mr. Smith paid $54.7 million. U.S. officials agreed.')).toEqual(['Wait?!”', 'she said.', 'Mr. Smith paid $54.7 million.', 'U.S. officials agreed.']);
  });
});
