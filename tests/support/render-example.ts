/**
 * Loading an example from examples/ and rendering it to both formats, for tests that read the
 * result back:
 *
 *   ({ roadmap, result, pdf } = await renderExample('region-passport-2020', '2020-05-14T00:00:00Z'));
 */
import * as path from 'node:path';
import { loadRoadmapFile } from '../../src/load/index.js';
import type { Roadmap } from '../../src/model/roadmap.js';
import { render, type RenderResult } from '../../src/render.js';
import { readPdf, type PdfRead } from './pdf-read.js';

export interface RenderedExample {
  roadmap: Roadmap;
  result: RenderResult;
  pdf: PdfRead;
}

export async function renderExample(name: string, now: string): Promise<RenderedExample> {
  const file = path.resolve(import.meta.dirname, '../../examples', `${name}.yaml`);
  const loaded = await loadRoadmapFile(file);
  if (!loaded.roadmap) throw new Error(loaded.diagnostics.map((d) => d.message).join('; '));
  const result = await render(loaded.roadmap, { now });
  return { roadmap: loaded.roadmap, result, pdf: await readPdf(result.pdf!) };
}

/** No-break spaces as plain spaces. */
export const normal = (s: string): string => s.replace(/\u00a0/g, ' ');
/** Without any white space (text that pdf extraction may break into pieces). */
export const squeeze = (s: string): string => s.replace(/\s+/g, '');
