/**
 * Text → the plain value and its nodes with their places, with every YAML problem as a located
 * diagnostic. Most roadmaps are plain YAML that the fast reader (fast-yaml.ts) takes; the rest,
 * and every mistake, goes to the `yaml` library (yaml-full.ts, imported only then).
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { fastParseYaml } from './fast-yaml.js';
import type { LoadLimits } from './limits.js';
import { FastNodes, type NodeSource } from './locate.js';

export interface YamlSource {
  /** The nodes with their places, for locating values (a `Locator`). */
  nodes: NodeSource;
  /** The plain value (absent when it could not be built: an alias bomb, a broken alias). */
  value?: unknown;
  diagnostics: Diagnostic[];
  /** True when the syntax is broken: the structure cannot be trusted for schema checks. */
  syntaxBroken: boolean;
  /**
   * The keys of the top-level mapping, when the top level is a mapping, also when `value` could
   * not be built (set by the `yaml` reader; the fast one always builds `value`).
   */
  topKeys?: string[];
}

export async function parseYaml(text: string, file: string, lang: Language, limits: LoadLimits): Promise<YamlSource> {
  const fast = fastParseYaml(text, limits);
  if (fast) return { nodes: new FastNodes(fast.tree, text), value: fast.value, diagnostics: [], syntaxBroken: false };
  const { parseYamlDocument } = await import('./yaml-full.js');
  return parseYamlDocument(text, file, lang, limits);
}
