/**
 * The status round trip as the package exports it: `importStatus` loads its module (the `yaml`
 * library, which edits the file, and `saxes`, which reads the workbook) the first time it is called,
 * so `import 'plangraf'` does not load them.
 */
import type { ImportStatusOptions, ImportStatusResult } from './import-status.js';

export type { ImportStatusOptions, ImportStatusResult, StatusRowChange, StatusFieldChange } from './import-status.js';

/** A filled workbook → the roadmap file's new text and the changes (src/status-import/import-status.ts). */
export async function importStatus(file: string, workbook: Uint8Array, options: ImportStatusOptions = {}): Promise<ImportStatusResult> {
  return (await import('./import-status.js')).importStatus(file, workbook, options);
}
