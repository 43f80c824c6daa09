/**
 * The template engine: an isolated Handlebars environment with a fixed list of helpers, strict
 * variables, no HTML escaping (we produce text), no prototype access, no partials. Templates of a
 * user folder are parsed and checked once when the library is created, compiled on first use and
 * kept; a template the user folder lacks (or one that is broken) falls back to the built-in one.
 *
 * Pure: template sources come through `TemplateHost`s; nothing here touches the disk.
 */
import Handlebars from 'handlebars';
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { PRECOMPILED } from './builtin-templates.generated.js';
import { checkTemplate, position, variablePaths, type HbsLoc } from './check.js';
import { COMPILE_OPTIONS, RUNTIME_OPTIONS, type TemplateSpec } from './compile-options.js';
import { HELPERS, HelperError } from './helpers.js';
import { readFailureReason } from '../input/read-failure.js';
import { TEMPLATE_MESSAGES, closest, templateDiagnostic } from './messages.js';
import { scanTemplate, type ScanProblem } from './scan.js';
import { checkTemplateText } from './text-check.js';
import type { InlineTemplate, TemplateHost, TemplateLibrary, TemplatePlacer, TemplateRuntime, TemplateSet } from './types.js';

export { COMPILE_OPTIONS } from './compile-options.js';

type HbsAst = Parameters<typeof checkTemplate>[0];
type Compiled = (data: unknown, options?: object) => string;

interface Entry {
  name: string;
  file: string;
  user: boolean;
  source: string;
  /** Parsed and checked without problems. */
  ok: boolean;
  /** Parsed (for a precompiled template: only once a diagnostic needs its nodes). */
  ast?: HbsAst;
  /** The precompiled form, when the text is a built-in template's (checked when it was compiled). */
  spec?: TemplateSpec;
  compiled?: Compiled;
  /** A template written inside another file (YAML `wording:`): its positions → the file's. */
  locate?: TemplatePlacer;
}

export interface CreateLibraryOptions {
  /** The user's folder (undefined: built-ins only). */
  user?: TemplateHost;
  /** The user folder's name, for `TemplateLibrary.dir`. */
  dir?: string;
  builtin: TemplateHost;
  /** Names of the built-in templates. */
  names: readonly string[];
  lang?: Language;
}

/** A fresh Handlebars environment with our helpers only. */
function createEnvironment(): typeof Handlebars {
  const env = Handlebars.create();
  env.unregisterHelper('lookup');
  env.unregisterHelper('log');
  for (const [name, fn] of Object.entries(HELPERS)) {
    env.registerHelper(name, function (this: unknown, ...args: unknown[]) {
      try {
        return fn.apply(this, args);
      } catch (e) {
        if (e instanceof HelperError) {
          const options = args.at(-1) as { loc?: HbsLoc } | undefined;
          (e as HelperError & { loc?: HbsLoc }).loc = options?.loc;
        }
        throw e;
      }
    });
  }
  return env;
}

