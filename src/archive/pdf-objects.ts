/**
 * A small reader of PDF objects, enough to find a file embedded in a PDF: the cross-reference
 * data (classic tables and 1.5 cross-reference streams, with every `/Prev` section, so a PDF
 * signed or edited by incremental updates reads too), objects in object streams, and stream data
 * with FlateDecode (with the PNG predictors cross-reference streams use). When the
 * cross-reference data cannot be read, the objects are found by scanning the file for
 * `N G obj`. Encrypted PDFs are refused (their strings and streams could not be read).
 *
 * Untrusted input: every loop is bounded by the file's length, nesting by `MAX_DEPTH`, inflated
 * data by the caller's byte limit, and every failure is a `PdfReadError` with a reason in words,
 * never a crash.
 */
import { inflateSync } from 'node:zlib';

export type PdfValue =
  | null
  | boolean
  | number
  | PdfName
  | PdfString
  | PdfRef
  | PdfValue[]
  | PdfDict;

export class PdfName {
  constructor(readonly name: string) {}
}
export class PdfString {
  constructor(readonly bytes: Uint8Array) {}
  /** A text string: UTF-16BE with its byte-order mark, UTF-8 with its mark, else PDFDocEncoding (read as Latin-1). */
  text(): string {
    const b = this.bytes;
    if (b[0] === 0xfe && b[1] === 0xff) {
      let s = '';
      for (let i = 2; i + 1 < b.length; i += 2) s += String.fromCharCode((b[i]! << 8) | b[i + 1]!);
      return s;
    }
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return new TextDecoder().decode(b.subarray(3));
    return Buffer.from(b).toString('latin1');
  }
}
export class PdfRef {
  constructor(readonly num: number, readonly gen: number) {}
}
export class PdfDict {
  constructor(readonly entries: Map<string, PdfValue>) {}
  get(key: string): PdfValue | undefined {
    return this.entries.get(key);
  }
}
/** A stream: its dictionary and the raw (still encoded) bytes. */
export interface PdfStream {
  dict: PdfDict;
  raw: Uint8Array;
}

/** Why a PDF could not be read, in English words (the caller puts them into a diagnostic). */
export class PdfReadError extends Error {
  constructor(readonly reason: 'not-pdf' | 'damaged' | 'encrypted' | 'filter' | 'too-large', detail: string) {
    super(detail);
  }
}

const MAX_DEPTH = 64;
const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const latin1 = (b: Uint8Array, from: number, to: number) => Buffer.from(b.buffer, b.byteOffset + from, to - from).toString('latin1');

/** A parser of PDF syntax over a byte array, from a position. */
class Lexer {
  constructor(private readonly b: Uint8Array, public pos = 0) {}

  skipSpace(): void {
    const b = this.b;
    while (this.pos < b.length) {
      const c = b[this.pos]!;
      if (WHITE.has(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < b.length && b[this.pos] !== 0x0a && b[this.pos] !== 0x0d) this.pos++;
      } else break;
    }
  }

  /** A bare word (number, keyword) at the position, not consumed. */
  peekWord(): string {
    this.skipSpace();
    let end = this.pos;
    while (end < this.b.length && !WHITE.has(this.b[end]!) && !DELIM.has(this.b[end]!)) end++;
    return latin1(this.b, this.pos, end);
  }

  word(): string {
    const w = this.peekWord();
    this.pos += w.length;
    return w;
  }

