/**
 * Calls to the service that served the page (same origin only: the page's
 * Content-Security-Policy allows nothing else): validate and render the editor's text. The API
 * key, when the service wants one, is asked once and kept for the browser tab.
 */
import { LANG } from './i18n.js';
import type { RequestReport } from './report.js';

const KEY_STORE = 'plangraf-api-key';

export class NeedsKey extends Error {}
export class Busy extends Error {
  constructor(readonly seconds: number) {
    super('busy');
  }
}

function headers(): Record<string, string> {
  const key = sessionStorage.getItem(KEY_STORE);
  return { 'content-type': 'application/yaml', ...(key ? { 'x-api-key': key } : {}) };
}

export function saveKey(key: string): void {
  sessionStorage.setItem(KEY_STORE, key);
}

async function post(path: string, text: string, query: Record<string, string>): Promise<Response> {
  const params = new URLSearchParams({ lang: LANG, name: 'roadmap.yaml', ...query });
  const response = await fetch(`${path}?${params}`, { method: 'POST', headers: headers(), body: text });
  if (response.status === 401) throw new NeedsKey('API key');
  if (response.status === 503) throw new Busy(Number(response.headers.get('retry-after') ?? '1'));
  return response;
}

export async function validate(text: string): Promise<RequestReport> {
  const response = await post('/v1/validate', text, {});
  if (!response.ok) throw new Error(`${response.status}`);
  return (await response.json()) as RequestReport;
}

/** The document's bytes, or the report that says why there are none (422). */
export async function render(text: string, format: 'pdf' | 'docx'): Promise<{ bytes: Uint8Array<ArrayBuffer> } | { report: RequestReport }> {
  const response = await post('/v1/render', text, { format });
  if (response.status === 422) return { report: (await response.json()) as RequestReport };
  if (!response.ok) throw new Error(`${response.status}`);
  return { bytes: new Uint8Array(await response.arrayBuffer()) };
}

export async function schema(): Promise<Record<string, unknown>> {
  const response = await fetch('/v1/schema', { headers: headers() });
  if (response.status === 401) throw new NeedsKey('API key');
  return (await response.json()) as Record<string, unknown>;
}
