/**
 * `plangraf serve`: the HTTP service for portals, on fastify.
 *
 *   POST /v1/render     YAML or JSON body → one format of src/output-formats.ts (DOCX, PDF, XLSX) or a
 *                       zip of the default ones (?format=); 422 + diagnostics
 *   POST /v1/validate   → the diagnostics (the JSON of `plangraf validate --format json`)
 *   GET  /v1/schema     the JSON Schema of the roadmap format
 *   GET  /healthz       liveness, never behind the API key
 *   GET  /metrics       Prometheus text
 *   GET  /              the editor page (and /assets/* its scripts), when the build has it
 *
 * The service is stateless: every request carries its whole roadmap, reads no file of the server
 * (request-host.ts) and is loaded and rendered in a worker of the pool (render-pool.ts) under the
 * time limit, by the code of `plangraf render` — the same diagnostics and bytes as the CLI.
 * Limits: the body's size (413) and the time to receive it (408), the loader's limits lowered to
 * the service's (422), the requests running and waiting (503 with Retry-After).
 */
import type { Writable } from 'node:stream';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { zipSync } from 'fflate';
import { TimeLimitExceeded } from '../batch/time-limit.js';
import type { Language } from '../diagnostics/diagnostic.js';
import { roadmapSchema } from '../load/schema.js';
import type { RenderFileResult } from '../cli/render-file.js';
import { apiKeyChecker } from './api-key.js';
import { httpError, serveDiagnostic, type HttpErrorCode } from './messages.js';
import type { MessageArgs } from '../diagnostics/messages.js';
import { ServiceMetrics } from './metrics.js';
import { createRenderPool, type RenderPool } from './render-pool.js';
import type { RequestTask } from './render-request.js';
import { requestOptions, type RequestOptions, type ResponseFormat } from './request-options.js';
import { FORMAT_REGISTRY } from '../output-formats.js';
import { requestReport, standaloneReport } from './report.js';
import { loadWebAssets, PAGE_SECURITY_HEADERS } from './web-assets.js';

export { SERVE_DEFAULTS } from './defaults.js';

export interface ServeOptions {
  /** Interface to listen on. Default 127.0.0.1 (put a reverse proxy in front). */
  host: string;
  /** Port; 0 picks a free one. */
  port: number;
  /** Language of messages when a request does not ask (`?lang=`). */
  lang: Language;
  /** The service's templates folder, absolute; requests cannot bring their own. */
  templates?: string;
  /** Worker threads. */
  poolSize: number;
  /** Requests that may wait for a worker; beyond them 503. */
  queueSize: number;
  /** Seconds one request may load and render. */
  timeLimitSeconds: number;
  /** Largest request body, bytes (413 beyond). */
  bodyLimitBytes: number;
  /** Seconds to receive a whole request (408 beyond). */
  bodyTimeoutSeconds: number;
  /** Plan rows a request may have (the loader's `limit-rows`, 422 beyond). */
  maxRows: number;
  /** When set, /v1/* and /metrics need it (401 without). */
  apiKey?: string;
  /** Where the JSON log goes (default standard output); false for none. */
  log?: Writable | false;
  /** The worker script; for tests (a stand-in that hangs). */
  workerFile?: string;
}


export interface RunningService {
  /** `http://host:port` as listened on. */
  url: string;
  app: FastifyInstance;
  pool: RenderPool;
  /** Stop listening, let running requests finish, stop the workers. */
  close(): Promise<void>;
}

const BODY_TYPES = ['application/yaml', 'application/x-yaml', 'text/yaml', 'text/x-yaml', 'application/json', 'text/plain'];
const API_ROUTES: Record<string, string> = { '/v1/render': 'POST', '/v1/validate': 'POST', '/v1/schema': 'GET', '/healthz': 'GET', '/metrics': 'GET' };
/** Routes counted under their own name in the metrics; anything else is `other`. */
const KNOWN_ROUTES = new Set([...Object.keys(API_ROUTES), '/', '/assets/:name']);
/** The media type of a response: the format's own (the registry), or a zip of the default formats. */
const contentType = (format: ResponseFormat): string => (format === 'zip' ? 'application/zip' : FORMAT_REGISTRY[format].mediaType);

