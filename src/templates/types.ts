/**
 * The template API seen by composers. Templates decide wording and arrangement; code decides
 * layout (DESIGN.md). A composer asks for the text of a named template with its data:
 *
 *   ctx.templates.text('order-heading', { qualifier: 'начальника управления' })
 *     → 'ПРИКАЗ\n\nначальника управления'
 *   ctx.templates.lines('appendix-mark', { no: 1, total: 2, kind: 'order', … })
 *     → ['Приложение № 1', 'к приказу управления образования', 'от 14.02.2022 № 50']
 *
 * Output is text. A template that yields several paragraphs separates them by a blank line
 * (`paragraphs`); a template of lines (stamps, marks) puts one line per line (`lines`). The
 * Markdown subset of src/text/rich-text.ts (`*italic*`, `**bold**`) may be used in paragraph
 * templates: parse the text with `parseRichText`.
 *
 * Names and the data each template receives: templates/README.md.
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';

/** Where template sources come from: one folder (user or built-in). Injected so the core stays browser-capable. */
export interface TemplateHost {
  /**
   * The source of template `name` (without `.hbs`), or undefined when this folder does not have
   * it. Bytes are checked as UTF-8 (a file in another encoding is reported, not guessed). Throws
   * when the file is there but may not or cannot be read (a link, a FIFO, too large:
   * `FileRefused` of src/input/read-failure.ts); the library reports it as `template-unreadable`.
   */
  readTemplate(name: string): string | Uint8Array | undefined;
  /** The file a template is read from, as shown in diagnostics (default `<name>.hbs`). */
  templatePath?(name: string): string;
  /** Names of every template in the folder (for `plangraf templates` and for reporting unknown user files). */
  list?(): string[];
}

/** The largest template file a folder host reads (the built-in ones are under 1 KiB). */
export const TEMPLATE_MAX_BYTES = 256 * 1024;

/** What a composer renders templates through (`ctx.templates`). */
export interface TemplateSet {
  /** Whether a template of that name exists (user or built-in). */
  has(name: string): boolean;
  /**
   * The text of template `name` rendered with `data`. Never throws for a template problem: the
   * problem becomes a diagnostic of the composition and the built-in template's text is used
   * instead (or '' when the built-in fails too).
   */
  text(name: string, data: object): string;
  /** `text` split into lines: trimmed, empty lines dropped (stamps, marks). */
  lines(name: string, data: object): string[];
  /** `text` split into paragraphs at blank lines; single newlines inside a paragraph are kept. */
  paragraphs(name: string, data: object): string[];
}

/** Values helpers read besides their arguments (per composition, not per template). */
export interface TemplateRuntime {
  /** Appendix number of the plan with this id (undefined id: the first plan); used by `appendixNo`. */
  appendixNo?(id: string | undefined): number | undefined;
}

/** A compiled, cached set of templates of one folder (plus the built-ins as fallback). */
export interface TemplateLibrary {
  /** The user folder, when one was given. */
  readonly dir: string | undefined;
  has(name: string): boolean;
  /** Where template `name` comes from, or undefined when it exists nowhere. */
  origin(name: string): { file: string; user: boolean } | undefined;
  /** Render one template; a problem is returned as a diagnostic (and `text` is the built-in's output, or ''). */
  render(name: string, data: object, runtime?: TemplateRuntime, lang?: Language): { text: string; diagnostics: Diagnostic[] };
  /** A `TemplateSet` that reports problems through `report`. */
  bind(report: (d: Diagnostic) => void, runtime?: TemplateRuntime, lang?: Language): TemplateSet;
  /** The source text of a template file named in a diagnostic (for showing the offending line). */
  source(file: string): string | undefined;
  /**
   * Every template source this library read, from the user's folder and the built-ins (for the
   * batch cache: what a document was rendered from).
   */
  sources(): { name: string; user: boolean; source: string }[];
  /**
   * How many templates were compiled at run time so far: a user's own (changed) templates, each
   * at most once (compiled templates are cached). The built-in texts come precompiled and count 0.
   */
  readonly compileCount: number;
  /**
   * This library with templates written inline over it (a roadmap's `wording:`), compiled in the
   * same closed environment with the same checks; a template that fails them is left out (the
   * loader reports it at its place in the YAML). Problems found while running one are located in
   * the YAML through its `locate`.
   */
  overlay(inline: readonly InlineTemplate[]): TemplateLibrary;
}

/** A position in a template (1-based) → the place in the file the template is written in. */
export type TemplatePlacer = (pos: { line: number; column: number; endLine?: number; endColumn?: number }) => {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
};

/** A template written inside another file: a YAML `wording:` value. */
export interface InlineTemplate {
  name: string;
  source: string;
  /** The file it is written in (diagnostics name it). */
  file: string;
  locate?: TemplatePlacer;
}

export interface LoadTemplatesOptions {
  /** The user's template folder; a template it lacks falls back to the built-in one. */
  dir?: string;
  /** Host for the user folder (default: the Node file system over `dir`). */
  host?: TemplateHost;
  /** Host for the built-in templates (default: the package's `templates/` folder on disk). */
  builtin?: TemplateHost;
  /** Language of diagnostics. Default 'ru'. */
  lang?: Language;
  /** Build a new library, neither read from nor stored in the per-folder cache (tests). */
  fresh?: boolean;
}

export interface LoadTemplatesResult {
  templates: TemplateLibrary;
  /** Problems found while loading: syntax errors, unknown helpers, forbidden names. */
  diagnostics: Diagnostic[];
}
