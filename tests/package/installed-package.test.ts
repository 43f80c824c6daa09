/**
 * plangraf as a user installs it (packed-project.ts: what `npm pack` ships, unpacked into a
 * project's node_modules).
 *
 * The package: its LICENSE, no source map pointing at a file it does not ship, nothing of the
 * repository's examples/ or src/, and `require('plangraf')`: the module itself where Node can
 * require() an ES module, else an error that says what to do (never ERR_PACKAGE_PATH_NOT_EXPORTED).
 *
 * README.md: every TypeScript and JavaScript block runs as written: all are type-checked together by tsc (`strict`,
 * `module: nodenext`, JavaScript with `checkJs`), then each runs with node in a folder of its
 * own and must exit with 0. Blocks in other languages (sh, yaml, plain output) are not code.
 *
 * Markers, an HTML comment on the line before a block:
 *   <!-- readme-test: commonjs -->  a js block run as CommonJS (.cjs);
 *   <!-- readme-test: skip -->      a fragment that is not meant to run (keep these rare).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packedProject, ROOT, tsc, type PackedProject } from './packed-project.js';

interface Block {
  /** 1-based line of the opening fence in README.md. */
  line: number;
  lang: 'ts' | 'js';
  commonjs: boolean;
  code: string;
}

/** The ts/js blocks of a Markdown text, without the skipped ones. */
export function codeBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const end = lines.findIndex((l, k) => k > i && l.startsWith('```'));
    const lang = open[1]!.toLowerCase();
    const marker = /^<!--\s*readme-test:\s*(\w+)\s*-->$/.exec(lines[i - 1]?.trim() ?? '')?.[1];
    const kind = lang === 'ts' || lang === 'typescript' ? 'ts' : lang === 'js' || lang === 'javascript' ? 'js' : undefined;
    if (kind && marker !== 'skip') {
      blocks.push({ line: i + 1, lang: kind, commonjs: marker === 'commonjs', code: lines.slice(i + 1, end).join('\n') + '\n' });
    }
    i = end;
  }
  return blocks;
}

const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const blocks = codeBlocks(README);
const fileOf = (b: Block) => `readme-line-${b.line}.${b.lang === 'ts' ? 'ts' : b.commonjs ? 'cjs' : 'js'}`;
const builtOf = (b: Block) => fileOf(b).replace(/\.ts$/, '.js');

let project: PackedProject;
let checked: { ok: boolean; output: string };

beforeAll(() => {
  project = packedProject();
  const src = path.join(project.dir, 'src');
  mkdirSync(src);
  for (const b of blocks) writeFileSync(path.join(src, fileOf(b)), b.code);
  writeFileSync(
    path.join(project.dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        strict: true,
        allowJs: true,
        checkJs: true,
        types: ['node'],
        outDir: 'build',
        rootDir: 'src',
      },
      include: ['src'],
    }),
  );
  checked = tsc(project.dir);
}, 180_000);

afterAll(() => project?.remove());

describe('README code blocks', () => {
  it('there are code blocks to check (the Library section has several)', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  it('type-check in a project that installed the package (strict, module nodenext)', () => {
    // Errors name the block by its README line: src/readme-line-<line>.ts(row,col).
    expect(checked.output).toBe('');
    expect(checked.ok).toBe(true);
  });

  it.each(blocks.map((b) => [b.line, b] as const))('the block at README.md:%i runs and exits with 0', (_line, b) => {
    const cwd = path.join(project.dir, 'run', String(b.line));
    mkdirSync(cwd, { recursive: true });
    let result: { status: number; output: string };
    try {
      const output = execFileSync(process.execPath, [path.join(project.dir, 'build', builtOf(b))], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
      result = { status: 0, output };
    } catch (e) {
      const err = e as { status?: number; stdout?: string; stderr?: string };
      result = { status: err.status ?? -1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
    }
    if (result.status !== 0) expect.fail(`README.md:${b.line} exited with ${result.status}:\n${result.output}`);
  }, 150_000);
});

describe('the package', () => {
  it('ships an MIT LICENSE, as package.json says', () => {
    expect(project.files).toContain('LICENSE');
    expect(readFileSync(path.join(project.packageDir, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
    expect((JSON.parse(readFileSync(path.join(project.packageDir, 'package.json'), 'utf8')) as { license: string }).license).toBe('MIT');
  });

  it('every source map points at sources the package ships', () => {
    const missing: string[] = [];
    for (const file of project.files.filter((f) => f.endsWith('.map'))) {
      const map = JSON.parse(readFileSync(path.join(project.packageDir, file), 'utf8')) as { sources: string[]; sourceRoot?: string; sourcesContent?: unknown[] };
      map.sources.forEach((source, i) => {
        if (map.sourcesContent?.[i] != null) return;
        const target = path.resolve(path.dirname(path.join(project.packageDir, file)), map.sourceRoot ?? '', source);
        if (!existsSync(target)) missing.push(`${file} → ${source}`);
      });
    }
    expect(missing).toEqual([]);
  });

  it('ships the built code, the schema and the templates, not the repository (examples/, src/, tests/)', () => {
    expect(project.files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'schemas/roadmap.schema.json', 'README.md']));
    expect(project.files.filter((f) => /^(examples|src|tests|bench)\//.test(f))).toEqual([]);
  });

  const requireIt = (flags: string[]) => {
    try {
      return { status: 0, output: execFileSync(process.execPath, [...flags, '-e', "const p = require('plangraf'); console.log(typeof p.loadRoadmapText, typeof p.render)"], { cwd: project.dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
    } catch (e) {
      const err = e as { status?: number; stdout?: string; stderr?: string };
      return { status: err.status ?? -1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
    }
  };
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const canRequireEsm = major > 22 || (major === 22 && minor >= 12) || (major === 20 && minor >= 19);

  it.runIf(canRequireEsm)("require('plangraf') gives the module where Node can require() an ES module", () => {
    expect(requireIt([])).toEqual({ status: 0, output: 'function function\n' });
  });

  it("require('plangraf') without require(esm) (Node 20.10–20.18) says to use import, not ERR_PACKAGE_PATH_NOT_EXPORTED", () => {
    const flags = process.allowedNodeEnvironmentFlags.has('--no-experimental-require-module') ? ['--no-experimental-require-module'] : [];
    const r = requireIt(flags);
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('plangraf is an ES module');
    expect(r.output).toContain("await import('plangraf')");
    expect(r.output).not.toContain('ERR_PACKAGE_PATH_NOT_EXPORTED');
  });
});
