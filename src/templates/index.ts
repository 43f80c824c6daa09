/**
 * Templates: the wording of documents in Handlebars, with a fixed list of helpers.
 * See types.ts for the API and templates/README.md for the names and their data.
 */
export type { LoadTemplatesOptions, LoadTemplatesResult, TemplateHost, TemplateLibrary, TemplateRuntime, TemplateSet } from './types.js';
export { loadTemplates, builtinTemplates, builtinTemplateSet, clearTemplateCache, mapTemplateHost } from './load.js';
export { createTemplateLibrary, splitLines, splitParagraphs, COMPILE_OPTIONS } from './library.js';
export { BUILTIN_TEMPLATE_NAMES, type BuiltinTemplateName } from './names.js';
export { BUILTIN_TEMPLATE_DIR, nodeTemplateHost, TEMPLATE_EXTENSION } from './node-host.js';
export { HELPERS, HELPER_NAMES, BLOCK_HELPERS, APPROVED_WORD } from './helpers.js';
