/**
 * Outputs are written inside the output folder, never through a symbolic link found there: a link
 * `out/Муром → /somewhere` (or `out/Муром/order.docx → ~/.bashrc`) would otherwise send the
 * document — or replace a file — outside the folder the user named. The output folder itself
 * may be a link: that is where the user asked the files to go.
 */
import { lstat } from 'node:fs/promises';
import * as path from 'node:path';

/**
 * The first part of `target` below `root` that is a symbolic link (the path from `root`, with
 * «/»), or undefined when there is none. Parts that do not exist yet are not links.
 */
export async function linkOnTheWay(root: string, target: string): Promise<string | undefined> {
  const parts = path.relative(root, target).split(path.sep).filter((p) => p !== '');
  let at = root;
  for (const [i, part] of parts.entries()) {
    at = path.join(at, part);
    let info;
    try {
      info = await lstat(at);
    } catch {
      return undefined; // missing: nothing below it exists either
    }
    if (info.isSymbolicLink()) return parts.slice(0, i + 1).join('/');
  }
  return undefined;
}
