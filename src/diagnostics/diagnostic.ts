/**
 * One diagnostic type for everything a user can get wrong: YAML syntax, schema, lint, templates,
 * rendering. Messages are produced in the requested language (Russian by default).
 */
export type Severity = 'error' | 'warning' | 'info';
export type Language = 'ru' | 'en';

export interface Diagnostic {
  /** Stable code, e.g. `yaml-syntax`, `schema-unknown-key`, `deadline-outside-period`. */
  code: string;
  severity: Severity;
  /** What is wrong, one sentence, in the requested language. */
  message: string;
  /** The file the problem is in (as given by the caller), or '<input>' for text. */
  file: string;
  /** 1-based; 0 when the problem has no place in a file. */
  line: number;
  /** 1-based; 0 when the problem has no place in a file. */
  column: number;
  /** How to fix it, in the requested language. */
  hint?: string;
  /** End of the offending span, when known (for editors). */
  endLine?: number;
  endColumn?: number;
  /**
   * For a roadmap loaded as data (`loadRoadmapObject`): the offending value as a JSON Pointer
   * (RFC 6901, `/plan/items/3/deadline`); `line` and `column` are then 0.
   */
  pointer?: string;
}

/** Exit codes of the CLI, documented in the README. */
export const EXIT = {
  /** Everything fine (warnings allowed unless --strict). */
  ok: 0,
  /** The input has errors (or warnings under --strict); nothing, or not everything, was written. */
  inputErrors: 1,
  /** Wrong command-line usage. */
  usage: 2,
  /** Files could not be read or written (permissions, missing folder, disk full). */
  io: 3,
  /** A defect in plangraf itself: please report it. */
  internal: 70,
  /** Stopped by Ctrl-C (SIGINT): 128 + 2, as shells expect. */
  interrupted: 130,
  /** The reader of the output closed it early (`plangraf schema | head -1`): 128 + SIGPIPE, as for a tool stopped by it. */
  outputClosed: 141,
  /** Stopped by SIGTERM: 128 + 15. */
  terminated: 143,
} as const;

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
