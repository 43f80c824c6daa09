/**
 * `extends` with hostile chains: a loop, a path out of the allowed folder (relative, absolute,
 * through a symlink), a missing base, a base that is not YAML or is an alias bomb. Each ends in a
 * located error at the `extends` value (or in the base, for the base's own problems); never a
 * crash, a hang or a read outside the folder.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRoadmapFile } from '../../src/load/index.js';
import { at, item, plan } from './cases.js';

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'plangraf-extends-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const child = (ref: string) => `extends: ${ref}\nplan:\n  items:\n    - task: Дополнение\n`;

async function expectAt(dir: string, file: string, code: string, where: { line: number; column: number }, root = dir) {
  const r = await loadRoadmapFile(join(dir, file), { extendsRoot: root });
  expect(r.roadmap).toBeUndefined();
  const shown = r.diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.file}`);
  expect(r.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`), shown.join('\n')).toContain(`${code} ${where.line}:${where.column}`);
  return r;
}

describe('hostile extends chains', () => {
  it('a loop a → b → a: extends-cycle at the extends value', async () => {
    const dir = folder({ 'a.yaml': child('b.yaml'), 'b.yaml': child('a.yaml') });
    const r = await loadRoadmapFile(join(dir, 'a.yaml'), { extendsRoot: dir });
    expect(r.roadmap).toBeUndefined();
    const d = r.diagnostics.find((x) => x.code === 'extends-cycle');
    expect(d, JSON.stringify(r.diagnostics)).toBeDefined();
    expect(d!.line).toBe(1);
    expect(d!.column).toBe(10);
  });

  it('a file extending itself: extends-cycle', async () => {
    const dir = folder({ 'a.yaml': child('a.yaml') });
    await expectAt(dir, 'a.yaml', 'extends-cycle', { line: 1, column: 10 });
  });

  it.each([
    ['../../../../../../etc/passwd'],
    ['/etc/passwd'],
    ['../outside.yaml'],
  ])('extends: %s leaves the allowed folder: extends-outside-root at the value', async (ref) => {
    const dir = folder({ 'outside.yaml': plan(item('Чужой план')), 'root/a.yaml': child(ref) });
    await expectAt(dir, 'root/a.yaml', 'extends-outside-root', { line: 1, column: 10 }, join(dir, 'root'));
  });

  // Known defect (owner: extends): the root check compares the path as written, not its real path.
  it('a symlink inside the folder pointing outside it does not let the base in', async () => {
    const dir = folder({ 'outside.yaml': plan(item('Чужой план')), 'root/a.yaml': child('link.yaml') });
    symlinkSync(join(dir, 'outside.yaml'), join(dir, 'root', 'link.yaml'));
    const r = await loadRoadmapFile(join(dir, 'root', 'a.yaml'), { extendsRoot: join(dir, 'root') });
    expect(r.roadmap, 'a base reached through a symlink out of the allowed folder').toBeUndefined();
  });

  it('a missing base: extends-missing at the value', async () => {
    const dir = folder({ 'a.yaml': child('nowhere.yaml') });
    await expectAt(dir, 'a.yaml', 'extends-missing', { line: 1, column: 10 });
  });

  it('extends that is not text: a located error', async () => {
    const dir = folder({ 'a.yaml': child('[1, 2]') });
    const r = await loadRoadmapFile(join(dir, 'a.yaml'), { extendsRoot: dir });
    expect(r.roadmap).toBeUndefined();
    expect(r.diagnostics.some((d) => d.severity === 'error' && d.line === 1), JSON.stringify(r.diagnostics)).toBe(true);
  });

  it('a base that is not UTF-8 (a PNG): an error, no crash', async () => {
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const dir = folder({ 'a.yaml': child('picture.png'), 'picture.png': new Uint8Array(png) });
    const r = await loadRoadmapFile(join(dir, 'a.yaml'), { extendsRoot: dir });
    expect(r.roadmap).toBeUndefined();
    expect(r.diagnostics.some((d) => d.severity === 'error'), JSON.stringify(r.diagnostics)).toBe(true);
  });

  it('a base that is an alias bomb: limit-aliases in the base', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const base = `${bomb.join('\n')}\n${plan(item('База'))}`;
    const dir = folder({ 'a.yaml': child('base.yaml'), 'base.yaml': base });
    const r = await loadRoadmapFile(join(dir, 'a.yaml'), { extendsRoot: dir });
    expect(r.roadmap).toBeUndefined();
    const d = r.diagnostics.find((x) => x.code === 'limit-aliases');
    expect(d, JSON.stringify(r.diagnostics)).toBeDefined();
    expect(d!.file).toContain('base.yaml');
    expect({ line: d!.line, column: d!.column }).toEqual(at(base, '*a'));
  });

  it('a long valid chain (30 files) loads', async () => {
    const files: Record<string, string> = { 'f0.yaml': plan(item('Основа')) };
    for (let i = 1; i <= 30; i++) files[`f${i}.yaml`] = child(`f${i - 1}.yaml`).replace('Дополнение', `Дополнение ${i}`);
    const dir = folder(files);
    const r = await loadRoadmapFile(join(dir, 'f30.yaml'), { extendsRoot: dir });
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
