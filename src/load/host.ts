/**
 * The loader's only contact with the outside world: reading a file. The default uses
 * `node:fs/promises`, imported lazily, so the core also runs in a browser with another host.
 */
export interface LoadHost {
  readFile(path: string): Promise<Uint8Array>;
}

export const nodeLoadHost: LoadHost = {
  async readFile(path: string): Promise<Uint8Array> {
    const fs = await import('node:fs/promises');
    return fs.readFile(path);
  },
};
