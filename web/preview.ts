/**
 * The page of `plangraf preview FILE`: the pages of the file as last rendered, its diagnostics
 * and downloads, updated whenever plangraf renders it again (a server-sent event per render).
 * When an edit breaks the file, the last good pages stay with the new errors above them; the
 * scroll position is kept across updates. The downloads are the formats the state lists (the
 * registry's preview formats, src/output-formats.ts).
 */
import { showDiagnostics } from './diagnostics-view.js';
import { T } from './i18n.js';
import { PagesView } from './pages-view.js';
import type { RequestReport } from './report.js';

/** GET /api/state (src/preview/preview-server.ts). */
interface PreviewState {
  version: number;
  file: string;
  rendering: boolean;
  report: RequestReport | null;
  pages: { version: number } | null;
  /** The formats offered for download, `/api/document.<format>`. */
  formats: string[];
}

const $ = (id: string) => document.getElementById(id)!;
const pages = new PagesView($('pages'));
const status = $('status');
let shownPages = -1;
let busy: Promise<void> = Promise.resolve();

async function refresh(): Promise<void> {
  const state = (await (await fetch('/api/state')).json()) as PreviewState;
  $('file').textContent = state.file;
  document.title = `${state.file} — ${T.previewTitle}`;
  showDiagnostics($('diagnostics'), state.report ?? undefined);
  const stale = state.pages !== null && state.pages.version !== state.version;
  status.textContent = state.rendering ? T.rendering : stale ? T.lastGood : state.pages ? T.ready : T.noPages;
  status.className = stale ? 'stale' : state.pages ? 'ready' : 'failed';
  showDownloads(state.formats, state.pages === null);
  if (state.pages === null) {
    pages.empty(T.noPages);
  } else if (state.pages.version !== shownPages) {
    const bytes = new Uint8Array(await (await fetch(`/api/document.pdf?v=${state.pages.version}`)).arrayBuffer());
    await pages.show(bytes, String(state.pages.version));
    shownPages = state.pages.version;
  }
  document.body.dataset.version = String(state.version);
}

function queueRefresh(): void {
  busy = busy.then(refresh).catch(() => {
    status.textContent = T.offline;
    status.className = 'failed';
  });
}

/** One link per format offered (`download-docx`, `download-pdf`), hidden while there are no pages. */
function showDownloads(formats: readonly string[], hidden: boolean): void {
  const box = $('downloads');
  if (box.dataset.formats !== formats.join(',')) {
    box.replaceChildren(...formats.map((format) => {
      const a = document.createElement('a');
      a.id = `download-${format}`;
      a.className = 'download';
      a.href = `/api/document.${format}`;
      a.download = '';
      a.textContent = T.download(format);
      return a;
    }));
    box.dataset.formats = formats.join(',');
  }
  for (const a of box.querySelectorAll<HTMLAnchorElement>('a.download')) a.hidden = hidden;
}

new EventSource('/api/events').addEventListener('state', queueRefresh);
queueRefresh();
