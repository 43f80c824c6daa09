/**
 * `plangraf serve` over HTTP: real servers on 127.0.0.1 (src/serve/server.ts, workers from the
 * build), every endpoint and every error status, the limits (body size, body time, rows, the time
 * limit, the queue), the API key, hostile requests, and the promise that a request gets the CLI's
 * diagnostics and bytes for the same input.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningService, type ServeOptions } from '../../src/serve/server.js';
import { buildDist } from '../batch/build-dist.js';
import { cli } from '../cli/harness.js';
import { GENERATED, manyRows } from '../hardening/cases.js';
import { readDocx } from '../support/docx-read.js';
import { readPdf } from '../support/pdf-read.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ORDER = join(ROOT, 'examples/gorokhovets-order-2022.yaml');
const NOW = '2022-02-14T00:00:00Z';
const STAND_IN = resolve(import.meta.dirname, 'fixtures/serve-worker.mjs');
const SMALL = 'document: {kind: order}\nplan:\n  title: ПЛАН-ГРАФИК\n  items:\n    - task: Задача\n';
const BAD = 'document: {kind: order}\nplan:\n  title: ПЛАН-ГРАФИК\n  items:\n    - task: Задача\n      dedline: 2022\n';

const started: RunningService[] = [];

/** The JSON of a 422 (or of /v1/validate), as far as the tests read it. */
interface Report {
  ok: boolean;
  files: { file: string; ok: boolean; errors: number; warnings: number; diagnostics: Array<Record<string, unknown> & { code: string; message: string }> }[];
  text: string;
}

async function serve(options: Partial<ServeOptions> = {}): Promise<RunningService & { log: () => string[] }> {
  const log = new PassThrough();
  let text = '';
  log.on('data', (c: Buffer) => (text += c.toString('utf8')));
  const service = await startServer({
    host: '127.0.0.1', port: 0, lang: 'ru', poolSize: 1, queueSize: 2, timeLimitSeconds: 60,
    bodyLimitBytes: 4 * 1024 * 1024, bodyTimeoutSeconds: 30, maxRows: 5000, log, ...options,
  });
  started.push(service);
  return { ...service, log: () => text.split('\n').filter((l) => l !== '') };
}

function post(service: RunningService, path: string, body: string | Uint8Array, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${service.url}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/yaml', ...headers } });
}

async function bytesOf(r: Response): Promise<Uint8Array> {
  return new Uint8Array(await r.arrayBuffer());
}

