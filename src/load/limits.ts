/**
 * Limits that defend the loader against hostile or broken input. A file that exceeds one gets a
 * `limit-*` diagnostic, never a hang or a crash. All can be raised per call (`LoadOptions.limits`).
 */
export interface LoadLimits {
  /**
   * Size of the file in bytes. Follows the row limit: a real roadmap takes 0.8–1.1 KB per row
   * with its document and directory (examples/), so a plan at the row limit is some 16–22 MB;
   * the default allows about 2 KiB per row (`BYTES_PER_ROW`). Raise both together.
   */
  fileBytes: number;
  /** Characters in one string value (a cell's text). */
  stringLength: number;
  /** Nesting depth of YAML collections (mappings and lists). A roadmap needs ~12. */
  depth: number;
  /** Plan rows (items and groups) in all plans together. */
  rows: number;
  /**
   * How many times aliases (`*name`) may be expanded, as counted by yaml's `maxAliasCount`:
   * stops an "alias bomb" (a few lines that expand to gigabytes).
   */
  aliasCount: number;
}

/** File bytes allowed per plan row at the row limit: twice what a real roadmap takes. */
export const BYTES_PER_ROW = 2 * 1024;
const ROWS = 20_000;
const MIB = 1024 * 1024;

export const DEFAULT_LIMITS: LoadLimits = {
  // 20,000 rows × 2 KiB = 39.1 MiB, rounded up to whole MiB: 40 MiB.
  fileBytes: Math.ceil((ROWS * BYTES_PER_ROW) / MIB) * MIB,
  stringLength: 100_000,
  depth: 64,
  rows: ROWS,
  aliasCount: 100,
};
