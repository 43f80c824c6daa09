/**
 * What the output folder remembers between runs: for each input, the outputs it wrote (so a later
 * run may replace them without --force) and the key of what it was rendered from (so an
 * unchanged input is skipped).
 *
 * The key is a SHA-256 over the run's options and plangraf version (`keySeed`), the bytes of
 * every file the worker read to render the input — the input, then each base of its `extends`
 * chain — and the source of every template it used (`renderKey`). The worker computes it from
 * exactly the bytes it rendered and returns it with the list of those files; a later run reads
 * the same files again and compares. So an edit anywhere in the chain, in a template (a linked
 * one too: the content counts, not the link) or made while the input was being rendered, renders
 * the input again.
 *
 * Two files in the output folder:
 *  - `.plangraf-cache.json`, the manifest, rewritten (atomically) at the end of a run;
 *  - `.plangraf-cache.journal`, appended to during the run: `claim` before an input's worker
 *    starts (its outputs are ours from now on; its old key no longer holds), `done` once its
 *    outputs are all written (the new key). A run stopped midway — Ctrl-C, `kill -9`, a full
 *    disk — leaves the journal, and the next run replays it over the manifest, so it knows its
 *    predecessor's outputs as its own. The journal is removed once the manifest is written.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import * as path from 'node:path';
import { readBoundedFile } from '../input/bounded-read.js';
import { NODE_OUTPUT_IO, writeFileAtomically, type OutputIo } from '../output/atomic-write.js';

export const CACHE_FILE = '.plangraf-cache.json';
export const JOURNAL_FILE = '.plangraf-cache.journal';
/** A larger cache manifest or journal is ignored (a thousand inputs take about 200 KB). */
const CACHE_MAX_BYTES = 64 * 1024 * 1024;
const readText = async (file: string): Promise<string> => new TextDecoder().decode(await readBoundedFile(file, { maxBytes: CACHE_MAX_BYTES }));

export interface CacheEntry {
  /** The key of what the outputs were rendered from; absent while they may be incomplete. */
  key?: string;
  /** Outputs this input wrote, relative to the output folder. */
  outputs: string[];
  /** The files the key covers, in the order read (the input, then its bases), relative to the output folder. */
  sources?: string[];
}
export interface CacheManifest {
  version: 2;
  /** Input path relative to the output folder → its entry. */
  inputs: Record<string, CacheEntry>;
}

type JournalLine =
  | { claim: string; outputs: string[] }
  | { done: string; key: string; outputs: string[]; sources: string[] };

/** The manifest with the journal of an unfinished run replayed over it; empty when there is none. */
export async function readCache(outDir: string): Promise<CacheManifest> {
  const cache: CacheManifest = { version: 2, inputs: {} };
  try {
    const v = JSON.parse(await readText(path.join(outDir, CACHE_FILE))) as { version?: unknown; inputs?: unknown };
    if (v && (v.version === 1 || v.version === 2) && v.inputs && typeof v.inputs === 'object') {
      for (const [id, e] of Object.entries(v.inputs as Record<string, Partial<CacheEntry>>)) {
        if (!e || !Array.isArray(e.outputs)) continue;
        // Keys of version 1 were computed otherwise: keep the ownership, render once more.
        cache.inputs[id] = v.version === 2 && typeof e.key === 'string' && Array.isArray(e.sources)
          ? { key: e.key, outputs: e.outputs, sources: e.sources }
          : { outputs: e.outputs };
      }
    }
  } catch {
    /* no manifest yet, or unreadable: start empty */
  }
  let journal = '';
  try {
    journal = await readText(path.join(outDir, JOURNAL_FILE));
  } catch {
    /* no unfinished run */
  }
  for (const text of journal.split('\n')) {
    let line: unknown;
    try {
      line = JSON.parse(text);
    } catch {
      continue; // the last line of a run killed while appending it
    }
    if (isJournalLine(line)) apply(cache, line);
  }
  return cache;
}

/** Write the manifest (atomically); then the journal it includes is no longer needed. */
export async function writeCache(outDir: string, cache: CacheManifest, io: OutputIo = NODE_OUTPUT_IO): Promise<void> {
  await writeFileAtomically(path.join(outDir, CACHE_FILE), JSON.stringify(cache, null, 1) + '\n', io);
  rmSync(path.join(outDir, JOURNAL_FILE), { force: true });
}

/** Appends to the journal of this run and keeps the manifest in memory in step with it. */
export class CacheJournal {
  private fd: number | undefined;
  readonly file: string;

  constructor(outDir: string, private readonly cache: CacheManifest) {
    this.file = path.join(outDir, JOURNAL_FILE);
  }

  /** Whether anything was appended during this run. */
  get used(): boolean {
    return this.fd !== undefined;
  }

  /** Before an input's worker starts: its outputs are ours. Throws when the journal cannot be written. */
  claim(id: string, outputs: string[]): void {
    this.append({ claim: id, outputs });
  }

  /** Once all of an input's outputs are written. */
  done(id: string, entry: { key: string; outputs: string[]; sources: string[] }): void {
    this.append({ done: id, ...entry });
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private append(line: JournalLine): void {
    this.fd ??= openSync(this.file, 'a');
    // One write of one line, synchronously: the line is in the file before the worker starts.
    writeSync(this.fd, `${JSON.stringify(line)}\n`);
    apply(this.cache, line);
  }
}

function apply(cache: CacheManifest, line: JournalLine): void {
  if ('claim' in line) {
    const outputs = cache.inputs[line.claim]?.outputs ?? [];
    cache.inputs[line.claim] = { outputs: [...new Set([...outputs, ...line.outputs])] };
  } else {
    cache.inputs[line.done] = { key: line.key, outputs: line.outputs, sources: line.sources };
  }
}

function isJournalLine(v: unknown): v is JournalLine {
  if (!v || typeof v !== 'object') return false;
  const o = v as Record<string, unknown>;
  const strings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
  if (typeof o.claim === 'string') return strings(o.outputs);
  return typeof o.done === 'string' && typeof o.key === 'string' && strings(o.outputs) && strings(o.sources);
}

/** The part of every key of a run that does not depend on the input: version and options. */
export function keySeed(parts: { version: string; formats: readonly string[]; pattern: string; now: string | null; lang: string; root: string; pdfa?: boolean }): string {
  // `--pdfa` changes the PDF: it is part of the key (and absent from older keys, which stay valid).
  return JSON.stringify(['plangraf', parts.version, parts.formats, parts.pattern, parts.now, parts.lang, parts.root, ...(parts.pdfa ? ['pdfa'] : [])]);
}

/** A file read to render an input: its path relative to the output folder and its bytes. */
export interface KeySource {
  file: string;
  bytes: Uint8Array;
}

/** A template the renderer had: its name, whether it came from the user's folder, its source. */
export interface KeyTemplate {
  name: string;
  user: boolean;
  source: string;
}

/** The key of one rendering: the seed, the files in the order read, the templates (in any order). */
export function renderKey(seed: string, sources: readonly KeySource[], templates: readonly KeyTemplate[]): string {
  const h = createHash('sha256');
  h.update(`${seed}\0`);
  for (const s of sources) {
    h.update(`file\0${s.file}\0${s.bytes.length}\0`);
    h.update(s.bytes);
  }
  const sorted = [...templates].sort((a, b) => (a.user === b.user ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.user ? 1 : -1));
  for (const t of sorted) {
    const bytes = Buffer.from(t.source, 'utf8');
    h.update(`template\0${t.user ? 'user' : 'builtin'}\0${t.name}\0${bytes.length}\0`);
    h.update(bytes);
  }
  return h.digest('hex');
}
