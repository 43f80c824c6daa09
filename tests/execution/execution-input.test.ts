/**
 * `execution:` of plan rows as written: statuses as keys or Russian words in any case, dates as
 * officials write them; and every mistake a located diagnostic — an unknown status (with the
 * nearest suggested), a date that is not one or does not exist, a date done before the plan, a
 * date or new deadline that contradicts the status, a status for a base row that does not exist.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRoadmapFile, loadRoadmapText } from '../../src/load/index.js';
import type { Item } from '../../src/model/roadmap.js';
import { EXECUTION_STATUS_WORDS, parseExecutionStatus } from '../../src/model/execution-status.js';

const head = `document: {kind: plan, approval: {by: act, act: приказом, date: 01.03.2022, number: '5'}}
plan:
  title: ПЛАН-ГРАФИК
  period: 2022
  items:
`;
const codes = (ds: { code: string; line: number; column: number; message: string }[]) => ds.map((d) => [d.code, d.line, d.column]);

describe('execution input', () => {
  it('the status table: keys and Russian words in any case', () => {
    expect(EXECUTION_STATUS_WORDS).toEqual({ done: 'выполнено', 'in-progress': 'выполняется', 'not-started': 'не начато', cancelled: 'отменено', postponed: 'перенесено' });
    expect(['done', 'ВЫПОЛНЕНО', ' Выполняется ', 'не  начато', 'Отменено', 'перенесено', 'postponed'].map(parseExecutionStatus))
      .toEqual(['done', 'done', 'in-progress', 'not-started', 'cancelled', 'postponed', 'postponed']);
    expect(parseExecutionStatus('Done!')).toBeUndefined();
  });

  it('is read into the model: key, ISO dates, fact as rich text, evidence as a list', async () => {
    const r = await loadRoadmapText(`${head}    - task: Отбор
      deadline: до 20.03.2022
      execution:
        status: Выполнено
        done: 15 марта 2022 г.
        fact: '**12** школ'
        comment: без замечаний
        evidence: https://example.org/1
    - task: Семинар
      execution: {status: перенесено, postponedTo: 01.06.2022, evidence: [https://a.example, https://b.example]}
`);
    expect(r.diagnostics).toEqual([]);
    const [a, b] = r.roadmap!.plans[0]!.entries as Item[];
    expect(a!.execution).toMatchObject({ status: 'done', done: '2022-03-15', comment: 'без замечаний', evidence: ['https://example.org/1'] });
    expect(a!.execution!.fact).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: '12', bold: true }, { type: 'text', text: ' школ' }] }]);
    expect(a!.execution!.doneLoc).toMatchObject({ line: 10, column: 15 });
    expect(b!.execution).toMatchObject({ status: 'postponed', postponedTo: '2022-06-01', evidence: ['https://a.example', 'https://b.example'] });
  });

  it('an unknown status: located, with the nearest status; a non-date and an impossible date', async () => {
    const r = await loadRoadmapText(`${head}    - task: А
      execution: {status: выполнно, done: вчера}
    - task: Б
      execution: {status: in-progres, done: 31.09.2022}
    - task: В
      execution: {status: сделано}
`, { lang: 'en' });
    expect(r.roadmap).toBeUndefined();
    expect(codes(r.diagnostics)).toEqual([
      ['execution-status-unknown', 7, 27],
      ['date-unrecognised', 7, 43],
      ['execution-status-unknown', 9, 27],
      ['date-impossible', 9, 45],
      ['execution-status-unknown', 11, 27],
    ]);
    expect(r.diagnostics[0]!.message).toBe('The status “выполнно” is not one of the statuses — did you mean “выполнено”?');
    expect(r.diagnostics[2]!.message).toBe('The status “in-progres” is not one of the statuses — did you mean “in-progress”?');
    expect(r.diagnostics[4]!.message).toBe('The status “сделано” is not one of the statuses.');
    expect(r.diagnostics[4]!.hint).toContain('done (выполнено)');
  });

  it('a date done before the plan period or its approval is a warning; a date against the status too', async () => {
    const r = await loadRoadmapText(`${head}    - task: А
      execution: {status: done, done: 20.12.2021}
    - task: Б
      execution: {status: done, done: 20.02.2022}
    - task: В
      execution: {status: in-progress, done: 01.04.2022, postponedTo: 01.05.2022}
`);
    expect(r.roadmap).toBeDefined();
    expect(codes(r.diagnostics)).toEqual([
      ['execution-done-before-plan', 7, 39],
      ['execution-done-before-plan', 9, 39],
      ['execution-inconsistent', 11, 40],
      ['execution-inconsistent', 11, 58],
    ]);
    expect(r.diagnostics.map((d) => d.message.replaceAll('\u00a0', ' '))).toEqual([
      'Дата выполнения 20.12.2021 раньше начала периода плана (01.01.2022).',
      'Дата выполнения 20.02.2022 раньше утверждения плана (01.03.2022).',
      'Дата выполнения указана, а статус — „выполняется“, не «выполнено».',
      'Новый срок (postponedTo) указан, а статус — „выполняется“, не «перенесено».',
    ]);
    // Switchable like every lint rule.
    const off = await loadRoadmapText(`lint: {execution-done-before-plan: off}\n${head}    - task: А\n      execution: {status: done, done: 20.12.2021}\n`);
    expect(off.diagnostics).toEqual([]);
  });

  it('a file extending a plan gives statuses by row id; an id the base does not have is an error at it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plangraf-exec-'));
    writeFileSync(join(dir, 'plan.yaml'), `${head}    - {id: org.list, task: Список школ, deadline: до 15.03.2022}
    - {id: org.meeting, task: Совещание, deadline: до 30.03.2022}
`);
    writeFileSync(join(dir, 'q1.yaml'), `extends: plan.yaml
plan:
  items:
    - id: org.list
      execution: {status: done, done: 14.03.2022}
    - id: org.meting
      execution: {status: in-progress}
`);
    const r = await loadRoadmapFile(join(dir, 'q1.yaml'));
    expect(codes(r.diagnostics)).toEqual([['execution-unknown-row', 6, 11]]);
    expect(r.diagnostics[0]!.file).toBe(join(dir, 'q1.yaml'));
    expect(r.diagnostics[0]!.message).toBe('Исполнение указано для строки „org.meting“, а в основе такой строки нет — может быть, „org.meeting“?');
    expect(r.diagnostics[0]!.hint).toBe('Статус ставится у строки основы по её id. Известные id: org.list, org.meeting.');
    writeFileSync(join(dir, 'q1.yaml'), `extends: plan.yaml
plan:
  items:
    - id: org.list
      execution: {status: done, done: 14.03.2022}
`);
    const ok = await loadRoadmapFile(join(dir, 'q1.yaml'));
    expect(ok.diagnostics).toEqual([]);
    expect((ok.roadmap!.plans[0]!.entries[0] as Item).execution).toMatchObject({ status: 'done', done: '2022-03-14' });
    expect((ok.roadmap!.plans[0]!.entries[1] as Item).execution).toBeUndefined();
  });
});
