/** Diagnostics of the document kinds composed in issue 4: letters, passports, endorsement sheets. */
import type { DiagnosticWording } from './wording.js';

export const KIND_MESSAGES = {
  footnoteUnknown: (key: string): DiagnosticWording => ({
    ru: `Сноска [^${key}]: в passport.footnotes нет ключа «${key}».`,
    en: `Footnote [^${key}]: there is no key '${key}' in passport.footnotes.`,
    hintRu: 'Добавьте текст сноски в passport.footnotes или исправьте ключ.',
    hintEn: 'Add the note to passport.footnotes or correct the key.',
  }),
  footnoteUnused: (key: string): DiagnosticWording => ({
    ru: `Сноска «${key}» нигде не упомянута в тексте ([^${key}]).`,
    en: `Footnote '${key}' is not referred to anywhere in the text ([^${key}]).`,
  }),
  letterNoAddressee: (): DiagnosticWording => ({
    ru: 'У письма нет адресата (addressee).',
    en: 'The letter has no addressee (addressee).',
    hintRu: 'Укажите адресата в дательном падеже, по строке: ["Директору ФГБУ «ФИОКО»", "Станченко С.В."].',
    hintEn: 'Give the addressee in the dative case, one line each.',
  }),
  passportNoApproval: (): DiagnosticWording => ({
    ru: 'У паспорта проекта нет грифа утверждения (approval).',
    en: 'The project passport has no approval stamp (approval).',
    hintRu: 'Добавьте document.approval, например {by: meeting, act: на заседании проектного офиса …, date: …, number: …}.',
    hintEn: 'Add document.approval, e.g. {by: meeting, act: …, date: …, number: …}.',
  }),
  indicatorValues: (name: string, expected: number, got: number): DiagnosticWording => ({
    ru: `Показатель «${name}»: значений ${got}, а годов в таблице ${expected} (сначала «Факт», затем «План»).`,
    en: `Indicator '${name}': ${got} values for ${expected} years (fact years first, then plan years).`,
  }),
};
