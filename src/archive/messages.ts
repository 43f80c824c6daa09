/**
 * Messages of reading the roadmap back from an archival PDF (`plangraf extract`, `report` and
 * `diff` given a PDF), in the style of src/diagnostics/messages.ts.
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { diagnosticFromEntry, NO_POSITION } from '../diagnostics/create.js';
import type { MessageArgs, MessageEntry } from '../diagnostics/messages.js';

const REASONS: Record<string, { ru: string; en: string }> = {
  'not-pdf': { ru: 'это не PDF (нет заголовка %PDF-)', en: 'it is not a PDF (no %PDF- header)' },
  damaged: { ru: 'файл повреждён или обрезан', en: 'the file is damaged or cut short' },
  encrypted: { ru: 'файл зашифрован', en: 'the file is encrypted' },
  filter: { ru: 'встроенный файл сжат способом, который plangraf не читает', en: 'the embedded file is compressed in a way plangraf does not read' },
  'too-large': { ru: 'встроенный файл больше предела размера файла плана', en: 'the embedded file is larger than the roadmap file size limit' },
};

export const ARCHIVE_MESSAGES = {
  'pdf-no-roadmap': {
    severity: 'error',
    ru: () => 'В этом PDF нет встроенного плана (roadmap.yaml): он собран без --pdfa или другой программой.',
    en: () => 'This PDF carries no embedded roadmap (roadmap.yaml): it was made without --pdfa or by another program.',
    hint: {
      ru: () => 'Укажите файл плана YAML или соберите архивный PDF заново: plangraf render план.yaml --format pdf --pdfa.',
      en: () => 'Give the roadmap YAML file, or make the archival PDF again: plangraf render plan.yaml --format pdf --pdfa.',
    },
  },
  'pdf-unreadable': {
    severity: 'error',
    ru: (a) => `PDF не удалось прочитать: ${REASONS[String(a.reason)]?.ru ?? String(a.reason)}.`,
    en: (a) => `The PDF could not be read: ${REASONS[String(a.reason)]?.en ?? String(a.reason)}.`,
    hint: {
      ru: () => 'Возьмите исходный архивный PDF, собранный plangraf с --pdfa, или файл плана YAML.',
      en: () => 'Use the original archival PDF made by plangraf with --pdfa, or the roadmap YAML file.',
    },
  },
} as const satisfies Record<string, MessageEntry>;

export type ArchiveMessageCode = keyof typeof ARCHIVE_MESSAGES;

export function archiveDiagnostic(code: ArchiveMessageCode, lang: Language, file: string, args: MessageArgs = {}): Diagnostic {
  return diagnosticFromEntry(ARCHIVE_MESSAGES[code], code, lang, file, NO_POSITION, args);
}
