/**
 * A project that installed plangraf the way a user does: the package as `npm pack` makes it
 * (only what package.json's `files` ships — no examples/, no src/, no tests/), unpacked into
 * `node_modules/plangraf`, with its dependencies linked from this repository's node_modules so
 * that nothing is downloaded.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDist } from '../batch/build-dist.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface PackedProject {
  /** The project folder (package.json with "type": "module", node_modules). */
  dir: string;
  /** The unpacked package: `<dir>/node_modules/plangraf`. */
  packageDir: string;
  /** Paths inside the package, as `npm pack` listed them. */
  files: string[];
  remove(): void;
}

export function packedProject(): PackedProject {
  buildDist();
  const dir = mkdtempSync(path.join(tmpdir(), 'plangraf-packed-'));
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
  ) as { filename: string; files: { path: string }[] }[];
  const { filename, files } = packed[0]!;
  const modules = path.join(dir, 'node_modules');
  mkdirSync(modules);
  execFileSync('tar', ['xzf', path.join(dir, filename), '-C', modules]);
  const packageDir = path.join(modules, 'plangraf');
  execFileSync('mv', [path.join(modules, 'package'), packageDir]);

  // The package's dependencies, and what a TypeScript user has: @types/node.
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const name of [...Object.keys(pkg.dependencies), '@types/node']) {
    const link = path.join(modules, name);
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules', name), link, 'dir');
  }
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }, null, 2));
  return { dir, packageDir, files: files.map((f) => f.path), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs the repository's TypeScript compiler on a tsconfig of the project; its output, and whether it passed. */
export function tsc(project: string): { ok: boolean; output: string } {
  try {
    const output = execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { ok: true, output };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}
