/**
 * The loader's only contact with the outside world: reading a file. The default uses the
 * bounded reader of src/input/bounded-read.ts (regular files only, size checked before reading),
 * imported lazily, so the core also runs in a browser with another host.
 */
import { DEFAULT_LIMITS } from './limits.js';

export interface LoadHost {
  /**
   * The file's bytes. `maxBytes`: the most the loader accepts (its `fileBytes` limit, or what is
   * left of it for a base); a host may refuse a larger file without reading it by throwing
   * `FileRefused` (src/input/read-failure.ts). A host that reads it anyway is still checked after.
   */
  readFile(path: string, options?: { maxBytes?: number }): Promise<Uint8Array>;
  /**
   * The real path of an existing file (symbolic links resolved), so that a base reached through a
   * link cannot leave the allowed folder. Hosts without links (memory, browser) may omit it.
   */
  realPath?(path: string): Promise<string>;
}

export const nodeLoadHost: LoadHost = {
  async readFile(path: string, options?: { maxBytes?: number }): Promise<Uint8Array> {
    const { readBoundedFile } = await import('../input/bounded-read.js');
    return readBoundedFile(path, { maxBytes: options?.maxBytes ?? DEFAULT_LIMITS.fileBytes });
  },
  async realPath(path: string): Promise<string> {
    const fs = await import('node:fs/promises');
    return fs.realpath(path);
  },
};
