import type { LintRule } from '../rule.js';

/**
 * An approved plan (`kind: plan`) prints its approval stamp «УТВЕРЖДЕН …» in the upper right of
 * its first page: the document's `approval`, or the first plan's own.
 */
export const planNoApproval: LintRule = {
  code: 'plan-no-approval',
  severity: 'warning',
  description: { ru: 'у утверждаемого плана (kind: plan) нет грифа утверждения', en: 'an approved plan (kind: plan) without an approval stamp' },
  check(ctx) {
    const doc = ctx.roadmap.document;
    if (doc.kind !== 'plan' || doc.approval || ctx.roadmap.plans[0]?.approval) return;
    ctx.report(doc.loc);
  },
};

/** A project passport is approved, usually by a meeting: «УТВЕРЖДЕНО / на заседании …». */
export const passportNoApproval: LintRule = {
  code: 'passport-no-approval',
  severity: 'warning',
  description: { ru: 'у паспорта проекта нет грифа утверждения', en: 'a project passport without an approval stamp' },
  check(ctx) {
    const doc = ctx.roadmap.document;
    if (doc.kind === 'passport' && !doc.approval) ctx.report(doc.loc);
  },
};
