/**
 * Loading a roadmap: bytes → text → YAML → schema → model → lint, reporting every problem of
 * every stage in one pass as located diagnostics. A stage that cannot be trusted after an
 * earlier failure is skipped: no schema check on text that is not UTF-8 or whose YAML syntax is
 * broken, no model and no lint when the schema check fails.
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { createDiagnostic, sortDiagnostics } from '../diagnostics/create.js';
import { readFailureDiagnostic } from './read-failure-diagnostic.js';
import type { LintSetting, RoadmapInput } from '../model/roadmap-input.js';
import type { Roadmap } from '../model/roadmap.js';
import { decodeUtf8, findForbiddenCharacters, utf8Length } from './decode.js';
import { nodeLoadHost, type LoadHost } from './host.js';
import { DEFAULT_LIMITS, type LoadLimits } from './limits.js';
import { runLint } from './lint/registry.js';
import { Locator, POINTER_NODES } from './locate.js';
import { normaliseRoadmap } from './normalise/roadmap.js';
import { readWrittenDates } from './normalise/written-dates.js';
import { roadmapValidator } from './schema.js';
import { schemaDiagnostics } from './schema-errors.js';
import { keepScalarText } from './text-scalars.js';
import { countEntries } from './lint/walk.js';
import { parseYaml, type YamlSource } from './yaml-source.js';
import { copyData } from './object-data.js';
import { applyExtends } from './merge/extends.js';
import { loadPreviousVersion } from './amends.js';
import { checkWording } from './wording-check.js';
import { readExecution } from '../execution/read-execution.js';

export interface LoadOptions {
  /** Language of messages. Default 'ru'. */
  lang?: Language;
  /** Lint settings over the file's own `lint:` section: rule code → severity or 'off'. */
  lint?: Record<string, LintSetting>;
  /** Raise or lower the defensive limits. */
  limits?: Partial<LoadLimits>;
  /** Where files come from (default: Node's file system). */
  host?: LoadHost;
  /**
   * The folder that bases named by `extends` must stay inside (src/load/merge/extends.ts).
   * Default: the input's own folder (bases beside it and in folders below it).
   */
  extendsRoot?: string;
  /**
   * Read an amending order's previous version (`document.amends.previous`) and check the pair
   * (src/load/amends.ts). Default true; `loadRoadmapSource` loads the roadmap embedded in an
   * archival PDF with false (the PDF does not carry the file its `amends.previous` names).
   */
  readPrevious?: boolean;
}

export interface LoadResult {
  /** The roadmap, present when there is no error (warnings allowed). */
  roadmap?: Roadmap;
  /** Everything found, sorted by line and column. */
  diagnostics: Diagnostic[];
  /** The decoded text (BOM removed), for printing source lines under diagnostics. */
  text?: string;
  /**
   * Files read besides the input, with their texts (diagnostics may point into them): the bases
   * of `extends`, nearest first, then an amending order's previous version and its bases, those
   * marked `previous`. `file` is the name diagnostics give, `path` the file read: they differ for
   * a previous version embedded in an archival PDF (`order.pdf#roadmap.yaml`, read from
   * `order.pdf`), and `path` is the one to watch or compare with other files.
   */
  bases?: { file: string; path: string; text: string; previous?: true }[];
  /**
   * A file with `extends`: the merged roadmap as data (what was checked), for writing it out
   * whole (`roadmapSourceBytes`, the source an archival PDF carries). Absent without `extends`.
   */
  merged?: unknown;
}

/** Load a roadmap file. `path` is also the file name in diagnostics. */
export async function loadRoadmapFile(path: string, options: LoadOptions = {}): Promise<LoadResult> {
  const lang = options.lang ?? 'ru';
  const host = options.host ?? nodeLoadHost;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  let bytes: Uint8Array;
  try {
    bytes = await host.readFile(path, { maxBytes: limits.fileBytes });
  } catch (e) {
    return { diagnostics: [readFailureDiagnostic(e, path, lang)] };
  }
  return loadRoadmapBytes(bytes, { ...options, file: path });
}

