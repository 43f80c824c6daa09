/**
 * Nobody let in: YAML cannot instantiate types; no module of the library reaches the network,
 * starts processes or evaluates code; pdfmake refuses URLs and local files even when a document
 * definition asks for them; text that looks like code or templates is printed, never run.
 */
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadRoadmapText } from '../../src/load/index.js';
import { tinosFonts } from '../../src/write/pdf/fonts.js';
import { renderPdf, type DocDefinition } from '../../src/write/pdf/pdfmake.js';
import { item, plan } from './cases.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** Module specifiers imported (statically or dynamically) or required by a source file. */
function imports(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]|\brequire(?:\.resolve)?\s*\(\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm)) {
    out.push((m[1] ?? m[2] ?? m[3] ?? m[4])!);
  }
  return out;
}

describe('no network, no processes, no code evaluation in the library', () => {
  const FORBIDDEN_MODULES = /^(node:)?(http|https|http2|net|tls|dgram|dns|child_process|cluster|vm|inspector|undici)(\/|$)/;
  /** The command line may start workers and read the environment; so may the batch renderer. */
  const allowedDir = (file: string) => /^(cli|batch)\//.test(relative(SRC, file));

  it('src/ imports no http, https, net, tls, dns, child_process, vm (outside src/cli and src/batch)', () => {
    const offenders: string[] = [];
    for (const file of sources(SRC)) {
      if (allowedDir(file)) continue;
      for (const spec of imports(readFileSync(file, 'utf8'))) if (FORBIDDEN_MODULES.test(spec)) offenders.push(`${relative(SRC, file)}: ${spec}`);
    }
    expect(offenders).toEqual([]);
  });

  it('no module anywhere in src/ (cli and batch included) reaches the network or evaluates code', () => {
    const offenders: string[] = [];
    for (const file of sources(SRC)) {
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const spec of imports(text)) if (/^(node:)?(http|https|http2|net|tls|dgram|dns|vm|undici)(\/|$)/.test(spec)) offenders.push(`${relative(SRC, file)}: ${spec}`);
      if (/\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\beval\s*\(|\bnew\s+Function\s*\(/.test(text)) offenders.push(`${relative(SRC, file)}: fetch/eval/Function`);
    }
    expect(offenders).toEqual([]);
  });

  it('only src/serve and src/preview run an HTTP server (fastify) or watch files (chokidar)', () => {
    const offenders: string[] = [];
    for (const file of sources(SRC)) {
      if (/^(serve|preview)\//.test(relative(SRC, file))) continue;
      for (const spec of imports(readFileSync(file, 'utf8'))) if (/^(fastify|chokidar)(\/|$)/.test(spec)) offenders.push(`${relative(SRC, file)}: ${spec}`);
    }
    expect(offenders).toEqual([]);
  });

  it('outside src/cli and src/batch the environment is not read', () => {
    const offenders: string[] = [];
    for (const file of sources(SRC)) {
      if (allowedDir(file)) continue;
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      if (/process\.env\b/.test(text)) offenders.push(relative(SRC, file));
    }
    expect(offenders).toEqual([]);
  });
});

describe('YAML cannot instantiate types', () => {
  const tags = [
    '!!js/function "function () { return process.env }"',
    '!!js/undefined ""',
    '!!js/regexp /x/',
    '!!python/object/apply:os.system ["id"]',
    '!!python/name:os.system ""',
    '!<tag:yaml.org,2002:js/function> "function () {}"',
    '!ruby/object:Gem::Installer {}',
    '!custom {a: 1}',
  ];
  it.each(tags)('%s is refused with a located yaml-unknown-tag', async (tagged) => {
    const text = plan(item(tagged));
    const r = await loadRoadmapText(text, { file: 'tag.yaml' });
    expect(r.roadmap).toBeUndefined();
    const d = r.diagnostics.find((x) => x.code === 'yaml-unknown-tag');
    expect(d, JSON.stringify(r.diagnostics)).toBeDefined();
    expect(d!.line).toBe(11);
    expect(d!.column).toBe(13);
  });

  it('!!set, !!omap, !!binary are not text: schema errors, no objects of other types reach the model', async () => {
    for (const tagged of ['!!set {a, b}', '!!omap [{a: 1}]', '!!binary aGVsbG8=']) {
      const r = await loadRoadmapText(plan(item(tagged)), { file: 'tag.yaml' });
      expect(r.roadmap, tagged).toBeUndefined();
      expect(r.diagnostics.some((d) => d.severity === 'error' && d.line === 11), tagged).toBe(true);
    }
  });

  it('keys __proto__ and constructor do not pollute prototypes', async () => {
    const text = plan(item('Задача')).replace('organisations:\n', 'organisations:\n  __proto__: {polluted: yes}\n  constructor: {prototype: {polluted: yes}}\n');
    await loadRoadmapText(text, { file: 'proto.yaml' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('pdfmake refuses URLs and local files', () => {
  const def = (content: Record<string, unknown>[]): DocDefinition => ({
    content: [{ text: 'до' }, ...content, { text: 'после' }],
    pageSize: { width: 595.28, height: 841.89 },
    pageOrientation: 'portrait',
    pageMargins: [40, 40, 40, 40],
    defaultStyle: { font: 'plangraf', fontSize: 12 },
    styles: {},
    info: { title: 'policy test' },
  });

  /** Renders and tells what happened: refused (threw), or the PDF and whether it embeds an image. */
  async function attempt(content: Record<string, unknown>[]): Promise<{ threw: boolean; images: number }> {
    try {
      const pdf = await renderPdf(def(content), tinosFonts());
      return { threw: false, images: (Buffer.from(pdf).toString('latin1').match(/\/Subtype\s*\/Image/g) ?? []).length };
    } catch {
      return { threw: true, images: 0 };
    }
  }

  it('an image or SVG from http(s) is never fetched', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.end('x');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      for (const content of [
        [{ image: `http://127.0.0.1:${port}/a.png` }],
        [{ image: `https://127.0.0.1:${port}/a.png` }],
        [{ svg: `<svg xmlns="http://www.w3.org/2000/svg"><image href="http://127.0.0.1:${port}/b.png" width="10" height="10"/></svg>` }],
      ]) {
        const r = await attempt(content);
        expect(r.images, JSON.stringify(content)).toBe(0);
      }
      await new Promise((r) => setTimeout(r, 200));
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });

  it('an image from a local file (path or file: URL) is never read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plangraf-policy-'));
    const png = join(dir, 'secret.png');
    // A valid 1×1 PNG: were the policy not set, pdfmake would embed it.
    writeFileSync(png, Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
    for (const content of [[{ image: png }], [{ image: `file://${png}` }], [{ image: '/etc/passwd' }]]) {
      const r = await attempt(content);
      expect(r.images, JSON.stringify(content)).toBe(0);
    }
    // The control: the same picture given inline is embedded, so the check above can see images.
    const inline = await attempt([{ image: `data:image/png;base64,${readFileSync(png).toString('base64')}` }]);
    expect(inline.images).toBeGreaterThan(0);
  });

  it('the document model has no block that names a file or URL to load (only clickable links)', () => {
    const model = readFileSync(new URL('../../src/model/document.ts', import.meta.url), 'utf8');
    expect(model).not.toMatch(/\b(image|src|href|url|path)\??\s*:/i);
  });
});
