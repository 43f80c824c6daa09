/**
 * Every runtime dependency package.json declares is used by the code (a declared dependency that
 * nothing imports is installed for nothing — or a sign that hand-written code does its job), and
 * the README's Dependencies section names each one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(path.join(dir, e.name)) : /\.c?ts$/.test(e.name) ? [path.join(dir, e.name)] : [],
  );
}
const code = sources(path.join(ROOT, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

describe('runtime dependencies', () => {
  it.each(Object.keys(pkg.dependencies))('%s is imported, required or resolved by src/', (name) => {
    expect(code).toMatch(new RegExp(`['"\`]${escape(name)}(?:/[^'"\`]*)?['"\`]`));
  });

  it.each(Object.keys(pkg.dependencies))('%s is named in the README\'s Dependencies section', (name) => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Dependencies'), readme.indexOf('\n## ', readme.indexOf('## Dependencies') + 3));
    expect(section).toContain(`\`${name}\``);
  });
});
