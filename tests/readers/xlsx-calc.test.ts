/**
 * Workbooks checked by an independent reader, LibreOffice Calc (headless):
 *  - every example's XLSX converts to CSV (every sheet) with every cell plangraf wrote: texts as
 *    written (line breaks inside cells kept), numbers, and dates as shown (dd.mm.yyyy);
 *  - a filled-in workbook saved again by Calc as XLSX (its own XML: shared strings, its styles,
 *    dates as it stores them) imports the same changes as the workbook as filled.
 *
 * Needs libreoffice with Calc (libreoffice-calc-nogui: `.ci/install-readers.sh`). Missing, it
 * fails the run in CI (`CI` set) and is skipped locally with a notice.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRoadmapFile } from '../../src/load/index.js';
import { render } from '../../src/render.js';
import { importStatus } from '../../src/status-import/import-status.js';
import { readWorkbook, type Cell, type Workbook } from '../../src/status-import/xlsx-cells.js';
import { sheetNames } from '../../src/write/xlsx/workbook.js';
import { serialToIso } from '../../src/write/xlsx/serial-date.js';
import { fillRow } from '../support/xlsx-fill.js';

const ROOT = join(import.meta.dirname, '../..');
const NOW = '2022-02-14T00:00:00Z';

function which(name: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
}
const soffice = which('libreoffice') ?? which('soffice');
/** Calc is a package of its own (Debian: libreoffice-calc-nogui): its library beside soffice. */
const calc = soffice !== undefined && existsSync(join(dirname(realpathSync(soffice)), 'libsclo.so'));
const MISSING = 'LibreOffice Calc missing: install it with .ci/install-readers.sh (libreoffice-calc-nogui).';
if (!calc && !process.env.CI) console.warn(`[xlsx-calc] skipped: ${MISSING}`);

function exampleFiles(dir = join(ROOT, 'examples')): string[] {
  return readdirSync(dir).sort().flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? exampleFiles(p) : /\.ya?ml$/.test(f) ? [p] : [];
  });
}

/** RFC 4180 CSV → rows of cells (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** What Calc shows for a cell plangraf wrote. */
function shown(cell: Cell): string {
  switch (cell.type) {
    case 'text':
      return cell.text;
    case 'number': {
      if (!cell.date) return String(cell.value);
      const [y, m, d] = serialToIso(cell.value)!.split('-');
      return `${d}.${m}.${y}`;
    }
    default:
      return '';
  }
}

function libreoffice(args: string[]): void {
  const profile = `file://${join(tmpdir(), `lo-profile-xlsx-${process.pid}`)}`;
  const r = spawnSync(soffice!, [`-env:UserInstallation=${profile}`, '--headless', '--norestore', ...args], { encoding: 'utf8', timeout: 240_000 });
  if (r.status !== 0) throw new Error(`libreoffice failed (${r.status}): ${r.stderr}`);
}

const out = mkdtempSync(join(tmpdir(), 'plangraf-xlsx-calc-'));
const books: { name: string; base: string; workbook: Workbook }[] = [];

describe.skipIf(!calc && !process.env.CI)('XLSX in LibreOffice Calc', () => {
  beforeAll(async () => {
    if (!calc) throw new Error(MISSING);
    for (const file of exampleFiles()) {
      const loaded = await loadRoadmapFile(file, { extendsRoot: join(ROOT, 'examples') });
      if (!loaded.roadmap) continue; // a base completed by its municipalities
      const r = await render(loaded.roadmap, { formats: ['xlsx'], now: NOW });
      if (!r.xlsx) continue;
      const base = relative(join(ROOT, 'examples'), file).replace(/\.ya?ml$/, '').replace(/[^\w.-]+/g, '_');
      writeFileSync(join(out, `${base}.xlsx`), r.xlsx);
      books.push({ name: file, base, workbook: readWorkbook(r.xlsx) });
    }
    // Every sheet of every workbook, in one call (LibreOffice's start-up is the slow part):
    // UTF-8, cells as shown, sheet -1 = all sheets, one file `<base>-<sheet>.csv` each.
    libreoffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', join(out, 'csv'), ...books.map((b) => join(out, `${b.base}.xlsx`))]);
  }, 300_000);

  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(join(tmpdir(), `lo-profile-xlsx-${process.pid}`), { recursive: true, force: true });
  });

  it('every example: every sheet converts to CSV and shows every cell plangraf wrote', () => {
    expect(books.length).toBeGreaterThanOrEqual(10);
    let cells = 0;
    for (const book of books) {
      const names = sheetNames(book.workbook.sheets.map((s) => s.name));
      expect(names).toEqual(book.workbook.sheets.map((s) => s.name));
      for (const sheet of book.workbook.sheets) {
        const csvFile = join(out, 'csv', `${book.base}-${sheet.name}.csv`);
        expect(existsSync(csvFile), csvFile).toBe(true);
        const csv = parseCsv(readFileSync(csvFile, 'utf8'));
        for (const [r, row] of sheet.rows) {
          for (const [c, cell] of row) {
            expect(csv[r - 1]?.[c], `${book.base} ${sheet.name} row ${r} column ${c + 1}`).toBe(shown(cell));
            cells++;
          }
        }
      }
    }
    console.info(`[xlsx-calc] ${books.length} workbooks, ${cells} cells compared`);
  });

  it('a filled-in workbook saved again by Calc imports the same changes', async () => {
    const dir = join(out, 'filled');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'plan.yaml');
    writeFileSync(file, readFileSync(join(ROOT, 'examples/khabarovsk-500plus-2022.yaml')));
    const loaded = await loadRoadmapFile(file);
    let book = (await render(loaded.roadmap!, { formats: ['xlsx'], now: NOW })).xlsx!;
    book = fillRow(book, 'r1-1', { status: 'выполнено', done: { date: '2021-12-17' }, fact: 'Перечень утверждён: 12 школ\nраспоряжение № 5' });
    book = fillRow(book, 'r1-2', { status: 'Выполняется', comment: 'кураторы: "Иванов", Петров' });
    book = fillRow(book, 'r2-1', { status: 'перенесено', comment: 'на 01.03.2022' });
    writeFileSync(join(dir, 'filled.xlsx'), book);
    libreoffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'calc'), join(dir, 'filled.xlsx')]);
    const resaved = readFileSync(join(dir, 'calc', 'filled.xlsx'));
    // Calc's own XML, not ours.
    expect(Buffer.from(resaved).equals(Buffer.from(book))).toBe(false);

    const ours = await importStatus(file, book);
    const theirs = await importStatus(file, resaved);
    expect(ours.diagnostics).toEqual([]);
    expect(theirs.diagnostics).toEqual([]);
    expect(theirs.changes).toEqual(ours.changes);
    expect(theirs.text).toBe(ours.text);
    expect(ours.changes.map((c) => c.key)).toEqual(['r1-1', 'r1-2', 'r2-1']);
  }, 120_000);
});
