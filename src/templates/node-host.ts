/**
 * Template hosts on the Node file system: a user folder, and the built-in `templates/` folder
 * shipped in the package. The built-in folder is found relative to this module: it is
 * `src/templates/node-host.ts` under the tests and `dist/templates/node-host.js` once built, two
 * levels below the package root in both cases.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readBoundedFileSync } from '../input/bounded-read.js';
import { TEMPLATE_MAX_BYTES, type TemplateHost } from './types.js';

/** The package's `templates/` folder. */
export const BUILTIN_TEMPLATE_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export const TEMPLATE_EXTENSION = '.hbs';

/**
 * Reads `<dir>/<name>.hbs`; names are plain (`order-heading`), never paths. A user's folder is
 * read strictly (src/input/bounded-read.ts): a template that is a symbolic link (which could
 * show any file, `/etc/passwd`, in the document), a FIFO, a device or a folder, or one larger
 * than `TEMPLATE_MAX_BYTES`, is refused by throwing `FileRefused`, and the library reports it
 * (`template-unreadable`). A missing file is simply not there (undefined). The package's own
 * folder (`trusted`) may hold links, as some installers make them.
 */
export function nodeTemplateHost(dir: string, options: { trusted?: boolean } = {}): TemplateHost {
  const root = path.resolve(dir);
  const file = (name: string) => path.join(root, `${name}${TEMPLATE_EXTENSION}`);
  return {
    readTemplate(name) {
      if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) return undefined;
      let bytes: Uint8Array;
      try {
        bytes = readBoundedFileSync(file(name), { maxBytes: TEMPLATE_MAX_BYTES, refuseLinks: options.trusted !== true });
      } catch (e) {
        if ((e as { code?: unknown } | null)?.code === 'ENOENT') return undefined;
        throw e;
      }
      // Bytes: the library checks them as UTF-8 (a Windows-1251 file is reported, not garbled).
      return bytes;
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
