/**
 * `extends:` — a roadmap built on a base file. The chain is read base-first (a base may extend
 * another; cycles, missing files and paths leaving the allowed folder are reported at the
 * `extends` value that names them), each file merged onto the one below it (merge-roadmap.ts),
 * and the result located through a `MergedLocator` so that every later diagnostic names the
 * file and line where the value was written.
 *
 * Partial files: a file with `extends` is not checked against the schema alone (it may omit
 * `document.kind`, a plan's `title` or a row's `task` that its base provides); the merged
 * result is checked against the full schema, and each error points at the file that wrote the
 * offending value (for a missing key: at the object that lacks it, in the most derived file
 * that writes that object). YAML syntax, encoding and limits are checked in every file.
 *
 * What a base may be, since `extends` is written by whoever wrote the roadmap, not by whoever
 * runs plangraf (`baseRefusal`, then the read and the parse):
 *  - inside the allowed folder (`root`; by default the input's own folder, so bases beside and
 *    below it), by its path as written and by its real path (a link cannot lead out);
 *  - a YAML file by name (`.yaml`, `.yml`): never `.env`, `id_rsa`, `credentials`;
 *  - a regular file (no FIFO, device or folder), and small enough: the input and all its bases
 *    share one `limits.fileBytes`, so a chain cannot read more than one file may be;
 *  - a roadmap part once parsed: a YAML mapping whose top-level keys are all roadmap keys
 *    (`document`, `plan`, `plans`, `organisations` …). Anything else (a settings file that
 *    happens to be YAML, a file that is not YAML at all) gets one `extends-not-roadmap` at the
 *    `extends` value and nothing more: none of its diagnostics (which may quote it) and none of
 *    its lines under a diagnostic. Only bases that pass are returned in `bases`, the texts that
 *    excerpts are cut from.
 */
import type { Diagnostic, Language } from '../../diagnostics/diagnostic.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { bytesText, FileRefused, fileTypeWords, readFailureReason } from '../../input/read-failure.js';
import { ROADMAP_KEYS } from '../../model/roadmap-input.js';
import { decodeUtf8 } from '../decode.js';
import { insideFolder, SLASH_NAMES, type LoadHost } from '../host.js';
import type { LoadLimits } from '../limits.js';
import { Locator } from '../locate.js';
import { parseYaml, type YamlSource } from '../yaml-source.js';
import { MergedLocator } from './merged-locator.js';
import { markersWithoutBase, mergeRoadmap, type Tracked } from './merge-roadmap.js';
import { mergeDiagnostic } from './messages.js';
import type { Origins } from './origins.js';

export interface ExtendsOptions {
  lang: Language;
  host: LoadHost;
  limits: LoadLimits;
  /**
   * The folder bases must stay inside, in the host's names. Default: the host's rule
   * (`HostNames.defaultRoot`): for the Node host the input's own folder (bases beside and below
   * it); for `/`-separated names the top.
   */
  root?: string;
  /** The input's own size in bytes: it and its bases together may take `limits.fileBytes`. */
  inputBytes?: number;
}

export interface ExtendsResult {
  /** The merged raw value (the input's own value when it has no `extends`). */
  value: unknown;
  locator: Locator;
  diagnostics: Diagnostic[];
  /** Every base read that is a roadmap part, nearest first, with its text (for printing source lines and for cache keys). */
  /** Each base: `file` as diagnostics name it, `path` the file read (the same for a YAML base). */
  bases: { file: string; path: string; text: string }[];
}

/** A file name a base may have. */
export const BASE_FILE = /\.ya?ml$/i;

