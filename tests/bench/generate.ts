/**
 * A seeded, reproducible corpus for the benchmark: N stories, each told by M
 * sources. Every story has its own facts (a place, an organisation with a
 * made-up name, a person with a role, a count, an amount of money, a
 * percentage, a date and one relative to it, a duration, a quote); each
 * source words them its own way
 * (synonyms, numbers in words or digits, different sentence order, filler
 * prose) and now and then gets one fact wrong, so that the corpus holds both
 * agreements and conflicts, as a real archive does.
 */

import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The mark a folder holding a whole corpus has: `.done`, holding the stamp of what wrote it. */
const DONE = '.done';

/**
 * The stamp of a corpus written by this generator as it is now (its code)
 * and by `writer` (the code of the caller that writes it out): a folder left
 * by an older generator is written again, not measured as if it were current.
 */
export function corpusStamp(writer = ''): string {
  return createHash('sha1').update(fs.readFileSync(__filename)).update(writer).digest('hex');
}

/** Does `dir` hold a whole corpus with this `stamp`? */
export function isWritten(dir: string, stamp: string): boolean {
  try {
    return fs.readFileSync(path.join(dir, DONE), 'utf8') === stamp;
  } catch {
    return false;
  }
}

/** Mark `dir` as holding a whole corpus with this `stamp`. */
export function markWritten(dir: string, stamp: string): void {
  fs.writeFileSync(path.join(dir, DONE), stamp);
}

/** One generated article. */
export interface GeneratedArticle {
  /** relative file name, e.g. `s0001/src03.md` */
  name: string;
  text: string;
  /** the same article as a record of a JSON export */
  record: { id: string; title: string; date: string; author?: string; body: string };
  /** the fact it gets wrong, if any */
  wrong?: string;
}

/** A small fast PRNG (mulberry32): same seed, same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Lisbon', 'Nairobi', 'Osaka', 'Valparaiso', 'Gdansk', 'Tbilisi', 'Hanoi', 'Accra', 'Bergen', 'Cordoba', 'Tallinn', 'Durban', 'Quito', 'Izmir', 'Leipzig', 'Manila', 'Perth', 'Dakar', 'Riga', 'Porto', 'Medan', 'Kazan', 'Lyon', 'Cebu'];
const FIRST = ['Anna', 'Rafael', 'Mei', 'Tomasz', 'Aisha', 'Jonas', 'Lucia', 'Kwame', 'Ingrid', 'Diego', 'Sofia', 'Hamid', 'Elena', 'Pieter', 'Yuki', 'Omar', 'Clara', 'Viktor', 'Nadia', 'Samuel'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Kowalski', 'Tanaka', 'Haddad', 'Ferreira', 'Novak', 'Mensah', 'Brennan', 'Vasquez', 'Petrov', 'Achterberg', 'Castellano', 'Nakamura', 'Oyelaran', 'Szabo', 'Duarte', 'Holm', 'Rahimi'];
const ROLES = [['spokesman', 'spokesperson'], ['finance minister', 'minister of finance'], ['mayor'], ['chief executive', 'CEO'], ['union leader'], ['health minister'], ['police chief']];
const SYL = ['kar', 'vel', 'don', 'mira', 'tes', 'lun', 'bor', 'ena', 'sol', 'qua', 'rin', 'tor', 'zel', 'pax', 'orn', 'ula'];
const EVENTS = [
  { what: 'summit', noun: ['countries', 'nations'], verb: ['pledged to support', 'committed to backing', 'signed up to'] },
  { what: 'strike', noun: ['workers', 'employees'], verb: ['walked out over', 'stopped work over', 'joined the protest over'] },
  { what: 'flood', noun: ['people', 'residents'], verb: ['were evacuated after', 'had to leave their homes after', 'fled'] },
  { what: 'factory fire', noun: ['firefighters', 'crews'], verb: ['fought', 'were sent to tackle', 'battled'] },
  { what: 'trade deal', noun: ['companies', 'firms'], verb: ['agreed to join', 'signed on to', 'backed'] },
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];

interface Facts {
  place: string;
  /** made-up words only this story uses (a river, a district, a project), as real stories have their own vocabulary */
  topic: string[];
  /** the story's own lower-case vocabulary (made-up words), which its filler prose is written in */
  jargon: string[];
  org: string;
  event: (typeof EVENTS)[number];
  person: string;
  role: string[];
  count: number;
  money: number;
  percent: number;
  /** the event's day (UTC ms) */
  day: number;
  years: number;
  quote: string;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function factsOf(r: () => number, story: number): Facts {
  const org = `${pick(r, SYL)}${pick(r, SYL)}${pick(r, SYL)}`;
  const word = (): string => {
    const w = `${pick(r, SYL)}${pick(r, SYL)}${pick(r, SYL)}`;
    return w[0].toUpperCase() + w.slice(1);
  };
  return {
    place: pick(r, PLACES),
    topic: [word(), word(), word()],
    jargon: Array.from({ length: 16 }, () => word().toLowerCase()),
    org: org[0].toUpperCase() + org.slice(1),
    event: pick(r, EVENTS),
    // a real surname now and then, mostly made-up ones: an archive has many people, few shared across stories
    person: `${pick(r, FIRST)} ${r() < 0.2 ? pick(r, LAST) : word()}`,
    role: pick(r, ROLES),
    count: 3 + Math.floor(r() * 400),
    money: Math.round(1 + r() * 900) / 10,
    percent: Math.round(r() * 900) / 10,
    // stories spread over four years, so dates tell them apart too
    // about four stories a day
    day: Date.UTC(2020, 0, 1) + Math.floor(story / 4) * 86_400_000,
    years: 2 + Math.floor(r() * 9),
    quote: pick(r, ['We will not accept a deal that leaves our people behind', 'This is the most serious crisis we have faced in a decade', 'Nobody should be surprised by what happened here', 'We expect every partner to keep its word']),
  };
}

