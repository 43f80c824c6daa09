/**
 * `document.amends.previous`: the previous version of the roadmap an amending order is drawn
 * from, read and checked while the amending order is loaded, so that `validate`, `render`,
 * `batch`, `preview` and the library all see it the same way (and the batch cache and the
 * preview's watcher know the file: it is returned among the load's `bases`).
 *
 * The previous version is a roadmap file like a base of `extends`, and read under the same rules
 * (merge/extends.ts): inside the allowed folder (by path and by real path), named `*.yaml` /
 * `*.yml`, a regular file within the file size limit, a roadmap once parsed (else
 * `amends-previous-not-roadmap`, its content not shown). It is loaded in full (its own `extends`
 * chain too) but its own `amends.previous` is not followed: an amending order needs one version
 * back. Its errors are shown, followed by `amends-previous-broken` at the path; its warnings are
 * its own business and are not.
 *
 * Then the two versions are compared (src/versions/compare.ts): a plan that shares almost no
 * rows with its previous version (`amends-unrelated`) or no difference at all
 * (`amends-no-changes`) is an error for points drawn from the difference and a warning for a new
 * edition; an amended act without a date or a number is `amends-act-incomplete`.
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { NO_POSITION } from '../diagnostics/create.js';
import { readFailureReason } from '../input/read-failure.js';
import type { Roadmap } from '../model/roadmap.js';
import { amendedAct } from '../versions/amended-act.js';
import { compareRoadmaps, hasDifferences } from '../versions/compare.js';
import { versionDiagnostic } from '../versions/messages.js';
import { EMBEDDED_SOURCE_HOST, readRoadmapSource } from '../archive/roadmap-source.js';
import { decodeUtf8 } from './decode.js';
import { SLASH_NAMES, type LoadHost } from './host.js';
import type { LoadLimits } from './limits.js';
import { baseRefusal, isRoadmapPart } from './merge/extends.js';

/** An archival PDF may stand for the previous version (it carries its roadmap). */
const ARCHIVE_FILE = /\.pdf$/i;
import { parseYaml } from './yaml-source.js';

export interface PreviousVersionOptions {
  lang: Language;
  host: LoadHost;
  limits: LoadLimits;
  /** The folder it must stay inside (the one `extends` uses); default: the host's rule. */
  root?: string;
  /**
   * Load a roadmap's text without following its own `amends.previous`; its bases stay inside
   * `root` too, and are read through `host` when one is given.
   */
  loadText(text: string, file: string, root: string, host?: LoadHost): Promise<{ roadmap?: Roadmap; diagnostics: Diagnostic[]; bases?: { file: string; path: string; text: string }[] }>;
}

export interface PreviousVersionResult {
  diagnostics: Diagnostic[];
  /**
   * The previous version's file and its bases, with their texts (marked `previous`): `file` as
   * diagnostics name it (`order.pdf#roadmap.yaml` for a roadmap embedded in a PDF), `path` the
   * file read (the PDF), which is what a watcher or a cache follows.
   */
  bases: { file: string; path: string; text: string; previous: true }[];
}