/** Apply the `extends` chain of a parsed input (a no-op, apart from a marker check, without one). */
export async function applyExtends(file: string, yaml: YamlSource, options: ExtendsOptions): Promise<ExtendsResult> {
  const locator = new Locator(yaml.nodes, file);
  const value = yaml.value;
  if (!isObj(value) || !('extends' in value)) {
    return { value, locator, diagnostics: markersWithoutBase(value, locator, options.lang), bases: [] };
  }
  const names = options.host.names ?? SLASH_NAMES;
  const root = options.root ?? names.defaultRoot(file);
  const origins: Origins = new WeakMap();
  const bases: { file: string; path: string; text: string }[] = [];
  const diagnostics: Diagnostic[] = [];
  /** Bytes of the chain's files not yet spent. */
  let budget = options.limits.fileBytes - (options.inputBytes ?? 0);
  const merged = await resolve(value, locator, [names.resolve(file, '')]);
  if (!merged || hasErrors(diagnostics)) return { value: undefined, locator, diagnostics, bases };
  return {
    value: merged.value,
    locator: new MergedLocator(yaml.nodes, file, merged.value, origins, merged.origin),
    diagnostics,
    bases,
  };

  /** The value of one file of the chain with its bases merged under it. */
  async function resolve(v: Record<string, unknown>, at: Locator, stack: string[]): Promise<Tracked | undefined> {
    const own: Tracked = { value: v, origin: { locator: at, path: [] } };
    if (!('extends' in v)) {
      diagnostics.push(...markersWithoutBase(v, at, options.lang));
      return own;
    }
    const ref = v.extends;
    const refPos = at.position(['extends']);
    const say = (code: Parameters<typeof mergeDiagnostic>[0], args: Record<string, string | number | undefined> = {}) => {
      diagnostics.push(mergeDiagnostic(code, options.lang, at.file, refPos, args));
      return undefined;
    };
    if (typeof ref !== 'string' || ref.trim() === '') return say('extends-not-text');
    // The base's name in the host's names: what it is read by and shown as in diagnostics.
    const target = names.resolve(ref, at.file);
    const refused = await baseRefusal(target, root, options.host);
    if (refused) return say(refused, { path: ref, root: root === '' ? '/' : root });
    if (stack.includes(target)) {
      return say('extends-cycle', { chain: [...stack.slice(stack.indexOf(target)), target].map((n) => underRoot(n, root)).join(' → ') });
    }
    let bytes: Uint8Array;
    try {
      bytes = await options.host.readFile(target, { maxBytes: Math.max(0, budget) });
    } catch (e) {
      if (e instanceof FileRefused) {
        const r = e.refusal;
        if (r.kind === 'not-a-file') return say('extends-not-a-file', { path: ref, what: fileTypeWords(r.type, options.lang) });
        const size = r.size !== undefined ? bytesText(r.size, options.lang) : options.lang === 'ru' ? `более ${r.limit} байт` : `more than ${r.limit} bytes`;
        return say('extends-too-large', { path: ref, size, limit: options.limits.fileBytes });
      }
      return say('extends-missing', { path: ref, reason: readFailureReason(e, options.lang) });
    }
    // A host that does not bound its reads is checked here.
    if (bytes.length > budget) return say('extends-too-large', { path: ref, size: bytesText(bytes.length, options.lang), limit: options.limits.fileBytes });
    budget -= bytes.length;
    const shown = target;
    const decoded = decodeUtf8(bytes, shown, options.lang);
    if (decoded.text === undefined) {
      diagnostics.push(...decoded.diagnostics);
      return undefined;
    }
    const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
    const yaml = await parsedBase(text, shown, options);
    if (!isRoadmapPart(yaml)) return say('extends-not-roadmap', { path: ref });
    bases.push({ file: shown, path: target, text });
    const errors = yaml.diagnostics.filter((d) => d.severity === 'error');
    if (yaml.syntaxBroken || errors.length > 0 || !isObj(yaml.value)) {
      diagnostics.push(...errors);
      if (errors.length === 0) say('extends-base-broken', { path: ref });
      return undefined;
    }
    const baseLocator = new Locator(yaml.nodes, shown);
    const base = await resolve(yaml.value, baseLocator, [...stack, target]);
    if (!base) return undefined;
    const m = mergeRoadmap(base, v, at, origins, options.lang);
    diagnostics.push(...m.diagnostics);
    return m.merged;
  }
}

/**
 * Why the base named `target` (in the host's names) may not be read at all, or undefined when it may: it lies
 * outside `root` (as written, or once links are resolved through `host.realPath`), or its name
 * is not a YAML file's. Shared with the batch, which reads bases ahead for its cache keys.
 */
export async function baseRefusal(target: string, root: string, host: LoadHost): Promise<'extends-outside-root' | 'extends-not-yaml' | undefined> {
  const names = host.names ?? SLASH_NAMES;
  if (!names.inside(target, root)) return 'extends-outside-root';
  // The same check on real paths: a link inside the folder may point outside it.
  if (host.realPath) {
    const real = await host.realPath(target).catch(() => undefined);
    const realRoot = await host.realPath(root).catch(() => root);
    if (real !== undefined && !names.inside(real, realRoot)) return 'extends-outside-root';
  }
  if (!BASE_FILE.test(target)) return 'extends-not-yaml';
  return undefined;
}

/**
 * A base looks like part of a roadmap when its top level is a YAML mapping with roadmap keys
 * only (`{}` included); its nested values may still be wrong, and are reported as usual.
 */
export function isRoadmapPart(yaml: YamlSource): boolean {
  const keys = isObj(yaml.value) ? Object.keys(yaml.value) : yaml.value === undefined ? yaml.topKeys : undefined;
  return keys !== undefined && keys.every((k) => Object.hasOwn(ROADMAP_KEYS, k));
}

/**
 * Parsed bases, by file name, language and text: a batch renders hundreds of files extending one
 * base, and parsing it again for each costs more than merging. The merge never changes the
 * values it is given (it builds new objects), so the parsed value is shared safely. The text is
 * read and compared every time: an edited base is parsed again.
 */
const BASE_CACHE_SIZE = 32;
const baseCache = new Map<string, YamlSource>();

async function parsedBase(text: string, file: string, options: ExtendsOptions): Promise<YamlSource> {
  const key = `${options.lang}\0${file}\0${JSON.stringify(options.limits)}\0${text}`;
  const hit = baseCache.get(key);
  if (hit) return hit;
  const yaml = await parseYaml(text, file, options.lang, options.limits);
  if (baseCache.size >= BASE_CACHE_SIZE) baseCache.delete(baseCache.keys().next().value!);
  baseCache.set(key, yaml);
  return yaml;
}

/** A name as shown in a message: below the allowed folder, relative to it. */
function underRoot(name: string, root: string): string {
  const sep = name.charAt(root.length);
  return root !== '' && name.startsWith(root) && (sep === '/' || sep === '\\') ? name.slice(root.length + 1) : name;
}

/** `target` is `root` or below it (platform paths). */
export function inside(target: string, root: string): boolean {
  return insideFolder(target, root);
}

function isObj(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
