/**
 * What to render: the command line's inputs expanded into files.
 *
 *  - A file is rendered as named (even when other inputs extend it).
 *  - A folder is searched recursively for `*.yaml` / `*.yml` (folders starting with «.» and
 *    `node_modules` skipped), in name order. A file found this way that another file of the
 *    batch names in `extends` is a base, not rendered: `plangraf batch examples/region` renders
 *    the municipalities, not `base.yaml`.
 *  - A manifest (`*.list` or `*.txt`): one file or folder per line, relative to the manifest,
 *    `#` starts a comment; its entries count as named (files) or searched (folders).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';

export interface Candidate {
  /** Absolute path. */
  file: string;
  /** Named directly (a file argument or a manifest line) rather than found in a folder. */
  explicit: boolean;
}

export interface Expanded {
  candidates: Candidate[];
  /** Arguments that could not be read: the argument and the reason (an errno code). */
  missing: { input: string; reason: string }[];
}

export const YAML_FILE = /\.ya?ml$/i;
export const MANIFEST_FILE = /\.(list|txt)$/i;

export async function expandInputs(inputs: readonly string[], cwd: string): Promise<Expanded> {
  const out: Expanded = { candidates: [], missing: [] };
  const seen = new Set<string>();
  const add = (file: string, explicit: boolean) => {
    if (seen.has(file)) {
      if (explicit) { const c = out.candidates.find((x) => x.file === file); if (c) c.explicit = true; }
      return;
    }
    seen.add(file);
    out.candidates.push({ file, explicit });
  };
  const visit = async (arg: string, base: string, depth: number): Promise<void> => {
    const abs = path.resolve(base, arg);
    let info;
    try {
      info = await stat(abs);
    } catch (e) {
      out.missing.push({ input: arg, reason: (e as { code?: string }).code ?? String(e) });
      return;
    }
    if (info.isDirectory()) {
      for (const f of await walk(abs)) add(f, false);
    } else if (MANIFEST_FILE.test(abs) && depth === 0) {
      const text = await readFile(abs, 'utf8');
      for (const line of text.split(/\r?\n/)) {
        const entry = line.replace(/#.*$/, '').trim();
        if (entry) await visit(entry, path.dirname(abs), depth + 1);
      }
    } else add(abs, true);
  };
  for (const arg of inputs) await visit(arg, cwd, 0);
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(p)));
    else if (e.isFile() && YAML_FILE.test(e.name)) files.push(p);
  }
  return files;
}
