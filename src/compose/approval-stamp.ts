/**
 * The approval stamp in the upper right of an approved document.
 *
 *   {by: act, act: распоряжением министерства …, year: 2022}   (gender m: план-график)
 *     → УТВЕРЖДЕН / распоряжением министерства … / от «__» ________ 2022 г. № ___
 *   {by: act, act: приказом …, date: 2022-02-14, number: '50'}
 *     → УТВЕРЖДЕН / приказом … / от 14.02.2022 № 50
 *   {by: meeting, act: на расширенном заседании …, date: 2020-05-14, number: '3'}   (a passport: m)
 *     → УТВЕРЖДЕН / на расширенном заседании … / (протокол от 14 мая 2020 г. № 3)
 *   {by: official, position: Министр образования, name: А.Г. Кузнецова}
 *     → УТВЕРЖДАЮ / Министр образования / ________ А.Г. Кузнецова / «__» ________ 20__ г.
 *
 * The word agrees in gender and number with the document approved, never with who approves it:
 * план-график, паспорт → УТВЕРЖДЕН; программа, дорожная карта → УТВЕРЖДЕНА; положение →
 * УТВЕРЖДЕНО; правила, мероприятия → УТВЕРЖДЕНЫ (`gender`: the plan's `gender`, or the
 * document kind's own: a passport is masculine).
 *
 * Line breaks written in `act` or `position` are kept; the stamp's width (theme) wraps the rest.
 * `label: ПРИЛОЖЕНИЕ` prints «ПРИЛОЖЕНИЕ» above the word, with the theme's gap under it.
 */
import type { ApprovalStamp, Run } from '../model/document.js';
import type { ApprovalInput } from '../model/roadmap-input.js';
import type { Plan } from '../model/roadmap.js';
import { builtinTemplateSet } from '../templates/load.js';
import type { TemplateSet } from '../templates/types.js';

/**
 * The stamp from template `approval-act`, `approval-meeting` or `approval-official` (its first
 * line is the word, the others the lines under it). `templates`: the composition's
 * (`ctx.templates`); the built-in ones when omitted.
 */
export function composeApprovalStamp(
  approval: ApprovalInput,
  gender: Plan['gender'],
  templates: TemplateSet = builtinTemplateSet(),
  appendix: { no: number; total: number } = { no: 1, total: 1 },
): ApprovalStamp {
  const [word = '', ...lines] = templates.lines(`approval-${approval.by}`, approvalData(approval, gender));
  const stamp: ApprovalStamp = { type: 'approval-stamp', word, lines: lines.map((text) => [{ text }] as Run[]) };
  const label = approvalLabel(approval, templates, appendix);
  if (label !== undefined) stamp.label = label;
  return stamp;
}

/**
 * The line above the word: `label` as written, or with `label: true` template `approval-label`
 * («ПРИЛОЖЕНИЕ»; «ПРИЛОЖЕНИЕ № 2» on appendix 2 of several).
 */
export function approvalLabel(approval: ApprovalInput, templates: TemplateSet, appendix: { no: number; total: number }): string | undefined {
  if (approval.label === undefined || approval.label === false) return undefined;
  return approval.label === true ? templates.text('approval-label', appendix) : approval.label;
}

/** The stamp's lines under the word, as plain strings. */
export function approvalLines(approval: ApprovalInput, gender: Plan['gender'] = 'm', templates: TemplateSet = builtinTemplateSet()): string[] {
  return templates.lines(`approval-${approval.by}`, approvalData(approval, gender)).slice(1);
}

/** The data of the approval templates (templates/README.md): every field present, '' when not given. */
export function approvalData(approval: ApprovalInput, gender: Plan['gender']) {
  return {
    word: approval.word ?? '',
    gender,
    act: splitLines(approval.act),
    position: splitLines(approval.position),
    name: approval.name ?? '',
    date: approval.date ?? '',
    number: approval.number ?? '',
    year: approval.year ?? '',
  };
}

function splitLines(text: string | undefined): string[] {
  return text ? text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0) : [];
}
