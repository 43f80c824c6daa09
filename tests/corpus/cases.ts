/**
 * The broken-input corpus: `tests/corpus/broken/*.yaml` and `*.yaml.b64` (bytes that cannot be
 * kept as text: invalid UTF-8, BOM, NUL, CRLF). Each file starts with its expectations:
 *
 *   # expect: schema-unknown-key 5:7      one line per diagnostic, in order
 *   # expect: none                        no diagnostic at all
 *   # options: {"limits": {"stringLength": 40}}   LoadOptions for this case (JSON)
 *
 * The expectation list is compared exactly with the diagnostics produced (info-level ones only
 * when expected), so one mistake must give one message at one place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LoadOptions } from '../../src/load/index.js';

export const CORPUS_DIR = new URL('./broken/', import.meta.url).pathname;

export interface CorpusCase {
  name: string;
  bytes: Uint8Array;
  expect: string[];
  options: LoadOptions;
}

export function corpusCases(): CorpusCase[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yaml.b64'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(CORPUS_DIR, f));
      const bytes = f.endsWith('.b64') ? new Uint8Array(Buffer.from(raw.toString('ascii'), 'base64')) : new Uint8Array(raw);
      const head = Buffer.from(bytes).toString('latin1').replace(/^\xef\xbb\xbf/, '').split(/\r?\n/);
      const expect: string[] = [];
      let options: LoadOptions = {};
      for (const line of head) {
        const m = /^# (expect|options): (.*)$/.exec(line);
        if (!m) break;
        if (m[1] === 'expect' && m[2]!.trim() !== 'none') expect.push(m[2]!.trim());
        if (m[1] === 'options') options = JSON.parse(m[2]!) as LoadOptions;
      }
      return { name: f, bytes, expect, options };
    });
}
