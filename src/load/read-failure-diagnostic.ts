/**
 * A roadmap file that could not be read, as one diagnostic about the whole file (line 0): for
 * the loader, `validate -` and the batch's main thread, which reads inputs ahead.
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { createDiagnostic, NO_POSITION } from '../diagnostics/create.js';
import { FileRefused, fileTypeWords, readFailureReason } from '../input/read-failure.js';

/**
 * Too large (`limit-file-size`, an input error: exit code 1), not a regular file
 * (`io-not-a-file`) or unreadable (`io-read`), both I/O failures (exit code 3).
 */
export function readFailureDiagnostic(e: unknown, file: string, lang: Language): Diagnostic {
  if (e instanceof FileRefused) {
    const r = e.refusal;
    if (r.kind === 'too-large') {
      // Its size is known (stat) or it was cut at the limit (a pipe, a file that grew).
      return createDiagnostic('limit-file-size', lang, file, NO_POSITION, r.size !== undefined ? { size: r.size, limit: r.limit } : { size: r.limit, over: 'yes', limit: r.limit });
    }
    return createDiagnostic('io-not-a-file', lang, file, NO_POSITION, { what: fileTypeWords(r.type, lang) });
  }
  return createDiagnostic('io-read', lang, file, NO_POSITION, { reason: readFailureReason(e, lang) });
}
