import { lastWord } from '../../src/claims/last-word';

describe('the word before a point', () => {
  test.each([
    ['said in ', false, 'in'],
    ['in mid-', false, 'mid'],
    ["Russia's ", true, "Russia's"],
    ["Russia's ", false, 's'],
    ['the year 2022, ', false, ''],
    ['', false, ''],
    ['   ', false, ''],
  ])('%j (apostrophes %s) → %j', (s, apostrophes, want) => {
    expect(lastWord(s, apostrophes)).toBe(want);
  });

  it('takes linear time on a long run of letters', () => {
    const s = `${'a'.repeat(200_000)}\u0000`;
    const t0 = Date.now();
    expect(lastWord(s)).toBe('');
    // a quadratic scan of 200,000 letters would take minutes: the bound only tells linear from that, on a busy machine too
    expect(Date.now() - t0).toBeLessThan(5_000);
  }, 30_000);
});
