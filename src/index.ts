/**
 * plangraf: roadmaps written in YAML rendered as official Russian documents.
 * The public API: re-exports only.
 */
export type * from './model/deadline.js';
export type * from './model/roadmap-input.js';
export type * from './model/roadmap.js';
export type * from './model/document.js';
export type * from './model/source.js';
export type { Theme, ThemeOverride, Margins, ParagraphStyle } from './model/theme.js';
export { GOST_THEME, resolveTheme } from './model/theme.js';
export type { Diagnostic, Severity, Language } from './diagnostics/diagnostic.js';
export { EXIT, hasErrors } from './diagnostics/diagnostic.js';
export { DEFAULT_DEADLINE_STYLE } from './model/deadline.js';
