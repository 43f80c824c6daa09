/**
 * plangraf: roadmaps written in YAML rendered as official Russian documents.
 * The public API: re-exports only. See README.md for examples.
 */

// Data shapes
export type * from './model/deadline.js';
export type * from './model/roadmap-input.js';
export type * from './model/roadmap.js';
export type * from './model/document.js';
export type * from './model/source.js';
export { DEFAULT_DEADLINE_STYLE } from './model/deadline.js';
export type { Theme, ThemeOverride, Margins, ParagraphStyle } from './model/theme.js';
export { GOST_THEME, resolveTheme } from './model/theme.js';

// Diagnostics
export type { Diagnostic, Severity, Language } from './diagnostics/diagnostic.js';
export { EXIT, hasErrors } from './diagnostics/diagnostic.js';
export { formatDiagnostic, formatDiagnostics, type FormatOptions, type SourceLookup, type LoadedSources } from './diagnostics/format.js';

// Loading: YAML → Roadmap
export {
  loadRoadmap,
  loadRoadmapFile,
  loadRoadmapText,
  loadRoadmapBytes,
  loadRoadmapObject,
  nodeLoadHost,
  nodeHostNames,
  SLASH_NAMES,
  DEFAULT_LIMITS,
  BYTES_PER_ROW,
  LINT_RULES,
  roadmapSchema,
  SCHEMA_ID,
} from './load/index.js';
export type { LoadOptions, LoadResult, LoadHost, HostNames, LoadLimits, LintRule, JsonSchema } from './load/index.js';

// Russian text: deadlines, dates, rich text
export { parseDeadline, type DeadlineParse } from './text/deadline-parse.js';
export { formatDeadline } from './text/deadline-format.js';
export { deadlineInterval, deadlineProblems } from './text/deadline-interval.js';
export { formatDate, blankDate } from './text/russian-date.js';
export { parseRichText, richTextToPlain } from './text/rich-text.js';

// Composing and writing: Roadmap → DocumentModel → bytes
export { compose, DEFAULT_NOW, type ComposeOptions, type ComposeResult } from './compose/index.js';
export { render, checkDocument, OUTPUT_FORMATS, DEFAULT_FORMATS, type RenderOptions, type RenderResult, type RenderedFiles, type OutputFormat, type DocumentCheck, type DocumentCheckOptions } from './render.js';
export { FORMAT_REGISTRY, PAGE_FORMATS, PREVIEW_FORMATS, type OutputFormatEntry } from './output-formats.js';
export { writeDocx, writePdf, writeXlsx, writeDocument, type WriteDocumentOptions } from './writers.js';
export type { DocumentWriter, WriterOptions, WriterOutput } from './write/writer.js';
export type { WriteDocxOptions } from './write/docx/index.js';
export type { WritePdfOptions, FontSet } from './write/pdf/index.js';

// The status round trip: the XLSX written by render, filled in, read back into the roadmap
export { importStatus, type ImportStatusOptions, type ImportStatusResult, type StatusRowChange, type StatusFieldChange } from './status-import/index.js';
export { STATUS_IMPORT_MESSAGES } from './status-import/messages.js';
export { XLSX_MESSAGES } from './write/xlsx/messages.js';

// Versions: two roadmaps compared (plangraf diff), the change sheet; amending orders build on it
export {
  compareRoadmaps, hasDifferences, diffJson, formatDiffText, diffDiagnostics, renderChangeSheet, amendedAct,
  DIFF_FORMAT, DIFF_FORMAT_VERSION, CONTENT_THRESHOLD, RELATED_SHARE, UNRELATED_MIN_ROWS, VERSION_MESSAGES,
} from './versions/index.js';
export type {
  RoadmapComparison, PlanComparison, RowComparison, SectionComparison, FieldChange, DiffCounts, DiffJson, PlanDiffJson,
  RowDiffJson, SectionDiffJson, PlaceJson, VersionJson, ChangeSheetResult, AmendedAct, PlanRows, RowEntry, SectionEntry,
} from './versions/index.js';
export { composeChangeSheet } from './compose/change-sheet.js';

// Batch: many roadmaps (municipal files extending a regional base) → documents + a report
export {
  runBatch, batch, DEFAULT_PATTERN, outputName, checkName, checkPattern, defaultJobs, CACHE_FILE, JOURNAL_FILE, LOCK_FILE,
  REPORT_JSON, REPORT_MD, summaryLines, reportMarkdown,
} from './batch/index.js';
export type { BatchOptions, BatchEvent, BatchReport, InputResult, InputStatus, NameVars } from './batch/index.js';
export type { OutputIo } from './output/atomic-write.js';
export { MERGE_MESSAGES } from './load/merge/messages.js';
export { BATCH_MESSAGES } from './batch/messages.js';

// Word import: a plan-graph kept in a DOCX → a roadmap YAML, with a located report
export { importDocx, type ImportOptions, type ImportResult } from './import/import-docx.js';
export { DEFAULT_IMPORT_LIMITS, type ImportLimits } from './import/limits.js';
export { IMPORT_MESSAGES } from './import/messages.js';
export type { ImportedDocument, ImportedPlan, ImportedColumn, ImportedEntry, ImportedItem, ImportedGroup, RowAt } from './import/imported-plan.js';

// Wording templates (Handlebars): built-ins in templates/, user folders override them
export { loadTemplates, mapTemplateHost, clearTemplateCache } from './templates/load.js';
export { createTemplateLibrary } from './templates/library.js';
export type { TemplateSet, TemplateLibrary, TemplateHost } from './templates/types.js';

// After signing: execution status of rows, the status report and the region summary
export {
  EXECUTION_STATUSES, EXECUTION_STATUS_WORDS, parseExecutionStatus, type ExecutionStatus,
} from './model/execution-status.js';
export {
  assessExecution, assessItem, sumTallies, type ExecutionAssessment, type PlanAssessment, type AssessedEntry, type AssessedItem,
  type AssessedGroup, type Tally, type RowState,
} from './execution/assess.js';
export { composeStatusReport, type StatusReportOptions, type StatusReportResult } from './execution/report-document.js';
export { renderStatusReport, type StatusReportRenderOptions, type StatusReportRender } from './execution/render-report.js';
export { regionSummary, composeRegionSummary, type RegionSummary, type RegionRow } from './execution/region-summary.js';
export { EXECUTION_MESSAGES } from './execution/messages.js';

// The archival PDF (PDF/A-3b carrying its roadmap) and reading the roadmap back
export { ARCHIVE_SOURCE_NAME, ARCHIVE_SOURCE_TYPE, type PdfArchiveOptions } from './archive/pdfa-options.js';
export { readRoadmapSource, loadRoadmapSource, roadmapSourceBytes, PDF_MAX_BYTES, type RoadmapSource, type ReadSourceOptions } from './archive/roadmap-source.js';
export { embeddedRoadmapSource, type EmbeddedSource } from './archive/embedded-source.js';
export { ARCHIVE_MESSAGES } from './archive/messages.js';
