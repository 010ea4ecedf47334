/**
 * The HTML report in a real browser: Debian's chromium, headless, driven by
 * playwright-core (no browser download — `.ci/run` installs chromium). The
 * report is built by the built CLI over a copy of the seeds plus one planted
 * article whose text holds a script and an onerror handler; neither may run.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CLI, ROOT, runCli } from '../e2e/run-cli';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const PLANTED = [
  'Kremlin rejects troop plan <script>window.__pwned=1</script>',
  '',
  'PARIS, Sept 5, 2025 (Wire) - At a summit in Paris, leaders from 27 nations <script>window.__pwned=1</script> committed to providing Ukraine with security guarantees <img src=x onerror="window.__pwned=2">, officials said.',
  '',
].join('\n');

let dir: string;
let shots: string;
let browser: Browser | undefined;
let page: Page;
let findingCount: number;
const pageErrors: string[] = [];

beforeAll(async () => {
  // fail loudly, never skip: CI must have a browser to run this test
  if (!fs.existsSync(CHROMIUM)) throw new Error(`chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium; .ci/run does) or set CHROMIUM_PATH`);
  if (!fs.existsSync(CLI)) throw new Error(`built CLI not found at ${CLI}: run "npm run build" first`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-html-'));
  shots = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-shots-'));
  const articles = path.join(dir, 'articles');
  fs.cpSync(path.join(ROOT, 'seeds'), articles, { recursive: true });
  fs.writeFileSync(path.join(articles, 'zz_planted.txt'), PLANTED);
  const report = path.join(dir, 'report.html');
  const built = runCli(['check', 'articles', '--format', 'html', '--output', report, '--fail-on', 'never'], { cwd: dir });
  if (built.status !== 0) throw new Error(`crosscheck check failed (${built.status}): ${built.stderr}`);
  const json = runCli(['check', 'articles', '--format', 'json', '--fail-on', 'never'], { cwd: dir });
  findingCount = (JSON.parse(json.stdout) as { findings: unknown[] }).findings.length;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // any request at all would mean the page is not self-contained
  page.on('request', (r) => {
    if (!r.url().startsWith('file://')) pageErrors.push(`request: ${r.url()}`);
  });
  await page.goto(`file://${report}`);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the HTML report in a browser', () => {
  it('runs nothing planted in an article, and shows it as text', async () => {
    // evaluated as strings: the tests are type-checked without the DOM library
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    await expect(page.getByRole('heading', { name: 'Kremlin rejects troop plan <script>window.__pwned=1</script>', exact: true }).isVisible()).resolves.toBe(true);
  });

  it('enforces its Content Security Policy: a script injected at run time does not run', async () => {
    const ran = await page.evaluate(`(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = 1';
      document.body.appendChild(s);
      return typeof window.__injected;
    })()`);
    expect(ran).toBe('undefined');
  });

  it('runs its own script under its CSP, with no errors and no requests', async () => {
    expect(await page.locator('#shown').textContent()).toBe(`${findingCount} of ${findingCount} findings shown`);
    expect(pageErrors).toEqual([]);
  });

  it('shows every finding as a card, with a table of values and the claims marked', async () => {
    expect(findingCount).toBeGreaterThan(0);
    expect(await page.locator('article.finding').count()).toBe(findingCount);
    expect(await page.locator('article.finding table.sides tr.majority').count()).toBeGreaterThan(0);
    expect(await page.locator('article.finding mark').count()).toBeGreaterThanOrEqual(findingCount);
  });

  it('draws the timeline with marks that carry tooltips', async () => {
    const marks = page.locator('svg.timeline circle.tl-day');
    expect(await marks.count()).toBeGreaterThan(0);
    expect(await page.locator('svg.timeline rect.tl-span').count()).toBeGreaterThan(0);
    expect(await marks.first().locator('title').textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('filters by severity: clicking "error" shows only errors; clicking again shows all', async () => {
    const visible = () => page.locator('article.finding:visible');
    const errors = await page.locator('article.finding[data-severity="error"]').count();
    expect(errors).toBeGreaterThan(0);
    expect(errors).toBeLessThan(findingCount);
    const button = page.locator('button[data-filter="severity"][data-value="error"]');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await visible().count()).toBe(errors);
    expect(await page.locator('article.finding:visible[data-severity="error"]').count()).toBe(errors);
    expect(await page.locator('#shown').textContent()).toBe(`${errors} of ${findingCount} findings shown`);
    await page.screenshot({ path: path.join(shots, 'report-errors.png'), fullPage: true });
    await button.click();
    expect(await visible().count()).toBe(findingCount);
  });

  it('filters by rule', async () => {
    const rule = await page.locator('button[data-filter="rule"]:not([data-value="all"])').first();
    const id = (await rule.getAttribute('data-value')) as string;
    await rule.click();
    const n = await page.locator('article.finding:visible').count();
    expect(n).toBe(await page.locator(`article.finding[data-rule="${id}"]`).count());
    await page.locator('button[data-filter="rule"][data-value="all"]').click();
    expect(await page.locator('article.finding:visible').count()).toBe(findingCount);
  });

  it('lists every source and takes a screenshot', async () => {
    expect(await page.locator('section.source').count()).toBe(fs.readdirSync(path.join(ROOT, 'seeds')).length + 1);
    const shot = path.join(shots, 'report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(fs.statSync(shot).size).toBeGreaterThan(10_000);
    process.stdout.write(`screenshots: ${shots}\n`);
  });
});
