import { createHash } from 'node:crypto';
import { escapeHtml, html, raw } from '../../src/report/html/escape';
import { CONTENT_SECURITY_POLICY, formatCheckHtml } from '../../src/report/html/html';
import { SCRIPT } from '../../src/report/html/script';
import { STYLES } from '../../src/report/html/styles';
import { dayRange, timelineSvg } from '../../src/report/html/timeline-svg';
import type { Claim, Report } from '../../src/types';
import { claimAt, evidenceAt, plainSource, sampleReport } from './fixtures';

const HOSTILE = 'Officials said 26 countries <script>window.__pwned=1</script> <img src=x onerror="window.__pwned=2"> pledged.\n';

/** The sample report plus a hostile article in the finding and in the sources. */
function hostileReport(): Report {
  const r = sampleReport();
  const evil = plainSource('evil', HOSTILE, { title: 'Title <script>alert(1)</script>', outlet: 'Evil "Outlet"' });
  r.sources.push(evil);
  const ev = evidenceAt(evil, '26 countries', 26, 'country');
  r.findings[0].sides[1].sources.push('evil');
  r.findings[0].sides[1].evidence.push(ev);
  r.findings[0].evidence.push(ev);
  r.claims = [claimAt(evil, 1, '26 countries', { kind: 'quantity', value: 26, unit: 'country', qualifier: 'exact' })];
  r.claims[0].sentence = { start: 0, end: HOSTILE.length - 1 };
  r.findings[0].evidence[3].claimId = 'evil#1';
  return r;
}

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('formatCheckHtml', () => {
  it('is one self-contained page: no external URL, stylesheet or font', () => {
    const page = formatCheckHtml(sampleReport());
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page).not.toMatch(/\b(src|href)="(?!#)/);
    expect(page).not.toMatch(/<link|@import|url\(|@font-face/);
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page.match(/<style>/g)).toHaveLength(1);
  });

  it('allows only its own style and script, by hash, in a Content Security Policy', () => {
    const page = formatCheckHtml(sampleReport());
    expect(CONTENT_SECURITY_POLICY).toBe(`default-src 'none'; style-src ${sha(STYLES)}; script-src ${sha(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`);
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CONTENT_SECURITY_POLICY)}">`);
    // the hashes are of exactly what sits between the tags
    expect(page).toContain(`<style>${STYLES}</style>`);
    expect(page).toContain(`<script>${SCRIPT}</script>`);
    // the CSP forbids handler attributes, so the page must have none
    expect(page).not.toMatch(/\son[a-z]+=/);
  });

  it('shows article text as text: a planted script or handler is escaped everywhere', () => {
    const page = formatCheckHtml(hostileReport());
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toMatch(/<img/);
    expect(page).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt; &lt;img src=x onerror=&quot;window.__pwned=2&quot;&gt;');
    expect(page).toContain('<h3>Title &lt;script&gt;alert(1)&lt;/script&gt;</h3>');
    expect(page).toContain('title="Title &lt;script&gt;alert(1)&lt;/script&gt;">Evil &quot;Outlet&quot;</a>');
  });

  it('draws each finding as a card: badge, message, rule, a row per value with sources and evidence, the majority marked', () => {
    const page = formatCheckHtml(sampleReport());
    expect(page).toContain('<article class="finding sev-error" data-severity="error" data-rule="quantity-mismatch">');
    expect(page).toContain('<span class="badge error">error</span><span class="msg">Sources disagree on how many countries pledged troops</span><code>quantity-mismatch</code>');
    expect(page).toContain('<tr class="majority"><td class="value">26 country<span class="maj">majority</span></td>');
    expect(page).toContain('<tr class=""><td class="value">312 country</td>');
    expect(page).toContain('<span class="sentence">Leaders said <mark>26 dozen countries</mark> had pledged troops on Friday.</span><span class="loc">stories/a.md:6:14</span>');
    expect(page).toContain('<a class="chip" href="#src-b" title="Pledges">The Daily</a>');
  });

  it('marks the claim in its whole sentence when the evidence names its claim', () => {
    const page = formatCheckHtml(hostileReport());
    expect(page).toContain('<span class="sentence">Officials said <mark>26 countries</mark> &lt;script&gt;');
  });

  it('offers a filter per severity and per rule present, with counts', () => {
    const r = sampleReport();
    const [f] = r.findings;
    r.findings = [f, { ...f, severity: 'info', ruleId: 'spelling-variant' }, { ...f, severity: 'info', ruleId: 'spelling-variant' }];
    const page = formatCheckHtml(r);
    const buttons = [...page.matchAll(/<button type="button" data-filter="(\w+)" data-value="([\w-]+)" aria-pressed="(\w+)">([^<]*)<\/button>/g)].map((m) => m.slice(1).join(' '));
    expect(buttons).toEqual([
      'severity all true all',
      'severity error false error (1)',
      'severity info false info (2)',
      'rule all true all',
      'rule quantity-mismatch false quantity-mismatch (1)',
      'rule spelling-variant false spelling-variant (2)',
    ]);
    expect(page).toContain('<span id="shown" aria-live="polite">3 of 3 findings shown</span>');
  });

  it('lists every source with title, outlet, date, author, file and its claims', () => {
    const r = hostileReport();
    const page = formatCheckHtml(r);
    expect(page).toContain('<section class="source" id="src-b"><h3>Pledges</h3><dl><dt>Outlet</dt><dd>The Daily</dd><dt>Date</dt><dd>unknown</dd><dt>Author</dt><dd>Jane Doe</dd>');
    expect(page).toContain('<dt>Date</dt><dd>2025-09-05</dd>');
    expect(page).toContain('<summary>1 claim</summary>');
    expect(page).toContain('<td class="loc">1:16</td><td>quantity</td><td>26 countries</td><td>26 countries</td>');
  });

  it('gives each story a section with its summary line', () => {
    const r = sampleReport();
    const [f] = r.findings;
    r.findings = [{ ...f, story: 'ukraine' }, { ...f, story: 'summit <b>', sides: [{ ...f.sides[1], sources: ['b'] }], evidence: [f.evidence[1]] }];
    const page = formatCheckHtml(r);
    expect([...page.matchAll(/<h2>(.*?)<\/h2><p class="summary">(.*?)<\/p>/g)].map((m) => `${m[1]} | ${m[2]}`)).toEqual([
      'Story: ukraine | 1 problem (1 error, 0 warnings, 0 info) in 3 sources, 0 claims.',
      'Story: summit &lt;b&gt; | 1 problem (1 error, 0 warnings, 0 info) in 1 source, 0 claims.',
    ]);
    expect(page).toContain('<title>Crosscheck: 2 stories</title>');
  });

  it('says when there is nothing to report, and still lists the sources', () => {
    const r = sampleReport();
    r.findings = [];
    const page = formatCheckHtml(r);
    expect(page).toContain('<p class="none">✔ No disagreements found.</p>');
    expect(page).not.toContain('class="filters"');
    expect(page.match(/<section class="source"/g)).toHaveLength(3);
  });
});

