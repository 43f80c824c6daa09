/**
 * The act an amending order amends: what `document.amends` writes, else what the previous
 * version's document says of itself (its kind, date, number, title, authority).
 *
 *   amends: {previous: gorokhovets-order-2022.yaml}
 *     → {kind: order, date: 2022-02-14, number: 50, title: «Об утверждении плана-графика …»,
 *        authority: управления образования}
 *
 * When the previous version is itself an amending order, its plan is the amended act's appendix
 * in that order's edition, but the act is the one it amended: only its `amends` fields are
 * taken then (the act that one amended is not read), and a date or number missing there is
 * `amends-act-incomplete`.
 */
import type { Amends, DocumentData } from '../model/roadmap.js';
import { plainText } from '../compose/rich-text.js';

export interface AmendedAct {
  kind: 'order' | 'directive';
  /** ISO date, '' when unknown. */
  date: string;
  number: string;
  /** Plain text, '' when unknown. */
  title: string;
  /** The authority in the genitive, '' when unknown. */
  authority: string;
  dateStyle: DocumentData['dateStyle'];
}

export function amendedAct(doc: DocumentData, amends: Amends): AmendedAct {
  const previous = amends.previous?.document;
  // A previous amending order: the act it amended, as far as it wrote it.
  const source = previous?.amends
    ? { kind: previous.amends.act, date: previous.amends.date, number: previous.amends.number, title: previous.amends.title, authority: previous.amends.authority }
    : { kind: previous?.kind, date: previous?.date, number: previous?.number, title: previous?.title, authority: previous?.authority?.genitive };
  const kind = amends.act ?? (source.kind === 'directive' ? 'directive' : source.kind === 'order' ? 'order' : doc.kind === 'directive' ? 'directive' : 'order');
  return {
    kind,
    date: amends.date ?? source.date ?? '',
    number: amends.number ?? source.number ?? '',
    title: plainText(amends.title ?? source.title),
    authority: amends.authority ?? source.authority ?? doc.authority?.genitive ?? '',
    dateStyle: doc.dateStyle,
  };
}
