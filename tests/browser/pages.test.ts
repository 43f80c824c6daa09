/**
 * The editor page of `plangraf serve` and the page of `plangraf preview` in a real browser:
 * Debian's chromium driven by puppeteer-core (.ci/install-browser.sh installs it). In CI
 * (CI=true) a missing chromium fails the test; elsewhere the test is skipped with a notice.
 *
 * The editor: the page loads and draws the sample's pages, a typed mistake gets its diagnostic
 * (in the list and marked in the text) while the pages stay, fixing it draws the changed page,
 * the DOCX download is a document with the edit in it, and keys complete from the schema. The preview: the page updates when
 * the file changes on disk, at the same scroll position, and a broken save shows its errors over
 * the last good pages. With UPDATE_SCREENSHOT=1 the editor's screenshot replaces docs/editor.png
 * (the one the README shows).
 */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPreviewServer, type PreviewServer } from '../../src/preview/preview-server.js';
import { PreviewSession } from '../../src/preview/preview-session.js';
import { startServer, type RunningService } from '../../src/serve/server.js';
import { buildDist } from '../batch/build-dist.js';
import { readDocx } from '../support/docx-read.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = [process.env.PLANGRAF_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p !== undefined && p !== '' && existsSync(p));
const IN_CI = process.env.CI === 'true';
const WAIT = { timeout: 60_000 };

/** What the test needs of the CodeMirror view the editor page exposes as `plangrafEditor`. */
interface EditorHandle {
  state: { doc: { toString(): string } };
  dispatch(transaction: unknown): void;
  focus(): void;
}

if (!CHROMIUM && !IN_CI) console.warn('tests/browser: chromium is not installed (apt-get install chromium, or bash .ci/install-browser.sh): the browser tests are skipped');

describe.runIf(IN_CI && !CHROMIUM)('the browser tests in CI', () => {
  it('need chromium', () => {
    expect.fail('chromium is not installed: .ci/install-browser.sh installs it (apt-get install chromium)');
  });
});

