/**
 * `--extends-root DIR` of `validate`, `render` and `batch`: the folder that `extends` bases may
 * come from. Without it a base must lie in the input's own folder or below it (the loader's
 * default, src/load/merge/extends.ts); `batch` given a folder allows that folder
 * (src/batch/inputs.ts). The option widens this for a region whose municipal files, in a
 * subfolder, extend a base above them: `--extends-root examples/region`.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Language } from '../diagnostics/diagnostic.js';
import type { CommandOption } from './command.js';

export const EXTENDS_ROOT_OPTION: Record<'extends-root', CommandOption> = { 'extends-root': { type: 'string' } };

/** The option's folder, absolute; undefined when not given; a usage message when it is no folder. */
export async function extendsRootOption(cwd: string, value: unknown, lang: Language): Promise<{ root?: string } | { usage: string }> {
  if (value === undefined) return {};
  const root = path.resolve(cwd, String(value));
  const isFolder = await stat(root).then((s) => s.isDirectory(), () => false);
  if (isFolder) return { root };
  return { usage: lang === 'ru' ? `--extends-root: папки «${String(value)}» нет` : `--extends-root: there is no folder '${String(value)}'` };
}