/** Read `roadmap.document.amends.previous` into `amends.previous` and check the pair. */
export async function loadPreviousVersion(roadmap: Roadmap, options: PreviousVersionOptions): Promise<PreviousVersionResult> {
  const doc = roadmap.document;
  const amends = doc.amends;
  const diagnostics: Diagnostic[] = [];
  const bases: { file: string; path: string; text: string; previous: true }[] = [];
  if (!amends) return { diagnostics, bases };
  const lang = options.lang;
  const at = amends.previousLoc ?? amends.loc;
  const say = (code: Parameters<typeof versionDiagnostic>[0], args: Record<string, string | number | undefined> = {}, severity?: 'warning') => {
    diagnostics.push(versionDiagnostic(code, lang, at?.file ?? roadmap.file, at ?? NO_POSITION, args, severity));
    return { diagnostics, bases };
  };
  if (doc.kind !== 'order' && doc.kind !== 'directive') {
    const loc = amends.loc;
    diagnostics.push(versionDiagnostic('amends-kind', lang, loc?.file ?? roadmap.file, loc ?? NO_POSITION, { kind: doc.kind }));
    return { diagnostics, bases };
  }

  const ref = amends.previousPath;
  const names = options.host.names ?? SLASH_NAMES;
  // Resolved from the file that wrote it (a base of `extends` may).
  const from = at?.file ?? roadmap.file;
  const root = options.root ?? names.defaultRoot(roadmap.file);
  const target = names.resolve(ref, from);
  const refused = await baseRefusal(target, root, options.host);
  if (refused === 'extends-outside-root') return say('amends-previous-outside-root', { path: ref, root: root === '' ? '/' : root });
  // A YAML file, or the archival PDF the amended act was signed as (`render --pdfa`), which
  // carries the roadmap it was made from: read through readRoadmapSource, like `diff` and `report`.
  if (refused === 'extends-not-yaml' && !ARCHIVE_FILE.test(target)) return say('amends-previous-not-yaml', { path: ref });
  let failure: unknown;
  const host: LoadHost = {
    ...options.host,
    readFile: (file, o) => options.host.readFile(file, o).catch((e: unknown) => {
      failure = e;
      throw e;
    }),
  };
  const source = await readRoadmapSource(target, { lang, host, maxBytes: options.limits.fileBytes });
  if (!source.bytes) {
    if (failure !== undefined) return say('amends-previous-missing', { path: ref, reason: readFailureReason(failure, lang) });
    // A PDF without a roadmap, or one that cannot be read: said at `amends.previous`.
    const pos = at ?? NO_POSITION;
    diagnostics.push(...source.diagnostics.map((d) => ({ ...d, file: at?.file ?? roadmap.file, line: pos.line, column: pos.column, ...(pos.pointer !== undefined ? { pointer: pos.pointer } : {}) })));
    return { diagnostics, bases };
  }
  // Diagnostics in a roadmap embedded in a PDF name it `order.pdf#roadmap.yaml`.
  const file = source.file;
  const decoded = decodeUtf8(source.bytes, file, lang);
  if (decoded.text === undefined) {
    diagnostics.push(...decoded.diagnostics);
    return say('amends-previous-broken', { path: ref });
  }
  const text = decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text;
  if (!isRoadmapPart(await parseYaml(text, file, lang, options.limits))) return say('amends-previous-not-roadmap', { path: ref });
  // The roadmap embedded in a PDF is whole: it extends no file.
  const loaded = await options.loadText(text, file, root, source.from === 'pdf' ? EMBEDDED_SOURCE_HOST : undefined);
  bases.push({ file, path: target, text, previous: true }, ...(loaded.bases ?? []).map((b) => ({ ...b, previous: true as const })));
  if (!loaded.roadmap) {
    diagnostics.push(...loaded.diagnostics.filter((d) => d.severity === 'error'));
    return say('amends-previous-broken', { path: ref });
  }
  amends.previous = loaded.roadmap;

  // The pair: points need a real difference between two versions of one plan.
  const points = amends.mode === 'points';
  const comparison = compareRoadmaps(loaded.roadmap, roadmap);
  for (const p of comparison.plans) {
    if (p.related || !p.new || !p.old) continue;
    say('amends-unrelated', { plan: p.new.plan.title, path: ref, old: p.counts.oldRows, new: p.counts.newRows, matched: p.counts.oldRows - p.counts.removed }, points ? undefined : 'warning');
  }
  if (!hasDifferences(comparison)) say('amends-no-changes', { path: ref }, points ? undefined : 'warning');
  const act = amendedAct(doc, amends);
  const missing = [act.date ? '' : lang === 'ru' ? 'даты' : 'date', act.number ? '' : lang === 'ru' ? 'номера' : 'number'].filter(Boolean);
  if (missing.length > 0) {
    const loc = amends.loc;
    diagnostics.push(versionDiagnostic('amends-act-incomplete', lang, loc?.file ?? roadmap.file, loc ?? NO_POSITION, { what: missing.join(lang === 'ru' ? ' и ' : ' and ') }));
  }
  return { diagnostics, bases };
}