export async function startServer(options: ServeOptions): Promise<RunningService> {
  const pool = await createRenderPool({
    size: options.poolSize,
    queue: options.queueSize,
    timeLimitSeconds: options.timeLimitSeconds,
    ...(options.workerFile !== undefined ? { workerFile: options.workerFile } : {}),
  });
  try {
    const app = await buildApp(options, pool);
    const address = await app.listen({ host: options.host, port: options.port });
    return {
      url: address,
      app,
      pool,
      async close() {
        await app.close();
        await pool.close();
      },
    };
  } catch (e) {
    await pool.close();
    throw e;
  }
}

async function buildApp(options: ServeOptions, pool: RenderPool): Promise<FastifyInstance> {
  const bodyTimeoutMs = options.bodyTimeoutSeconds * 1000;
  const app = Fastify({
    logger: options.log === false ? false : { level: 'info', ...(options.log ? { stream: options.log } : {}) },
    // One line per answered request (below), with no body and no query values in it.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: options.bodyLimitBytes,
    requestTimeout: bodyTimeoutMs,
    http: { headersTimeout: Math.min(60_000, bodyTimeoutMs), connectionsCheckingInterval: Math.min(1000, bodyTimeoutMs) },
    clientErrorHandler(err, socket) {
      // A request that did not arrive in time (408), or a malformed one (400): answered here, as
      // Node's HTTP parser has no request object for them.
      if ((err as NodeJS.ErrnoException).code === 'ECONNRESET' || socket.destroyed) return;
      const timeout = (err as NodeJS.ErrnoException).code === 'ERR_HTTP_REQUEST_TIMEOUT';
      const body = JSON.stringify(timeout
        ? httpError('request-timeout', options.lang, { seconds: options.bodyTimeoutSeconds })
        : httpError('bad-request', options.lang, { reason: options.lang === 'ru' ? 'запрос не по протоколу HTTP' : 'not a valid HTTP request' }));
      const status = timeout ? '408 Request Timeout' : '400 Bad Request';
      metrics.record('other', timeout ? 408 : 400, 0);
      if (socket.writable) {
        socket.write(`HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
      }
      socket.destroy();
    },
  });
  const metrics = new ServiceMetrics();
  const allowed = options.apiKey !== undefined ? apiKeyChecker(options.apiKey) : undefined;
  const assets = loadWebAssets();
  const schemaText = JSON.stringify(await roadmapSchema(), null, 2);
  const langOf = (req: FastifyRequest): Language => {
    const v = (req.query as Record<string, unknown> | undefined)?.lang;
    return v === 'en' || v === 'ru' ? v : options.lang;
  };
  const fail = (reply: FastifyReply, code: HttpErrorCode, lang: Language, args: MessageArgs = {}) => {
    const body = httpError(code, lang, args);
    return reply.code(body.statusCode).type('application/json; charset=utf-8').send(body);
  };
  const busy = (reply: FastifyReply, lang: Language) => {
    const seconds = Math.max(1, Math.ceil(pool.recentSeconds * (pool.inFlight / pool.size)));
    reply.header('retry-after', String(seconds));
    return fail(reply, 'busy', lang, { count: pool.inFlight, seconds });
  };

  // Bodies reach the loader as bytes, whatever they claim to be: it reads YAML and JSON alike
  // and reports a mistake at its line and column, as for a file.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(BODY_TYPES, { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.addHook('onRequest', async (req, reply) => {
    const path = req.url.split('?')[0]!;
    const guarded = path.startsWith('/v1/') || path === '/metrics';
    if (guarded && allowed && !allowed(req.headers)) {
      reply.header('www-authenticate', 'Bearer');
      return fail(reply, 'unauthorized', langOf(req));
    }
    // A full queue is answered before the body is read.
    if ((path === '/v1/render' || path === '/v1/validate') && req.method === 'POST' && pool.full) return busy(reply, langOf(req));
    return undefined;
  });
  app.addHook('onResponse', async (req, reply) => {
    const route = KNOWN_ROUTES.has(req.routeOptions.url ?? '') ? req.routeOptions.url! : 'other';
    const seconds = reply.elapsedTime / 1000;
    metrics.record(route, reply.statusCode, seconds);
    req.log.info({
      method: req.method,
      route,
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
      bytesIn: Number(req.headers['content-length'] ?? 0),
      bytesOut: Number(reply.getHeader('content-length') ?? 0),
    }, 'request');
  });

  app.setErrorHandler((error: Error & { code?: string; statusCode?: number }, req, reply) => {
    const lang = langOf(req);
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return fail(reply, 'body-too-large', lang, { limit: options.bodyLimitBytes });
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return fail(reply, 'unsupported-media-type', lang);
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return fail(reply, 'bad-request', lang, { reason: error.message.replace(/\.$/, '') });
    }
    req.log.error({ err: error }, 'internal error');
    return fail(reply, 'internal', lang);
  });
  app.setNotFoundHandler((req, reply) => {
    const path = req.url.split('?')[0]!;
    const allow = API_ROUTES[path];
    if (allow !== undefined) {
      reply.header('allow', allow === 'GET' ? 'GET, HEAD' : allow);
      return fail(reply, 'method-not-allowed', langOf(req), { method: req.method, allow });
    }
    return fail(reply, 'not-found', langOf(req), { url: path.slice(0, 200) });
  });

  async function runTask(req: FastifyRequest, reply: FastifyReply, action: RequestTask['action']) {
    const parsed = requestOptions(req.query as Record<string, unknown>, options.lang);
    if (!parsed.ok) return fail(reply, 'bad-request', parsed.lang, { reason: parsed.reason[parsed.lang] });
    const o = parsed.options;
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const task: RequestTask = {
      action,
      bytes: new Uint8Array(body.buffer, body.byteOffset, body.byteLength),
      name: o.name,
      lang: o.lang,
      strict: o.strict,
      formats: o.formats,
      ...(o.now !== undefined ? { now: o.now } : {}),
      ...(options.templates !== undefined ? { templates: options.templates } : {}),
      limits: { rows: options.maxRows, fileBytes: options.bodyLimitBytes },
    };
    const running = pool.run(task);
    if (!running) return busy(reply, o.lang);
    let result: RenderFileResult;
    try {
      result = await running;
    } catch (e) {
      if (e instanceof TimeLimitExceeded) {
        return reply.code(422).send(standaloneReport([serveDiagnostic('serve-time-limit', o.lang, o.name, { seconds: e.seconds })], o.name, o.lang));
      }
      req.log.error({ err: e }, 'worker failed');
      return fail(reply, 'internal', o.lang);
    }
    const report = requestReport(result, o.name, o.strict, o.lang);
    if (action === 'validate') return reply.send(report);
    if (!report.ok || !result.render) return reply.code(422).send(report);
    return sendDocuments(reply, result.render, o, report.files[0]!.warnings);
  }

  app.post('/v1/render', (req, reply) => runTask(req, reply, 'render'));
  app.post('/v1/validate', (req, reply) => runTask(req, reply, 'validate'));
  app.get('/v1/schema', (_req, reply) => reply.type('application/schema+json; charset=utf-8').send(schemaText));
  app.get('/healthz', (_req, reply) => reply.send({ status: 'ok' }));
  app.get('/metrics', (_req, reply) =>
    reply.type('text/plain; version=0.0.4; charset=utf-8').send(metrics.text({ inFlight: pool.inFlight, poolSize: pool.size, queueLimit: options.poolSize + options.queueSize })));

  app.get('/', (req, reply) => sendAsset(reply, 'editor.html', langOf(req)));
  app.get('/assets/:name', (req, reply) => sendAsset(reply, (req.params as { name: string }).name, langOf(req)));

  function sendAsset(reply: FastifyReply, name: string, lang: Language) {
    const asset = name.endsWith('.html') && name !== 'editor.html' ? undefined : assets.get(name);
    if (!asset) return fail(reply, 'not-found', lang, { url: `/assets/${name.slice(0, 200)}` });
    return reply.headers(PAGE_SECURITY_HEADERS).type(asset.type).send(asset.bytes);
  }
  return app;
}

function sendDocuments(reply: FastifyReply, rendered: NonNullable<RenderFileResult['render']>, o: RequestOptions, warnings: number) {
  let bytes: Uint8Array;
  if (o.format === 'zip') {
    // A fixed entry time (local fields, as zip stores them): the same input gives the same zip.
    const mtime = new Date(1980, 0, 1);
    bytes = zipSync(Object.fromEntries(o.formats.map((f) => [`${o.base}.${f}`, [rendered[f]!, { mtime }]])), { level: 0 });
  } else {
    bytes = rendered[o.format]!;
  }
  return reply
    .type(contentType(o.format))
    .header('content-disposition', attachment(`${o.base}.${o.format}`))
    .header('x-plangraf-warnings', String(warnings))
    .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

/** `attachment; filename="…"` with an ASCII fallback and the UTF-8 name (RFC 6266, RFC 8187). */
function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