export function createTemplateLibrary(options: CreateLibraryOptions): { library: TemplateLibrary; diagnostics: Diagnostic[] } {
  const lang = options.lang ?? 'ru';
  const env = createEnvironment();
  const diagnostics: Diagnostic[] = [];
  const builtin = new Map<string, Entry>();
  const user = new Map<string, Entry>();
  let compileCount = 0;

  const pathOf = (host: TemplateHost, name: string) => host.templatePath?.(name) ?? `${name}.hbs`;

  const load = (host: TemplateHost, name: string, isUser: boolean): Entry | undefined => {
    let raw: string | Uint8Array | undefined;
    try {
      raw = host.readTemplate(name);
    } catch (e) {
      // Refused or unreadable (a link, a FIFO, too large): an error, never a silent fallback.
      diagnostics.push(templateDiagnostic('template-unreadable', TEMPLATE_MESSAGES.unreadable(readFailureReason(e, 'ru'), readFailureReason(e, 'en')), lang, pathOf(host, name)));
      return undefined;
    }
    if (raw === undefined) return undefined;
    const file = pathOf(host, name);
    // The same character checks as a roadmap's text: UTF-8 only, nothing a DOCX cannot carry
    // (errors: the template is not used), bidi controls and glyphs the PDF font lacks (warnings).
    const checked = checkTemplateText(raw, file, lang);
    diagnostics.push(...checked.diagnostics);
    const entry: Entry = { name, file, user: isUser, source: checked.text, ok: false };
    if (checked.diagnostics.some((d) => d.severity === 'error')) return entry;
    const source = checked.text;
    // The text of a built-in template (also a user's unchanged copy of it): checked and compiled
    // at build time (template-codegen.ts), so neither parsed nor compiled here.
    const pre = Object.hasOwn(PRECOMPILED, name) ? PRECOMPILED[name] : undefined;
    if (pre && pre.source === source) {
      entry.ok = true;
      entry.spec = pre.spec;
      return entry;
    }
    const parsed = parse(env, source, entry.file, lang);
    if ('diagnostic' in parsed) {
      diagnostics.push(parsed.diagnostic);
      return entry;
    }
    const problems = checkTemplate(parsed.ast, entry.file, lang);
    diagnostics.push(...problems);
    entry.ast = parsed.ast;
    entry.ok = problems.length === 0;
    return entry;
  };

  for (const name of options.names) {
    const b = load(options.builtin, name, false);
    if (b) builtin.set(name, b);
  }
  if (options.user) {
    const names = new Set([...options.names, ...(options.user.list?.() ?? [])]);
    for (const name of names) {
      if (!options.names.includes(name)) {
        const file = pathOf(options.user, name);
        diagnostics.push(
          templateDiagnostic('template-unknown-name', TEMPLATE_MESSAGES.unknownName(name, closest(name, options.names)), lang, file, { line: 0, column: 0 }, 'warning'),
        );
        continue;
      }
      const u = load(options.user, name, true);
      if (u) user.set(name, u);
    }
  }

  const compiled = (entry: Entry): Compiled => {
    if (!entry.compiled) {
      if (entry.spec) {
        entry.compiled = env.template(entry.spec) as Compiled;
      } else {
        compileCount++;
        entry.compiled = env.compile(entry.ast as unknown as string, COMPILE_OPTIONS) as Compiled;
      }
    }
    return entry.compiled;
  };

  const run = (entry: Entry, data: object, runtime: TemplateRuntime | undefined, lg: Language): { text: string } | { diagnostic: Diagnostic } => {
    try {
      const text = compiled(entry)(data, { ...RUNTIME_OPTIONS, data: { plangraf: runtime ?? {} } });
      return { text: normalise(text) };
    } catch (e) {
      return { diagnostic: placed(runtimeDiagnostic(e, entry, data, lg), entry.locate) };
    }
  };

  /**
   * The library with templates written inline (YAML `wording:`) over it: same environment, same
   * checks. A template that does not parse or check is left out here: the loader reported it
   * (`checkTemplateSource`), at its place in the YAML.
   */
  const overlay = (base: TemplateLibrary, inline: readonly InlineTemplate[]): TemplateLibrary => {
    const own = new Map<string, Entry>();
    for (const t of inline) {
      if (!base.has(t.name) && !INLINE_EXTRA_NAME.test(t.name)) continue;
      const parsed = parse(env, t.source, t.file, lang);
      if ('diagnostic' in parsed || checkTemplate(parsed.ast, t.file, lang).length > 0) continue;
      const entry: Entry = { name: t.name, file: t.file, user: true, source: t.source, ok: true, ast: parsed.ast };
      if (t.locate) entry.locate = t.locate;
      own.set(t.name, entry);
    }
    if (own.size === 0) return base;
    const derived: TemplateLibrary = {
      dir: base.dir,
      has: (name) => own.has(name) || base.has(name),
      origin: (name) => {
        const e = own.get(name);
        return e ? { file: e.file, user: true } : base.origin(name);
      },
      render(name, data, runtime, lg = lang) {
        const entry = own.get(name);
        if (!entry) return base.render(name, data, runtime, lg);
        const r = run(entry, data, runtime, lg);
        if ('text' in r) return { text: r.text, diagnostics: [] };
        const fallback = base.render(name, data, runtime, lg);
        return { text: fallback.text, diagnostics: [r.diagnostic, ...fallback.diagnostics] };
      },
      bind: (report, runtime, lg = lang) => bindLibrary(derived, report, runtime, lg),
      source: (file) => base.source(file),
      sources: () => [...base.sources(), ...[...own.values()].map((e) => ({ name: e.name, user: true, source: e.source }))],
      overlay: (more) => overlay(derived, more),
      get compileCount() {
        return base.compileCount;
      },
    };
    return derived;
  };

  const library: TemplateLibrary = {
    dir: options.dir,
    has: (name) => builtin.has(name) || user.has(name),
    origin(name) {
      const e = user.get(name) ?? builtin.get(name);
      return e ? { file: e.file, user: e.user } : undefined;
    },
    render(name, data, runtime, lg = lang) {
      const out: Diagnostic[] = [];
      for (const entry of [user.get(name), builtin.get(name)]) {
        // A broken user template was reported when loaded; fall back silently.
        if (!entry || !entry.ok) continue;
        const r = run(entry, data, runtime, lg);
        if ('text' in r) return { text: r.text, diagnostics: out };
        out.push(r.diagnostic);
      }
      if (!library.has(name)) out.push(templateDiagnostic('template-missing', TEMPLATE_MESSAGES.missing(name), lg, `${name}.hbs`));
      return { text: '', diagnostics: out };
    },
    bind(report, runtime, lg = lang): TemplateSet {
      return bindLibrary(library, report, runtime, lg);
    },
    overlay: (inline) => overlay(library, inline),
    source(file) {
      for (const e of [...user.values(), ...builtin.values()]) if (e.file === file) return e.source;
      return undefined;
    },
    sources() {
      return [...builtin.values(), ...user.values()].map((e) => ({ name: e.name, user: e.user, source: e.source }));
    },
    get compileCount() {
      return compileCount;
    },
  };
  return { library, diagnostics };
}

