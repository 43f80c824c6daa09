/**
 * Limits that defend the loader against hostile or broken input. A file that exceeds one gets a
 * `limit-*` diagnostic, never a hang or a crash. All can be raised per call (`LoadOptions.limits`).
 */
export interface LoadLimits {
  /** Size of the file in bytes. A large real roadmap is ~200 KiB. */
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

export const DEFAULT_LIMITS: LoadLimits = {
  fileBytes: 10 * 1024 * 1024,
  stringLength: 100_000,
  depth: 64,
  rows: 20_000,
  aliasCount: 100,
};
