/**
 * Output names from a pattern: `{municipality}/{kind}.{ext}` → «Гороховецкий район/order.docx».
 *
 * A value put into a placeholder cannot add folders: «/», «\» and characters Windows forbids in
 * names (`:*?"<>|`, control characters) become «_», runs of spaces one space. The whole name
 * is then checked segment by segment and refused (never silently changed) when it would leave
 * the output folder or cannot be a file on Windows, Linux and macOS alike: an absolute path,
 * «..», an empty segment, NUL, reserved device names (CON, PRN, AUX, NUL, COM1–COM9,
 * LPT1–LPT9, with any extension), a trailing dot or space, a segment over 255 bytes.
 * Cyrillic stays as written (NFC), readable in any file manager.
 */
export const DEFAULT_PATTERN = '{municipality}/{kind}.{ext}';

export const PLACEHOLDERS = ['municipality', 'name', 'kind', 'ext'] as const;
export type NameVars = Record<(typeof PLACEHOLDERS)[number], string>;

const FORBIDDEN_IN_VALUE = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i;

export type NameCheck = { ok: true; path: string } | { ok: false; reasonRu: string; reasonEn: string };

/** A placeholder value made unable to add folders. */
export function cleanValue(v: string): string {
  return v.normalize('NFC').replace(FORBIDDEN_IN_VALUE, '_').replace(/\s+/g, ' ').trim();
}

/** The pattern with values put in, checked. `path` uses «/» between folders. */
export function outputName(pattern: string, vars: NameVars): NameCheck {
  const name = pattern.replace(/\{(\w+)\}/g, (whole, key: string) =>
    (PLACEHOLDERS as readonly string[]).includes(key) ? cleanValue(vars[key as keyof NameVars]) : whole);
  return checkName(name);
}

/** The problem with a relative output name, or ok. */
export function checkName(name: string): NameCheck {
  const bad = (reasonRu: string, reasonEn: string): NameCheck => ({ ok: false, reasonRu, reasonEn });
  if (name.includes('\u0000')) return bad('содержит символ NUL', 'it contains NUL');
  const unified = name.replace(/\\/g, '/');
  if (unified.startsWith('/') || /^[A-Za-z]:/.test(unified)) return bad('абсолютный путь', 'an absolute path');
  const segments = unified.split('/');
  for (const s of segments) {
    if (s === '' ) return bad('пустая часть пути', 'an empty path segment');
    if (s === '.' || s === '..') return bad(`часть пути «${s}» выводит из папки результатов`, `the segment “${s}” leads out of the output folder`);
    if (/[ .]$/.test(s)) return bad(`часть пути «${s}» кончается точкой или пробелом`, `the segment “${s}” ends with a dot or a space`);
    if (RESERVED.test(s)) return bad(`«${s}» — зарезервированное имя устройства Windows`, `“${s}” is a reserved Windows device name`);
    if (new TextEncoder().encode(s).length > 255) return bad('часть пути длиннее 255 байт', 'a path segment longer than 255 bytes');
    if (/[\u0001-\u001f<>:"|?*]/.test(s)) return bad(`часть пути «${s}» содержит недопустимый символ`, `the segment “${s}” contains a forbidden character`);
  }
  return { ok: true, path: segments.join('/').normalize('NFC') };
}

/** A pattern a user typed: its own problems (unknown placeholder, no {ext}), before any input is read. */
export function checkPattern(pattern: string): { ru: string; en: string } | undefined {
  for (const m of pattern.matchAll(/\{(\w*)\}/g)) {
    if (!(PLACEHOLDERS as readonly string[]).includes(m[1]!)) {
      return { ru: `неизвестная подстановка {${m[1]}}: допустимы ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`, en: `unknown placeholder {${m[1]}}: use ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}` };
    }
  }
  if (!pattern.includes('{ext}')) return { ru: 'в шаблоне нет {ext}: файлы разных форматов (DOCX, PDF) получили бы одно имя', en: 'the pattern has no {ext}: the files of different formats (DOCX, PDF) would get the same name' };
  const probe = checkName(pattern.replace(/\{\w+\}/g, 'x'));
  if (!probe.ok) return { ru: probe.reasonRu, en: probe.reasonEn };
  return undefined;
}
