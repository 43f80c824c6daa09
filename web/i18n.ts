/** The words of the pages, Russian by default (`?lang=en` for English): the users are Russian officials. */
export type Lang = 'ru' | 'en';

export const LANG: Lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'ru';

const WORDS = {
  ru: {
    editorTitle: 'plangraf — редактор плана',
    previewTitle: 'plangraf — предпросмотр',
    downloadDocx: 'Скачать DOCX',
    downloadPdf: 'Скачать PDF',
    download: (format: string) => `Скачать ${format.toUpperCase()}`,
    checking: 'Проверка…',
    rendering: 'Сборка…',
    ready: 'Готово',
    noProblems: 'Ошибок нет',
    problems: (errors: number, warnings: number, notes: number) =>
      [
        errors ? plural(errors, 'ошибка', 'ошибки', 'ошибок') : '',
        warnings ? plural(warnings, 'предупреждение', 'предупреждения', 'предупреждений') : '',
        notes ? plural(notes, 'замечание', 'замечания', 'замечаний') : '',
      ].filter(Boolean).join(', '),
    lastGood: 'Показаны страницы последней удачной сборки',
    noPages: 'Страниц пока нет: исправьте ошибки',
    keyPrompt: 'Служба требует ключ доступа:',
    keySave: 'Сохранить',
    offline: 'Нет связи со службой',
    busy: 'Служба занята, повтор через',
    seconds: 'с',
    reset: 'Начать с образца',
  },
  en: {
    editorTitle: 'plangraf — roadmap editor',
    previewTitle: 'plangraf — preview',
    downloadDocx: 'Download DOCX',
    downloadPdf: 'Download PDF',
    download: (format: string) => `Download ${format.toUpperCase()}`,
    checking: 'Checking…',
    rendering: 'Rendering…',
    ready: 'Ready',
    noProblems: 'No problems',
    problems: (errors: number, warnings: number, notes: number) =>
      [
        errors ? `${errors} error${errors === 1 ? '' : 's'}` : '',
        warnings ? `${warnings} warning${warnings === 1 ? '' : 's'}` : '',
        notes ? `${notes} note${notes === 1 ? '' : 's'}` : '',
      ].filter(Boolean).join(', '),
    lastGood: 'These pages are from the last good render',
    noPages: 'No pages yet: fix the errors',
    keyPrompt: 'The service needs an API key:',
    keySave: 'Save',
    offline: 'The service does not answer',
    busy: 'The service is busy, retrying in',
    seconds: 's',
    reset: 'Start from the sample',
  },
};

export const T = WORDS[LANG];

function plural(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  const word = m10 === 1 && m100 !== 11 ? one : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? few : many;
  return `${n} ${word}`;
}
