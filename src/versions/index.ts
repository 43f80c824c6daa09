/**
 * Versions of a roadmap: compare two (`compareRoadmaps`), print the difference for people
 * (`formatDiffText`) or programs (`diffJson`, a versioned contract), say when two files are no
 * versions of one plan (`diffDiagnostics`), and the change sheet document (`renderChangeSheet`).
 * Amending orders (`document.amends`) build on the same comparison (src/compose/amendment-document.ts).
 */
export { compareRoadmaps, hasDifferences, RELATED_SHARE, UNRELATED_MIN_ROWS } from './compare.js';
export type { RoadmapComparison, PlanComparison, RowComparison, SectionComparison, FieldChange, DiffCounts } from './compare.js';
export type { PlanRows, RowEntry, SectionEntry } from './plan-rows.js';
export { CONTENT_THRESHOLD } from './match-rows.js';
export { diffJson, DIFF_FORMAT, DIFF_FORMAT_VERSION } from './diff-json.js';
export type { DiffJson, PlanDiffJson, RowDiffJson, SectionDiffJson, PlaceJson, VersionJson } from './diff-json.js';
export { formatDiffText, diffDiagnostics } from './diff-text.js';
export { renderChangeSheet, type ChangeSheetResult } from './change-sheet.js';
export { amendedAct, type AmendedAct } from './amended-act.js';
export { VERSION_MESSAGES } from './messages.js';
