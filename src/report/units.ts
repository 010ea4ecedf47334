/** Unit classes as words a reader expects: "26 countries", "1 country", "amounts in EUR". */

const IRREGULAR: Record<string, string> = { person: 'people', child: 'children', man: 'men', woman: 'women', foot: 'feet', mouse: 'mice', percent: 'percent' };

/** The plural of a unit-class word ("country" → "countries", "person" → "people"). */
export function pluralUnit(unit: string): string {
  if (IRREGULAR[unit]) return IRREGULAR[unit];
  if (/^[A-Z]{3}$/.test(unit)) return unit;
  if (/[^aeiou]y$/.test(unit)) return `${unit.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh)$/.test(unit)) return `${unit}es`;
  return `${unit}s`;
}

/** The unit word for a figure: singular for exactly 1, plural otherwise; ISO currency codes unchanged. */
export function unitWord(unit: string, count: number | undefined): string {
  return count === 1 || count === -1 ? unit : pluralUnit(unit);
}

/** What a group of figures is about, as a noun phrase: "countries", "amounts in EUR", "percentages". */
export function unitSubject(unit: string): string {
  // figures in several currencies compared through reference rates are grouped under "*"
  if (unit === '*') return 'amounts of money';
  if (/^[A-Z]{3}$/.test(unit)) return `amounts in ${unit}`;
  if (unit === 'percent') return 'percentages';
  return pluralUnit(unit);
}
