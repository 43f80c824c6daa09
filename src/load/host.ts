/**
 * The loader's only contact with the outside world: reading a file by its name. The default uses
 * the bounded reader of src/input/bounded-read.ts (regular files only, size checked before
 * reading), imported lazily, so the core also runs in a browser with another host.
 *
 * Names are the host's own: file paths for the Node host, any `/`-separated names for others (a
 * `Map` of names to texts, URLs' paths, database keys). `extends` is resolved in the host's names
 * (`names`), so a host serves bases under the names it knows.
 */
import * as path from 'node:path';
import { DEFAULT_LIMITS } from './limits.js';

export interface LoadHost {
  /**
   * The bytes of the file with this name; rejects when there is none. `maxBytes`: the most the
   * loader accepts (its `fileBytes` limit, or what is left of it for a base); a host may refuse a
   * larger file without reading it by throwing `FileRefused` (src/input/read-failure.ts). A host
   * that reads it anyway is still checked after.
   */
  readFile(name: string, options?: { maxBytes?: number }): Promise<Uint8Array>;
  /**
   * The real path of an existing file (symbolic links resolved), so that a base reached through a
   * link cannot leave the allowed folder. Hosts without links (memory, browser) may omit it.
   */
  realPath?(name: string): Promise<string>;
  /** How names combine for `extends`. Default: `/`-separated names (`SLASH_NAMES`). */
  names?: HostNames;
}

/** How the names of a host combine: what `extends` needs to find a base and keep it in bounds. */
export interface HostNames {
  /** The name of the base that `extends: ref`, written in the file named `from`, points to. */
  resolve(ref: string, from: string): string;
  /** Whether the file named `name` is the folder `root` or lies inside it. */
  inside(name: string, root: string): boolean;
  /** The folder bases must stay inside when the caller names none (`LoadOptions.extendsRoot`). */
  defaultRoot(input: string): string;
}

/**
 * `/`-separated names, resolved like relative URLs: `../base.yaml` written in
 * `region/towns/murom.yaml` is `region/base.yaml`; `/base.yaml` is `base.yaml` at the top (for a
 * name that starts with `/`, `/base.yaml`). A name that climbs above the top (`../../x.yaml` from
 * `region/a.yaml`) is outside every folder: `extends-outside-root`. The allowed folder by default
 * is the top: any name the host serves (the host's owner chose every name it has).
 */
export const SLASH_NAMES: HostNames = {
  resolve(ref, from) {
    const absolute = from.startsWith('/');
    const joined = ref.startsWith('/') ? ref : `${from.slice(0, from.lastIndexOf('/') + 1)}${ref}`;
    const parts: string[] = [];
    for (const part of joined.split('/')) {
      if (part === '' || part === '.') continue;
      if (part === '..' && parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else parts.push(part);
    }
    return (absolute ? '/' : '') + parts.join('/');
  },
  inside(name, root) {
    if (name.split('/').includes('..')) return false;
    if (root === '') return !name.startsWith('/');
    const top = root.replace(/\/+$/, '');
    return name === top || name.startsWith(`${top}/`);
  },
  defaultRoot(input) {
    return input.startsWith('/') ? '/' : '';
  },
};

/** The platform path `target` is the folder `root` or lies below it (both absolute). */
export function insideFolder(target: string, root: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * File paths of the platform, for a process whose relative paths start at `cwd`: a base is named
 * as the input was (relative stays relative); the allowed folder by default is the input's own
 * folder, so bases beside and below it (a wider one only when the caller says so).
 */
export function nodeHostNames(cwd: () => string = () => process.cwd()): HostNames {
  return {
    resolve: (ref, from) => (path.isAbsolute(ref) ? path.normalize(ref) : path.join(path.dirname(from), ref)),
    inside: (name, root) => insideFolder(path.resolve(cwd(), name), path.resolve(cwd(), root)),
    defaultRoot: (input) => path.dirname(path.resolve(cwd(), input)),
  };
}

export const nodeLoadHost: LoadHost = {
  async readFile(name: string, options?: { maxBytes?: number }): Promise<Uint8Array> {
    const { readBoundedFile } = await import('../input/bounded-read.js');
    return readBoundedFile(name, { maxBytes: options?.maxBytes ?? DEFAULT_LIMITS.fileBytes });
  },
  async realPath(name: string): Promise<string> {
    const fs = await import('node:fs/promises');
    return fs.realpath(name);
  },
  names: nodeHostNames(),
};