/** A `TemplateSet` over a library that reports each problem once (a footnote, a stamp per appendix). */
function bindLibrary(library: TemplateLibrary, report: (d: Diagnostic) => void, runtime: TemplateRuntime | undefined, lg: Language): TemplateSet {
  const seen = new Set<string>();
  const text = (name: string, data: object) => {
    const r = library.render(name, data, runtime, lg);
    for (const d of r.diagnostics) {
      const key = `${d.code}\u0000${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.message}`;
      if (!seen.has(key)) report(d);
      seen.add(key);
    }
    return r.text;
  };
  return {
    has: library.has,
    text,
    lines: (name, data) => splitLines(text(name, data)),
    paragraphs: (name, data) => splitParagraphs(text(name, data)),
  };
}

/** Names a YAML `wording:` may give besides the templates of the library: own standard points. */
export const INLINE_EXTRA_NAME = /^point-[a-z0-9][a-z0-9-]*$/;

/** A diagnostic at a template's position moved to where the template is written (a YAML value). */
function placed(d: Diagnostic, locate: TemplatePlacer | undefined): Diagnostic {
  if (!locate) return d;
  const at = locate({ line: d.line, column: d.column, ...(d.endLine !== undefined ? { endLine: d.endLine } : {}), ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}) });
  const out: Diagnostic = { ...d, file: at.file, line: at.line, column: at.column };
  delete out.endLine;
  delete out.endColumn;
  if (at.endLine !== undefined) out.endLine = at.endLine;
  if (at.endColumn !== undefined) out.endColumn = at.endColumn;
  return out;
}

let checkEnvironment: typeof Handlebars | undefined;
/**
 * The checks a template gets when a library is created (syntax, helpers, forbidden names), for a
 * template written elsewhere (YAML `wording:`): its problems, at their places through `locate`.
 */
export function checkTemplateSource(source: string, file: string, lang: Language, locate?: TemplatePlacer): Diagnostic[] {
  const env = (checkEnvironment ??= createEnvironment());
  const parsed = parse(env, source, file, lang);
  const problems = 'diagnostic' in parsed ? [parsed.diagnostic] : checkTemplate(parsed.ast, file, lang);
  return problems.map((d) => placed(d, locate));
}

/** Parse, mapping a parse error to a located diagnostic. */
function parse(env: typeof Handlebars, source: string, file: string, lang: Language): { ast: HbsAst } | { diagnostic: Diagnostic } {
  try {
    return { ast: env.parse(source) as unknown as HbsAst };
  } catch (e) {
    const err = e as Error & { lineNumber?: number; column?: number; endLineNumber?: number; endColumn?: number };
    let pos: { line: number; column: number };
    let detail: string;
    const problem = scanTemplate(source);
    if (problem) {
      pos = { line: problem.line, column: problem.column };
      detail = scanDetail(problem, lang);
    } else if (typeof err.lineNumber === 'number') {
      // Handlebars' own checks («if doesn't match each - 1:5»): 0-based column.
      pos = { line: err.lineNumber, column: (err.column ?? 0) + 1 };
      detail = err.message.replace(/ - \d+:\d+$/, '');
      const m = /^(\S+) doesn't match (\S+)$/.exec(detail);
      if (m) detail = lang === 'en' ? `{{/${m[2]}}} closes {{#${m[1]}}}` : `{{/${m[2]}}} закрывает {{#${m[1]}}}`;
    } else {
      // The generated parser: the lexer still holds the offending token's place.
      const loc = (env as unknown as { Parser?: { lexer?: { yylloc?: { first_line: number; first_column: number } } } }).Parser?.lexer?.yylloc;
      pos = loc ? { line: loc.first_line, column: loc.first_column + 1 } : { line: 0, column: 0 };
      detail = parserDetail(err.message, lang);
    }
    return { diagnostic: templateDiagnostic('template-syntax', TEMPLATE_MESSAGES.syntax(detail), lang, file, pos) };
  }
}

