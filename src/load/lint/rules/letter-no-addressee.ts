import type { LintRule } from '../rule.js';

/** A cover letter goes to someone: the addressee stands at the upper right. */
export const letterNoAddressee: LintRule = {
  code: 'letter-no-addressee',
  severity: 'warning',
  description: { ru: 'у письма нет адресата', en: 'a letter without an addressee' },
  check(ctx) {
    const doc = ctx.roadmap.document;
    if (doc.kind !== 'letter' || (doc.addressee ?? []).some((line) => line.trim() !== '')) return;
    ctx.report(doc.addressee ? ctx.position(['document', 'addressee']) : doc.loc);
  },
};
