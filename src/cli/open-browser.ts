/**
 * Opening a page in the user's browser (`plangraf preview --open`): the system's own opener
 * (xdg-open, open, start), started detached; failing to open is not an error, the address is
 * printed anyway.
 */
import { spawn } from 'node:child_process';

export function openBrowser(url: string): void {
  const [command, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No opener on this system: the address is printed.
  }
}
