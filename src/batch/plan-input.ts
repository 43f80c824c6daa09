/**
 * Before rendering, each input is read in the main thread once: its text and its bases' texts
 * (for the cache key), and the values output names need (`municipality`, `document.kind`, each
 * taken from the file or else its nearest base, as the merge does). Reading is cheap next to
 * rendering, and knowing every output name up front lets the batch find collisions before
 * anything is written.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { extendsOf } from '../load/merge/extends.js';

export interface PlannedInput {
  file: string;
  text?: string;
  /** Bases, nearest first (absolute paths and texts; a missing base has text undefined). */
  bases: { file: string; text?: string }[];
  /** The absolute path `extends` names (for telling bases from inputs). */
  extendsFile?: string;
  municipality?: string;
  kind?: string;
  readError?: string;
}

interface Head {
  municipality?: string;
  kind?: string;
}

export class InputReader {
  private readonly texts = new Map<string, Promise<string | undefined>>();
  private readonly heads = new Map<string, Head>();

  /** A file's text, read once per batch (bases are shared by many inputs). */
  text(file: string): Promise<string | undefined> {
    let t = this.texts.get(file);
    if (!t) {
      t = readFile(file, 'utf8').then((s) => s, () => undefined);
      this.texts.set(file, t);
    }
    return t;
  }

  async plan(file: string): Promise<PlannedInput> {
    const planned: PlannedInput = { file, bases: [] };
    try {
      planned.text = await readFile(file, 'utf8');
    } catch (e) {
      planned.readError = (e as { code?: string }).code ?? String(e);
      return planned;
    }
    const head = await this.head(file, planned.text);
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
      text = await this.text(base);
      planned.bases.push(text === undefined ? { file: base } : { file: base, text });
      if (text !== undefined) {
        const h = await this.head(base, text);
        planned.municipality ??= h.municipality;
        planned.kind ??= h.kind;
      }
      at = base;
    }
    return planned;
  }

  private async head(file: string, text: string): Promise<Head> {
    const cached = this.heads.get(file);
    if (cached) return cached;
    const head: Head = {};
    // `yaml` is imported here, not with the module: a program importing plangraf to render (the
    // package's index re-exports batch) does not load it for nothing.
    const { parse } = await import('yaml');
    try {
      const v = parse(text, { uniqueKeys: false }) as { municipality?: unknown; document?: { kind?: unknown } } | null;
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
