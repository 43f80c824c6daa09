/**
 * The `LoadHost` of a request to `plangraf serve`: it reads nothing. A request carries its whole
 * roadmap in its body and may not reach the server's disk, so every read the loader would make
 * (the bases an `extends` names, an amending order's previous version) fails; `refuseExtends`
 * turns the loader's report of that failure
 * into the service's own located diagnostic.
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import type { LoadHost } from '../load/host.js';
import { serveDiagnostic } from './messages.js';

export const REQUEST_LOAD_HOST: LoadHost = {
  readFile(): Promise<Uint8Array> {
    return Promise.reject(new Error('a request reads no files of the server'));
  },
};

/**
 * The folder the loader keeps bases inside: the root of the file system, so that every base a
 * request names reaches `REQUEST_LOAD_HOST` (and is refused there) instead of being reported as
 * outside a folder whose name would tell the client where the server runs.
 */
export const REQUEST_EXTENDS_ROOT = '/';

/**
 * What the loader says about a base it could not read (through the host above every read fails),
 * found looping or outside its folder, as `serve-extends-refused` at the same place: in a request
 * every base is refused, and the loader's words would name paths of the server.
 */
const BASE_NOT_READ = new Set(['extends-missing', 'extends-cycle', 'extends-outside-root', 'amends-previous-missing', 'amends-previous-outside-root']);

export function refuseExtends(diagnostics: readonly Diagnostic[], lang: Language): Diagnostic[] {
  return diagnostics.map((d) =>
    BASE_NOT_READ.has(d.code)
      ? serveDiagnostic('serve-extends-refused', lang, d.file, {}, {
        line: d.line, column: d.column, ...(d.endLine !== undefined ? { endLine: d.endLine } : {}), ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
      })
      : d);
}