  value(depth = 0): PdfValue {
    if (depth > MAX_DEPTH) throw new PdfReadError('damaged', 'objects nested too deep');
    this.skipSpace();
    const b = this.b;
    if (this.pos >= b.length) throw new PdfReadError('damaged', 'unexpected end of file');
    const c = b[this.pos]!;
    if (c === 0x2f) return this.name();
    if (c === 0x28) return this.literalString();
    if (c === 0x3c && b[this.pos + 1] === 0x3c) return this.dict(depth);
    if (c === 0x3c) return this.hexString();
    if (c === 0x5b) {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (this.pos >= b.length) throw new PdfReadError('damaged', 'unclosed array');
        if (b[this.pos] === 0x5d) {
          this.pos++;
          return items;
        }
        items.push(this.value(depth + 1));
      }
    }
    const w = this.word();
    if (w === '') throw new PdfReadError('damaged', `unexpected character at byte ${this.pos}`);
    if (w === 'null') return null;
    if (w === 'true') return true;
    if (w === 'false') return false;
    const n = Number(w);
    if (!Number.isFinite(n)) throw new PdfReadError('damaged', `unexpected word «${w.slice(0, 20)}» at byte ${this.pos}`);
    // «12 0 R»: a reference.
    if (Number.isInteger(n) && n >= 0) {
      const save = this.pos;
      const gen = this.peekWord();
      if (/^\d+$/.test(gen)) {
        this.pos += gen.length;
        if (this.peekWord() === 'R') {
          this.word();
          return new PdfRef(n, Number(gen));
        }
      }
      this.pos = save;
    }
    return n;
  }

  private name(): PdfName {
    this.pos++;
    const start = this.pos;
    while (this.pos < this.b.length && !WHITE.has(this.b[this.pos]!) && !DELIM.has(this.b[this.pos]!)) this.pos++;
    const raw = latin1(this.b, start, this.pos);
    return new PdfName(raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
  }

  private dict(depth: number): PdfDict {
    this.pos += 2;
    const entries = new Map<string, PdfValue>();
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.b.length) throw new PdfReadError('damaged', 'unclosed dictionary');
      if (this.b[this.pos] === 0x3e && this.b[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return new PdfDict(entries);
      }
      const key = this.value(depth + 1);
      if (!(key instanceof PdfName)) throw new PdfReadError('damaged', `a dictionary key is not a name at byte ${this.pos}`);
      entries.set(key.name, this.value(depth + 1));
    }
  }

  private literalString(): PdfString {
    const b = this.b;
    this.pos++;
    const out: number[] = [];
    let nest = 1;
    while (this.pos < b.length) {
      const c = b[this.pos++]!;
      if (c === 0x5c) {
        const e = b[this.pos++];
        if (e === undefined) break;
        const map: Record<number, number> = { 0x6e: 0x0a, 0x72: 0x0d, 0x74: 0x09, 0x62: 0x08, 0x66: 0x0c };
        if (map[e] !== undefined) out.push(map[e]!);
        else if (e >= 0x30 && e <= 0x37) {
          let v = e - 0x30;
          for (let k = 0; k < 2 && b[this.pos]! >= 0x30 && b[this.pos]! <= 0x37; k++) v = v * 8 + (b[this.pos++]! - 0x30);
          out.push(v & 0xff);
        } else if (e === 0x0d) {
          if (b[this.pos] === 0x0a) this.pos++;
        } else if (e !== 0x0a) out.push(e);
        continue;
      }
      if (c === 0x28) nest++;
      if (c === 0x29 && --nest === 0) return new PdfString(Uint8Array.from(out));
      out.push(c);
    }
    throw new PdfReadError('damaged', 'unclosed string');
  }

  private hexString(): PdfString {
    const b = this.b;
    this.pos++;
    let hex = '';
    while (this.pos < b.length && b[this.pos] !== 0x3e) {
      const c = b[this.pos++]!;
      if (!WHITE.has(c)) hex += String.fromCharCode(c);
    }
    if (this.pos >= b.length) throw new PdfReadError('damaged', 'unclosed hex string');
    this.pos++;
    if (hex.length % 2 === 1) hex += '0';
    if (!/^[0-9a-fA-F]*$/.test(hex)) throw new PdfReadError('damaged', 'a hex string with other characters');
    return new PdfString(Uint8Array.from(Buffer.from(hex, 'hex')));
  }
}

type XrefEntry = { offset: number } | { stream: number; index: number };

/** The objects of one PDF file. */
export class PdfFile {
  private readonly xref = new Map<number, XrefEntry>();
  private readonly cache = new Map<number, PdfValue | PdfStream>();
  private readonly objectStreams = new Map<number, { first: number; offsets: Map<number, number>; data: Uint8Array }>();
  readonly trailer: PdfDict;