describe.runIf(CHROMIUM !== undefined)('the pages in chromium', () => {
  let browser: Browser;
  let service: RunningService;

  beforeAll(async () => {
    buildDist();
    const web = join(ROOT, 'dist/web/editor.js');
    if (!existsSync(web)) throw new Error('dist/web is not built: run npm run build');
    const { default: puppeteer } = await import('puppeteer-core');
    browser = await puppeteer.launch({
      executablePath: CHROMIUM!,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'plangraf-chromium-'))}`],
    });
    service = await startServer({
      host: '127.0.0.1', port: 0, lang: 'ru', poolSize: 1, queueSize: 4, timeLimitSeconds: 60,
      bodyLimitBytes: 4 * 1024 * 1024, bodyTimeoutSeconds: 30, maxRows: 5000, log: false,
    });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  }, 60_000); // stopping worker threads takes longer than the default 10 s under load

  /** A page that fails the test on a script error or a request the page's policy blocks. */
  async function open(url: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    await page.setViewport({ width: 1400, height: 900 });
    await page.goto(url);
    return { page, problems };
  }

  const pagesVersion = (page: Page) => page.$eval('#pages', (el) => (el as unknown as { dataset: { version?: string } }).dataset.version ?? '');
  const firstPageImage = (page: Page) => page.$eval('#pages canvas.page', (c) => (c as unknown as { toDataURL(): string }).toDataURL());
  /** Select `length` characters from the first `needle` (+ `shift`) in the editor, so that typing replaces them. */
  const select = (page: Page, needle: string, shift: number, length: number) =>
    page.evaluate((n, s, l) => {
      const view = (globalThis as unknown as { plangrafEditor: EditorHandle }).plangrafEditor;
      const at = view.state.doc.toString().indexOf(n) + s;
      view.dispatch({ selection: { anchor: at, head: at + l } });
      view.focus();
    }, needle, shift, length);

  it('the editor: a typed mistake gets its diagnostic, fixing it draws the changed page, the DOCX download has the edit', async () => {
    const { page, problems } = await open(service.url);
    await page.waitForSelector('#pages[data-version="1"] canvas.page', WAIT);
    await page.waitForSelector('.summary.clean', WAIT);
    const before = await firstPageImage(page);

    // Type a line with a misspelt key over «place: г. Гороховец».
    await select(page, 'place: г. Гороховец', 0, 'place: г. Гороховец'.length);
    await page.keyboard.type('plase: г. Муром');
    const diagnostic = await page.waitForSelector('#diagnostics pre.diagnostic.error[data-code="schema-unknown-key"]', WAIT);
    expect(await diagnostic!.evaluate((el) => el.textContent)).toMatch(/^roadmap\.yaml:\d+:3: ошибка \[schema-unknown-key\]: Неизвестный ключ „plase“ — может быть, „place“\?\n\s+\d+ \|   plase: г\. Муром\n\s+\| {3}\^{5}\nподсказка: /);
    await page.waitForSelector('.cm-lintRange-error', WAIT);
    expect(await page.$eval('#status', (el) => el.textContent)).toBe('Показаны страницы последней удачной сборки');
    expect(await pagesVersion(page)).toBe('1');
    // The README's picture: a mistake marked in the text and listed beside the pages.
    const shot = join(mkdtempSync(join(tmpdir(), 'plangraf-shot-')), 'editor.png');
    await page.screenshot({ path: shot });
    if (process.env.UPDATE_SCREENSHOT === '1') copyFileSync(shot, join(ROOT, 'docs/editor.png'));

    // Fix the key («plase» → «place»): the page is drawn again, now with «г. Муром».
    await select(page, 'plase:', 3, 1);
    await page.keyboard.type('c');
    await page.waitForSelector('#pages[data-version="2"] canvas.page', WAIT);
    expect(await page.$('#diagnostics pre.diagnostic.error')).toBeNull();
    expect(await firstPageImage(page)).not.toBe(before);

    const downloads = mkdtempSync(join(tmpdir(), 'plangraf-downloads-'));
    const cdp = await page.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await page.click('#download-docx');
    const file = join(downloads, 'roadmap.docx');
    for (let i = 0; !existsSync(file) && i < 600; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    const docx = readDocx(new Uint8Array(readFileSync(file)));
    // (The writers tie «г.» to the name with a no-break space.)
    expect(docx.documentXml.replace(/\u00a0/g, ' ')).toContain('г. Муром');
    expect(docx.documentXml).not.toContain('Гороховец</w:t>');

    // Completion from the schema: the keys of `document` on a new line under it.
    await select(page, 'place: г. Муром', 'place: г. Муром'.length, 0);
    await page.keyboard.press('Enter');
    await page.keyboard.type('numb');
    const option = await page.waitForSelector('.cm-tooltip-autocomplete li[aria-selected] .cm-completionLabel', WAIT);
    expect(await option!.evaluate((el) => el.textContent)).toBe('number');
    expect(problems).toEqual([]);
  }, 180_000);

  it('the preview: updates after the file changes on disk at the same scroll position; a broken save keeps the last good pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plangraf-preview-'));
    const plan = join(dir, 'plan.yaml');
    const example = readFileSync(join(ROOT, 'examples/gorokhovets-order-2022.yaml'), 'utf8');
    writeFileSync(plan, example);
    const session = new PreviewSession({ file: plan, cwd: dir, lang: 'ru', strict: false, timeLimitSeconds: 60, workerFile: join(ROOT, 'dist/cli/render-worker.js') });
    let server: PreviewServer | undefined;
    try {
      server = await startPreviewServer(session, 0);
      await session.start();
      const { page, problems } = await open(server.url);
      await page.waitForSelector('#pages[data-version="1"] canvas.page[data-page="2"]', WAIT);
      const scrolled = await page.$eval('#pages', (el) => {
        el.scrollTop = 700;
        return el.scrollTop;
      });
      expect(scrolled).toBeGreaterThan(0);
      // The downloads are the formats the state lists: the registry's preview formats.
      expect(await page.$$eval('#downloads a.download', (as) => as.map((a) => [a.id, a.getAttribute('href'), a.textContent, a.hasAttribute('hidden')]))).toEqual([
        ['download-docx', '/api/document.docx', 'Скачать DOCX', false],
        ['download-pdf', '/api/document.pdf', 'Скачать PDF', false],
      ]);

      writeFileSync(plan, example.replace('г. Гороховец', 'г. Муром'));
      await page.waitForSelector('#pages[data-version="2"]', WAIT);
      expect(await page.$eval('#pages', (el) => el.scrollTop)).toBe(scrolled);
      expect(await page.$eval('#status', (el) => el.textContent)).toBe('Готово');

      writeFileSync(plan, example.replace('document:', 'documnt:'));
      await page.waitForSelector('#diagnostics pre.diagnostic.error[data-code="schema-unknown-key"]', WAIT);
      expect(await page.$eval('#status', (el) => el.textContent)).toBe('Показаны страницы последней удачной сборки');
      expect(await pagesVersion(page)).toBe('2');
      expect(await page.$eval('#diagnostics', (el) => el.textContent)).toContain('plan.yaml:');
      expect(problems).toEqual([]);
    } finally {
      await server?.close();
      await session.close();
    }
  }, 180_000);
});
