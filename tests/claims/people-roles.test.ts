import { normalizeRole, rolesCompatible } from '../../src/claims/roles';
import { nameKey, surnameKeys } from '../../src/claims/names';

describe('normalizeRole', () => {
  it.each<[string, string, string[]]>([
    ['Kremlin spokesman', 'spokesperson', ['kremlin']],
    ["the Kremlin's spokesperson", 'spokesperson', ['kremlin']],
    ['Kremlin spokeswoman', 'spokesperson', ['kremlin']],
    ['UK Prime Minister', 'prime minister', ['uk']],
    ['British PM', 'prime minister', ['uk']],
    ['UK Defence Secretary', 'defence secretary', ['uk']],
    ['US Defense Secretary', 'defence secretary', ['us']],
    ['U.S. Secretary of Defense', 'defence secretary', ['us']],
    ['Nato chief', 'chief', ['nato']],
    ['NATO Secretary-General', 'secretary general', ['nato']],
    ['German Chancellor', 'chancellor', ['germany']],
    ['US special envoy', 'envoy', ['us', 'special']],
    ['North Korean leader', 'leader', ['north korea']],
    ['European Commission President', 'president', ['european commission']],
    ['Ministry of Foreign Affairs spokeswoman', 'spokesperson', ['foreign ministry']],
    ['Russian Foreign Minister', 'foreign minister', ['russia']],
    ['French president', 'president', ['france']],
    ['driver', 'driver', []],
    ['chief negotiator', 'negotiator', ['chief']],
    ['deputy prime minister', 'deputy prime minister', []],
  ])('%s → %s %j', (role, head, qualifiers) => {
    expect(normalizeRole(role)).toEqual({ head, qualifiers });
  });
});

describe('rolesCompatible', () => {
  it.each<[string, string, boolean]>([
    ['Kremlin spokesman', "the Kremlin's spokesperson", true],
    ['Kremlin spokesperson', 'Kremlin spokeswoman', true],
    ['President', 'US President', true],
    ['UK Prime Minister', 'British PM', true],
    ['UK Defence Secretary', 'Defense Secretary', true],
    ['Nato chief', 'NATO Secretary General', true],
    ['North Korean leader', 'President', true],
    ['White House official', 'press secretary', true],
    ['foreign minister', 'minister', true],
    ['Kremlin spokesman', 'press secretary', true],
    ['foreign minister', 'defence minister', false],
    ['Kremlin spokesman', 'Russian President', false],
    ['Prime Minister', 'President', false],
    ['vice president', 'president', false],
    ['German Chancellor', 'German Foreign Minister', false],
    ['defence secretary', 'foreign secretary', false],
  ])('%s ~ %s → %s', (a, b, same) => {
    expect(rolesCompatible(a, b)).toBe(same);
    expect(rolesCompatible(b, a)).toBe(same);
  });
});

describe('nameKey', () => {
  it.each<[string, string]>([
    ['Kim Jong-un', 'kim jong un'],
    ['Kim Jong Un', 'kim jong un'],
    ['KIM JONG UN', 'kim jong un'],
    ['Sir Keir Starmer', 'keir starmer'],
    ['Dr. Anthony  Fauci', 'anthony fauci'],
    ['Volodymyr Zelenskyy', 'volodymyr zelenskyy'],
    ['José Mújica', 'jose mujica'],
    ['Recep Tayyip Erdoğan', 'recep tayyip erdogan'],
    ["Conan O'Brien", 'conan obrien'],
    ['Ursula von der Leyen', 'ursula von der leyen'],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });

  it('folds variants to one key', () => {
    expect(nameKey('Kim Jong-un')).toBe(nameKey('Kim Jong Un'));
    expect(nameKey('Erdogan')).toBe(nameKey('Erdoğan'));
  });
});

describe('surnameKeys', () => {
  it.each<[string, string[]]>([
    ['Dmitry Peskov', ['peskov']],
    ['Ursula von der Leyen', ['von der leyen']],
    ['Kim Jong-un', ['kim']],
    ['Xi Jinping', ['xi']],
    ['Sir Keir Starmer', ['starmer']],
  ])('%s → %j', (name, keys) => {
    expect(surnameKeys(name)).toEqual(keys);
  });
});
