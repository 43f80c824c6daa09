/**
 * Before rendering, each input is read in the main thread once: its text and its bases' texts
 * (for the cache key), and the values output names need (`municipality`, `document.kind`, each
 * taken from the file or else its nearest base, as the merge does). Reading is cheap next to
 * rendering, and knowing every output name up front lets the batch find collisions before
 * anything is written.
 */
import * as path from 'node:path';
import { parse } from 'yaml';
import { readBoundedFile } from '../input/bounded-read.js';
import { nodeLoadHost } from '../load/host.js';
import { DEFAULT_LIMITS } from '../load/limits.js';
import { baseRefusal, extendsOf } from '../load/merge/extends.js';

export interface PlannedInput {
  file: string;
  text?: string;
  /**
   * Bases, nearest first (absolute paths and texts). A base the loader will refuse — outside the
   * allowed folder, not a YAML name, missing, not a regular file, over the size left — has text
   * undefined and ends the chain: the worker reports it.
   */
  bases: { file: string; text?: string }[];
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
}

interface Read {
  text: string;
  bytes: number;
}

export class InputReader {
  private readonly texts = new Map<string, Promise<Read | undefined>>();
  private readonly heads = new Map<string, Head>();

  /**
   * A file's text, read once per batch (bases are shared by many inputs), through the bounded
   * reader: never more than one file's size limit, never a FIFO or a device (this is the main
   * thread, with no time limit).
   */
  private read(file: string): Promise<Read | undefined> {
    let t = this.texts.get(file);
    if (!t) {
      t = readBoundedFile(file, { maxBytes: DEFAULT_LIMITS.fileBytes }).then(
        (bytes) => ({ text: new TextDecoder().decode(bytes), bytes: bytes.length }),
        () => undefined,
      );
      this.texts.set(file, t);
    }
    return t;
  }

  /** `root`: the folder the input's bases must stay inside, as the worker's loader will check. */
  async plan(file: string, root: string): Promise<PlannedInput> {
    const planned: PlannedInput = { file, bases: [] };
    let budget: number;
    try {
      const bytes = await readBoundedFile(file, { maxBytes: DEFAULT_LIMITS.fileBytes });
      planned.text = new TextDecoder().decode(bytes);
      budget = DEFAULT_LIMITS.fileBytes - bytes.length;
    } catch (e) {
      planned.readFailure = e;
      return planned;
    }
    const head = this.head(file, planned.text);
    planned.municipality = head.municipality;
    planned.kind = head.kind;
    let text: string | undefined = planned.text;
    let at = file;
    const seen = new Set([file]);
    for (let depth = 0; text !== undefined && depth < 32; depth++) {
      const ref = extendsOf(text);
      if (ref === undefined) break;
      const base = path.resolve(path.dirname(at), ref);
      if (depth === 0) planned.extendsFile = base;
      if (seen.has(base)) break;
      seen.add(base);
      const read = (await baseRefusal(base, root, nodeLoadHost)) === undefined ? await this.read(base) : undefined;
      text = read !== undefined && read.bytes <= budget ? read.text : undefined;
      planned.bases.push(text === undefined ? { file: base } : { file: base, text });
      if (read !== undefined) budget -= read.bytes;
      if (text !== undefined) {
        const h = this.head(base, text);
        planned.municipality ??= h.municipality;
        planned.kind ??= h.kind;
      }
      at = base;
    }
    return planned;
  }

  private head(file: string, text: string): Head {
    const cached = this.heads.get(file);
    if (cached) return cached;
    const head: Head = {};
    try {
      // logLevel 'error': yaml prints nothing (the worker reports what is wrong, located).
      const v = parse(text, { uniqueKeys: false, logLevel: 'error' }) as { municipality?: unknown; document?: { kind?: unknown } } | null;
      if (v && typeof v === 'object') {
        if (typeof v.municipality === 'string' && v.municipality.trim()) head.municipality = v.municipality.trim();
        const kind = v.document && typeof v.document === 'object' ? v.document.kind : undefined;
        if (typeof kind === 'string') head.kind = kind;
      }
    } catch {
      /* the worker reports broken YAML with its place */
    }
    this.heads.set(file, head);
    return head;
  }
}
