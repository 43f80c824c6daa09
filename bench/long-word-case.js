// One long-word case in its own process: `node bench/long-word-case.js <characters>`.
// An approved plan whose approval stamp's act holds one word of <characters> letters, rendered to
// PDF (the stamp is 45 % of the text width, some 27 letters a line). Prints one JSON line: the
// render time (after the modules are imported) and the process's peak resident memory.
import { loadRoadmapText, render } from '../dist/index.js';

const chars = Number(process.argv[2] ?? 10000);
const word = 'Сверхдлинноеслово'.repeat(Math.ceil(chars / 17)).slice(0, chars);
const text = `document:
  kind: plan
  approval: {by: act, act: распоряжением ${word} министерства, year: 2022}
organisations:
  УО: Управление образования
plan:
  title: План-график
  period: 2022
  items:
    - {task: Задача, deadline: до 01.03.2022, executors: УО, result: Итог}
`;
const t0 = performance.now();
const loaded = await loadRoadmapText(text, { file: 'long-word.yaml' });
if (!loaded.roadmap) throw new Error(JSON.stringify(loaded.diagnostics.slice(0, 3)));
const out = await render(loaded.roadmap, { formats: ['pdf'], now: '2022-01-01T00:00:00Z' });
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ chars, ms: Math.round(ms), peakMb: Math.round(process.resourceUsage().maxRSS / 1024), bytes: out.pdf.length }) + '\n');
