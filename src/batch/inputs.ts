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
 *
 * Each file also gets the folder its `extends` bases may come from (`root`): the folder the
 * user named — the folder argument it was found in, or the manifest's folder — when the file lies
 * inside it, else the file's own folder. Naming `examples/region` thus allows the region's base
 * to its municipal files in `examples/region/municipalities/`; a file named alone may extend
 * files beside and below it only (as in `render` and `validate`).
 */
import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { readBoundedFile } from '../input/bounded-read.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { inside } from '../load/merge/extends.js';

export interface Candidate {
  /** Absolute path. */
  file: string;
  /** Named directly (a file argument or a manifest line) rather than found in a folder. */
  explicit: boolean;
  /** The folder its `extends` bases must stay inside (absolute). */
  root: string;
}

export interface Expanded {
  candidates: Candidate[];
  /** Arguments that could not be read: the argument and the error (Node's, or `FileRefused`). */
  missing: { input: string; error: unknown }[];
}

export const YAML_FILE = /\.ya?ml$/i;
export const MANIFEST_FILE = /\.(list|txt)$/i;

export async function expandInputs(inputs: readonly string[], cwd: string): Promise<Expanded> {
  const out: Expanded = { candidates: [], missing: [] };
  const seen = new Map<string, Candidate>();
  const add = (file: string, explicit: boolean, named: string) => {
    const root = inside(file, named) ? named : path.dirname(file);
    const known = seen.get(file);
    if (known) {
      if (explicit) known.explicit = true;
      // Named twice (a folder and a file, two manifests): the wider folder the user named holds.
      if (inside(known.root, root)) known.root = root;
      return;
    }
    const candidate: Candidate = { file, explicit, root };
    seen.set(file, candidate);
    out.candidates.push(candidate);
  };
  const visit = async (arg: string, base: string, depth: number, named: string | undefined): Promise<void> => {
    const abs = path.resolve(base, arg);
    let info;
    try {
      info = await stat(abs);
    } catch (error) {
      out.missing.push({ input: arg, error });
      return;
    }
    if (info.isDirectory()) {
      const folder = named !== undefined && inside(abs, named) ? named : abs;
      const found = await walk(abs);
      for (const f of found.files) add(f, false, folder);
      for (const f of found.unreadable) out.missing.push({ input: path.relative(cwd, f.folder) || f.folder, error: f.error });
    } else if (MANIFEST_FILE.test(abs) && depth === 0) {
      let text: string;
      try {
        text = new TextDecoder().decode(await readBoundedFile(abs, { maxBytes: DEFAULT_LIMITS.fileBytes }));
      } catch (error) {
        out.missing.push({ input: arg, error });
        return;
      }
      for (const line of text.split(/\r?\n/)) {
        const entry = line.replace(/#.*$/, '').trim();
        if (entry) await visit(entry, path.dirname(abs), depth + 1, path.dirname(abs));
      }
    } else add(abs, true, named ?? path.dirname(abs));
  };
  for (const arg of inputs) await visit(arg, cwd, 0, undefined);
  return out;
}

/**
 * The YAML files under `dir`, sorted, hidden files and node_modules left out. Nothing found is
 * dropped silently: a YAML name that is a symbolic link or not a regular file (a FIFO, a device)
 * is listed too, so that reading it reports what it is (inputs may be links to regular files);
 * links to folders are not followed (no loops); a folder that cannot be read is returned as
 * unreadable, for the batch to report.
 */
async function walk(dir: string): Promise<{ files: string[]; unreadable: { folder: string; error: unknown }[] }> {
  const found: { files: string[]; unreadable: { folder: string; error: unknown }[] } = { files: [], unreadable: [] };
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    found.unreadable.push({ folder: dir, error });
    return found;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const inner = await walk(p);
      found.files.push(...inner.files);
      found.unreadable.push(...inner.unreadable);
    } else if (YAML_FILE.test(e.name)) found.files.push(p);
  }
  return found;
}
