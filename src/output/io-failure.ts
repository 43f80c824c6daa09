/**
 * What a failed file operation means, in words: the one place Node's error codes (ENOSPC, EACCES,
 * EEXIST …) become a reason and a hint in Russian or English. `render`, `batch`, `templates` and
 * `init` report every failed write through it, so a user never sees «EEXIST: file already
 * exists, mkdir '/home/…'» but «„out“ — это файл, а не папка» with what to do about it.
 *
 *   try { await writeFileAtomically(target, bytes); }
 *   catch (e) { const { reason, hint } = describeIoFailure(e, 'ru', cwd); … }
 */
import { statSync } from 'node:fs';
import * as path from 'node:path';
import type { Language } from '../diagnostics/diagnostic.js';

export interface IoFailure {
  /** The Node error code (`ENOSPC`), or undefined for an error that has none. */
  code: string | undefined;
  /** What went wrong, a phrase without a final full stop: «на диске нет места». */
  reason: string;
  /** What to do, a sentence; undefined when there is nothing useful to say. */
  hint?: string;
}

type Words = { reason: string; hint?: string };
type Table = Record<Language, (shown: string) => Words>;

const NO_SPACE: Table = {
  ru: () => ({ reason: 'на диске нет места', hint: 'Освободите место на диске или укажите папку на другом диске.' }),
  en: () => ({ reason: 'no space left on the disk', hint: 'Free some disk space or choose a folder on another disk.' }),
};
const NO_RIGHTS: Table = {
  ru: () => ({ reason: 'нет прав на запись', hint: 'Проверьте права на папку или укажите другую; если файл открыт в другой программе, закройте его.' }),
  en: () => ({ reason: 'no permission to write', hint: 'Check the permissions of the folder or choose another; if the file is open in another program, close it.' }),
};
const NOT_A_FOLDER: Table = {
  ru: (p) => ({ reason: `„${p}“ — это файл, а не папка`, hint: `Переименуйте или удалите файл „${p}“ либо укажите другую папку.` }),
  en: (p) => ({ reason: `“${p}” is a file, not a folder`, hint: `Rename or delete the file “${p}”, or choose another folder.` }),
};
const BUSY: Table = {
  ru: () => ({ reason: 'файл занят другой программой', hint: 'Закройте его (например, в Word) и повторите.' }),
  en: () => ({ reason: 'the file is in use by another program', hint: 'Close it (in Word, for example) and try again.' }),
};

