// Builds the browser pages into dist/web/ (run by `npm run build`): web/editor.ts and
// web/preview.ts bundled by esbuild with CodeMirror and pdf.js from node_modules, the pages and
// the style sheet copied, and pdf.js's worker copied from pdfjs-dist. Served by plangraf itself
// (src/serve/web-assets.ts): nothing comes from a CDN. Without esbuild (a production install
// that skipped devDependencies) there is nothing to rebuild, and the shipped dist/web stays.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const out = path.join(root, 'dist/web');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  console.error('web/build.mjs: esbuild is not installed; the browser pages were not rebuilt');
  process.exit(0);
}

mkdirSync(out, { recursive: true });
await esbuild.build({
  entryPoints: { editor: path.join(here, 'editor.ts'), preview: path.join(here, 'preview.ts') },
  outdir: out,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  legalComments: 'eof',
  logLevel: 'warning',
});
for (const f of ['editor.html', 'preview.html', 'style.css']) copyFileSync(path.join(here, f), path.join(out, f));
copyFileSync(path.join(root, 'node_modules/pdfjs-dist/build/pdf.worker.min.mjs'), path.join(out, 'pdf.worker.min.mjs'));
