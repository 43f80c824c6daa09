/**
 * Template hosts on the Node file system: a user folder, and the built-in `templates/` folder
 * shipped in the package. The built-in folder is found relative to this module: it is
 * `src/templates/node-host.ts` under the tests and `dist/templates/node-host.js` once built, two
 * levels below the package root in both cases.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateHost } from './types.js';

/** The package's `templates/` folder. */
export const BUILTIN_TEMPLATE_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export const TEMPLATE_EXTENSION = '.hbs';

/** Reads `<dir>/<name>.hbs`; names are plain (`order-heading`), never paths. */
export function nodeTemplateHost(dir: string): TemplateHost {
  const root = path.resolve(dir);
  const file = (name: string) => path.join(root, `${name}${TEMPLATE_EXTENSION}`);
  return {
    readTemplate(name) {
      if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) return undefined;
      try {
        // Bytes: the library checks them as UTF-8 (a Windows-1251 file is reported, not garbled).
        return new Uint8Array(fs.readFileSync(file(name)));
      } catch {
        return undefined;
      }
    },
    templatePath: file,
    list() {
      try {
        return fs
          .readdirSync(root)
          .filter((f) => f.endsWith(TEMPLATE_EXTENSION))
          .map((f) => f.slice(0, -TEMPLATE_EXTENSION.length))
          .sort();
      } catch {
        return [];
      }
    },
  };
}

/** Whether a folder exists (to report a wrong `--templates`). */
export function folderExists(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