/** What `plangraf render FILE --now NOW` writes, format by format. */
async function cliRender(file: string, args: string[] = ['--now', NOW]): Promise<{ docx?: Uint8Array; pdf?: Uint8Array; err: string; code: number }> {
  const out = mkdtempSync(join(tmpdir(), 'plangraf-serve-cli-'));
  const r = await cli(['render', file, '--out', out, ...args], { cwd: ROOT });
  const base = file.replace(/^.*\//, '').replace(/\.yaml$/, '');
  const read = (f: string) => {
    try {
      return new Uint8Array(readFileSync(join(out, `${base}.${f}`)));
    } catch {
      return undefined;
    }
  };
  const docx = read('docx');
  const pdf = read('pdf');
  return { ...(docx ? { docx } : {}), ...(pdf ? { pdf } : {}), err: r.err, code: r.code };
}

/** A raw HTTP exchange: `request` written as is, then everything the server answers until it closes. */
function raw(service: RunningService, request: string): Promise<string> {
  const { port } = new URL(service.url);
  return new Promise((resolvePromise, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.on('data', (d) => (answer += d.toString('utf8')));
    socket.on('close', () => resolvePromise(answer));
    socket.on('error', reject);
  });
}

beforeAll(buildDist, 120_000);
// Closing stops every service's worker threads; under load (a CI machine running other test files)
// that took longer than vitest's default 10 s for a hook and failed the file after its tests passed.
afterAll(async () => {
  await Promise.all(started.map((s) => s.close()));
}, 120_000);

describe('the endpoints', () => {
  let service: RunningService & { log: () => string[] };
  beforeAll(async () => {
    service = await serve({ poolSize: 2, queueSize: 4 });
  });

  it('POST /v1/render gives the bytes `plangraf render` writes, for PDF, DOCX, a zip of both, and XLSX', async () => {
    const yaml = readFileSync(ORDER);
    const expected = await cliRender(ORDER);
    const pdf = await post(service, `/v1/render?format=pdf&now=${NOW}&name=gorokhovets-order-2022.yaml`, yaml);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toBe(`attachment; filename="gorokhovets-order-2022.pdf"; filename*=UTF-8''gorokhovets-order-2022.pdf`);
    expect(Buffer.from(await bytesOf(pdf)).equals(Buffer.from(expected.pdf!))).toBe(true);

    const docx = await post(service, `/v1/render?format=docx&now=${NOW}`, yaml, { 'content-type': 'text/yaml' });
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(Buffer.from(await bytesOf(docx)).equals(Buffer.from(expected.docx!))).toBe(true);

    const zip = await post(service, `/v1/render?format=zip&now=${NOW}&name=приказ.yaml`, yaml);
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-disposition')).toBe(`attachment; filename="______.zip"; filename*=UTF-8''${encodeURIComponent('приказ.zip')}`);
    const entries = unzipSync(await bytesOf(zip));
    expect(Object.keys(entries).sort()).toEqual(['приказ.docx', 'приказ.pdf']);
    expect(Buffer.from(entries['приказ.pdf']!).equals(Buffer.from(expected.pdf!))).toBe(true);
    expect(Buffer.from(entries['приказ.docx']!).equals(Buffer.from(expected.docx!))).toBe(true);

    // Every format of the registry: the XLSX as `render --format xlsx` writes it.
    const xlsxOut = mkdtempSync(join(tmpdir(), 'plangraf-serve-cli-'));
    expect((await cli(['render', ORDER, '--out', xlsxOut, '--format', 'xlsx', '--now', NOW], { cwd: ROOT })).code).toBe(0);
    const xlsx = await post(service, `/v1/render?format=xlsx&now=${NOW}&name=plan.yaml`, yaml);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(xlsx.headers.get('content-disposition')).toBe(`attachment; filename="plan.xlsx"; filename*=UTF-8''plan.xlsx`);
    expect(Buffer.from(await bytesOf(xlsx)).equals(readFileSync(join(xlsxOut, 'gorokhovets-order-2022.xlsx')))).toBe(true);
  });

  it('without `now` the bytes are the CLI\'s without --now (the document\'s own date), and a JSON body renders the same document', async () => {
    const expected = await cliRender(ORDER, []);
    const r = await post(service, '/v1/render?format=pdf', readFileSync(ORDER));
    expect(Buffer.from(await bytesOf(r)).equals(Buffer.from(expected.pdf!))).toBe(true);

    const json = JSON.stringify({ document: { kind: 'order' }, plan: { title: 'ПЛАН-ГРАФИК', items: [{ task: 'Задача' }] } });
    const fromJson = await post(service, `/v1/render?format=docx&now=${NOW}`, json, { 'content-type': 'application/json' });
    const fromYaml = await post(service, `/v1/render?format=docx&now=${NOW}`, SMALL);
    expect(fromJson.status).toBe(200);
    expect(Buffer.from(await bytesOf(fromJson)).equals(Buffer.from(await bytesOf(fromYaml)))).toBe(true);
  });

  it('a roadmap with errors: 422 with the CLI\'s diagnostics, as JSON and as the text `plangraf render` prints', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plangraf-serve-'));
    writeFileSync(join(dir, 'bad.yaml'), BAD);
    const printed = await cli(['render', 'bad.yaml'], { cwd: dir });
    const validated = await cli(['validate', 'bad.yaml', '--format', 'json'], { cwd: dir });

    const r = await post(service, '/v1/render?name=bad.yaml', BAD);
    expect(r.status).toBe(422);
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const report = (await r.json()) as Report;
    expect(report).toEqual({ ...JSON.parse(validated.out), text: expect.any(String) });
    expect(report.files[0]!.diagnostics[0]).toMatchObject({ code: 'schema-unknown-key', file: 'bad.yaml', line: 6, column: 7 });
    expect(printed.err).toBe(`${report.text}\nbad.yaml: файлы не записаны из-за ошибок\n`);
    expect(report.text).toContain('    6 |       dedline: 2022\n      |       ^^^^^^^');

    const en = (await (await post(service, '/v1/render?name=bad.yaml&lang=en', BAD)).json()) as Report;
    expect(en.files[0]!.diagnostics[0]!.message).toBe('Unknown key “dedline” — did you mean “deadline”?');
  });

  it('POST /v1/validate answers 200 with the report of `plangraf validate --format json`, ok or not; strict counts warnings', async () => {
    const bad = await post(service, '/v1/validate?name=bad.yaml', BAD);
    expect(bad.status).toBe(200);
    expect(await bad.json()).toMatchObject({ version: 1, ok: false, files: [{ file: 'bad.yaml', ok: false, errors: 1, warnings: 0 }] });
    const good = await (await post(service, '/v1/validate', SMALL)).json();
    expect(good).toMatchObject({ version: 1, ok: true, files: [{ file: '<input>', ok: true, errors: 0 }], text: expect.any(String) });

    const warned = `${SMALL}      deadline: когда-нибудь потом\n`;
    const loose = await post(service, '/v1/render?format=pdf', warned);
    expect(loose.status).toBe(200);
    expect(loose.headers.get('x-plangraf-warnings')).toBe('1');
    const strict = await post(service, '/v1/render?format=pdf&strict=true', warned);
    expect(strict.status).toBe(422);
    expect(((await strict.json()) as Report).files[0]!.diagnostics[0]!.code).toBe('deadline-unparsed');
  });

  it('GET /v1/schema is the JSON Schema of `plangraf schema`; GET /healthz answers ok', async () => {
    const schema = await fetch(`${service.url}/v1/schema`);
    expect(schema.status).toBe(200);
    expect(schema.headers.get('content-type')).toBe('application/schema+json; charset=utf-8');
    expect(await schema.json()).toEqual(JSON.parse(readFileSync(join(ROOT, 'schemas/roadmap.schema.json'), 'utf8')));
    const health = await fetch(`${service.url}/healthz`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
  });

  it('GET /metrics counts requests by route and status and shows the pool', async () => {
    await post(service, '/v1/validate', SMALL);
    await fetch(`${service.url}/nowhere`);
    const r = await fetch(`${service.url}/metrics`);
    expect(r.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
    const text = await r.text();
    expect(text).toMatch(/^plangraf_http_requests_total\{route="\/v1\/validate",status="200"\} [1-9]\d*$/m);
    expect(text).toMatch(/^plangraf_http_requests_total\{route="other",status="404"\} [1-9]\d*$/m);
    expect(text).toMatch(/^plangraf_http_request_duration_seconds_count\{route="\/v1\/validate"\} [1-9]\d*$/m);
    expect(text).toMatch(/^plangraf_http_request_duration_seconds_bucket\{route="\/v1\/validate",le="\+Inf"\} [1-9]\d*$/m);
    expect(text).toContain('\nplangraf_renders_in_flight 0\n');
    expect(text).toContain('\nplangraf_pool_size 2\n');
    expect(text).toContain('\nplangraf_queue_limit 6\n');
  });

  it('the editor page and its scripts come from the server, with a same-origin-only policy; nothing else is served', async () => {
    const page = await fetch(`${service.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'; script-src 'self'");
    expect(await page.text()).toContain('<script type="module" src="/assets/editor.js"></script>');
    const script = await fetch(`${service.url}/assets/editor.js`);
    expect([script.status, script.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    const worker = await fetch(`${service.url}/assets/pdf.worker.min.mjs`);
    expect(worker.status).toBe(200);
    for (const path of ['/assets/..%2F..%2Fpackage.json', '/assets/preview.html', '/assets/%2Fetc%2Fpasswd', '/package.json']) {
      const r = await fetch(`${service.url}${path}`);
      expect(r.status, path).toBe(404);
    }
  });

  it('every other mistake of a request has its status and a message in its language', async () => {
    const cases: Array<[Response, number, string, string]> = [
      [await post(service, '/v1/render?format=xls', SMALL), 400, 'bad-request', 'Неверный запрос: format=xls: допустимы docx, pdf, xlsx, zip.'],
      [await post(service, '/v1/render?now=вчера&lang=en', SMALL), 400, 'bad-request', 'Bad request: now=вчера: not an ISO 8601 date (e.g. 2022-02-14T00:00:00Z).'],
      [await post(service, '/v1/render?lang=de', SMALL), 400, 'bad-request', 'Неверный запрос: lang=de: допустимы ru, en.'],
      [await post(service, '/v1/render?name=../etc/passwd', SMALL), 400, 'bad-request', 'Неверный запрос: name: нужно имя файла без папок и управляющих символов, до 255 знаков.'],
      [await post(service, '/v1/render?strict=maybe', SMALL), 400, 'bad-request', 'Неверный запрос: strict=maybe: допустимы true, false.'],
      [await post(service, '/v1/render', SMALL, { 'content-type': 'image/png' }), 415, 'unsupported-media-type', 'Тело запроса должно быть YAML или JSON: Content-Type application/yaml, application/json или text/plain.'],
      [await fetch(`${service.url}/v1/render`), 405, 'method-not-allowed', 'Метод GET здесь не поддерживается; допустим POST.'],
      [await fetch(`${service.url}/v1/nothing?lang=en`), 404, 'not-found', 'No such address: /v1/nothing.'],
    ];
    for (const [r, status, error, message] of cases) {
      expect({ status: r.status, body: await r.json() }).toEqual({ status, body: { statusCode: status, error, message } });
    }
    expect((await fetch(`${service.url}/v1/render`)).headers.get('allow')).toBe('POST');
  });

  it('requests at once are all answered, each with its own document', async () => {
    const bodies = [SMALL, SMALL.replace('Задача', 'Другая задача'), SMALL, SMALL.replace('Задача', 'Третья задача'), SMALL, SMALL];
    const answers = await Promise.all(bodies.map((b) => post(service, `/v1/render?format=pdf&now=${NOW}`, b)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const texts = await Promise.all(answers.map(async (a) => (await readPdf(await bytesOf(a))).text));
    expect(texts.map((t) => t.includes('Другая задача'))).toEqual([false, true, false, false, false, false]);
    expect(texts.map((t) => t.includes('Третья задача'))).toEqual([false, false, false, true, false, false]);
  });

  it('a DOCX from the service is a document with the roadmap\'s rows', async () => {
    const r = await post(service, `/v1/render?format=docx&now=${NOW}`, SMALL.replace('Задача', 'Проверить кабинеты'));
    expect(readDocx(await bytesOf(r)).documentXml).toContain('>Проверить кабинеты<');
  });

  it('logs one JSON line per request, with no roadmap content in it', async () => {
    const marker = 'МаркерСодержимогоПлана';
    await post(service, '/v1/render?format=pdf', SMALL.replace('Задача', marker));
    await post(service, '/v1/render', BAD.replace('Задача', marker));
    const lines = service.log();
    const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.filter((r) => r.msg === 'request' && r.route === '/v1/render').length).toBeGreaterThanOrEqual(2);
    expect(records.find((r) => r.msg === 'request' && r.status === 422)).toMatchObject({ method: 'POST', route: '/v1/render', status: 422 });
    expect(lines.join('\n')).not.toContain(marker);
    expect(lines.join('\n')).not.toContain('dedline');
  });
});

describe('hostile requests', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await serve({ bodyLimitBytes: 64 * 1024, bodyTimeoutSeconds: 1 });
  });

  it('a body over the limit gets 413, declared or streamed, and the server goes on', async () => {
    const big = `${SMALL}# ${'x'.repeat(70 * 1024)}\n`;
    const declared = await post(service, '/v1/render', big);
    expect([declared.status, ((await declared.json()) as { error: string }).error]).toEqual([413, 'body-too-large']);
    // Chunked, without a length: refused once the bytes read pass the limit.
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 10; i++) c.enqueue(new TextEncoder().encode('#'.repeat(10 * 1024)));
        c.close();
      },
    });
    const streamed = await fetch(`${service.url}/v1/render`, { method: 'POST', body: stream, headers: { 'content-type': 'application/yaml' }, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);
  });

  it('a body that never finishes gets 408 and the connection is closed; the server goes on', async () => {
    const answer = await raw(service, 'POST /v1/render HTTP/1.1\r\nHost: x\r\nContent-Type: application/yaml\r\nContent-Length: 1000\r\n\r\ndocument:');
    expect(answer).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))).toEqual({ statusCode: 408, error: 'request-timeout', message: 'Запрос не был получен целиком за 1 с.' });
    expect((await post(service, '/v1/validate', SMALL)).status).toBe(200);
  });

  it('a 20,000-row plan gets 422 limit-rows (the service allows 5000), an alias bomb 422 limit-aliases', async () => {
    const roomy = await serve({ bodyLimitBytes: 4 * 1024 * 1024 });
    const rows = await post(roomy, '/v1/render', manyRows(20_000));
    expect(rows.status).toBe(422);
    expect(((await rows.json()) as Report).files[0]!.diagnostics).toMatchObject([{ code: 'limit-rows', message: 'Слишком много строк в планах: 20000 при пределе 5000.' }]);
    const bomb = GENERATED.find((c) => c.name === 'alias-bomb')!.input();
    const aliases = await post(service, '/v1/render', bomb);
    expect(aliases.status).toBe(422);
    expect(((await aliases.json()) as Report).files[0]!.diagnostics.map((d) => d.code)).toContain('limit-aliases');
  });

  it('template syntax in a roadmap is printed as text, never run', async () => {
    const injected = SMALL.replace('Задача', '"{{process.env.HOME}} {{#each this}}{{@key}}{{/each}} {{lookup this \'constructor\'}}"');
    const r = await post(service, `/v1/render?format=pdf&now=${NOW}`, injected);
    expect(r.status).toBe(200);
    const text = (await readPdf(await bytesOf(r))).text.replace(/\s+/g, ' ');
    expect(text).toContain("{{process.env.HOME}} {{#each this}}{{@key}}{{/each}} {{lookup this 'constructor'}}");
    expect(text).not.toContain(process.env.HOME ?? '/root');
  });

  it('no request reads a file of the server: extends is refused where it is written, whatever it names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plangraf-secret-'));
    const secret = join(dir, 'base.yaml');
    writeFileSync(secret, 'document: {kind: order, title: СЕКРЕТНАЯ-ОСНОВА}\n');
    for (const target of [secret, '/etc/passwd', '../../../../../../etc/hostname', 'base.yaml', '<input>', 'plan.yaml']) {
      const body = `extends: ${JSON.stringify(target)}\nplan:\n  title: П\n  items:\n    - task: Задача\n`;
      const r = await post(service, '/v1/render?name=plan.yaml', body);
      expect(r.status, target).toBe(422);
      const text = await r.text();
      const report = JSON.parse(text) as Report;
      expect(report.files[0]!.diagnostics, target).toEqual([{
        code: 'serve-extends-refused', severity: 'error', file: 'plan.yaml', line: 1, column: 10,
        message: 'Служба не читает файлы сервера: extends и amends.previous в запросе не поддерживаются.',
        hint: 'Пришлите план целиком: перенесите в него содержимое основы (или соберите его у себя: plangraf render).',
        ...report.files[0]!.diagnostics[0]!.endLine !== undefined ? { endLine: 1, endColumn: expect.any(Number) } : {},
      }]);
      expect(text).not.toContain('СЕКРЕТНАЯ');
      // The answer quotes the request's own line, and names nothing of the server.
      expect(text).not.toContain(process.cwd());
    }
  });

  it('an amending order\'s previous version is not read either: refused at amends.previous', async () => {
    const body = `document:\n  kind: order\n  amends: {previous: base.yaml}\nplan:\n  title: П\n  items:\n    - task: Задача\n`;
    const r = await post(service, '/v1/render?name=plan.yaml', body);
    expect(r.status).toBe(422);
    const report = (await r.json()) as Report;
    expect(report.files[0]!.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['serve-extends-refused', 3, 22]]);
  });

  it('a request past the time limit gets 422 serve-time-limit; a crashed worker 500; the next request is served', async () => {
    const slow = await serve({ workerFile: STAND_IN, timeLimitSeconds: 2 });
    const hung = await post(slow, '/v1/render?name=hang.yaml', SMALL);
    expect(hung.status).toBe(422);
    expect(((await hung.json()) as Report).files[0]!.diagnostics).toEqual([{
      code: 'serve-time-limit', severity: 'error', file: 'hang.yaml', line: 0, column: 0,
      message: 'Сборка не уложилась в 2 с и остановлена.',
      hint: 'Время растёт с числом строк и длиной ячеек: разделите план на несколько файлов. Предел задаёт администратор службы (plangraf serve --time-limit).',
    }]);
    const crashed = await post(slow, '/v1/render?name=crash.yaml&lang=en', SMALL);
    expect([crashed.status, await crashed.json()]).toEqual([500, { statusCode: 500, error: 'internal', message: 'An internal error of the plangraf service; the details are in its log.' }]);
    const next = await post(slow, `/v1/render?format=pdf&now=${NOW}`, SMALL);
    expect(next.status).toBe(200);
  });

  it('a flood beyond the pool and its queue gets 503 with Retry-After at once; the held requests finish; health answers throughout', async () => {
    const gated = await serve({ workerFile: STAND_IN, poolSize: 1, queueSize: 1 });
    const gate = join(mkdtempSync(join(tmpdir(), 'plangraf-gate-')), 'open');
    const held = `# gate: ${gate}\n${SMALL}`;
    const first = post(gated, '/v1/render?format=pdf', held);
    const second = post(gated, '/v1/validate', held);
    // Both are taken once the pool counts them: wait for the gauge rather than for a time.
    for (;;) {
      const m = await (await fetch(`${gated.url}/metrics`)).text();
      if (m.includes('\nplangraf_renders_in_flight 2\n')) break;
    }
    const flood = await Promise.all(Array.from({ length: 8 }, () => post(gated, '/v1/render', SMALL)));
    expect(flood.map((r) => r.status)).toEqual(Array(8).fill(503));
    expect(flood.every((r) => Number(r.headers.get('retry-after')) >= 1)).toBe(true);
    expect(await flood[0]!.json()).toMatchObject({ statusCode: 503, error: 'busy', message: expect.stringMatching(/^Служба занята: в работе и в очереди 2 запроса\. Повторите через \d+ с\.$/) });
    expect((await fetch(`${gated.url}/healthz`)).status).toBe(200);
    writeFileSync(gate, '');
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
    expect((await post(gated, '/v1/validate', SMALL)).status).toBe(200);
    const metrics = await (await fetch(`${gated.url}/metrics`)).text();
    expect(metrics).toContain('plangraf_http_requests_total{route="/v1/render",status="503"} 8\n');
  });
});

