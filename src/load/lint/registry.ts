/** All lint rules, in the order they run, and running them with the user's settings. */
import type { Diagnostic, Language, Severity } from '../../diagnostics/diagnostic.js';
import { createDiagnostic, type Position } from '../../diagnostics/create.js';
import type { LintSetting, RoadmapInput } from '../../model/roadmap-input.js';
import type { Roadmap } from '../../model/roadmap.js';
import type { Locator, PathSegment } from '../locate.js';
import { nearest } from '../suggest.js';
import type { LintContext, LintRule } from './rule.js';
import { withWalkCache } from './walk.js';
import { deadlineUnparsed } from './rules/deadline-unparsed.js';
import { deadlineImpossibleDate, deadlineReversedRange } from './rules/deadline-problems.js';
import { deadlineOutsidePeriod } from './rules/deadline-outside-period.js';
import { itemBeforeApproval } from './rules/item-before-approval.js';
import { executionDoneBeforePlan } from './rules/execution-done-before-plan.js';
import { executorLookalike, executorUnknown } from './rules/executor-unknown.js';
import { duplicateId } from './rules/duplicate-id.js';
import { emptyTask } from './rules/empty-task.js';
import { extraColumnUnknown, extraColumnValue } from './rules/extra-columns.js';
import { numberingExplicitMissing } from './rules/numbering-explicit-missing.js';
import { pointPlaceholderInvalid } from './rules/point-placeholder-invalid.js';
import { pointsTooDeep } from './rules/points-too-deep.js';
import { textBidiControl, textMissingGlyph, textRightToLeft } from './rules/text-glyphs.js';
import { passportNoApproval, planNoApproval } from './rules/document-approval.js';
import { letterNoAddressee } from './rules/letter-no-addressee.js';
import { titleMissingGost2025 } from './rules/title-missing-gost-2025.js';
import { appendixUnknown } from './rules/appendix-unknown.js';
import { footnoteDuplicate, footnoteMisplaced, footnoteUnknown, footnoteUnused } from './rules/footnotes.js';
import { indicatorValues } from './rules/indicator-values.js';
import {
  appendixApprovalMissing, bodyPartUnknown, formulaSyntax, planPlacedTwice, planUnknown, tableRowTooLong, tableSpanOutside,
  tableSpanOverlap, wordingUnknown,
} from './rules/document-structure.js';

export const LINT_RULES: readonly LintRule[] = [
  deadlineUnparsed,
  deadlineImpossibleDate,
  deadlineReversedRange,
  deadlineOutsidePeriod,
  itemBeforeApproval,
  executionDoneBeforePlan,
  executorUnknown,
  executorLookalike,
  duplicateId,
  emptyTask,
  extraColumnValue,
  extraColumnUnknown,
  numberingExplicitMissing,
  pointsTooDeep,
  pointPlaceholderInvalid,
  textMissingGlyph,
  textRightToLeft,
  textBidiControl,
  // The document as a whole: its kind's required parts and the references in its text.
  planNoApproval,
  passportNoApproval,
  letterNoAddressee,
  titleMissingGost2025,
  appendixUnknown,
  footnoteUnknown,
  footnoteUnused,
  footnoteMisplaced,
  footnoteDuplicate,
  indicatorValues,
  bodyPartUnknown,
  planUnknown,
  planPlacedTwice,
  appendixApprovalMissing,
  tableRowTooLong,
  tableSpanOutside,
  tableSpanOverlap,
  formulaSyntax,
  wordingUnknown,
];

export function runLint(
  roadmap: Roadmap,
  input: RoadmapInput,
  locator: Locator,
  paths: ReadonlyMap<object, PathSegment[]>,
  lang: Language,
  override: Record<string, LintSetting> = {},
): Diagnostic[] {
  const settings: Record<string, LintSetting> = { ...roadmap.lint, ...override };
  const out: Diagnostic[] = [];
  const known = LINT_RULES.map((r) => r.code as string);
  for (const code of Object.keys(roadmap.lint)) {
    if (!known.includes(code)) {
      const at = locator.loc(['lint', code], 'key');
      out.push(createDiagnostic('lint-unknown-rule', lang, at.file, at, {
        rule: code, suggestion: nearest(code, known), allowed: known.join(', '),
      }));
    }
  }
  withWalkCache(() => runRules(roadmap, input, locator, paths, lang, settings, out));
  return out;
}

function runRules(
  roadmap: Roadmap,
  input: RoadmapInput,
  locator: Locator,
  paths: ReadonlyMap<object, PathSegment[]>,
  lang: Language,
  settings: Record<string, LintSetting>,
  out: Diagnostic[],
): void {
  for (const rule of LINT_RULES) {
    const setting = settings[rule.code];
    if (setting === 'off') continue;
    const severity: Severity = setting ?? rule.severity;
    const ctx: LintContext = {
      roadmap,
      input,
      lang,
      pathOf: (node) => paths.get(node),
      // A `SourceLocation` (a `Position` with its file): in a merged file (extends) places may be in a base.
      position: (path, target) => locator.loc(path, target),
      positionOf: (path, needle, occurrence) => locator.textPosition(path, needle, occurrence) ?? locator.loc(path),
      report(at, args = {}) {
        const pos: Position = at ? { line: at.line, column: at.column, ...(at.endLine !== undefined ? { endLine: at.endLine } : {}), ...(at.endColumn !== undefined ? { endColumn: at.endColumn } : {}), ...(at.pointer !== undefined ? { pointer: at.pointer } : {}) } : { line: 0, column: 0 };
        const file = at && 'file' in at ? at.file : locator.file;
        out.push(createDiagnostic(rule.code, lang, file, pos, args, severity));
      },
    };
    rule.check(ctx);
  }
}
