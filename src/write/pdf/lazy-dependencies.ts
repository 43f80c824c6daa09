/**
 * Parts of pdfkit, fontkit and pdfmake that a plangraf PDF never uses, loaded only if something
 * calls them: fontkit's Brotli decoder (WOFF2 fonts; its dictionary alone takes ~25 ms to load),
 * pdfkit's AES and SHA-256 (encrypted PDFs), pdfmake's SVG support (svg-to-pdfkit and the XML parser). They
 * are `require`d when those packages load, so each is put into the module cache first as a
 * stand-in that loads the real module on first use; the packages work as before (an SVG image
 * or an encrypted PDF still would), they just do not pay for what they do not use.
 *
 * Imported first by every module that loads those packages (measure.ts, pdfmake.ts …). A module
 * already loaded (by the program using plangraf) is left alone. A path that no longer resolves
 * (a package changed its layout) is skipped: the stand-ins only save time, never change output.
 */
import { createRequire, Module } from 'node:module';

const require = createRequire(import.meta.url);

type Exports = Record<string | symbol, unknown>;

/**
 * Puts a stand-in for the module `request`, as resolved from the module `from` resolves it, into
 * the module cache. `shape`: a function module (called), or an object module (its properties
 * read), `esModule` telling what Babel's interop asks of it.
 */
function standIn(from: string, request: string, shape: 'function' | { esModule: boolean }): void {
  let file: string;
  try {
    file = createRequire(from).resolve(request);
  } catch {
    return;
  }
  const cache = require.cache;
  if (cache[file]) return;
  let real: unknown;
  const load = (): Exports => {
    if (real === undefined) {
      if (cache[file] === stand) delete cache[file];
      real = createRequire(from)(request);
    }
    return real as Exports;
  };
  const exports =
    shape === 'function'
      ? (...args: unknown[]) => (load() as unknown as (...a: unknown[]) => unknown)(...args)
      : new Proxy({} as Exports, {
          get: (_target, key) => (key === '__esModule' && real === undefined ? shape.esModule || undefined : load()[key]),
          has: (_target, key) => key in load(),
          ownKeys: () => Reflect.ownKeys(load()),
          getOwnPropertyDescriptor: (_target, key) => {
            const d = Reflect.getOwnPropertyDescriptor(load(), key);
            return d ? { ...d, configurable: true } : undefined;
          },
        });
  const stand = new Module(file) as Module & { filename: string; loaded: boolean; exports: unknown };
  stand.filename = file;
  stand.loaded = true;
  stand.exports = exports;
  cache[file] = stand;
}

let done = false;

/** Installs the stand-ins (once). */
export function deferUnusedDependencies(): void {
  if (done) return;
  done = true;
  let pdfmake: string;
  let pdfkit: string;
  let fontkit: string;
  try {
    pdfmake = require.resolve('pdfmake/js/PDFDocument.js');
    pdfkit = createRequire(pdfmake).resolve('pdfkit');
    fontkit = createRequire(pdfkit).resolve('fontkit');
  } catch {
    return;
  }
  standIn(fontkit, 'brotli/decompress.js', 'function');
  standIn(pdfkit, '@noble/ciphers/aes', { esModule: false });
  standIn(pdfkit, '@noble/hashes/sha2', { esModule: false });
  standIn(pdfkit, '@noble/hashes/utils', { esModule: false });
  standIn(pdfmake, './3rd-party/svg-to-pdfkit.js', { esModule: true });
  standIn(pdfmake, 'xmldoc', { esModule: false });
}

deferUnusedDependencies();
