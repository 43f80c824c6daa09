/**
 * A lint rule: a domain check on the loaded roadmap. Each rule has a stable code (also the
 * message code in src/diagnostics/messages.ts), a default severity, and can be switched off or
 * given another severity in the file (`lint: {executor-unknown: off}`) or by the caller
 * (`LoadOptions.lint`).
 */
import type { Language, Severity } from '../../diagnostics/diagnostic.js';
import type { Position } from '../../diagnostics/create.js';
import type { MessageArgs, MessageCode } from '../../diagnostics/messages.js';
import type { SourceLocation } from '../../model/source.js';
import type { Roadmap } from '../../model/roadmap.js';
import type { RoadmapInput } from '../../model/roadmap-input.js';
import type { Locator, PathSegment, Target } from '../locate.js';

export interface LintContext {
  roadmap: Roadmap;
  /** The checked input as written (after `extends` merging), for rules that look at every string. */
  input: RoadmapInput;
  lang: Language;
  /** The path each model node came from. */
  pathOf(node: object): PathSegment[] | undefined;
  /** A place in the file by input path. */
  position(path: readonly PathSegment[], target?: Target): Position;
  /**
   * The place of the `occurrence`-th (from 0) `needle` written inside the string at `path` (a
   * footnote marker in a text); the string's own place when it cannot be told.
   */
  positionOf(path: readonly PathSegment[], needle: string, occurrence: number): Position;
  /** Report a problem of this rule at a place. */
  report(at: Position | SourceLocation | undefined, args?: MessageArgs): void;
}

export interface LintRule {
  code: MessageCode;
  severity: Severity;
  /** What the rule checks, one line (for documentation and `plangraf validate --help`). */
  description: { ru: string; en: string };
  check(ctx: LintContext): void;
}

export type { Locator };
