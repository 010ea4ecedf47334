import { at, runRule, source } from './helpers';

const person = (name: string, extra: Record<string, unknown> = {}) => ({ kind: 'person' as const, name, mention: 'full' as const, ...extra });
const quote = (text: string, speaker?: string, fragment = false) => ({ kind: 'quote' as const, quote: text, speaker, fragment });

describe('person-role-mismatch (person-attribute, role)', () => {
  const a = source('a', 'Kremlin spokesman Dmitry Peskov said the talks were over.');
  const b = source('b', 'The Kremlin’s spokesperson, Dmitry Peskov, said the talks were over.');
  const c = source('c', 'Foreign minister Dmitry Peskov said the talks were over.');
  it('accepts synonyms and more or less specific forms of a role', () => {
    expect(runRule('person-role-mismatch', [a, b], [at(a, 'Dmitry Peskov', person('Dmitry Peskov', { role: 'Kremlin spokesman' })), at(b, 'Dmitry Peskov', person('Dmitry Peskov', { role: 'the Kremlin’s spokesperson' }))])).toEqual([]);
  });
  it('reports roles that cannot both be right', () => {
    const f = runRule('person-role-mismatch', [a, b, c], [
      at(a, 'Dmitry Peskov', person('Dmitry Peskov', { role: 'Kremlin spokesman' })),
      at(b, 'Dmitry Peskov', person('Dmitry Peskov', { role: 'the Kremlin’s spokesperson' })),
      at(c, 'Dmitry Peskov', person('Dmitry Peskov', { role: 'Foreign minister' })),
    ]);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].majority?.display).toBe('Kremlin spokesman');
    expect(f[0].evidence[0]).toMatchObject({ source: 'c', text: 'Dmitry Peskov', column: 18 });
  });
});

describe('person-age-mismatch (person-attribute, age)', () => {
  const a = source('a', 'The driver, John Smith, 26, was taken to hospital.');
  const b = source('b', 'John Smith, 27, the driver, was taken to hospital.');
  it('reports different ages of one person', () => {
    const f = runRule('person-age-mismatch', [a, b], [at(a, 'John Smith', person('John Smith', { age: 26 })), at(b, 'John Smith', person('John Smith', { age: 27 }))]);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('error');
    expect(f[0].sides.map((s) => s.display).sort()).toEqual(['26', '27']);
  });
  it('accepts the same age', () => {
    expect(runRule('person-age-mismatch', [a, b], [at(a, 'John Smith', person('John Smith', { age: 26 })), at(b, 'John Smith', person('John Smith', { age: 26 }))])).toEqual([]);
  });
});

describe('name-variant', () => {
  const a = source('a', 'Putin thanked Kim Jong-un for the help.');
  const b = source('b', 'Putin met North Korean leader Kim Jong Un in Beijing.');
  const c = source('c', 'Putin spoke with Kim Jong Un on Wednesday.');
  it('reports one name spelled two ways, majority first', () => {
    const f = runRule('name-variant', [a, b, c], [at(a, 'Kim Jong-un', person('Kim Jong-un')), at(b, 'Kim Jong Un', person('Kim Jong Un')), at(c, 'Kim Jong Un', person('Kim Jong Un'))]);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(f[0].majority?.display).toBe('Kim Jong Un');
    expect(f[0].evidence[0]).toMatchObject({ source: 'a', text: 'Kim Jong-un', column: 15 });
  });
  it('ignores honorifics and stays quiet on one spelling', () => {
    const d = source('d', 'UK Prime Minister Sir Keir Starmer spoke.');
    const e = source('e', 'Keir Starmer spoke.');
    expect(runRule('name-variant', [d, e], [at(d, 'Sir Keir Starmer', person('Keir Starmer')), at(e, 'Keir Starmer', person('Keir Starmer'))])).toEqual([]);
  });
});