const WORDS: Record<string, Table> = {
  ENOSPC: NO_SPACE,
  EDQUOT: {
    ru: () => ({ reason: 'исчерпана квота диска', hint: NO_SPACE.ru('').hint! }),
    en: () => ({ reason: 'the disk quota is used up', hint: NO_SPACE.en('').hint! }),
  },
  EACCES: NO_RIGHTS,
  EPERM: NO_RIGHTS,
  EROFS: {
    ru: () => ({ reason: 'диск доступен только для чтения', hint: 'Укажите папку на другом диске.' }),
    en: () => ({ reason: 'the disk is read-only', hint: 'Choose a folder on another disk.' }),
  },
  ENOTDIR: NOT_A_FOLDER,
  EISDIR: {
    ru: (p) => ({ reason: `на месте файла — папка „${p}“`, hint: `Переименуйте или удалите папку „${p}“.` }),
    en: (p) => ({ reason: `there is a folder “${p}” where the file should be`, hint: `Rename or delete the folder “${p}”.` }),
  },
  EEXIST: {
    ru: (p) => ({ reason: `файл „${p}“ уже есть`, hint: 'Удалите его или выберите другое имя.' }),
    en: (p) => ({ reason: `the file “${p}” already exists`, hint: 'Delete it or choose another name.' }),
  },
  ENAMETOOLONG: {
    ru: () => ({ reason: 'слишком длинное имя файла или путь', hint: 'Выберите имя короче или папку ближе к корню диска.' }),
    en: () => ({ reason: 'the file name or path is too long', hint: 'Choose a shorter name or a folder nearer the root of the disk.' }),
  },
  EINVAL: {
    ru: () => ({ reason: 'такое имя недопустимо в этой файловой системе', hint: 'Выберите другое имя.' }),
    en: () => ({ reason: 'the name is not allowed on this file system', hint: 'Choose another name.' }),
  },
  // Node refuses a path holding NUL before asking the system.
  ERR_INVALID_ARG_VALUE: {
    ru: () => ({ reason: 'в имени файла или папки есть символ NUL', hint: 'Уберите его из имени.' }),
    en: () => ({ reason: 'the file or folder name contains NUL', hint: 'Remove it from the name.' }),
  },
  EIO: {
    ru: () => ({ reason: 'ошибка ввода-вывода: диск неисправен или отключён', hint: 'Проверьте диск и повторите.' }),
    en: () => ({ reason: 'input/output error: the disk is faulty or disconnected', hint: 'Check the disk and try again.' }),
  },
  EMFILE: {
    ru: () => ({ reason: 'открыто слишком много файлов', hint: 'Уменьшите --jobs или повторите позже.' }),
    en: () => ({ reason: 'too many files are open', hint: 'Lower --jobs or try again later.' }),
  },
  EBUSY: BUSY,
  ETXTBSY: BUSY,
  ENOENT: {
    ru: () => ({ reason: 'папка исчезла во время записи', hint: 'Повторите запуск.' }),
    en: () => ({ reason: 'the folder disappeared while writing', hint: 'Run it again.' }),
  },
  ELOOP: {
    ru: () => ({ reason: 'в пути слишком много символических ссылок (или ссылка указывает сама на себя)', hint: 'Проверьте ссылки в пути.' }),
    en: () => ({ reason: 'too many symbolic links in the path (or a link pointing to itself)', hint: 'Check the links in the path.' }),
  },
};
WORDS.ENFILE = WORDS.EMFILE!;

/**
 * A failed file operation in words. `cwd` is the folder paths are shown relative to (absolute
 * when outside it). `target` is the file that was being written, for the codes whose words name
 * a path when the error itself names a temporary file.
 */
export function describeIoFailure(e: unknown, lang: Language, cwd: string, target?: string): IoFailure {
  const err = (e ?? {}) as { code?: unknown; path?: unknown; syscall?: unknown; message?: unknown };
  const code = typeof err.code === 'string' ? err.code : undefined;
  const errPath = typeof err.path === 'string' ? err.path : target;
  let table = code ? WORDS[code] : undefined;
  let about = errPath ?? '';
  if (code === 'EEXIST' && err.syscall === 'mkdir') {
    // mkdir over a file: the folder to create is a file.
    table = NOT_A_FOLDER;
  }
  if (table === NOT_A_FOLDER && errPath) about = fileInTheWay(errPath) ?? errPath;
  if (code === 'EISDIR' && target) about = target;
  if (code === 'EEXIST' && table !== NOT_A_FOLDER && target) about = target;
  if (!table) {
    const detail = code ?? (typeof err.message === 'string' ? err.message.split('\n')[0]! : String(e));
    return { code, reason: lang === 'ru' ? `системная ошибка ${detail}` : `system error ${detail}` };
  }
  const words = table[lang](shownPath(about, cwd));
  return { code, reason: words.reason, ...(words.hint ? { hint: words.hint } : {}) };
}

/** `file` relative to `cwd` when inside it (with «/»), else absolute. */
export function shownPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  if (rel === '') return '.';
  if (rel.startsWith('..') || path.isAbsolute(rel)) return file;
  return rel.split(path.sep).join('/');
}

/** The nearest existing ancestor of `p` (or `p` itself) that is not a folder. */
function fileInTheWay(p: string): string | undefined {
  for (let at = path.resolve(p); ; at = path.dirname(at)) {
    try {
      if (!statSync(at).isDirectory()) return at;
    } catch {
      /* not there: look higher */
    }
    if (path.dirname(at) === at) return undefined;
  }
}
