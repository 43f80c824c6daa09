/** The worker threads run the built JavaScript (dist/batch/worker.js): build once before the pool tests. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export function buildDist(): void {
  try {
    execFileSync(process.execPath, [`${ROOT}node_modules/typescript/bin/tsc`, '-p', `${ROOT}tsconfig.build.json`], { cwd: ROOT, stdio: 'pipe' });
  } catch {
    /* type errors elsewhere do not stop the emit */
  }
}
