// Fixtures of the batch benchmark: one regional base of 50 rows (five sections of ten, ids on
// every row) and N municipal files extending it. Each municipal file changes the document
// details, overrides two rows, removes one and adds one, so every plan has 50 rows.
// Deterministic for a given N.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { planItemLines } from './synthetic.js';

const DEADLINES = [
  'до 22.02.2022', '17.01.2022 – 04.02.2022', 'Февраль – март 2022 г.', 'ежемесячно',
  'В течение 2022 г. по мере необходимости', '10 – 24 марта, 30 мая – 13 июня 2022 г.',
  'До 20 декабря 2022 г.', 'май 2022 года', 'постоянно', 'ежеквартально',
];
const ORGS = ['МО', 'УО', 'ИРО', 'ОО'];

export function baseRoadmap(rows = 50) {
  const l = [];
  l.push('version: 1', 'municipality: Образец', 'document:', '  kind: order');
  l.push('  authority:', '    name: [АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА, Управление образования]', '    genitive: управления образования');
  l.push('  title: Об утверждении плана-графика реализации проекта «500+» в 2022 году');
  l.push('  preamble: В целях реализации проекта адресной методической помощи «500+» в 2022 году');
  l.push('  points:', '    - Утвердить план-график реализации проекта «500+» (приложение № {appendix}).', '    - Контроль исполнения настоящего приказа оставляю за собой.');
  l.push('  signatories:', '    - {position: Начальник управления образования, name: И.И. Иванов}');
  l.push('organisations:');
  l.push('  МО: {name: министерство образования области, short: министерство, intro: define}');
  l.push('  УО: {name: управление образования администрации района, short: УО, intro: define}');
  l.push('  ИРО: {name: областной институт развития образования, short: ИРО, intro: define}');
  l.push('  ОО: общеобразовательные организации');
  l.push('plan:', '  id: main', '  title: ПЛАН-ГРАФИК', '  subtitle: реализации проекта «500+» в 2022 году', '  period: 2022');
  l.push('  columns: [number, task, deadline, executors, result]', '  items:');
  l.push(...planItemLines({ rows, deadlines: DEADLINES, orgs: ORGS, sectionIds: true }));
  return l.join('\n') + '\n';
}

export function municipalRoadmap(i, rows = 50) {
  const no = String(i + 1).padStart(4, '0');
  const a = 1 + (i % rows);
  const b = 1 + ((i * 7 + 3) % rows);
  let removed = 1 + ((i * 13 + 5) % rows);
  while (removed === a || removed === b) removed = 1 + (removed % rows);
  return [
    'extends: ../base.yaml',
    `municipality: Муниципальный район ${no}`,
    'document:',
    '  authority:',
    `    name: [АДМИНИСТРАЦИЯ МУНИЦИПАЛЬНОГО РАЙОНА № ${no}, Управление образования]`,
    `  number: '${i + 1}'`,
    `  date: '2022-01-${String(1 + (i % 28)).padStart(2, '0')}'`,
    `  place: г. Райцентр-${no}`,
    '  signatories:',
    `    - {position: Начальник управления образования, name: А.А. Руководитель-${no}}`,
    'plan:',
    '  items:',
    `    - {id: r${a}, deadline: до 30.12.2022, executors: [УО]}`,
    `    - {id: r${b}, result: муниципальный отчёт района № ${no}}`,
    `    - {id: r${removed}, remove: true}`,
    `    - id: m${no}`,
    `      after: r${a}`,
    `      task: Муниципальное мероприятие района № ${no} по поддержке школ с низкими результатами`,
    '      deadline: В течение 2022 г.',
    '      executors: [УО, ОО]',
    '      result: проведено не менее 2 мероприятий',
  ].join('\n') + '\n';
}

/** Write the base and `count` municipal files under `dir`; returns the folder to batch. */
export function writeFixtures(dir, count, rows = 50) {
  mkdirSync(path.join(dir, 'municipalities'), { recursive: true });
  writeFileSync(path.join(dir, 'base.yaml'), baseRoadmap(rows));
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, 'municipalities', `m${String(i + 1).padStart(4, '0')}.yaml`), municipalRoadmap(i, rows));
  return dir;
}
