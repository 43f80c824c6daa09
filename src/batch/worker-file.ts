/**
 * The worker script. From the build (`dist/batch/run-batch.js`) it is `dist/batch/worker.js`
 * next to it; from the TypeScript sources (tests run `src/` directly) the built copy in
 * `dist/` is used, since worker threads load JavaScript only.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function defaultWorkerFile(): string {
  const here = new URL('./worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.ts') && existsSync(fileURLToPath(here))) return fileURLToPath(here);
  return fileURLToPath(new URL('../../dist/batch/worker.js', import.meta.url));
}
