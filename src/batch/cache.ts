/**
 * The incremental cache: `.plangraf-cache.json` in the output folder remembers, per input, a key
 * and the outputs written. The key is a SHA-256 over the plangraf version, the options that
 * change the output (formats, pattern, now, lang), the templates folder's files, the input's
 * text and every base's text. An input whose key is unchanged and whose outputs are all still
 * there is skipped. The manifest also says which input owns which output, so re-rendering an
 * input may replace its own earlier outputs without --force.
 */
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { readBoundedFile } from '../input/bounded-read.js';
import { writeFileAtomically } from '../output/atomic-write.js';
import { TEMPLATE_MAX_BYTES } from '../templates/types.js';

export const CACHE_FILE = '.plangraf-cache.json';
/** A larger cache manifest is ignored (a thousand inputs take about 200 KB). */
const CACHE_MAX_BYTES = 64 * 1024 * 1024;

export interface CacheEntry {
  key: string;
  outputs: string[];
}
export interface CacheManifest {
  version: 1;
  /** Input path relative to the output folder → its entry. */
  inputs: Record<string, CacheEntry>;
}

export async function readCache(outDir: string): Promise<CacheManifest> {
  try {
    const bytes = await readBoundedFile(path.join(outDir, CACHE_FILE), { maxBytes: CACHE_MAX_BYTES });
    const v = JSON.parse(new TextDecoder().decode(bytes)) as CacheManifest;
    if (v && v.version === 1 && v.inputs && typeof v.inputs === 'object') return v;
  } catch {
    /* no cache yet, or unreadable: start empty */
  }
  return { version: 1, inputs: {} };
}

export async function writeCache(outDir: string, cache: CacheManifest): Promise<void> {
  await writeFileAtomically(path.join(outDir, CACHE_FILE), JSON.stringify(cache, null, 1) + '\n');
}

export function cacheKey(parts: { version: string; options: unknown; templates: string; text: string; bases: { file: string; text?: string }[] }): string {
  const h = createHash('sha256');
  h.update(`plangraf ${parts.version}\0`);
  h.update(JSON.stringify(parts.options) + '\0');
  h.update(parts.templates + '\0');
  h.update(parts.text + '\0');
  for (const b of parts.bases) h.update(`${b.file}\0${b.text ?? '<missing>'}\0`);
  return h.digest('hex');
}

/** A hash of every file under a templates folder (names and contents); '' without one. */
export async function folderHash(dir: string | undefined): Promise<string> {
  if (!dir) return '';
  const h = createHash('sha256');
  const visit = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      h.update(`missing ${d}\0`);
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) await visit(p);
      else if (e.isFile()) {
        h.update(`${path.relative(dir, p)}\0`);
        // As the template host reads it (a file swapped for a link or a FIFO is refused, not
        // read); a refused file fails its render, so its key is never stored.
        h.update(await readBoundedFile(p, { maxBytes: TEMPLATE_MAX_BYTES, refuseLinks: true }).catch(() => 'refused'));
      }
    }
  };
  await visit(dir);
  return h.digest('hex');
}
