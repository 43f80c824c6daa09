/**
 * Comparing two versions of a roadmap: pairs of real-looking versions (a district plan with
 * ids: a deadline moved, a row moved to another section, two rows swapped, a section renamed and
 * one added, a row removed; a school plan without ids: rows matched by their text, one rewritten,
 * one inserted, one removed) compared to the exact JSON; two unrelated plans; the pieces
 * (similarity, moves) on their own.
 */
import { describe, expect, it } from 'vitest';
import { loadRoadmapFile, loadRoadmapText } from '../../src/load/index.js';
import type { Roadmap } from '../../src/model/roadmap.js';
import { compareRoadmaps, diffDiagnostics, diffJson, formatDiffText, hasDifferences } from '../../src/versions/index.js';
import { movedIndices } from '../../src/versions/order-moves.js';
import { similarity, wordBag } from '../../src/versions/text-similarity.js';

const F = 'tests/versions/fixtures/';

/** The JSON with its no-break spaces (deadlines print «До 1 марта 2023 г.» with them) as plain ones. */
const plain = <T>(v: T): T => JSON.parse(JSON.stringify(v).replaceAll('\u00a0', ' ')) as T;

async function load(name: string): Promise<Roadmap> {
  const r = await loadRoadmapFile(`${F}${name}.yaml`);
  if (!r.roadmap) throw new Error(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'));
  return r.roadmap;
}

const section = (no: string, title: string) => ({ no, title });
const ORG = section('1', 'Организационное сопровождение');
const METHOD = section('2', 'Методическая поддержка');
const METHOD_NEW = section('2', 'Методическая поддержка школ');
const EVAL = section('3', 'Мониторинг и оценка результатов');
const counts = (c: Partial<Record<string, number>>) => ({
  oldRows: 0, newRows: 0, unchanged: 0, changed: 0, moved: 0, renumbered: 0, added: 0, removed: 0, matchedByContent: 0,
  sectionsAdded: 0, sectionsRemoved: 0, sectionsRenamed: 0, sectionsMoved: 0, ...c,
});

describe('compareRoadmaps: a district plan with ids', () => {
  it('gives the exact JSON: deadline shifted, rows moved (section, order), executors, sections renamed and added, a row removed', async () => {
    const c = compareRoadmaps(await load('district-v1'), await load('district-v2'));
    const summary = counts({ oldRows: 8, newRows: 9, unchanged: 2, changed: 2, moved: 2, renumbered: 1, added: 2, removed: 1, sectionsAdded: 1, sectionsRenamed: 1 });
    expect(plain(diffJson(c))).toEqual({
      format: 'plangraf-diff',
      version: 1,
      old: { file: `${F}district-v1.yaml`, date: '2023-01-16', number: '12' },
      new: { file: `${F}district-v2.yaml`, date: '2023-03-15', number: '41' },
      related: true,
      summary,
      plans: [{
        id: 'main',
        match: 'id',
        old: { index: 1, title: 'План-график', rows: 8 },
        new: { index: 1, title: 'План-график', rows: 9 },
        related: true,
        summary,
        sections: [
          { change: 'changed', match: 'id', id: 'method', renamed: true, moved: false, renumbered: false, old: { ...METHOD, position: 2 }, new: { ...METHOD_NEW, position: 2 } },
          { change: 'added', id: 'eval', renamed: false, moved: false, renumbered: false, new: { ...EVAL, position: 3 } },
        ],
        rows: [
          {
            change: 'changed', match: 'id', id: 'org.monitoring', task: 'Мониторинг реализации программ перехода в эффективный режим работы',
            old: { no: '1.3', position: 3, section: ORG }, new: { no: '1.3', position: 3, section: ORG },
            fields: [{ field: 'deadline', header: 'Сроки реализации', old: 'До 1 марта 2023 г.', new: 'До 15 марта 2023 г.', shift: { start: 0, end: 14 } }],
          },
          { change: 'removed', id: 'org.report', task: 'Отчёт региональному координатору о ходе реализации проекта', old: { no: '1.4', position: 4, section: ORG } },
          {
            change: 'changed', match: 'id', id: 'method.courses', task: 'Организация курсов повышения квалификации учителей',
            old: { no: '2.2', position: 6, section: METHOD }, new: { no: '1.4', position: 4, section: ORG }, moved: 'section',
            fields: [{ field: 'no', header: '№ п/п', old: '2.2', new: '1.4' }],
          },
          {
            change: 'changed', match: 'id', id: 'method.seminars', task: 'Проведение семинаров для руководителей школ с низкими результатами',
            old: { no: '2.1', position: 5, section: METHOD }, new: { no: '2.1', position: 5, section: METHOD_NEW },
            fields: [{ field: 'executors', header: 'Ответственный исполнитель', old: 'МКУ ИМЦ', new: 'МКУ ИМЦ, УО', added: ['УО'] }],
          },
          {
            change: 'changed', match: 'id', id: 'method.open-lessons', task: 'Открытые уроки учителей опорных школ',
            old: { no: '2.4', position: 8, section: METHOD }, new: { no: '2.2', position: 6, section: METHOD_NEW },
            fields: [{ field: 'no', header: '№ п/п', old: '2.4', new: '2.2' }],
          },
          {
            change: 'changed', match: 'id', id: 'method.mentors', task: 'Закрепление наставников за молодыми учителями',
            old: { no: '2.3', position: 7, section: METHOD }, new: { no: '2.3', position: 7, section: METHOD_NEW }, moved: 'order',
          },
          { change: 'added', id: 'eval.vpr', task: 'Анализ результатов всероссийских проверочных работ', new: { no: '3.1', position: 8, section: EVAL } },
          { change: 'added', id: 'eval.final', task: 'Подведение итогов реализации плана-графика на совещании руководителей', new: { no: '3.2', position: 9, section: EVAL } },
        ],
      }],
    });
    expect(diffDiagnostics(c, 'ru')).toEqual([]);
  });

  it('prints the difference for people, in Russian and in English', async () => {
    const c = compareRoadmaps(await load('district-v1'), await load('district-v2'));
    const ru = plain(formatDiffText(c, 'ru')).split('\n');
    expect(ru).toContain('  ~ раздел 2 «Методическая поддержка школ»: переименован: «Методическая поддержка» → «Методическая поддержка школ»');
    expect(ru).toContain('      Сроки реализации: До 1 марта 2023 г. → До 15 марта 2023 г. (окончание позже на 14 дней)');
    expect(ru).toContain('      перемещён: из раздела «Методическая поддержка» в раздел «Организационное сопровождение»');
    expect(ru).toContain('  # перенумерован п. 2.4 → 2.2');
    const en = plain(formatDiffText(c, 'en')).split('\n');
    expect(en).toContain('      deadline: До 1 марта 2023 г. → До 15 марта 2023 г. (end 14 days later)');
    expect(en).toContain('      executors: МКУ ИМЦ → МКУ ИМЦ, УО (added: УО)');
  });
});

describe('compareRoadmaps: a school plan without ids', () => {
  it('matches rows by their text and says so; a rewritten task is matched by similarity', async () => {
    const c = compareRoadmaps(await load('school-v1'), await load('school-v2'));
    const json = plain(diffJson(c));
    expect(json.summary).toEqual(counts({ oldRows: 5, newRows: 5, unchanged: 2, changed: 2, added: 1, removed: 1, matchedByContent: 4 }));
    expect(json.plans[0]!.match).toBe('only');
    expect(json.plans[0]!.rows).toEqual([
      {
        change: 'changed', match: 'content', similarity: 0.71,
        task: 'Составление и утверждение графика консультаций для выпускников 9 и 11 классов',
        old: { no: '2', position: 2 }, new: { no: '2', position: 2 },
        fields: [{
          field: 'task', header: 'Задачи', old: 'Составление графика консультаций для выпускников',
          new: 'Составление и утверждение графика консультаций для выпускников 9 и 11 классов',
        }],
      },
      { change: 'added', task: 'Диагностические работы в формате ОГЭ и ЕГЭ', new: { no: '3', position: 3 } },
      {
        change: 'changed', match: 'content', task: 'Проведение пробных экзаменов по русскому языку и математике',
        old: { no: '3', position: 3 }, new: { no: '4', position: 4 },
        fields: [
          // «Декабрь 2022 г.» → «Февраль 2023 г.»: 1 December → 1 February, 31 December → 28 February.
          { field: 'deadline', header: 'Сроки реализации', old: 'Декабрь 2022 г.', new: 'Февраль 2023 г.', shift: { start: 62, end: 59 } },
          { field: 'no', header: '№ п/п', old: '3', new: '4' },
        ],
      },
      { change: 'removed', task: 'Родительские собрания по вопросам итоговой аттестации', old: { no: '4', position: 4 } },
    ]);
    expect(formatDiffText(c, 'ru')).toContain('4 строки сопоставлены по тексту (без id)');
  });

  it('two rows with different ids are never matched by their text', async () => {
    const plan = (id: string) => `document: {kind: plan}\nplan: {title: П, items: [{id: ${id}, task: Анализ результатов ВПР}, {task: Семинар}, {task: Совещание}]}\n`;
    const a = (await loadRoadmapText(plan('a'))).roadmap!;
    const b = (await loadRoadmapText(plan('b'))).roadmap!;
    const rows = diffJson(compareRoadmaps(a, b)).plans[0]!.rows;
    expect(rows.map((r) => [r.change, r.id])).toEqual([['added', 'b'], ['removed', 'a']]);
  });
});

describe('compareRoadmaps: bad pairs', () => {
  it('two unrelated plans: related false, no rows listed, diff-unrelated at the new plan', async () => {
    const c = compareRoadmaps(await load('school-v1'), await load('district-v1'));
    const json = diffJson(c);
    expect(json.related).toBe(false);
    expect(json.plans[0]!.rows).toEqual([]);
    expect(json.plans[0]!.sections).toEqual([]);
    const [d, ...more] = diffDiagnostics(c, 'ru');
    expect(more).toEqual([]);
    expect(d).toMatchObject({ code: 'diff-unrelated', severity: 'error', file: `${F}district-v1.yaml`, line: 19, column: 1 });
    expect(d!.message).toBe('Версии плана „План-график“ почти не совпадают: из 5 строк старой и 8 строк новой совпали 0 — похоже, это разные планы; построчное сравнение не выводится.');
    expect(diffDiagnostics(c, 'en')[0]!.message).toMatch(/^The versions of the plan “План-график” have almost nothing in common: 0 of 5 old and 8 new rows match/);
    expect(formatDiffText(c, 'ru')).not.toContain('+ п.');
  });

  it('a version against itself: no differences', async () => {
    const a = await load('district-v1');
    const c = compareRoadmaps(a, await load('district-v1'));
    expect(hasDifferences(c)).toBe(false);
    expect(diffJson(c).plans[0]!.rows).toEqual([]);
    expect(formatDiffText(c, 'ru').split('\n').at(-1)).toBe('Различий нет.');
  });
});

describe('the pieces', () => {
  it('similarity: the words that matter, whatever their order; short words left out', () => {
    expect(similarity(wordBag('Участие в семинаре для школ'), wordBag('Участие школ в семинаре для'))).toBe(1);
    // «в», «по», «ОО» are left out: only «участие», «семинаре» (and «для») count.
    expect(similarity(wordBag('Участие в семинаре по ОО'), wordBag('Участие ОО в семинаре'))).toBe(1);
    expect(similarity(wordBag('Участие в семинаре для ОО'), wordBag('Участие ОО в семинаре'))).toBeCloseTo(0.8);
    expect(similarity(wordBag('Анализ ВПР 2022'), wordBag('Анализ ВПР 2023'))).toBeCloseTo(2 / 3);
    expect(similarity(wordBag('Семинар'), wordBag('Совещание'))).toBe(0);
  });

  it('moves: the fewest items out of order', () => {
    expect([...movedIndices([0, 1, 2, 3])]).toEqual([]);
    expect([...movedIndices([0, 3, 1, 2])]).toEqual([1]);
    expect([...movedIndices([3, 2, 1, 0])].length).toBe(3);
    expect([...movedIndices([])]).toEqual([]);
  });
});
