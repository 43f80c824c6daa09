/**
 * Why a named file was not read, as data (`FileRefused`) and in words (`readFailureReason`).
 * Free of `node:` imports: the loader, which also runs in a browser with its own host, maps
 * these to diagnostics; only the reader (bounded-read.ts) touches the file system.
 */
import type { Language } from '../diagnostics/diagnostic.js';

/** What a path turned out to be when it was not a regular file. */
export type FileType = 'directory' | 'fifo' | 'socket' | 'character-device' | 'block-device' | 'symbolic-link' | 'other';

export type Refusal =
  /** Not a regular file: nothing was read (a FIFO or a device could block or never end). */
  | { kind: 'not-a-file'; type: FileType }
  /**
   * Larger than the limit: refused by its size before reading, or after `limit + 1` bytes when
   * it grew while read (then `size` is undefined: only «more than `limit`» is known).
   */
  | { kind: 'too-large'; size: number | undefined; limit: number };

/** A file refused by the reader before (or instead of) reading it whole. */
export class FileRefused extends Error {
  constructor(
    readonly file: string,
    readonly refusal: Refusal,
  ) {
    super(refusal.kind === 'not-a-file' ? `${file}: not a regular file (${refusal.type})` : `${file}: larger than ${refusal.limit} bytes`);
    this.name = 'FileRefused';
  }
}

const TYPE_WORDS: Record<FileType, { ru: string; en: string }> = {
  directory: { ru: 'папка', en: 'a folder' },
  fifo: { ru: 'именованный канал (FIFO)', en: 'a named pipe (FIFO)' },
  socket: { ru: 'сокет', en: 'a socket' },
  'character-device': { ru: 'устройство', en: 'a device' },
  'block-device': { ru: 'устройство', en: 'a device' },
  'symbolic-link': { ru: 'символическая ссылка', en: 'a symbolic link' },
  other: { ru: 'особый файл', en: 'a special file' },
};

/** «именованный канал (FIFO)» / «a named pipe (FIFO)»: what a refused path is. */
export function fileTypeWords(type: FileType, lang: Language): string {
  return TYPE_WORDS[type][lang];
}

/** A read failure in a few words for «… : reason» (errno codes of Node and our refusals). */
export function readFailureReason(e: unknown, lang: Language): string {
  const ru = lang === 'ru';
  if (e instanceof FileRefused) {
    const r = e.refusal;
    if (r.kind === 'not-a-file') return ru ? `это ${TYPE_WORDS[r.type].ru}, а не обычный файл` : `it is ${TYPE_WORDS[r.type].en}, not a regular file`;
    return ru ? `файл больше предела: ${bytesText(r.limit, lang)}` : `the file is larger than the limit of ${bytesText(r.limit, lang)}`;
  }
  const code = (e as { code?: unknown } | null)?.code;
  const words: Record<string, [string, string]> = {
    ENOENT: ['файла нет', 'no such file'],
    ENOTDIR: ['файла нет', 'no such file'],
    EACCES: ['нет прав на чтение', 'permission denied'],
    EPERM: ['нет прав на чтение', 'permission denied'],
    EISDIR: ['это папка, а не файл', 'it is a folder, not a file'],
    ELOOP: ['символические ссылки ведут по кругу', 'symbolic links go round in a loop'],
  };
  const known = typeof code === 'string' ? words[code] : undefined;
  if (known) return ru ? known[0] : known[1];
  return e instanceof Error ? e.message : String(e);
}

/** «1 байт», «2 байта», «5 байт» / «1 byte», «5 bytes». */
export function bytesText(n: number, lang: Language): string {
  if (lang === 'en') return `${n} ${n === 1 ? 'byte' : 'bytes'}`;
  const tens = n % 100;
  const ones = n % 10;
  const word = tens >= 11 && tens <= 14 ? 'байт' : ones === 1 ? 'байт' : ones >= 2 && ones <= 4 ? 'байта' : 'байт';
  return `${n} ${word}`;
}
