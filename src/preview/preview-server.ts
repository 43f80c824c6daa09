/**
 * The local web server of `plangraf preview`: on 127.0.0.1 only, it serves the preview page
 * (web/preview.ts, built into dist/web), the session's state (GET /api/state), a server-sent
 * event per new state (GET /api/events) and the last good documents in the registry's preview
 * formats (GET /api/document.pdf, /api/document.docx: `PREVIEW_FORMATS`). Requests naming another host are refused (403), so a web site the user
 * visits cannot reach the preview through a DNS name pointed at 127.0.0.1.
 */
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { loadWebAssets, PAGE_SECURITY_HEADERS } from '../serve/web-assets.js';
import type { PreviewSession } from './preview-session.js';
import { FORMAT_REGISTRY, PREVIEW_FORMATS } from '../output-formats.js';

export interface PreviewServer {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

const HEARTBEAT_MS = 15_000;

export async function startPreviewServer(session: PreviewSession, port: number): Promise<PreviewServer> {
  const app = Fastify({ logger: false });
  const assets = loadWebAssets();
  const streams = new Set<FastifyReply>();
  let origin = '';

  app.addHook('onRequest', async (req, reply) => {
    const host = req.headers.host ?? '';
    const allowed = [`127.0.0.1:${origin}`, `localhost:${origin}`];
    if (!allowed.includes(host)) return reply.code(403).type('text/plain; charset=utf-8').send('403: this preview answers to 127.0.0.1 only\n');
    return undefined;
  });

  const sendAsset = (reply: FastifyReply, name: string) => {
    const asset = name.endsWith('.html') && name !== 'preview.html' ? undefined : assets.get(name);
    if (!asset) return reply.code(404).type('text/plain; charset=utf-8').send('404\n');
    return reply.headers(PAGE_SECURITY_HEADERS).type(asset.type).send(asset.bytes);
  };
  app.get('/', (_req, reply) => sendAsset(reply, 'preview.html'));
  app.get('/assets/:name', (req, reply) => sendAsset(reply, (req.params as { name: string }).name));
  app.get('/api/state', (_req, reply) => reply.header('cache-control', 'no-store').send(session.state()));
  for (const format of PREVIEW_FORMATS) {
    app.get(`/api/document.${format}`, (_req, reply) => {
      const bytes = session.document(format);
      if (!bytes) return reply.code(404).type('text/plain; charset=utf-8').send('404: no pages yet\n');
      const name = `${session.shownFile.replace(/^.*[\\/]/, '').replace(/\.(ya?ml|json)$/i, '')}.${format}`;
      return reply
        .type(FORMAT_REGISTRY[format].mediaType)
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`)
        .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
  }
  app.get('/api/events', (req, reply) => {
    reply.hijack();
    reply.raw.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    const send = (version: number) => reply.raw.write(`event: state\ndata: {"version":${version}}\n\n`);
    send(session.state().version);
    const unsubscribe = session.subscribe((s) => send(s.version));
    const heartbeat = setInterval(() => reply.raw.write(': heartbeat\n\n'), HEARTBEAT_MS);
    streams.add(reply);
    req.raw.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(reply);
    });
  });

  const address = await app.listen({ host: '127.0.0.1', port });
  origin = String(new URL(address).port);
  return {
    url: `${address}/`,
    app,
    async close() {
      for (const s of streams) s.raw.end();
      await app.close();
    },
  };
}