/** Load a roadmap from bytes (checked as UTF-8). */
export async function loadRoadmapBytes(bytes: Uint8Array, options: LoadOptions & { file?: string } = {}): Promise<LoadResult> {
  const lang = options.lang ?? 'ru';
  const file = options.file ?? '<input>';
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (bytes.length > limits.fileBytes) {
    return { diagnostics: [createDiagnostic('limit-file-size', lang, file, { line: 0, column: 0 }, { size: bytes.length, limit: limits.fileBytes })] };
  }
  const decoded = decodeUtf8(bytes, file, lang);
  if (decoded.text === undefined) return decoded.lenientText === undefined ? { diagnostics: decoded.diagnostics } : { diagnostics: decoded.diagnostics, text: decoded.lenientText };
  const result = await loadRoadmapText(decoded.text, options);
  return { ...result, diagnostics: sortDiagnostics([...decoded.diagnostics, ...result.diagnostics]) };
}

/** Load a roadmap from text. */
export function loadRoadmapText(text: string, options: LoadOptions & { file?: string } = {}): Promise<LoadResult> {
  return loadText(text, options, true);
}

/** `followAmends`: read `document.amends.previous` too (not for a previous version itself: one step back is enough). */
async function loadText(text: string, options: LoadOptions & { file?: string }, followAmends: boolean): Promise<LoadResult> {
  const lang = options.lang ?? 'ru';
  const file = options.file ?? '<input>';
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const done = (diagnostics: Diagnostic[], roadmap?: Roadmap): LoadResult => {
    const sorted = sortDiagnostics(diagnostics);
    return roadmap && !hasErrors(sorted) ? { roadmap, diagnostics: sorted, text } : { diagnostics: sorted, text };
  };
  // Characters, not bytes: a cheap bound before parsing (bytes are checked in loadRoadmapBytes).
  if (text.length > limits.fileBytes) {
    return done([createDiagnostic('limit-file-size', lang, file, { line: 0, column: 0 }, { size: text.length, limit: limits.fileBytes })]);
  }
  const diagnostics: Diagnostic[] = [];
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    diagnostics.push(createDiagnostic('encoding-bom', lang, file, { line: 1, column: 1 }));
  }
  diagnostics.push(...findForbiddenCharacters(text, file, lang));

  const yaml = await parseYaml(text, file, lang, limits);
  diagnostics.push(...yaml.diagnostics);
  if (yaml.syntaxBroken || yaml.value === undefined || yaml.value === null || hasErrors(yaml.diagnostics)) return done(diagnostics);
  return checkParsed(yaml, file, options, diagnostics, done, utf8Length(text), followAmends);
}

/**
 * Load a roadmap held as data — what `JSON.parse` gives, or an object a portal builds: the same
 * keys as the YAML file, checked the same way (`extends` bases are read through the host, beside
 * `options.file`). The data has no lines, so diagnostics about it have line 0 and a `pointer`
 * (JSON Pointer, `/plan/items/3/deadline`) to the offending value; `formatDiagnostics` prints
 * them as `file#/plan/items/3/deadline`. Values must be JSON data: strings, finite numbers,
 * booleans, null, arrays and plain objects (a property that is `undefined` counts as absent);
 * anything else — a function, a `Date`, `NaN`, an object that contains itself — is reported as
 * `object-not-data`. The data is copied, never changed.
 */
export async function loadRoadmapObject(data: unknown, options: LoadOptions & { file?: string } = {}): Promise<LoadResult> {
  const lang = options.lang ?? 'ru';
  const file = options.file ?? '<input>';
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const copied = copyData(data, file, lang, limits);
  const done = (diagnostics: Diagnostic[], roadmap?: Roadmap): LoadResult => {
    const sorted = sortDiagnostics(diagnostics);
    return roadmap && !hasErrors(sorted) ? { roadmap, diagnostics: sorted } : { diagnostics: sorted };
  };
  if (copied.diagnostics.length > 0) return done(copied.diagnostics);
  if (copied.value === null || typeof copied.value !== 'object' || Array.isArray(copied.value)) {
    return done([createDiagnostic('object-not-data', lang, file, { line: 0, column: 0, pointer: '' }, { what: lang === 'ru' ? 'ожидался объект с ключами document, plan …' : 'expected an object with the keys document, plan …' })]);
  }
  return checkParsed({ nodes: POINTER_NODES, value: copied.value, diagnostics: [], syntaxBroken: false }, file, options, [], done);
}