describe('timelineSvg', () => {
  const s = plainSource('s', 'On September 4, 2025 and in February 2022 and in 2024 and on Sept 4, 2025 again.\n', { outlet: 'Wire' });
  const t = plainSource('t', 'Nothing dated.\n');
  const claims: Claim[] = [
    claimAt(s, 1, 'September 4, 2025', { kind: 'date', value: '2025-09-04', precision: 'day' }),
    claimAt(s, 2, 'February 2022', { kind: 'date', value: '2022-02', precision: 'month' }),
    claimAt(s, 3, '2024', { kind: 'date', value: '2024', precision: 'year' }),
    claimAt(s, 4, 'Sept 4, 2025', { kind: 'date', value: '2025-09-04', precision: 'day' }),
  ];
  const surface = (c: Claim) => s.text.slice(c.span.start, c.span.end);

  it('draws a row per source: days as dots, months and years as bars, each with a tooltip', () => {
    const svg = (timelineSvg([s, t], claims, surface) as { value: string }).value;
    expect(svg.match(/<g class="tl-row">/g)).toHaveLength(2);
    // the two mentions of the same day share one (larger) dot whose tooltip lists both
    expect(svg.match(/<circle class="tl-day"/g)).toHaveLength(1);
    expect(svg).toContain('r="6.5"><title>Wire: 2025-09-04\n“September 4, 2025” → 2025-09-04 (day)\n“Sept 4, 2025” → 2025-09-04 (day)</title>');
    expect(svg.match(/<rect class="tl-span"/g)).toHaveLength(2);
    expect(svg).toContain('<title>Wire: 2022-02-01 – 2022-02-28\n“February 2022” → 2022-02 (month)</title>');
    expect(svg).toContain('<title>Wire: 2024-01-01 – 2024-12-31\n“2024” → 2024 (year)</title>');
    expect(svg).toMatch(/<text x="[\d.]+" y="\d+" text-anchor="middle">2023<\/text>/);
  });

  it('is absent when no claim carries a date', () => {
    expect(timelineSvg([t], [], surface)).toBeUndefined();
  });

  it.each<[string, 'day' | 'month' | 'year', string | undefined, [string, string] | undefined]>([
    ['2025-09-04', 'day', undefined, ['2025-09-04', '2025-09-04']],
    ['2024-02', 'month', undefined, ['2024-02-01', '2024-02-29']],
    ['2025', 'year', undefined, ['2025-01-01', '2025-12-31']],
    ['2025-07-23', 'day', '2025-07-25', ['2025-07-23', '2025-07-25']],
    ['not a date', 'day', undefined, undefined],
  ])('dayRange(%s, %s, %s)', (value, precision, end, expected) => {
    const r = dayRange(value, precision, end);
    const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
    expect(r && [iso(r[0]), iso(r[1])]).toEqual(expected);
  });
});

describe('html escaping', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`" onerror='x'`, '&quot; onerror=&#39;x&#39;'],
    ['a & b', 'a &amp; b'],
    ['nul\u0000 and lone \ud800 surrogate', 'nul\ufffd and lone \ufffd surrogate'],
    ['emoji 🔴 stays', 'emoji 🔴 stays'],
  ])('escapeHtml(%j)', (text, expected) => expect(escapeHtml(text)).toBe(expected));

  it('escapes every interpolated value unless it is markup built by the tag', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p title="${'"x"'}">${inner}${['<a>', 1, null, undefined, false]}${raw('<br>')}</p>`.value).toBe(
      '<p title="&quot;x&quot;"><b>&lt;i&gt;</b>&lt;a&gt;1<br></p>',
    );
  });
});
