/**
 * The folder that `extends` bases must stay inside, for a file named on the command line: the
 * folder the command runs in when the file is inside it (a region folder with its base and its
 * municipalities), else the file's own folder. The loader's default is the same rule with the
 * process's folder; the CLI states its own, since commands run with their own working folder.
 */
import path from 'node:path';

export function extendsRootFor(cwd: string, input: string): string {
  const rel = path.relative(cwd, input);
  const inside = rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  return inside ? cwd : path.dirname(input);
}
