/** The example region (examples/region/) the batch tests run on, and a fresh copy of it. */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../cli/harness.js';

export const EXAMPLE_REGION = new URL('../../examples/region/', import.meta.url).pathname;

/** A copy of the example region as `region/` in a fresh folder (the cwd of the run); returns the folder. */
export function regionCopy(): string {
  const dir = tempDir();
  cpSync(EXAMPLE_REGION, join(dir, 'region'), { recursive: true });
  return dir;
}
