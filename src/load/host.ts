/**
 * The loader's only contact with the outside world: reading a file. The default uses
 * `node:fs/promises`, imported lazily, so the core also runs in a browser with another host.
 */
export interface LoadHost {
  readFile(path: string): Promise<Uint8Array>;
  /**
   * The real path of an existing file (symbolic links resolved), so that a base reached through a
   * link cannot leave the allowed folder. Hosts without links (memory, browser) may omit it.
   */
  realPath?(path: string): Promise<string>;
}

export const nodeLoadHost: LoadHost = {
  async readFile(path: string): Promise<Uint8Array> {
    const fs = await import('node:fs/promises');
    return fs.readFile(path);
  },
  async realPath(path: string): Promise<string> {
    const fs = await import('node:fs/promises');
    return fs.realpath(path);
  },
};
