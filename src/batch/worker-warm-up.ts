/**
 * What a fresh worker thread does before its first task: render a one-row plan to the default formats,
 * so that module code, the schema validator, the built-in templates and the PDF fonts are ready.
 * Work that every input would share then does not count against the first input's time limit
 * (time-limit.ts), and the first input is not slower than the rest.
 */
import { loadRoadmapText } from '../load/load-roadmap.js';
import { DEFAULT_FORMATS, render } from '../render.js';

const ONE_ROW_PLAN = 'document: {kind: plan}\nplan:\n  title: ПЛАН-ГРАФИК\n  items:\n    - task: Задача\n      deadline: 01.03.2022\n';

/** Render the one-row plan once; any failure is left for the first real task to meet. */
export async function warmUpWorker(): Promise<void> {
  try {
    const loaded = await loadRoadmapText(ONE_ROW_PLAN, { file: 'warm-up.yaml' });
    if (loaded.roadmap) await render(loaded.roadmap, { formats: [...DEFAULT_FORMATS], now: '2022-01-01T00:00:00Z' });
  } catch {
    // Nothing of it is kept: a real defect shows again on the first input, reported there.
  }
}