describe('spelling-variant (term-variant)', () => {
  const a = source('a', 'Talks between Moscow and Kiev stalled.');
  const b = source('b', 'Talks with Kyiv stalled; Kyiv rejected the idea.');
  const c = source('c', 'Kyiv and its allies disagree.');
  it('reports the mix and names the preferred form', () => {
    const f = runRule('spelling-variant', [a, b, c], []);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('“Kyiv” (b, c) and “Kiev” (a): the same name spelled differently; prefer “Kyiv”');
    expect(f[0].evidence[0]).toMatchObject({ source: 'a', line: 1, column: 26, text: 'Kiev' });
  });
  it('is case-sensitive where the data says so (NATO / Nato) and matches whole words only', () => {
    const x = source('x', 'Nato chief Mark Rutte spoke.');
    const y = source('y', 'NATO members met.');
    expect(runRule('spelling-variant', [x, y], [])[0].sides.map((s) => s.display).sort()).toEqual(['NATO', 'Nato']);
    const z = source('z', 'The Kievan Rus era.');
    expect(runRule('spelling-variant', [z, c], [])).toEqual([]);
  });
  it('takes terms from the rule options', () => {
    const x = source('x', 'The storm hit Calcutta.');
    const y = source('y', 'The storm hit Kolkata.');
    const f = runRule('spelling-variant', [x, y], [], { options: { terms: [{ preferred: 'Kolkata', variants: ['Kolkata', 'Calcutta'] }] } });
    expect(f).toHaveLength(1);
  });
});

describe('quote-fidelity', () => {
  const full = 'Can Ukraine’s security guarantees be ensured and provided by foreign, especially European and American, military contingents? Definitely not, they cannot.';
  const a = source('a', `Peskov said: “${full}”`);
  const b = source('b', '“Can Ukraine’s security guarantees be ensured and provided by foreign, especially European and American, military contingents? Definitely not,” Peskov told RIA.');
  const c = source('c', 'Peskov said: “Can Ukraine’s security guarantees be ensured by foreign, especially European and American, troops? Certainly not, they cannot.”');
  const d = source('d', 'Peskov said: “Can Ukraine’s security guarantees be ensured … military contingents? Definitely not”');
  it('accepts a shortened quote and one cut with an ellipsis', () => {
    expect(runRule('quote-fidelity', [a, b], [at(a, full, quote(full, 'Dmitry Peskov')), at(b, b.text.slice(1, b.text.indexOf('”')), quote(b.text.slice(1, b.text.indexOf('”')), 'Dmitry Peskov'))])).toEqual([]);
    const dq = d.text.slice(d.text.indexOf('“') + 1, d.text.indexOf('”'));
    expect(runRule('quote-fidelity', [a, d], [at(a, full, quote(full, 'Dmitry Peskov')), at(d, dq, quote(dq, 'Dmitry Peskov'))])).toEqual([]);
  });
  it('reports words dropped without an ellipsis as an alteration', () => {
    const e = source('e', 'Peskov said: “Can Ukraine’s security guarantees be ensured and provided by foreign military contingents?”');
    const eq = e.text.slice(e.text.indexOf('“') + 1, e.text.indexOf('”'));
    expect(runRule('quote-fidelity', [a, e], [at(a, full, quote(full, 'Dmitry Peskov')), at(e, eq, quote(eq, 'Dmitry Peskov'))])).toHaveLength(1);
  });
  it('reports altered words, naming them', () => {
    const cq = c.text.slice(c.text.indexOf('“') + 1, c.text.indexOf('”'));
    const f = runRule('quote-fidelity', [a, c], [at(a, full, quote(full, 'Dmitry Peskov')), at(c, cq, quote(cq, 'Dmitry Peskov'))]);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toContain('Dmitry Peskov is quoted with different words');
    expect(f[0].message).toContain('“provided military contingents definitely”');
  });
  it('keeps apart the same words from different speakers', () => {
    const cq = c.text.slice(c.text.indexOf('“') + 1, c.text.indexOf('”'));
    expect(runRule('quote-fidelity', [a, c], [at(a, full, quote(full, 'Dmitry Peskov')), at(c, cq, quote(cq, 'Maria Zakharova'))])).toEqual([]);
  });
});
