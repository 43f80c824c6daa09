/**
 * `loadTemplates`: the template library of a folder, on Node. Compiled templates are cached per
 * folder (and language of diagnostics) for the life of the process, so rendering a batch of a
 * thousand documents compiles each template once.
 *
 *   const { templates, diagnostics } = loadTemplates({ dir: 'мои-шаблоны' });
 *   const set = templates.bind((d) => diagnostics.push(d));
 *   set.text('order-heading', { qualifier: 'начальника управления' });
 *
 * In a browser, pass `host` and `builtin` (e.g. `mapTemplateHost({...})`) and `createTemplateLibrary`.
 */
import * as path from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { createTemplateLibrary } from './library.js';
import { TEMPLATE_MESSAGES, templateDiagnostic } from './messages.js';
import { BUILTIN_TEMPLATE_NAMES } from './names.js';
import { BUILTIN_TEMPLATE_DIR, folderExists, nodeTemplateHost } from './node-host.js';
import type { LoadTemplatesOptions, LoadTemplatesResult, TemplateHost, TemplateLibrary, TemplateSet } from './types.js';

interface Cached {
  templates: TemplateLibrary;
  diagnostics: Diagnostic[];
}

const byFolder = new Map<string, Cached>();
const byHost = new WeakMap<TemplateHost, Map<string, Cached>>();

let defaultBuiltin: TemplateHost | undefined;
function builtinHost(): TemplateHost {
  return (defaultBuiltin ??= nodeTemplateHost(BUILTIN_TEMPLATE_DIR, { trusted: true }));
}

export function loadTemplates(options: LoadTemplatesOptions = {}): LoadTemplatesResult {
  const lang = options.lang ?? 'ru';
  const builtin = options.builtin ?? builtinHost();
  const dir = options.dir === undefined ? undefined : path.resolve(options.dir);
  const key = `${lang}\u0000${dir ?? ''}`;

  let cache: Map<string, Cached> | undefined;
  if (options.host) {
    cache = byHost.get(options.host) ?? new Map();
    byHost.set(options.host, cache);
  } else if (!options.builtin) {
    cache = byFolder;
  }
  const hit = options.fresh ? undefined : cache?.get(key);
  if (hit) return { templates: hit.templates, diagnostics: [...hit.diagnostics] };

  const diagnostics: Diagnostic[] = [];
  let user = options.host;
  if (!user && dir !== undefined) {
    if (folderExists(dir)) user = nodeTemplateHost(dir);
    else diagnostics.push(templateDiagnostic('template-folder-missing', TEMPLATE_MESSAGES.folderMissing(options.dir!), lang, options.dir!));
  }
  const created = createTemplateLibrary({
    builtin,
    names: [...new Set([...BUILTIN_TEMPLATE_NAMES, ...(builtin.list?.() ?? [])])],
    lang,
    ...(user ? { user } : {}),
    ...(options.dir !== undefined ? { dir: options.dir } : {}),
  });
  diagnostics.push(...created.diagnostics);
  const result: Cached = { templates: created.library, diagnostics };
  if (!options.fresh) cache?.set(key, result);
  return { templates: result.templates, diagnostics: [...diagnostics] };
}

/** The built-in templates alone (cached). */
export function builtinTemplates(): TemplateLibrary {
  return loadTemplates().templates;
}

/** Forget every cached library (after editing templates in a long-running process). */
export function clearTemplateCache(): void {
  byFolder.clear();
}

/** A host over templates held in memory: `{ 'order-heading': 'ПРИКАЗ…' }`. */
export function mapTemplateHost(sources: Record<string, string>, folder = ''): TemplateHost {
  const prefix = folder ? `${folder.replace(/\/$/, '')}/` : '';
  return {
    readTemplate: (name) => (Object.hasOwn(sources, name) ? sources[name] : undefined),
    templatePath: (name) => `${prefix}${name}.hbs`,
    list: () => Object.keys(sources).sort(),
  };
}

let builtinSet: TemplateSet | undefined;
/**
 * The built-in templates as a `TemplateSet` for callers without a compose context. Problems
 * (only possible from a defect in a built-in template or wrong data) are not reported here:
 * tests render every built-in template.
 */
export function builtinTemplateSet(): TemplateSet {
  return (builtinSet ??= builtinTemplates().bind(() => undefined));
}
