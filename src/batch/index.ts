/** Batch rendering: many roadmaps (municipal files extending a regional base) → documents + a report. */
export { runBatch, batch } from './run-batch.js';
export { DEFAULT_TIME_LIMIT_SECONDS } from './time-limit.js';
export type { BatchOptions, BatchEvent, BatchReport, InputResult, InputStatus } from './types.js';
export { DEFAULT_PATTERN, outputName, checkName, checkPattern, type NameVars } from './output-names.js';
export { defaultJobs } from './jobs.js';
export { CACHE_FILE, JOURNAL_FILE } from './cache.js';
export { LOCK_FILE } from './out-lock.js';
export { REPORT_JSON, REPORT_MD, summaryLines, reportMarkdown } from './report.js';
