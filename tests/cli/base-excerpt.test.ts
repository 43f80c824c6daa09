/**
 * A diagnostic located in a base file (`extends`) is shown with the base's line, not with the
 * line of the same number in the file that extends it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './harness.js';

function region(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'm'));
  writeFileSync(
    join(dir, 'base.yaml'),
    [
      'document: {kind: plan, approval: {by: act, act: распоряжением министерства, year: 2022}}',
      'plan:',
      '  title: ПЛАН-ГРАФИК',
      '  period: 2022',
      '  items:',
      '    - id: a',
      '      task: Задача из базы',
      '      deadline: 30.02.2022',
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'm', 'town.yaml'),
    ['extends: ../base.yaml', 'municipality: Город', 'plan:', '  items:', '    - id: b', '      task: Своя задача', '      deadline: до 01.03.2022', '      after: a', ''].join('\n'),
  );
  return dir;
}

describe('excerpts of diagnostics in a base', () => {
  it('validate prints the base file, its line and its text', async () => {
    const dir = region();
    // Absolute paths: in-process runs have their own working folder, unlike the process's one.
    const run = await cli(['validate', join(dir, 'm', 'town.yaml'), '--extends-root', dir], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/base\.yaml:8:\d+: ошибка \[deadline-impossible-date\]/);
    expect(run.out).toContain('8 |       deadline: 30.02.2022');
    expect(run.out).not.toContain('8 |       after: a');
  });

  it('render prints the same excerpt and writes nothing', async () => {
    const dir = region();
    const run = await cli(['render', join(dir, 'm', 'town.yaml'), '--out', join(dir, 'out'), '--extends-root', dir], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.err).toContain('8 |       deadline: 30.02.2022');
  });
});
