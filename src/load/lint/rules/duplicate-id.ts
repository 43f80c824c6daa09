import type { Located } from '../../../model/roadmap.js';
import type { LintRule } from '../rule.js';
import { planEntries } from '../walk.js';

/** Two nodes with one `id`: later tools could not tell them apart. */
export const duplicateId: LintRule = {
  code: 'duplicate-id',
  severity: 'error',
  description: { ru: 'идентификатор id повторяется в файле', en: 'an id used twice in one file' },
  check(ctx) {
    const { roadmap } = ctx;
    const nodes: (Located & { id?: string })[] = [];
    const doc = roadmap.document;
    nodes.push(doc);
    if (doc.authority) nodes.push(doc.authority);
    const points = (list: typeof doc.points) => { for (const p of list) { nodes.push(p); points(p.points); } };
    points(doc.points);
    nodes.push(...doc.signatories, ...doc.endorsements, ...roadmap.organisations.values());
    for (const plan of roadmap.plans) {
      nodes.push(plan, ...planEntries(plan), ...plan.signatories);
    }
    const first = new Map<string, Located>();
    for (const n of nodes) {
      if (n.id === undefined) continue;
      const seen = first.get(n.id);
      if (!seen) { first.set(n.id, n); continue; }
      const idAt = (node: Located) => {
        const path = ctx.pathOf(node);
        return path ? ctx.position([...path, 'id']) : node.loc;
      };
      ctx.report(idAt(n), { id: n.id, firstLine: idAt(seen)?.line ?? '?' });
    }
  },
};
