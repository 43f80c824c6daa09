/**
 * Every document kind is a preset: an arrangement of named parts (the order today's documents
 * have), composed by one block composer (src/compose/body.ts). `document.body` written as a list
 * replaces the arrangement; it may name the kind's parts (`KIND_PARTS`) and add blocks.
 *
 *   kind: passport, no body   → approval, title, roles, goal, tasks, indicators, results, sections,
 *                               plans, signature, executor-mark
 *   body: [approval, title, {part: goal, inline: true}, {heading: …}, plans, signature]
 *                             → that arrangement instead
 */
import type { DocumentKind, PartName } from './roadmap-input.js';

const ACT: readonly PartName[] = [
  'authority', 'doc-type', 'date-number', 'place', 'title', 'preamble', 'operative', 'points', 'signature', 'executor-mark',
];

/** The arrangement of each kind when no body is written. */
export const PRESETS: Readonly<Record<DocumentKind, readonly PartName[]>> = {
  order: ACT,
  directive: ACT,
  letter: ['letterhead', 'salutation', 'text', 'appendix-line', 'signature', 'executor-mark'],
  passport: ['approval', 'title', 'roles', 'goal', 'tasks', 'indicators', 'results', 'sections', 'plans', 'signature', 'executor-mark'],
  plan: ['plans', 'executor-mark'],
};

/** The parts each kind has: its preset's, and `plans` (the plans placed nowhere else) everywhere. */
export const KIND_PARTS: Readonly<Record<DocumentKind, readonly PartName[]>> = {
  order: [...ACT, 'plans'],
  directive: [...ACT, 'plans'],
  letter: [...PRESETS.letter, 'plans'],
  passport: PRESETS.passport,
  plan: ['approval', ...PRESETS.plan, 'signature'],
};
