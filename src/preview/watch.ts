/**
 * Watching the files a document is built from — the roadmap, the bases its `extends` names, the
 * templates folder — for `plangraf preview` and `plangraf render --watch`, with chokidar (editors
 * save by writing a temporary file and renaming it over the old one; chokidar follows the new
 * file, where a bare `fs.watch` of the old one would go quiet). Changes arriving together (one
 * save touches a file several times) are reported once, `DEBOUNCE_MS` after the last.
 */
import * as path from 'node:path';
import type { FSWatcher } from 'chokidar';

export const DEBOUNCE_MS = 60;

export interface FileWatch {
  /** Watch exactly these paths (files or folders) from now on. */
  set(paths: Iterable<string>): void;
  /** Resolves once the watcher has started watching what it was given. */
  ready(): Promise<void>;
  close(): Promise<void>;
}

export async function watchFiles(onChange: (changed: string[]) => void, debounceMs = DEBOUNCE_MS): Promise<FileWatch> {
  const { watch } = await import('chokidar');
  let watcher: FSWatcher | undefined;
  let watched = new Set<string>();
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let markReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((resolve) => (markReady = resolve));
  const changed = (_event: string, file: string) => {
    pending.add(path.resolve(file));
    clearTimeout(timer);
    timer = setTimeout(() => {
      const batch = [...pending];
      pending = new Set();
      onChange(batch);
    }, debounceMs);
  };
  return {
    set(paths) {
      const next = new Set([...paths].map((p) => path.resolve(p)));
      if (!watcher) {
        // Created with its first paths: chokidar says `ready` once, after its first scan.
        watcher = watch([...next], { ignoreInitial: true, persistent: true });
        watcher.once('ready', () => markReady());
        watcher.on('all', changed);
      } else {
        const added = [...next].filter((p) => !watched.has(p));
        const removed = [...watched].filter((p) => !next.has(p));
        if (removed.length > 0) watcher.unwatch(removed);
        if (added.length > 0) watcher.add(added);
      }
      watched = next;
    },
    ready: () => readyPromise,
    async close() {
      clearTimeout(timer);
      await watcher?.close();
    },
  };
}