  /**
   * @param bytes the whole file
   * @param maxInflated the most bytes one stream may inflate to
   */
  constructor(private readonly bytes: Uint8Array, private readonly maxInflated: number) {
    const head = latin1(bytes, 0, Math.min(bytes.length, 1024));
    if (!head.includes('%PDF-')) throw new PdfReadError('not-pdf', 'no %PDF- header');
    let trailer: PdfDict | undefined;
    try {
      trailer = this.readXref();
    } catch (e) {
      if (!(e instanceof PdfReadError) || e.reason !== 'damaged') throw e;
    }
    if (!trailer) trailer = this.scanObjects();
    if (trailer.get('Encrypt') !== undefined) throw new PdfReadError('encrypted', 'the PDF is encrypted');
    this.trailer = trailer;
  }

  /** A value with references followed (to a depth), streams as their dictionaries' streams. */
  resolve(v: PdfValue | undefined, depth = 0): PdfValue | PdfStream | undefined {
    if (!(v instanceof PdfRef)) return v;
    if (depth > MAX_DEPTH) throw new PdfReadError('damaged', 'references in a circle');
    return this.resolve(this.object(v.num) as PdfValue, depth + 1);
  }

  dict(v: PdfValue | undefined): PdfDict | undefined {
    const r = this.resolve(v);
    return r instanceof PdfDict ? r : undefined;
  }

  stream(v: PdfValue | undefined): PdfStream | undefined {
    const r = this.resolve(v);
    return isStream(r) ? r : undefined;
  }

  /** The decoded data of a stream (no filter, or FlateDecode with or without a predictor). */
  streamData(s: PdfStream): Uint8Array {
    let filters = s.dict.get('Filter');
    let params = this.resolve(s.dict.get('DecodeParms')) as PdfValue | undefined;
    if (filters instanceof PdfName) filters = [filters];
    if (!Array.isArray(params)) params = [params ?? null];
    let data = s.raw;
    for (const [i, f] of (Array.isArray(filters) ? filters : []).entries()) {
      const name = f instanceof PdfName ? f.name : '';
      if (name !== 'FlateDecode' && name !== 'Fl') throw new PdfReadError('filter', `a stream filter plangraf does not read: ${name}`);
      try {
        data = inflateSync(data, { maxOutputLength: this.maxInflated });
      } catch (e) {
        const tooLarge = (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
        throw new PdfReadError(tooLarge ? 'too-large' : 'damaged', tooLarge ? 'a stream inflates to more than the limit' : 'a compressed stream is damaged');
      }
      const p = this.dict((params as PdfValue[])[i] ?? null);
      data = unpredict(data, p);
    }
    return data;
  }

  private object(num: number): PdfValue | PdfStream {
    const cached = this.cache.get(num);
    if (cached !== undefined) return cached;
    const entry = this.xref.get(num);
    let value: PdfValue | PdfStream = null;
    if (entry && 'offset' in entry) value = this.objectAt(entry.offset, num);
    else if (entry) value = this.inObjectStream(entry.stream, entry.index, num);
    this.cache.set(num, value);
    return value;
  }

  /** `N G obj … endobj` at a byte offset: the value, or a stream. */
  private objectAt(offset: number, expect?: number): PdfValue | PdfStream {
    if (offset < 0 || offset >= this.bytes.length) throw new PdfReadError('damaged', `an object offset ${offset} outside the file`);
    const lx = new Lexer(this.bytes, offset);
    const num = lx.word();
    lx.word();
    if (lx.word() !== 'obj' || (expect !== undefined && Number(num) !== expect)) throw new PdfReadError('damaged', `no object ${expect ?? ''} at byte ${offset}`);
    const value = lx.value();
    if (!(value instanceof PdfDict) || lx.peekWord() !== 'stream') return value;
    lx.word();
    // The data starts after the end of the line of «stream» (CR LF or LF).
    if (this.bytes[lx.pos] === 0x0d) lx.pos++;
    if (this.bytes[lx.pos] === 0x0a) lx.pos++;
    const start = lx.pos;
    const declared = this.resolve(value.get('Length'));
    let end = typeof declared === 'number' && declared >= 0 && start + declared <= this.bytes.length ? start + declared : -1;
    if (end < 0 || !latin1(this.bytes, end, Math.min(this.bytes.length, end + 12)).trimStart().startsWith('endstream')) {
      // A wrong or missing /Length: up to the next «endstream».
      const at = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength).indexOf('endstream', start, 'latin1');
      if (at < 0) throw new PdfReadError('damaged', 'a stream without endstream');
      end = at;
      while (end > start && (this.bytes[end - 1] === 0x0a || this.bytes[end - 1] === 0x0d)) end--;
    }
    return { dict: value, raw: this.bytes.subarray(start, end) };
  }

