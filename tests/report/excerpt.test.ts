import { cutAround } from '../../src/report/excerpt';

describe('cutAround', () => {
  it('keeps a short line whole', () => {
    const line = 'Leaders said 26 countries pledged troops.';
    expect(cutAround(line, 13, 25, 90)).toEqual({ before: 'Leaders said ', claim: '26 countries', after: ' pledged troops.' });
  });

  it('cuts a long line at words on both sides of the claim', () => {
    const line = `${'word '.repeat(40)}26 countries${' more'.repeat(40)}`;
    const start = line.indexOf('26');
    const parts = cutAround(line, start, start + 12, 60);
    expect(parts.claim).toBe('26 countries');
    expect(parts.before).toMatch(/^…word( word)* $/);
    expect(parts.after).toMatch(/^ more( more)*…$/);
    expect(parts.before.length + parts.claim.length + parts.after.length).toBeLessThanOrEqual(62);
  });

  it('cuts a seed front-matter line around its claim', () => {
    const line = 'excerpt: "The Kremlin\'s refusal comes after 26 dozen countries pledged to deploy troops to Ukraine in the event of a ceasefire."';
    const start = line.indexOf('26 dozen');
    expect(cutAround(line, start, start + 18, 50)).toEqual({ before: '…comes after ', claim: '26 dozen countries', after: ' pledged to…' });
  });

  it('flattens tabs and indentation, and cuts a very long claim', () => {
    expect(cutAround('\t  Says:\t"x"', 9, 12, 90)).toEqual({ before: 'Says: ', claim: '"x"', after: '' });
    expect(cutAround('a'.repeat(200), 0, 200, 90).claim).toBe(`${'a'.repeat(79)}…`);
  });
});
