/**
 * A Word plan that plangraf did not write, made the way Word users make one (see
 * tests/import/word-plan.test.ts for what it holds and what its import must give).
 */
import { p, tbl, tc, tr, wordDocx } from './word-build.js';

const GRID = [900, 5200, 2000, 2400, 2400, 3000];
const numbers = () => tr(['1', '2', '3', '4', '5', '6'].map((n) => tc(p(n, { align: 'center' }))), { header: true });

export function wordPlan(): Uint8Array {
  return wordDocx([
    tbl([7000, 7000], [tr([tc(), tc([p('УТВЕРЖДЕН'), p('приказом управления образования'), p('от 14.02.2022 № 50')])])]),
    p(),
    p({ text: 'ПЛАН МЕРОПРИЯТИЙ', bold: true }, { align: 'center' }),
    p(['по реализации проекта «500+»', { br: true, text: 'в Гороховецком районе на 2022 год' }], { align: 'center' }),
    p(),
    tbl(GRID, [
      tr([tc(p('№ п/п'), { vMerge: 'restart' }), tc(p('Наименование мероприятия'), { vMerge: 'restart' }), tc(p('Срок исполнения'), { vMerge: 'restart' }), tc(p('Ответственный исполнитель'), { span: 2 }), tc(p('Ожидаемый результат'), { vMerge: 'restart' })], { header: true }),
      tr([tc([], { vMerge: 'continue' }), tc([], { vMerge: 'continue' }), tc([], { vMerge: 'continue' }), tc(p('основной')), tc(p('соисполнители')), tc([], { vMerge: 'continue' })], { header: true }),
      numbers(),
      tr([tc(p({ text: 'Раздел 1. Организационные мероприятия', bold: true }), { span: 6 })]),
      tr([tc(p('1.')), tc(p(['Разработка муниципального плана-графика', { br: true, text: '(дорожной карты)' }])), tc(p('до 22.02.2022')), tc([p('Управление образования'), p('МКУ ИМОЦ')]), tc(), tc(p('План-график утверждён'))]),
      tr([
        tc(p('2.')),
        tc([p('Участие в курсах по направлениям:'), p('«Управление качеством образования»', { numId: 1 }), p('«Современный урок»', { numId: 1 })]),
        tc(p('Февраль – март 2022 г.')),
        tc(p('МКУ ИМОЦ'), { vMerge: 'restart' }),
        tc(p('ОО')),
        tc(p(['Обучены ', { text: '10 %', bold: true }, ' педагогов'])),
      ]),
      tr([tc(p('3.')), tc(p('Анкетирование школ-участниц')), tc(p('17.01.2022 – 04.02.2022')), tc([], { vMerge: 'continue' }), tc(), tc(p(['Отчёт на сайте ', { text: 'ИМОЦ', link: 'https://imoc.example.ru/500' }]))]),
      numbers(),
      tr([tc(p({ text: 'Раздел 2. Методическое сопровождение', bold: true }), { span: 6 })]),
      tr([tc(p('4.')), tc(p(['Семинар для заместителей директоров', { picture: true }])), tc(p('май 2022 года')), tc(p('МКУ ИМОЦ')), tc(p('ОО')), tc(p('Проведён семинар'))]),
      tr([tc(p('4а.')), tc(p('Консультации по запросу школ')), tc(p('в течение года')), tc(p('МКУ ИМОЦ')), tc(), tc()]),
      tr([tc(p('5.')), tc(p('Итоговое совещание')), tc(p('декабрь 2022 г.')), tc(p('Управление образования')), tc(), tc(p('Протокол совещания'))]),
      tr([tc(), tc(), tc(), tc(), tc(), tc()]),
    ]),
    p(),
    p(['Начальник управления образования', { tab: true }, { tab: true }, 'Е.Ф. Родькина']),
  ]);
}

