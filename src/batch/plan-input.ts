/**
 * Before rendering, each input is read in the main thread once, with its bases: the values output
 * names need (`municipality`, `document.kind`, each taken from the file or else its nearest base,
 * as the merge does) and the `extends` of each file, taken from the parsed YAML (so a quoted key
 * or a flow mapping counts as the loader counts it). Reading is cheap next to rendering, and
 * knowing every output name up front lets the batch find collisions before anything is written.
 * The bytes read are kept for the run: the cache compares them with the key of the last rendering
 * (cache.ts) without reading the files again.
 */
import * as path from 'node:path';
import { readBoundedFile } from '../input/bounded-read.js';
import { nodeLoadHost } from '../load/host.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { baseRefusal } from '../load/merge/extends.js';

export interface PlannedInput {
  file: string;
  text?: string;
  /**
   * Bases, nearest first (absolute paths), as far as they could be read. A base the loader will
   * refuse — outside the allowed folder, not a YAML name, missing, not a regular file, over the
   * size left — ends the chain: the worker reports it.
   */
  bases: string[];
  /** The absolute path `extends` names (for telling bases from inputs). */
  extendsFile?: string;
  municipality?: string;
  kind?: string;
  /** Why the input itself could not be read (Node's error, or `FileRefused`). */
  readFailure?: unknown;
}

interface Head {
  municipality?: string;
  kind?: string;
  extends?: string;
}

type Read = { bytes: Uint8Array; text: string } | { error: unknown };

export class InputReader {
  private readonly files = new Map<string, Promise<Read>>();
  private readonly heads = new Map<string, Head>();

  /** A file's bytes, read once per batch (bases are shared by many inputs); undefined when unreadable. */
  async bytes(file: string): Promise<Uint8Array | undefined> {
    const r = await this.read(file);
    return 'bytes' in r ? r.bytes : undefined;
  }

  /** `root`: the folder the input's bases must stay inside, as the worker's loader will check. */
  async plan(file: string, root: string): Promise<PlannedInput> {
    const planned: PlannedInput = { file, bases: [] };
    const own = await this.read(file);
    if ('error' in own) {
      planned.readFailure = own.error;
      return planned;
    }
    planned.text = own.text;
    let head = await this.head(file, own.text);
    planned.municipality = head.municipality;
    planned.kind = head.kind;
    // An input and its bases share one file-size budget, as in the loader.
    let budget = DEFAULT_LIMITS.fileBytes - own.bytes.length;
    let at = file;
    const seen = new Set([file]);
    while (head.extends !== undefined) {
      const base = path.resolve(path.dirname(at), head.extends);
      if (at === file) planned.extendsFile = base;
      // The loader reports each of these: a loop, a base it refuses, one it cannot read, one over the budget.
      if (seen.has(base) || (await baseRefusal(base, root, nodeLoadHost)) !== undefined) break;
      seen.add(base);
      const r = await this.read(base);
      if ('error' in r || r.bytes.length > budget) break;
      budget -= r.bytes.length;
      planned.bases.push(base);
      head = await this.head(base, r.text);
      planned.municipality ??= head.municipality;
      planned.kind ??= head.kind;
      at = base;
    }
    return planned;
  }

  private read(file: string): Promise<Read> {
    let r = this.files.get(file);
    if (!r) {
      // Bounded: never more than one file's size limit, never a FIFO or a device (this is the
      // main thread, with no time limit).
      r = readBoundedFile(file, { maxBytes: DEFAULT_LIMITS.fileBytes }).then(
        (bytes): Read => ({ bytes, text: new TextDecoder().decode(bytes) }),
        (error: unknown): Read => ({ error }),
      );
      this.files.set(file, r);
    }
    return r;
  }

  private async head(file: string, text: string): Promise<Head> {
    const cached = this.heads.get(file);
    if (cached) return cached;
    const head: Head = {};
    // `yaml` is imported here, not with the module: a program importing plangraf to render (the
    // package's index re-exports batch) does not load it for nothing.
    const { parse } = await import('yaml');
    try {
      // logLevel 'error': yaml prints nothing (the worker reports what is wrong, located).
      const v = parse(text.replace(/^\uFEFF/, ''), { uniqueKeys: false, logLevel: 'error' }) as Record<string, unknown> | null;
      if (v && typeof v === 'object' && !Array.isArray(v)) {
        if (typeof v.municipality === 'string' && v.municipality.trim()) head.municipality = v.municipality.trim();
        const doc = v.document;
        const kind = doc && typeof doc === 'object' ? (doc as Record<string, unknown>).kind : undefined;
        if (typeof kind === 'string') head.kind = kind;
        if (typeof v.extends === 'string' && v.extends.trim() !== '') head.extends = v.extends;
      }
    } catch {
      /* the worker reports broken YAML with its place */
    }
    this.heads.set(file, head);
    return head;
  }
}