  private inObjectStream(streamNum: number, index: number, num: number): PdfValue | PdfStream {
    let os = this.objectStreams.get(streamNum);
    if (!os) {
      const s = this.object(streamNum);
      if (!isStream(s)) throw new PdfReadError('damaged', `object stream ${streamNum} is not a stream`);
      const data = this.streamData(s);
      const n = s.dict.get('N');
      const first = s.dict.get('First');
      if (typeof n !== 'number' || typeof first !== 'number') throw new PdfReadError('damaged', `object stream ${streamNum} without /N or /First`);
      const lx = new Lexer(data);
      const offsets = new Map<number, number>();
      for (let i = 0; i < n && lx.pos < data.length; i++) {
        const objNum = Number(lx.word());
        const off = Number(lx.word());
        if (Number.isFinite(objNum) && Number.isFinite(off)) offsets.set(objNum, off);
      }
      os = { first, offsets, data };
      this.objectStreams.set(streamNum, os);
    }
    const off = os.offsets.get(num);
    if (off === undefined) return null;
    void index;
    return new Lexer(os.data, os.first + off).value();
  }

  /** Every cross-reference section from the last `startxref` back through `/Prev`; the newest trailer. */
  private readXref(): PdfDict {
    const tail = latin1(this.bytes, Math.max(0, this.bytes.length - 2048), this.bytes.length);
    const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail) ?? /startxref\s+(\d+)/.exec(tail);
    if (!m) throw new PdfReadError('damaged', 'no startxref');
    let offset: number | undefined = Number(m[1]);
    let newest: PdfDict | undefined;
    const seen = new Set<number>();
    while (offset !== undefined) {
      if (seen.has(offset) || seen.size > 10_000) throw new PdfReadError('damaged', 'cross-reference sections in a circle');
      seen.add(offset);
      const trailer = this.xrefSection(offset);
      newest ??= trailer;
      // A hybrid file: its classic table points at a cross-reference stream too.
      const stm = trailer.get('XRefStm');
      if (typeof stm === 'number' && !seen.has(stm)) {
        seen.add(stm);
        this.xrefSection(stm);
      }
      const prev = trailer.get('Prev');
      offset = typeof prev === 'number' ? prev : undefined;
    }
    return newest!;
  }

  /** One section: entries not known yet are added (newer sections are read first). */
  private xrefSection(offset: number): PdfDict {
    const lx = new Lexer(this.bytes, offset);
    if (lx.peekWord() === 'xref') {
      lx.word();
      for (;;) {
        const w = lx.peekWord();
        if (w === 'trailer') {
          lx.word();
          const t = lx.value();
          if (!(t instanceof PdfDict)) throw new PdfReadError('damaged', 'the trailer is not a dictionary');
          return t;
        }
        const start = Number(lx.word());
        const count = Number(lx.word());
        if (!Number.isInteger(start) || !Number.isInteger(count) || count < 0 || count > this.bytes.length) throw new PdfReadError('damaged', 'a broken cross-reference table');
        for (let i = 0; i < count; i++) {
          const off = Number(lx.word());
          lx.word();
          const kind = lx.word();
          if (kind === 'n' && !this.xref.has(start + i)) this.xref.set(start + i, { offset: off });
          else if (kind !== 'n' && kind !== 'f') throw new PdfReadError('damaged', 'a broken cross-reference entry');
        }
      }
    }
    const s = this.objectAt(offset);
    if (!isStream(s) || !(s.dict.get('Type') instanceof PdfName) || (s.dict.get('Type') as PdfName).name !== 'XRef') {
      throw new PdfReadError('damaged', `no cross-reference data at byte ${offset}`);
    }
    const data = this.streamData(s);
    const w = s.dict.get('W');
    const size = s.dict.get('Size');
    if (!Array.isArray(w) || w.length !== 3 || !w.every((x) => typeof x === 'number') || typeof size !== 'number') throw new PdfReadError('damaged', 'a cross-reference stream without /W or /Size');
    const [w0, w1, w2] = w as number[];
    const index = s.dict.get('Index');
    const ranges: number[] = Array.isArray(index) && index.every((x) => typeof x === 'number') ? (index as number[]) : [0, size];
    const rowLength = w0! + w1! + w2!;
    let at = 0;
    const field = (width: number, fallback: number) => {
      if (width === 0) return fallback;
      let v = 0;
      for (let k = 0; k < width; k++) v = v * 256 + (data[at++] ?? 0);
      return v;
    };
    for (let r = 0; r + 1 < ranges.length; r += 2) {
      for (let i = 0; i < ranges[r + 1]! && at + rowLength <= data.length; i++) {
        const num = ranges[r]! + i;
        const type = field(w0!, 1);
        const a = field(w1!, 0);
        const b = field(w2!, 0);
        if (this.xref.has(num)) continue;
        if (type === 1) this.xref.set(num, { offset: a });
        else if (type === 2) this.xref.set(num, { stream: a, index: b });
      }
    }
    return s.dict;
  }

  /** No readable cross-reference data: every `N G obj` of the file, the last of a number winning; the last trailer. */
  private scanObjects(): PdfDict {
    this.xref.clear();
    const text = latin1(this.bytes, 0, this.bytes.length);
    for (const m of text.matchAll(/(?:^|[\r\n\s])(\d+)\s+(\d+)\s+obj\b/g)) {
      const at = m.index + m[0].length - m[0].trimStart().length;
      this.xref.set(Number(m[1]), { offset: at });
    }
    const t = text.lastIndexOf('trailer');
    if (t >= 0) {
      try {
        const v = new Lexer(this.bytes, t + 'trailer'.length).value();
        if (v instanceof PdfDict) return v;
      } catch {
        // fall through to a catalog found by its type
      }
    }
    for (const [num] of this.xref) {
      try {
        const v = this.object(num);
        if (v instanceof PdfDict && v.get('Type') instanceof PdfName && (v.get('Type') as PdfName).name === 'Catalog') {
          return new PdfDict(new Map([['Root', new PdfRef(num, 0)]]));
        }
      } catch {
        // a damaged object: go on
      }
    }
    throw new PdfReadError('damaged', 'neither cross-reference data nor a catalog');
  }
}

