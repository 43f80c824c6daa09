/**
 * A roadmap's source, in both directions:
 *
 * - `roadmapSourceBytes(loaded)`: what an archival PDF embeds. A file without `extends` is
 *   embedded as it was read (its text as UTF-8, a byte-order mark left out); a file with
 *   `extends` as the merged roadmap written out as YAML (with a comment naming the files it was
 *   merged from), so that the PDF carries everything it was made from in one file.
 * - `readRoadmapSource(file)`: a roadmap YAML file, or an archival PDF with one embedded (by its
 *   content: `%PDF-` in the first kilobyte), → the YAML bytes; `loadRoadmapSource(file)` loads
 *   them. `report` and `diff` read their inputs through these.
 */
import * as path from 'node:path';
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { readFailureDiagnostic } from '../load/read-failure-diagnostic.js';
import { nodeLoadHost, type LoadHost } from '../load/host.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { loadRoadmapBytes, type LoadOptions, type LoadResult } from '../load/load-roadmap.js';
import { embeddedRoadmapSource, looksLikePdf } from './embedded-source.js';
import { archiveDiagnostic } from './messages.js';
import { ARCHIVE_SOURCE_NAME } from './pdfa-options.js';

/** The largest PDF read for its embedded roadmap (a 20,000-row plan's PDF is some 15 MB). */
export const PDF_MAX_BYTES = 256 * 1024 * 1024;

/** The YAML an archival PDF of this loaded roadmap embeds; undefined when there is nothing loaded. */
export async function roadmapSourceBytes(loaded: LoadResult, file?: string): Promise<Uint8Array | undefined> {
  if (loaded.merged === undefined) return loaded.text === undefined ? undefined : new TextEncoder().encode(loaded.text);
  const { stringify } = await import('yaml');
  // The files merged by `extends`; an amending order's previous version is not merged in.
  const names = [file, ...(loaded.bases ?? []).filter((b) => !b.previous).map((b) => b.file)].filter((f): f is string => f !== undefined).map((f) => path.basename(f));
  const header = names.length > 0 ? `# Собрано plangraf из ${names.join(' ← ')} (extends применён) / merged by plangraf from ${names.join(' ← ')}\n` : '';
  return new TextEncoder().encode(header + stringify(loaded.merged, { lineWidth: 0 }));
}

export interface RoadmapSource {
  /** The name diagnostics of the YAML give: the file, or `plan.pdf#roadmap.yaml` for a PDF. */
  file: string;
  /** The YAML; absent when it could not be read (see the diagnostics). */
  bytes?: Uint8Array;
  from: 'yaml' | 'pdf';
  diagnostics: Diagnostic[];
}

export interface ReadSourceOptions {
  lang?: Language;
  /** Where files come from (default: Node's file system). */
  host?: LoadHost;
  /** The most bytes the YAML may take (default the loader's `fileBytes` limit). */
  maxBytes?: number;
}

/** The roadmap YAML of a file: the file itself, or the roadmap embedded in an archival PDF. */
export async function readRoadmapSource(file: string, options: ReadSourceOptions = {}): Promise<RoadmapSource> {
  const lang = options.lang ?? 'ru';
  const host = options.host ?? nodeLoadHost;
  const maxBytes = options.maxBytes ?? DEFAULT_LIMITS.fileBytes;
  const pdfNamed = /\.pdf$/i.test(file);
  let bytes: Uint8Array;
  try {
    bytes = await host.readFile(file, { maxBytes: pdfNamed ? Math.max(PDF_MAX_BYTES, maxBytes) : maxBytes });
  } catch (e) {
    return { file, from: pdfNamed ? 'pdf' : 'yaml', diagnostics: [readFailureDiagnostic(e, file, lang)] };
  }
  if (!looksLikePdf(bytes)) {
    if (pdfNamed) return { file, from: 'pdf', diagnostics: [archiveDiagnostic('pdf-unreadable', lang, file, { reason: 'not-pdf' })] };
    return { file, bytes, from: 'yaml', diagnostics: [] };
  }
  const found = embeddedRoadmapSource(bytes, maxBytes);
  if (!found.ok) {
    const d = found.reason === 'no-roadmap' ? archiveDiagnostic('pdf-no-roadmap', lang, file) : archiveDiagnostic('pdf-unreadable', lang, file, { reason: found.reason });
    return { file, from: 'pdf', diagnostics: [d] };
  }
  return { file: `${file}#${found.name || ARCHIVE_SOURCE_NAME}`, bytes: found.bytes, from: 'pdf', diagnostics: [] };
}

/** A host that reads nothing: the roadmap embedded in a PDF is whole, it extends no file. */
export const EMBEDDED_SOURCE_HOST: LoadHost = {
  readFile: () => Promise.reject(new Error('the roadmap embedded in a PDF cannot extend other files')),
};

/**
 * Load the roadmap of a file that is a roadmap YAML (with its `extends` bases, as
 * `loadRoadmapFile`) or an archival PDF (the roadmap embedded in it; diagnostics name it
 * `plan.pdf#roadmap.yaml`). An amending order embedded in a PDF is loaded without its previous
 * version (`amends.previous` names a file beside the YAML it was made from, which the PDF does
 * not carry): its plans are all there, which is what `diff` and `report` read.
 */
export async function loadRoadmapSource(file: string, options: LoadOptions = {}): Promise<LoadResult & { from: 'yaml' | 'pdf'; file: string }> {
  const source = await readRoadmapSource(file, {
    ...(options.lang !== undefined ? { lang: options.lang } : {}),
    ...(options.host !== undefined ? { host: options.host } : {}),
    maxBytes: options.limits?.fileBytes ?? DEFAULT_LIMITS.fileBytes,
  });
  if (!source.bytes) return { diagnostics: source.diagnostics, from: source.from, file: source.file };
  if (source.from === 'yaml') return { ...(await loadRoadmapBytes(source.bytes, { ...options, file })), from: 'yaml', file };
  const loaded = await loadRoadmapBytes(source.bytes, { ...options, host: EMBEDDED_SOURCE_HOST, readPrevious: false, file: source.file });
  return { ...loaded, from: 'pdf', file: source.file };
}
