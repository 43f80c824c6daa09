/**
 * `plangraf preview`: the session renders the file as `plangraf render` does and again when the
 * file or the templates change, keeps the last good pages with the new errors, and its server
 * answers on 127.0.0.1 only (a foreign Host is refused), with a server-sent event per render.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_REGISTRY } from '../../src/output-formats.js';
import { startPreviewServer, type PreviewServer } from '../../src/preview/preview-server.js';
import { PreviewSession } from '../../src/preview/preview-session.js';
import { buildDist } from '../batch/build-dist.js';
import { cli, tempDir } from '../cli/harness.js';
import { readPdf } from '../support/pdf-read.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = '2022-02-14T00:00:00Z';
const PLAN = 'document: {kind: order}\nplan:\n  title: ПЛАН-ГРАФИК\n  items:\n    - task: Первая задача\n';

interface State {
  version: number;
  file: string;
  rendering: boolean;
  report: { ok: boolean; files: { diagnostics: { code: string; file: string; line: number }[] }[]; text: string } | null;
  pages: { version: number } | null;
  formats: string[];
}

/** Polls until `check` holds (no fixed sleep; a generous bound for a loaded machine). */
async function until<T>(get: () => Promise<T>, check: (v: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const v = await get();
    if (check(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('plangraf preview', () => {
  const dir = tempDir();
  const file = join(dir, 'plan.yaml');
  const templates = join(dir, 'templates');
  let session: PreviewSession;
  let server: PreviewServer;
  const state = async () => (await (await fetch(`${server.url}api/state`)).json()) as State;
  const pdf = async () => new Uint8Array(await (await fetch(`${server.url}api/document.pdf`)).arrayBuffer());

  beforeAll(async () => {
    buildDist();
    writeFileSync(file, PLAN);
    mkdirSync(templates);
    copyFileSync(join(ROOT, 'templates/order-heading.hbs'), join(templates, 'order-heading.hbs'));
    // The built worker, as `plangraf preview` runs it: a template change must reach a worker's own cache.
    session = new PreviewSession({ file, cwd: dir, lang: 'ru', strict: false, now: NOW, templates, timeLimitSeconds: 60, workerFile: join(ROOT, 'dist/cli/render-worker.js') });
    server = await startPreviewServer(session, 0);
    await session.start();
  }, 180_000);
  afterAll(async () => {
    await server.close();
    await session.close();
  }, 60_000); // stopping worker threads takes longer than the default 10 s under load

  it('shows the file rendered as `plangraf render` renders it, with downloads of both documents', async () => {
    const first = await state();
    expect(first).toMatchObject({ version: 1, file: 'plan.yaml', rendering: false, pages: { version: 1 }, report: { ok: true } });
    await cli(['render', 'plan.yaml', '--now', NOW, '--templates', 'templates', '--out', 'cli'], { cwd: dir });
    expect(Buffer.from(await pdf()).equals(readFileSync(join(dir, 'cli/plan.pdf')))).toBe(true);
    const docx = await fetch(`${server.url}api/document.docx`);
    expect(docx.headers.get('content-disposition')).toBe(`attachment; filename="plan.docx"; filename*=UTF-8''plan.docx`);
    expect(Buffer.from(await docx.arrayBuffer()).equals(readFileSync(join(dir, 'cli/plan.docx')))).toBe(true);
  });

  it('offers the formats the registry marks for preview, each as `plangraf render` writes it; no other', async () => {
    const s = await state();
    expect(s.formats).toEqual(Object.entries(FORMAT_REGISTRY).filter(([, e]) => e.preview).map(([f]) => f));
    expect(s.formats).toEqual(['docx', 'pdf']);
    await cli(['render', 'plan.yaml', '--now', NOW, '--templates', 'templates', '--out', 'cli', '--format', s.formats.join(',')], { cwd: dir });
    for (const format of s.formats) {
      const r = await fetch(`${server.url}api/document.${format}`);
      expect(r.headers.get('content-type')).toBe(FORMAT_REGISTRY[format as keyof typeof FORMAT_REGISTRY].mediaType);
      expect(Buffer.from(await r.arrayBuffer()).equals(readFileSync(join(dir, `cli/plan.${format}`)))).toBe(true);
    }
    expect((await fetch(`${server.url}api/document.xlsx`)).status).toBe(404);
  });

  it('renders again when the file is saved; a broken save shows its errors over the last good pages', async () => {
    const events: string[] = [];
    const controller = new AbortController();
    const stream = await fetch(`${server.url}api/events`, { signal: controller.signal });
    const reader = stream.body!.getReader();
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
        if (done) return;
        events.push(new TextDecoder().decode(value));
      }
    })();

    const before = (await state()).version;
    writeFileSync(file, PLAN.replace('Первая задача', 'Исправленная задача'));
    const saved = await until(state, (s) => s.version > before && !s.rendering, 'the render after the save');
    expect(saved.pages).toEqual({ version: saved.version });
    expect((await readPdf(await pdf())).text).toContain('Исправленная задача');

    writeFileSync(file, `${PLAN}      dedline: 2022\n`);
    const broken = await until(state, (s) => s.version > saved.version && !s.rendering, 'the render after the broken save');
    expect(broken.report).toMatchObject({ ok: false, files: [{ diagnostics: [{ code: 'schema-unknown-key', file: 'plan.yaml', line: 6 }] }] });
    expect(broken.report!.text).toContain('plan.yaml:6:7: ошибка [schema-unknown-key]: Неизвестный ключ „dedline“ — может быть, „deadline“?\n    6 |       dedline: 2022');
    expect(broken.pages).toEqual({ version: saved.version });
    expect((await readPdf(await pdf())).text).toContain('Исправленная задача');

    await until(async () => events.join(''), (t) => t.includes(`data: {"version":${broken.version}}`), 'the event of the broken render');
    expect(events.join('')).toContain(`event: state\ndata: {"version":${saved.version}}\n\n`);
    controller.abort();
  });

  it('renders again when a template in the templates folder changes', async () => {
    writeFileSync(file, PLAN);
    const fixed = await until(state, (s) => s.report?.ok === true && !s.rendering, 'the fixed file');
    writeFileSync(join(templates, 'order-heading.hbs'), 'ПРИКАЗ ПО ШАБЛОНУ\n');
    const changed = await until(state, (s) => s.version > fixed.version && !s.rendering, 'the render after the template changed');
    expect(changed.pages).toEqual({ version: changed.version });
    expect((await readPdf(await pdf())).text).toContain('ПРИКАЗ ПО ШАБЛОНУ');
  });

  it('answers to 127.0.0.1 and localhost only: a page of another site cannot reach it through its own name', async () => {
    const port = Number(new URL(server.url).port);
    const status = (host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/api/state', headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await status(`127.0.0.1:${port}`)).toBe(200);
    expect(await status(`localhost:${port}`)).toBe(200);
    expect(await status(`evil.example:${port}`)).toBe(403);
    expect(await status('127.0.0.1')).toBe(403);
  });

  it('serves its page with a same-origin-only policy', async () => {
    const page = await fetch(server.url);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await page.text()).toContain('<script type="module" src="/assets/preview.js"></script>');
    expect((await fetch(`${server.url}assets/editor.html`)).status).toBe(404);
  });
});
