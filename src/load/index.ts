/** The input side: loading a roadmap with located diagnostics. */
export { loadRoadmap, loadRoadmapFile, loadRoadmapText, loadRoadmapBytes, loadRoadmapObject, type LoadOptions, type LoadResult } from './load-roadmap.js';
export { nodeLoadHost, nodeHostNames, SLASH_NAMES, type LoadHost, type HostNames } from './host.js';
export { DEFAULT_LIMITS, BYTES_PER_ROW, type LoadLimits } from './limits.js';
export { LINT_RULES } from './lint/registry.js';
export type { LintRule, LintContext } from './lint/rule.js';
export { roadmapSchema, SCHEMA_ID, type JsonSchema } from './schema.js';
export { COLUMN_DEFAULTS, DEFAULT_COLUMNS } from './normalise/columns.js';
