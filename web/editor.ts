/**
 * The editor page of `plangraf serve`: the roadmap's YAML in CodeMirror 6 (YAML mode, completion
 * from the schema), checked by the service as you type — each diagnostic marked in the text and
 * listed beside it — and, when there is no error, rendered: the pages drawn with pdf.js, DOCX and
 * PDF downloads. The text is kept in the browser (localStorage) between visits; nothing is sent
 * anywhere but to the service that served the page.
 */
import { autocompletion } from '@codemirror/autocomplete';
import { yaml } from '@codemirror/lang-yaml';
import { forceLinting, linter, type Diagnostic as CmDiagnostic } from '@codemirror/lint';
import { EditorView, basicSetup } from 'codemirror';
import { STARTER_ROADMAP } from '../src/cli/starter-roadmap.js';
import * as api from './api.js';
import { showDiagnostics } from './diagnostics-view.js';
import { T } from './i18n.js';
import { PagesView } from './pages-view.js';
import type { Diagnostic, RequestReport } from './report.js';
import { SchemaIndex, schemaCompletion } from './schema-completion.js';

const TEXT_STORE = 'plangraf-editor-text';
const $ = (id: string) => document.getElementById(id)!;

const status = $('status');
const panel = $('diagnostics');
const pages = new PagesView($('pages'));
let schemaIndex: SchemaIndex | undefined;
let lastGood = false;
let renderCount = 0;

function say(text: string, kind = ''): void {
  status.textContent = text;
  status.className = kind;
}

function askKey(): void {
  const box = $('key');
  box.hidden = false;
  ($('key-input') as HTMLInputElement).focus();
}

$('key').addEventListener('submit', (event) => {
  event.preventDefault();
  api.saveKey(($('key-input') as HTMLInputElement).value.trim());
  $('key').hidden = true;
  void loadSchema();
  forceLinting(view);
});

function toCm(d: Diagnostic, doc: EditorView['state']['doc']): CmDiagnostic {
  const line = doc.line(Math.min(Math.max(d.line, 1), doc.lines));
  const from = Math.min(line.from + Math.max(d.column, 1) - 1, line.to);
  let to = from;
  if (d.endLine !== undefined && d.endColumn !== undefined && d.endLine <= doc.lines) {
    const end = doc.line(d.endLine);
    to = Math.min(end.from + d.endColumn - 1, end.to);
  }
  if (to <= from) to = Math.min(from + 1, line.to);
  return { from, to: Math.max(to, from), severity: d.severity, message: d.hint ? `${d.message}\n${d.hint}` : d.message, source: d.code };
}

/** Check the text; render it when the check finds no error (and the text is still the same). */
async function check(view: EditorView): Promise<CmDiagnostic[]> {
  const text = view.state.doc.toString();
  localStorage.setItem(TEXT_STORE, text);
  say(T.checking);
  let report: RequestReport;
  try {
    report = await api.validate(text);
  } catch (e) {
    if (e instanceof api.NeedsKey) askKey();
    else if (e instanceof api.Busy) setTimeout(() => forceLinting(view), e.seconds * 1000);
    say(e instanceof api.Busy ? `${T.busy} ${e.seconds} ${T.seconds}` : T.offline, 'failed');
    return [];
  }
  const pick = (d: Diagnostic) => {
    const line = view.state.doc.line(Math.min(d.line, view.state.doc.lines));
    view.dispatch({ selection: { anchor: Math.min(line.from + d.column - 1, line.to) }, scrollIntoView: true });
    view.focus();
  };
  showDiagnostics(panel, report, pick);
  const own = report.files[0]?.diagnostics.filter((d) => d.line > 0) ?? [];
  const marks = own.map((d) => toCm(d, view.state.doc));
  if (report.ok) void renderPages(text);
  else noteStale();
  return marks;
}

function noteStale(): void {
  say(lastGood ? T.lastGood : T.noPages, 'stale');
  if (!lastGood) pages.empty(T.noPages);
}

async function renderPages(text: string): Promise<void> {
  say(T.rendering);
  try {
    const result = await api.render(text, 'pdf');
    if (view.state.doc.toString() !== text) return;
    if ('report' in result) {
      showDiagnostics(panel, result.report);
      noteStale();
      return;
    }
    await pages.show(result.bytes, String(++renderCount));
    lastGood = true;
    say(T.ready, 'ready');
  } catch (e) {
    if (e instanceof api.NeedsKey) askKey();
    say(T.offline, 'failed');
  }
}

async function download(format: 'pdf' | 'docx'): Promise<void> {
  const result = await api.render(view.state.doc.toString(), format);
  if ('report' in result) {
    showDiagnostics(panel, result.report);
    return;
  }
  const url = URL.createObjectURL(new Blob([result.bytes], { type: format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = `roadmap.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function loadSchema(): Promise<void> {
  try {
    schemaIndex = new SchemaIndex(await api.schema());
  } catch (e) {
    if (e instanceof api.NeedsKey) askKey();
  }
}

const view = new EditorView({
  doc: localStorage.getItem(TEXT_STORE) ?? STARTER_ROADMAP,
  parent: $('editor'),
  extensions: [
    basicSetup,
    yaml(),
    autocompletion({ override: [schemaCompletion(() => schemaIndex)] }),
    linter(check, { delay: 400 }),
    EditorView.lineWrapping,
  ],
});

$('download-docx').textContent = T.downloadDocx;
$('download-pdf').textContent = T.downloadPdf;
$('reset').textContent = T.reset;
$('key-label').textContent = T.keyPrompt;
$('key-save').textContent = T.keySave;
document.title = T.editorTitle;
$('download-docx').addEventListener('click', () => void download('docx'));
$('download-pdf').addEventListener('click', () => void download('pdf'));
$('reset').addEventListener('click', () => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: STARTER_ROADMAP } }));
void loadSchema();
// The tests reach the editor through this.
(window as unknown as { plangrafEditor: EditorView }).plangrafEditor = view;