/** A number as one source writes it: digits, or words for small ones, sometimes "more than". */
function count(r: () => number, n: number): string {
  if (n <= 20 && r() < 0.5) return SMALL[n];
  return n >= 1000 ? n.toLocaleString('en-US') : String(n);
}

/** One source's sentences about the facts; `wrong` names the fact it gets wrong. */
function sentences(r: () => number, f: Facts, wrong: string | undefined): string[] {
  const n = wrong === 'count' ? f.count + 1 + Math.floor(r() * 5) : f.count;
  const money = wrong === 'money' ? Math.round(f.money * 12) / 10 : f.money;
  const pct = wrong === 'percent' ? Math.round((f.percent + 3.5) * 10) / 10 : f.percent;
  const day = wrong === 'date' ? f.day - 86_400_000 : f.day;
  const d = new Date(day);
  const role = wrong === 'role' ? 'deputy ' + f.role[0] : pick(r, f.role);
  const dateText = r() < 0.5 ? `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}` : `on ${WEEKDAYS[d.getUTCDay()]}`;
  const noun = pick(r, f.event.noun);
  const surname = f.person.split(' ')[1];
  const currency = r() < 0.5 ? `$${money} million` : `${money} million dollars`;
  const out = [
    `${count(r, n)[0].toUpperCase()}${count(r, n).slice(1)} ${noun} ${pick(r, f.event.verb)} the ${f.org} ${f.event.what} in ${f.place}, officials said ${dateText}.`,
    `${f.role[0] === 'CEO' ? 'The' : ''} ${role[0].toUpperCase()}${role.slice(1)} ${f.person} told reporters that the ${f.org} plan would cost ${currency}.`.trim(),
    `According to ${surname}, about ${pct}% of the budget had already been spent.`,
    `“${f.quote},” ${surname} said.`,
    `The dispute over the ${f.org} project has now lasted ${f.years} years, since it began in ${d.getUTCFullYear() - f.years}.`,
    `The ${f.topic[0]} district and the ${f.topic[1]} river authority were the first to react, and ${f.topic[2]} Holdings followed.`,
    `Residents of ${f.topic[0]} said the ${f.org} decision had been expected for weeks.`,
    `${MONTHS[(d.getUTCMonth() + 11) % 12]} saw a first round of talks in ${f.place}, attended by ${2 + Math.floor(r() * 30)} delegates.`,
  ];
  // a date written relative to the one before it, in the same paragraph (sentences 0–2 keep their places)
  out.splice(1, 0, `A day earlier, ${f.topic[2]} Holdings had warned that the ${f.event.what} would hit ${f.place}.`);
  // filler prose in the story's own words (as each real story has its own subject matter)
  const j = (): string => pick(r, f.jargon);
  const own = [
    () => `The ${j()} ${j()} near the ${j()} has been the subject of debate among ${j()} groups.`,
    () => `Several ${j()} experts warned that ${j()} and ${j()} would be affected by the ${j()} measures.`,
    () => `Local ${j()} owners described the ${j()} as a turning point for the ${j()} community.`,
    () => `Questions about the ${j()} ${j()} and its ${j()} remain unanswered.`,
    () => `In the ${j()} quarter, ${j()} and ${j()} workers gathered outside the ${j()} hall.`,
    () => `Supporters of the ${j()} plan say the ${j()} will bring ${j()} to the ${j()} area.`,
    () => `The ${j()} report on ${j()} ${j()} is due before the ${j()} season.`,
    () => `Opponents point to the ${j()} and the ${j()} ${j()} as evidence of ${j()} failures.`,
  ];
  const filler = [...Array.from({ length: 10 + Math.floor(r() * 10) }, () => pick(r, own)())];
  const all = [...out, ...filler];
  for (let i = all.length - 1; i > 2; i--) {
    const j = 2 + Math.floor(r() * (i - 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all;
}

/** One article's file: Markdown with front matter (most) or a dated plain-text page. */
function article(r: () => number, f: Facts, story: number, src: number, wrong: string | undefined): GeneratedArticle {
  const published = f.day + Math.floor(r() * 3) * 86_400_000;
  const paras: string[] = [];
  const body = sentences(r, f, wrong);
  for (let i = 0, step = 2; i < body.length; i += step, step = 2 + Math.floor(r() * 2)) paras.push(body.slice(i, i + step).join(' '));
  const title = `${f.org} ${f.event.what} in ${f.topic[0]}, ${f.place}: ${f.person.split(' ')[1]} speaks out`;
  const base = `s${String(story).padStart(5, '0')}/src${String(src).padStart(2, '0')}`;
  const id = base.replace('/', '-');
  if (src % 4 === 3) return { name: `${base}.txt`, text: ` date ${iso(published)} ${title}\n\n${paras.join('\n\n')}\n`, record: { id, title, date: iso(published), body: paras.join('\n\n') } };
  return {
    name: `${base}.md`,
    text: `---\ntitle: "${title}"\ndate: ${iso(published)}\nauthor: Staff ${src}\n---\n\n${paras.join('\n\n')}\n`,
    record: { id, title, date: iso(published), author: `Staff ${src}`, body: paras.join('\n\n') },
  };
}

/** `stories × sources` articles; about one source in five gets one fact wrong. */
export function generateCorpus(stories: number, sources: number, seed = 42): GeneratedArticle[] {
  const r = rng(seed);
  const out: GeneratedArticle[] = [];
  for (let s = 0; s < stories; s++) {
    const f = factsOf(r, s);
    for (let k = 0; k < sources; k++) {
      const wrong = r() < 0.2 ? pick(r, ['count', 'money', 'percent', 'date', 'role']) : undefined;
      out.push({ ...article(r, f, s, k, wrong), ...(wrong ? { wrong } : {}) });
    }
  }
  return out;
}
