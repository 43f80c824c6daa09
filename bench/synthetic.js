// Synthetic roadmaps for benchmarks: N item rows in sections of ten, realistic cell lengths,
// every deadline form in rotation, executors by key. Deterministic for a given N.
const DEADLINES = [
  'до 22.02.2022', '17.01.2022 – 04.02.2022', 'Февраль – март 2022 г.', 'ежемесячно',
  'В течение 2022 г. по мере необходимости', '10 – 24 марта, 30 мая – 13 июня 2022 г.',
  '14.02.2022-30.03.2022 (среда)', 'До 20 декабря 2022 г.', 'май 2022 года', 'постоянно',
];
const ORGS = ['minobr', 'omsu', 'iro', 'oo'];

export function syntheticRoadmap(rows, { municipality } = {}) {
  const lines = [];
  lines.push('document:');
  lines.push('  kind: plan');
  lines.push('  approval: {by: act, act: распоряжением министерства образования и науки края, year: 2022}');
  lines.push('organisations:');
  lines.push('  minobr: {name: министерство образования и науки края, short: министерство}');
  lines.push('  omsu: {name: "органы местного самоуправления, осуществляющие управление в сфере образования", short: ОМСУ, intro: define}');
  lines.push('  iro: {name: краевой институт развития образования, short: ИРО, intro: define}');
  lines.push('  oo: {name: общеобразовательные организации, short: ОО}');
  lines.push('plan:');
  lines.push('  title: ПЛАН-ГРАФИК');
  lines.push(`  subtitle: реализации мероприятий проекта «500+»${municipality ? ` в ${municipality}` : ''} в 2022 году`);
  lines.push('  period: 2022');
  lines.push('  columns: [number, deadline, task, executors, result, info]');
  lines.push('  items:');
  // Not push(...rows): a spread of 140,000 lines overflows the stack at 20,000 rows.
  for (const line of planItemLines({ rows, deadlines: DEADLINES, orgs: ORGS, info: 'https://example.org/500plus/' })) lines.push(line);
  return lines.join('\n') + '\n';
}

/**
 * The `items:` lines of a synthetic plan: sections of ten rows with realistic cell lengths,
 * deadlines and executors in rotation; ids on every row (and on sections with `sectionIds`).
 */
export function planItemLines({ rows, deadlines, orgs, info, sectionIds = false }) {
  const lines = [];
  for (let s = 0; s * 10 < rows; s++) {
    if (sectionIds) lines.push(`    - id: s${s + 1}`, `      section: Раздел ${s + 1}. Организационное и методическое сопровождение проекта`);
    else lines.push(`    - section: Раздел ${s + 1}. Организационное и методическое сопровождение проекта`);
    lines.push('      items:');
    for (let i = 0; i < 10 && s * 10 + i < rows; i++) {
      const n = s * 10 + i;
      lines.push(`        - id: r${n + 1}`);
      lines.push(`          task: Проведение мероприятия № ${n + 1} по организации методической помощи общеобразовательным организациям, имеющим низкие образовательные результаты`);
      lines.push(`          deadline: ${JSON.stringify(deadlines[n % deadlines.length])}`);
      lines.push(`          executors: [${orgs[n % orgs.length]}, ${orgs[(n + 1) % orgs.length]}]`);
      lines.push(`          result: подготовлен отчёт о проведении мероприятия № ${n + 1}; в мероприятии приняли участие 100 процентов ОО`);
      if (info) lines.push(`          info: ${info}`);
    }
  }
  return lines;
}