export function isStream(v: unknown): v is PdfStream {
  return typeof v === 'object' && v !== null && 'dict' in v && 'raw' in v;
}

/** Undo a PNG predictor (10–15) of FlateDecode's `/DecodeParms`; TIFF predictor 2 is not used by PDF writers for this data. */
function unpredict(data: Uint8Array, params: PdfDict | undefined): Uint8Array {
  const predictor = params?.get('Predictor');
  if (typeof predictor !== 'number' || predictor < 10) return data;
  const columns = typeof params!.get('Columns') === 'number' ? (params!.get('Columns') as number) : 1;
  const colors = typeof params!.get('Colors') === 'number' ? (params!.get('Colors') as number) : 1;
  const bits = typeof params!.get('BitsPerComponent') === 'number' ? (params!.get('BitsPerComponent') as number) : 8;
  const bpp = Math.max(1, Math.ceil((colors * bits) / 8));
  const rowLength = Math.ceil((columns * colors * bits) / 8);
  if (rowLength <= 0) throw new PdfReadError('damaged', 'a predictor with no columns');
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  let prev = new Uint8Array(rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)]!;
    const row = data.subarray(r * (rowLength + 1) + 1, (r + 1) * (rowLength + 1));
    const cur = new Uint8Array(rowLength);
    for (let i = 0; i < rowLength; i++) {
      const left = i >= bpp ? cur[i - bpp]! : 0;
      const up = prev[i]!;
      const upLeft = i >= bpp ? prev[i - bpp]! : 0;
      let v = row[i]!;
      switch (type) {
        case 1: v += left; break;
        case 2: v += up; break;
        case 3: v += (left + up) >> 1; break;
        case 4: {
          const p = left + up - upLeft;
          const pa = Math.abs(p - left);
          const pb = Math.abs(p - up);
          const pc = Math.abs(p - upLeft);
          v += pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
          break;
        }
        default: break;
      }
      cur[i] = v & 0xff;
    }
    out.set(cur, r * rowLength);
    prev = cur;
  }
  return out;
}
