// One benchmark case in its own process, so that peak memory is this case's alone.
// Usage: node bench/case.js <rows> <docx|pdf> <cold|warm> [repeats]
//   cold: one render in this fresh process (what one `plangraf render` does): load the YAML text,
//         compose, write one format. Time is measured in the process, after the modules are
//         imported; peak memory is the process's maximum resident size.
//   warm: one warm-up render, then `repeats` renders (a library user rendering many plans in a
//         long-lived process); the median time and the peak over all of them.
import { syntheticRoadmap } from './synthetic.js';
import { loadRoadmapText, render } from '../dist/index.js';

const [rows, format, mode, repeats] = [Number(process.argv[2]), process.argv[3], process.argv[4] ?? 'cold', Number(process.argv[5] ?? 3)];
const text = syntheticRoadmap(rows);
const runs = mode === 'warm' ? repeats + 1 : 1;
const times = [];
let bytes = 0;
let stages;
for (let r = 0; r < runs; r++) {
  const t0 = performance.now();
  const loaded = await loadRoadmapText(text, { file: `synthetic-${rows}.yaml` });
  if (!loaded.roadmap) throw new Error(JSON.stringify(loaded.diagnostics.slice(0, 3)));
  const t1 = performance.now();
  const out = await render(loaded.roadmap, { formats: [format], now: '2022-01-01T00:00:00Z' });
  const t2 = performance.now();
  bytes = out[format].length;
  stages = { loadMs: Math.round(t1 - t0), renderMs: Math.round(t2 - t1) };
  if (mode === 'cold' || r > 0) times.push(t2 - t0); // a warm run's first render warms up the JIT and loads fonts
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const peakMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ rows, format, mode, ms: Math.round(median), ...stages, peakMb: Math.round(peakMb), bytes }) + '\n');
