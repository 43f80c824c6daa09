/**
 * The loader's only contact with the outside world: reading a file by its name. The default uses
 * `node:fs/promises`, imported lazily, so the core also runs in a browser with another host.
 *
 * Names are the host's own: file paths for the Node host, any `/`-separated names for others (a
 * `Map` of names to texts, URLs' paths, database keys). `extends` is resolved in the host's names
 * (`names`), so a host serves bases under the names it knows.
 */
import * as path from 'node:path';

export interface LoadHost {
  /** The bytes of the file with this name; rejects when there is none. */
  readFile(name: string): Promise<Uint8Array>;
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
 * is the top: any name the host serves.
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

/**
 * File paths of the platform, for a process whose relative paths start at `cwd`: a base is named
 * as the input was (relative stays relative); the allowed folder is `cwd` when the input is inside
 * it (a region folder with its base and its municipalities), else the input's own folder.
 */
export function nodeHostNames(cwd: () => string = () => process.cwd()): HostNames {
  const inside = (name: string, root: string) => {
    const rel = path.relative(path.resolve(cwd(), root), path.resolve(cwd(), name));
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  return {
    resolve: (ref, from) => (path.isAbsolute(ref) ? path.normalize(ref) : path.join(path.dirname(from), ref)),
    inside,
    defaultRoot(input) {
      const absolute = path.resolve(cwd(), input);
      return inside(absolute, cwd()) ? cwd() : path.dirname(absolute);
    },
  };
}

export const nodeLoadHost: LoadHost = {
  async readFile(path: string): Promise<Uint8Array> {
    const fs = await import('node:fs/promises');
    return fs.readFile(path);
  },
  async realPath(path: string): Promise<string> {
    const fs = await import('node:fs/promises');
    return fs.realpath(path);
  },
  names: nodeHostNames(),
};