/** After the YAML (or the data) is read: `extends`, the schema, the model, the row limit, lint. */
async function checkParsed(
  yaml: YamlSource,
  file: string,
  options: LoadOptions,
  diagnostics: Diagnostic[],
  done: (diagnostics: Diagnostic[], roadmap?: Roadmap) => LoadResult,
  /** The input's own size in bytes: it and its bases together may take `limits.fileBytes`. */
  inputBytes = 0,
  followAmends = true,
): Promise<LoadResult> {
  const lang = options.lang ?? 'ru';
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  // A file with `extends` is merged onto its bases first; the merged value is what is checked.
  const extended = await applyExtends(file, yaml, {
    lang, host: options.host ?? nodeLoadHost, limits, inputBytes, ...(options.extendsRoot !== undefined ? { root: options.extendsRoot } : {}),
  });
  diagnostics.push(...extended.diagnostics);
  // `bases` grows by the previous version of an amending order below; `merged` is the `extends` merge only.
  const bases = [...extended.bases];
  const merged = extended.bases.length > 0 ? { merged: extended.value } : {};
  const withBases = (r: LoadResult): LoadResult => (bases.length > 0 ? { ...r, bases, ...merged } : r);
  if (hasErrors(extended.diagnostics)) return withBases(done(diagnostics));
  const locator: Locator = extended.locator;
  const value = extended.value;
  const { validate, schema } = await roadmapValidator();
  // `number: 007` is «007», not 7: text where the schema allows text (text-scalars.ts).
  keepScalarText(value, schema, locator);
  if (!validate(value)) {
    diagnostics.push(...schemaDiagnostics(validate.errors ?? [], value, locator, lang, schema));
    return withBases(done(diagnostics));
  }
  const input = value as RoadmapInput;
  // `date: 02.10.2023`, `period: 2023–2024 гг.` → data; a value that is neither is an error there.
  diagnostics.push(...readWrittenDates(input, locator, lang));
  // `execution:` of rows: statuses as keys, dates as data (src/execution/read-execution.ts).
  diagnostics.push(...readExecution(input, locator, lang));
  const { roadmap, paths } = normaliseRoadmap(input, locator);

  let rows = 0;
  for (const plan of roadmap.plans) rows += countEntries(plan.entries);
  if (rows > limits.rows) {
    diagnostics.push(createDiagnostic('limit-rows', lang, file, yaml.nodes.pointers ? { line: 0, column: 0, pointer: '' } : { line: 1, column: 1 }, { count: rows, limit: limits.rows }));
    return withBases(done(diagnostics));
  }
  if (followAmends && options.readPrevious !== false && roadmap.document.amends) {
    // An amending order: its previous version, read like a base (amends.ts); lint rules may compare with it.
    const previous = await loadPreviousVersion(roadmap, {
      lang, host: options.host ?? nodeLoadHost, limits, ...(options.extendsRoot !== undefined ? { root: options.extendsRoot } : {}),
      loadText: (text, previousFile, root, host) => loadText(text, { ...options, file: previousFile, extendsRoot: root, ...(host ? { host } : {}) }, false),
    });
    diagnostics.push(...previous.diagnostics);
    bases.push(...previous.bases);
  }
  diagnostics.push(...runLint(roadmap, input, locator, paths, lang, options.lint));
  diagnostics.push(...checkWording(roadmap, lang));
  return withBases(done(diagnostics, roadmap));
}

/** Either: a path (read through the host), or text with an optional file name for diagnostics. */
export function loadRoadmap(source: string | { text: string; file?: string }, options: LoadOptions = {}): Promise<LoadResult> {
  if (typeof source === 'string') return loadRoadmapFile(source, options);
  return loadRoadmapText(source.text, source.file === undefined ? options : { ...options, file: source.file });
}
