/**
 * The plans an amending order attaches as its appendices: with `mode: new-edition` every plan (the
 * new edition of each appendix); with `mode: points` only the plans the previous version does not
 * have (the changes of the others are its points). Undefined for a document that amends nothing.
 */
import type { Plan, Roadmap } from '../model/roadmap.js';
import { pairPlans } from './compare.js';

export function attachedPlans(roadmap: Roadmap): Set<Plan> | undefined {
  const amends = roadmap.document.amends;
  if (!amends) return undefined;
  if (amends.mode === 'new-edition' || !amends.previous) return new Set(roadmap.plans);
  return new Set(pairPlans(amends.previous.plans, roadmap.plans).filter((p) => !p.old && p.neu).map((p) => p.neu!));
}
