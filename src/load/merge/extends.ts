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
 */
import type { Diagnostic, Language } from '../../diagnostics/diagnostic.js';
import { hasErrors } from '../../diagnostics/diagnostic.js';
import { decodeUtf8 } from '../decode.js';
import { SLASH_NAMES, type LoadHost } from '../host.js';
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
   * (`HostNames.defaultRoot`): for the Node host the current folder when the input is inside it,
   * else the input's own folder; for `/`-separated names the top.
   */
  root?: string;
}

export interface ExtendsResult {
  /** The merged raw value (the input's own value when it has no `extends`). */
  value: unknown;
  locator: Locator;
  diagnostics: Diagnostic[];
  /** Every base read, nearest first, with its text (for printing source lines and for cache keys). */
  bases: { file: string; text: string }[];
}

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
  const bases: { file: string; text: string }[] = [];
  const diagnostics: Diagnostic[] = [];
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
    const shownRoot = root === '' ? '/' : root;
    if (!names.inside(target, root)) return say('extends-outside-root', { path: ref, root: shownRoot });
    // The same check on real paths: a link inside the folder may point outside it.
    if (options.host.realPath) {
      const real = await options.host.realPath(target).catch(() => undefined);
      const realRoot = await options.host.realPath(root).catch(() => root);
      if (real !== undefined && !names.inside(real, realRoot)) return say('extends-outside-root', { path: ref, root: shownRoot });
    }
    if (stack.includes(target)) {
      return say('extends-cycle', { chain: [...stack.slice(stack.indexOf(target)), target].map((n) => underRoot(n, root)).join(' → ') });
    }
    let bytes: Uint8Array;
    try {
      bytes = await options.host.readFile(target);
    } catch (e) {
      return say('extends-missing', { path: ref, reason: ioReason(e, options.lang) });
    }
    const shown = target;
    const decoded = decodeUtf8(bytes, shown, options.lang);
    if (decoded.text === undefined) {
      diagnostics.push(...decoded.diagnostics);
      return undefined;
    }
    const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
    bases.push({ file: shown, text });
    const yaml = await parsedBase(text, shown, options);
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

function isObj(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function ioReason(e: unknown, lang: Language): string {
  const code = (e as { code?: string } | null)?.code;
  const ru: Record<string, string> = { ENOENT: 'файла нет', EACCES: 'нет прав на чтение', EISDIR: 'это папка, а не файл', EPERM: 'нет прав на чтение' };
  const en: Record<string, string> = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'it is a folder, not a file', EPERM: 'permission denied' };
  return (code && (lang === 'ru' ? ru : en)[code]) ?? (e instanceof Error ? e.message : String(e));
}

/**
 * The `extends` value of a file's text, read cheaply (a top-level `extends:` line) for cache
 * keys; undefined when there is none. Full parsing is left to the loader.
 */
export function extendsOf(text: string): string | undefined {
  const m = /^extends:[ \t]*(?:"([^"]*)"|'([^']*)'|([^#\r\n]*?))[ \t]*(?:#.*)?$/m.exec(text);
  if (!m) return undefined;
  const v = m[1] ?? m[2] ?? m[3] ?? '';
  return v === '' ? undefined : v;
}
