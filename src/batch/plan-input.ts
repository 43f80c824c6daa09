/**
 * Before rendering, each input is read in the main thread once, with its bases: the values output
 * names need (`municipality`, `document.kind`, each taken from the file or else its nearest base,
 * as the merge does) and the `extends` of each file, taken from the parsed YAML (so a quoted key
 * or a flow mapping counts as the loader counts it). Reading is cheap next to rendering, and
 * knowing every output name up front lets the batch find collisions before anything is written.
 * The bytes read are kept for the run: the cache compares them with the key of the last rendering
 * (cache.ts) without reading the files again.
 */
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parse } from 'yaml';
import { inside } from '../load/merge/extends.js';

export interface PlannedInput {
  file: string;
  text?: string;
  /** Bases, nearest first (absolute paths), as far as they could be read. */
  bases: string[];
  /** The absolute path `extends` names (for telling bases from inputs). */
  extendsFile?: string;
  municipality?: string;
  kind?: string;
  readError?: string;
}

interface Head {
  municipality?: string;
  kind?: string;
  extends?: string;
}

type Read = { bytes: Uint8Array; text: string } | { error: string };

export class InputReader {
  private readonly files = new Map<string, Promise<Read>>();
  private readonly heads = new Map<string, Head>();

  /** @param root the folder bases must stay inside (the loader refuses the others; they are not read here). */
  constructor(private readonly root: string) {}

  /** A file's bytes, read once per batch (bases are shared by many inputs); undefined when unreadable. */
  async bytes(file: string): Promise<Uint8Array | undefined> {
    const r = await this.read(file);
    return 'bytes' in r ? r.bytes : undefined;
  }

  async plan(file: string): Promise<PlannedInput> {
    const planned: PlannedInput = { file, bases: [] };
    const own = await this.read(file);
    if ('error' in own) {
      planned.readError = own.error;
      return planned;
    }
    planned.text = own.text;
    let head = this.head(file, own.text);
    planned.municipality = head.municipality;
    planned.kind = head.kind;
    let at = file;
    const seen = new Set([file]);
    while (head.extends !== undefined) {
      const base = path.resolve(path.dirname(at), head.extends);
      if (at === file) planned.extendsFile = base;
      if (seen.has(base) || !inside(base, this.root)) break; // the loader reports it
      seen.add(base);
      const r = await this.read(base);
      if ('error' in r) break;
      planned.bases.push(base);
      head = this.head(base, r.text);
      planned.municipality ??= head.municipality;
      planned.kind ??= head.kind;
      at = base;
    }
    return planned;
  }

  private read(file: string): Promise<Read> {
    let r = this.files.get(file);
    if (!r) {
      r = readFile(file).then(
        (bytes): Read => ({ bytes, text: bytes.toString('utf8') }),
        (e: unknown): Read => ({ error: (e as { code?: string }).code ?? String(e) }),
      );
      this.files.set(file, r);
    }
    return r;
  }

  private head(file: string, text: string): Head {
    const cached = this.heads.get(file);
    if (cached) return cached;
    const head: Head = {};
    try {
      const v = parse(text.replace(/^\uFEFF/, ''), { uniqueKeys: false }) as Record<string, unknown> | null;
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
