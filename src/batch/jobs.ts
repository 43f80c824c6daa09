/**
 * How many worker threads by default. Measured on the 2-core reference machine with the
 * 1,000-plan benchmark (BENCHMARKS.md, «Batch»): see the figures there. The rule: one worker
 * per core the machine offers, at most `MAX_DEFAULT_JOBS`; more workers than cores only add
 * memory and context switches.
 */
import os from 'node:os';

export const MAX_DEFAULT_JOBS = 8;

export function defaultJobs(): number {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(MAX_DEFAULT_JOBS, cores));
}
