// One benchmark case in its own process, so that peak memory is this case's alone.
// Usage: node bench/case.js <rows> <docx|pdf> <repeats>
import { syntheticRoadmap } from './synthetic.js';
import { loadRoadmapText, render } from '../dist/index.js';

const [rows, format, repeats] = [Number(process.argv[2]), process.argv[3], Number(process.argv[4] ?? 5)];
const text = syntheticRoadmap(rows);
const times = [];
let bytes = 0;
for (let r = 0; r < repeats + 1; r++) {
  const t0 = performance.now();
  const loaded = await loadRoadmapText(text, { file: `synthetic-${rows}.yaml` });
  if (!loaded.roadmap) throw new Error(JSON.stringify(loaded.diagnostics.slice(0, 3)));
  const out = await render(loaded.roadmap, { formats: [format], now: '2022-01-01T00:00:00Z' });
  const dt = performance.now() - t0;
  bytes = out[format].length;
  if (r > 0) times.push(dt); // the first run warms up the JIT and loads fonts
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
const peakMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ rows, format, medianMs: Math.round(median), peakMb: Math.round(peakMb), bytes }) + '\n');
