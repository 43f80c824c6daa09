// Regenerates the gallery in docs/gallery/: every example rendered to PDF, its first pages as PNG
// (pdftoppm from poppler-utils), and the same from the DOCX as LibreOffice lays it out.
// Usage: npm run gallery   (needs: apt-get install -y poppler-utils libreoffice-writer-nogui)
//        node docs/make-gallery.mjs NAME…   only those examples (the others' pages are kept)
// An example listed in REPORTS is shown as its status report on that date (plangraf report).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareRoadmaps, loadRoadmapFile, render, renderChangeSheet, renderStatusReport } from '../dist/index.js';

/** Examples that record execution, shown as their status report «по состоянию на» this date. */
const REPORTS = { 'khabarovsk-500plus-2022-q3': '2022-09-30' };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'docs', 'gallery');
const pages = Number(process.env.GALLERY_PAGES ?? 2);
const only = process.argv.slice(2).map((n) => n.replace(/\.ya?ml$/, ''));
if (only.length === 0) rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const tmp = path.join(root, 'out', 'gallery');
mkdirSync(tmp, { recursive: true });

for (const name of readdirSync(path.join(root, 'examples')).filter((f) => /\.ya?ml$/.test(f)).sort()) {
  const base = name.replace(/\.ya?ml$/, '');
  if (only.length > 0 && !only.includes(base)) continue;
  const loaded = await loadRoadmapFile(path.join(root, 'examples', name));
  if (!loaded.roadmap) {
    console.error(`${name}: does not load`);
    continue;
  }
  const asOf = REPORTS[base];
  await writePages(base, asOf ? await renderStatusReport(loaded.roadmap, { asOf }) : await render(loaded.roadmap, { now: '2022-01-01T00:00:00Z' }));
  // An amending order: also the change sheet of its previous version and this one (plangraf diff --document).
  const previous = loaded.roadmap.document.amends?.previous;
  if (previous) await writePages(`${base}-changes`, await renderChangeSheet(compareRoadmaps(previous, loaded.roadmap), { now: '2022-01-01T00:00:00Z' }));
  console.log(`${name}: done`);
}

/** The first pages of a rendered document as PNG: the PDF, and the DOCX as LibreOffice lays it out. */
async function writePages(base, { pdf, docx }) {
  const pdfPath = path.join(tmp, `${base}.pdf`);
  const docxPath = path.join(tmp, `${base}.docx`);
  writeFileSync(pdfPath, pdf);
  writeFileSync(docxPath, docx);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-l', String(pages), pdfPath, path.join(out, `${base}-pdf`)]);
  try {
    execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', path.join(tmp, 'lo'), docxPath], { stdio: 'ignore' });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-l', String(pages), path.join(tmp, 'lo', `${base}.pdf`), path.join(out, `${base}-docx`)]);
  } catch {
    console.error(`${base}: LibreOffice is not installed; DOCX pages skipped`);
  }
}

// pdftoppm pads page numbers to the width of the page count («-01» or «-1»): make names stable.
for (const f of readdirSync(out)) {
  const stable = f.replace(/-0+(\d+)\.png$/, '-$1.png');
  if (stable !== f) renameSync(path.join(out, f), path.join(out, stable));
}