function scanDetail(p: ScanProblem, lang: Language): string {
  const en = lang === 'en';
  switch (p.kind) {
    case 'unclosed-tag':
      return en ? 'the tag «{{» is not closed with «}}»' : 'тег «{{» не закрыт знаками «}}»';
    case 'unclosed-block':
      return en ? `{{#${p.name}}} is never closed with {{/${p.name}}}` : `блок {{#${p.name}}} не закрыт: нет {{/${p.name}}}`;
    case 'mismatched-close':
      return en ? `{{/${p.closing}}} closes {{#${p.name}}}` : `{{/${p.closing}}} закрывает {{#${p.name}}}`;
    case 'stray-close':
      return en ? `{{/${p.name}}} closes no block` : `{{/${p.name}}} не закрывает никакого блока`;
  }
}

/** «Expecting 'ID', … got 'EOF'» → a short sentence. */
function parserDetail(message: string, lang: Language): string {
  const got = /got '([^']+)'/.exec(message)?.[1];
  if (got === 'EOF') return lang === 'en' ? 'the template ends inside an unclosed block or tag' : 'шаблон кончается внутри незакрытого блока или тега';
  if (got === 'INVALID') return lang === 'en' ? 'unexpected character inside {{ … }}' : 'недопустимый символ внутри {{ … }}';
  if (/^Lexical error/.test(message)) return lang === 'en' ? 'unrecognised text' : 'нераспознанный текст';
  const TOKENS: Record<string, string> = { CLOSE: '}}', CLOSE_UNESCAPED: '}}}', OPEN: '{{', ID: 'name', STRING: 'string', NUMBER: 'number' };
  if (got) return lang === 'en' ? `unexpected «${TOKENS[got] ?? got}»` : `неожиданный элемент «${TOKENS[got] ?? got}»`;
  return message.split('\n')[0] ?? message;
}

/** A failure while running a template: an unknown variable (strict mode) or a helper's complaint. */
function runtimeDiagnostic(e: unknown, entry: Entry, data: object, lang: Language): Diagnostic {
  if (e instanceof HelperError) {
    const loc = (e as HelperError & { loc?: HbsLoc }).loc;
    return templateDiagnostic('template-helper-error', TEMPLATE_MESSAGES.helperError(e.helper, e.ru, e.en), lang, entry.file, position(loc));
  }
  const err = e as Error & { lineNumber?: number; column?: number };
  const missing = /^"([^"]+)" not defined in/.exec(err.message ?? '')?.[1];
  if (missing !== undefined && typeof err.lineNumber === 'number') {
    const path = variablePaths(astOf(entry)).find((p) => p.loc?.start.line === err.lineNumber && p.loc?.start.column === err.column);
    const shown = path?.original ?? missing;
    const suggestion = path && path.parts.length === 1 ? closest(missing, Object.keys(data)) : undefined;
    const pos = path ? position(path.loc) : { line: err.lineNumber, column: (err.column ?? 0) + 1 };
    return templateDiagnostic('template-unknown-variable', TEMPLATE_MESSAGES.unknownVariable(shown, entry.name, suggestion), lang, entry.file, pos);
  }
  // A path through a missing object («{{process.env.HOME}}»): the runtime reads a property of
  // undefined before strict mode can name the field. Find the path that reads it.
  const reading = /reading '([^']+)'/.exec(err.message ?? '')?.[1];
  if (reading !== undefined) {
    const paths = variablePaths(astOf(entry)).filter((p) => p.parts.indexOf(reading) > 0);
    const path = paths.find((p) => resolvesToNothing(data, p.parts.slice(0, p.parts.indexOf(reading)))) ?? paths[0];
    if (path) {
      const missing = path.parts.slice(0, path.parts.indexOf(reading)).join('.');
      return templateDiagnostic('template-unknown-variable', TEMPLATE_MESSAGES.unknownVariable(missing, entry.name, undefined), lang, entry.file, position(path.loc));
    }
  }
  const detail = (err.message ?? String(e)).split('\n')[0]!;
  return templateDiagnostic('template-syntax', TEMPLATE_MESSAGES.syntax(detail), lang, entry.file, { line: 0, column: 0 });
}

/** The nodes of a template that ran (a precompiled one is parsed now, for its diagnostic). */
function astOf(entry: Entry): HbsAst {
  return (entry.ast ??= Handlebars.parse(entry.source) as unknown as HbsAst);
}

/** Whether following own properties `parts` from the data gives nothing. */
function resolvesToNothing(data: unknown, parts: string[]): boolean {
  let v: unknown = data;
  for (const p of parts) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, p)) return true;
    v = (v as Record<string, unknown>)[p];
  }
  return v === undefined || v === null;
}

/** Line endings unified, trailing spaces of lines and the whole text trimmed. */
function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    .trim();
}

/** Non-empty lines, trimmed. */
export function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** Paragraphs separated by blank lines; line breaks inside one kept. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