describe('the API key', () => {
  it('guards /v1/* and /metrics (401 without it, Bearer or X-API-Key with it); /healthz stays open', async () => {
    const service = await serve({ apiKey: 's3cr3t-key' });
    const no = await fetch(`${service.url}/v1/schema?lang=en`);
    expect([no.status, no.headers.get('www-authenticate'), await no.json()]).toEqual([401, 'Bearer', {
      statusCode: 401, error: 'unauthorized', message: 'An API key is needed: the header Authorization: Bearer <key> or X-API-Key: <key>.',
    }]);
    for (const headers of [{ authorization: 'Bearer s3cr3t-ke' }, { authorization: 'Basic s3cr3t-key' }, { 'x-api-key': 's3cr3t-key2' }, { 'x-api-key': '' }] as Record<string, string>[]) {
      expect((await fetch(`${service.url}/v1/schema`, { headers })).status, JSON.stringify(headers)).toBe(401);
    }
    expect((await post(service, '/v1/render', SMALL)).status).toBe(401);
    expect((await post(service, '/v1/validate', SMALL)).status).toBe(401);
    expect((await fetch(`${service.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${service.url}/healthz`)).status).toBe(200);

    expect((await fetch(`${service.url}/v1/schema`, { headers: { authorization: 'Bearer s3cr3t-key' } })).status).toBe(200);
    expect((await fetch(`${service.url}/metrics`, { headers: { 'x-api-key': 's3cr3t-key' } })).status).toBe(200);
    expect((await post(service, `/v1/render?now=${NOW}`, SMALL, { 'x-api-key': 's3cr3t-key' })).status).toBe(200);
  });
});
