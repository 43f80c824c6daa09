/**
 * The browser pages of `plangraf serve` (the editor) and `plangraf preview`: built into
 * `dist/web/` by `npm run build` (web/build.mjs bundles web/*.ts with CodeMirror and pdf.js from
 * node_modules), read into memory once, and served from there by name. Nothing comes from
 * elsewhere: the Content-Security-Policy sent with them allows this origin only, so the pages
 * cannot load or send anything beyond the server that served them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface WebAsset {
  type: string;
  bytes: Buffer;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Same origin only; inline styles for CodeMirror's generated ones; no eval (pdf.js runs with `isEvalSupported: false`). */
export const PAGE_SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

/** The built pages and their scripts, by file name; empty when the build has none. */
export function loadWebAssets(dir = builtWebDir()): Map<string, WebAsset> {
  const assets = new Map<string, WebAsset>();
  if (!existsSync(dir)) return assets;
  for (const name of readdirSync(dir)) {
    const type = TYPES[path.extname(name)];
    const file = path.join(dir, name);
    if (type !== undefined && statSync(file).isFile()) assets.set(name, { type, bytes: readFileSync(file) });
  }
  return assets;
}

/** dist/web of the build: beside dist/serve, or, from the TypeScript sources, in dist/. */
export function builtWebDir(): string {
  const here = fileURLToPath(new URL('../web/', import.meta.url));
  if (!import.meta.url.endsWith('.ts')) return here;
  return fileURLToPath(new URL('../../dist/web/', import.meta.url));
}
