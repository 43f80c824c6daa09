/**
 * Checks a parsed template before it is ever run: every helper it calls is on the fixed list
 * (helpers.ts), it reads no prototype property (`constructor`, `__proto__` …) and no private data
 * (`@plangraf`), and it uses no partial or decorator. Each problem is located at the node.
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { BLOCK_HELPERS, HELPER_NAMES, HELPERS, NULLARY_HELPERS } from './helpers.js';
import { TEMPLATE_MESSAGES, closest, templateDiagnostic } from './messages.js';

/** The part of the Handlebars AST we read (see handlebars/types). */
export interface HbsLoc {
  start: { line: number; column: number };
  end: { line: number; column: number };
}
interface HbsNode {
  type: string;
  loc?: HbsLoc;
  [key: string]: unknown;
}
interface HbsPath extends HbsNode {
  type: 'PathExpression';
  original: string;
  parts: string[];
  data: boolean;
  depth: number;
}

/** Names that reach the prototype or the engine's internals. */
const FORBIDDEN_SEGMENTS = new Set([
  'constructor',
  '__proto__',
  'prototype',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
]);
/** Data variables a template may read. */
const ALLOWED_DATA = new Set(['index', 'first', 'last', 'key', 'root']);

const BLOCKS: ReadonlySet<string> = new Set(BLOCK_HELPERS);
const VALUE_HELPERS = Object.keys(HELPERS);

/** 1-based position of a node. */
export function position(loc: HbsLoc | undefined): { line: number; column: number; endLine?: number; endColumn?: number } {
  if (!loc) return { line: 0, column: 0 };
  return { line: loc.start.line, column: loc.start.column + 1, endLine: loc.end.line, endColumn: loc.end.column + 1 };
}

export function checkTemplate(ast: HbsNode, file: string, lang: Language): Diagnostic[] {
  const out: Diagnostic[] = [];
  const unknownHelper = (path: HbsPath, allowed: readonly string[]) => {
    const suggestion = closest(path.original, allowed);
    out.push(templateDiagnostic('template-unknown-helper', TEMPLATE_MESSAGES.unknownHelper(path.original, suggestion, HELPER_NAMES), lang, file, position(path.loc)));
  };
  const forbidden = (name: string, loc: HbsLoc | undefined): void => {
    out.push(templateDiagnostic('template-forbidden', TEMPLATE_MESSAGES.forbiddenName(name), lang, file, position(loc)));
  };

  const checkPath = (path: HbsPath): void => {
    if (path.data) {
      const head = path.parts[0] ?? '';
      if (!ALLOWED_DATA.has(head)) forbidden(`@${head}`, path.loc);
    }
    for (const part of path.parts) if (FORBIDDEN_SEGMENTS.has(part)) return forbidden(part, path.loc);
    // `{{[constructor]}}` / `{{this.[__proto__]}}` keep the brackets only in `original`.
    const m = /\[([^\]]*)\]/g;
    for (const [, seg] of path.original.matchAll(m)) if (seg && FORBIDDEN_SEGMENTS.has(seg)) return forbidden(seg, path.loc);
  };

  const isSimple = (path: HbsPath) => !path.data && path.depth === 0 && path.parts.length === 1 && !/^(this|\.)\b|^\.\//.test(path.original);

  const visitExpr = (node: HbsNode | undefined): void => {
    if (!node) return;
    switch (node.type) {
      case 'PathExpression':
        checkPath(node as HbsPath);
        return;
      case 'SubExpression':
        visitCall(node, 'value');
        return;
      default:
        return; // literals
    }
  };

  const visitParamsAndHash = (node: HbsNode): void => {
    for (const p of (node.params as HbsNode[] | undefined) ?? []) visitExpr(p);
    const hash = node.hash as { pairs: { value: HbsNode }[] } | undefined;
    for (const pair of hash?.pairs ?? []) visitExpr(pair.value);
  };

  /** A mustache, block or subexpression: a helper call, or for a mustache without params a variable. */
  const visitCall = (node: HbsNode, kind: 'mustache' | 'block' | 'value'): void => {
    const path = node.path as HbsNode;
    const params = (node.params as HbsNode[] | undefined) ?? [];
    const hash = node.hash as { pairs: unknown[] } | undefined;
    const hasArgs = params.length > 0 || (hash?.pairs.length ?? 0) > 0;
    if (path.type !== 'PathExpression') {
      visitExpr(path);
    } else {
      const p = path as HbsPath;
      const name = p.original;
      if (kind === 'block') {
        if (!isSimple(p) || !BLOCKS.has(name)) unknownHelper(p, BLOCK_HELPERS);
        else if (params.length !== 1) {
          out.push(templateDiagnostic('template-syntax', TEMPLATE_MESSAGES.syntax(lang === 'en' ? `{{#${name}}} takes exactly one argument` : `{{#${name}}} принимает ровно один аргумент`), lang, file, position(p.loc)));
        }
      } else if (kind === 'value' || hasArgs) {
        if (!isSimple(p) || !VALUE_HELPERS.includes(name)) unknownHelper(p, VALUE_HELPERS);
      } else if (isSimple(p) && BLOCKS.has(name)) {
        unknownHelper(p, VALUE_HELPERS);
      } else if (isSimple(p) && VALUE_HELPERS.includes(name) && !NULLARY_HELPERS.has(name)) {
        out.push(templateDiagnostic('template-unknown-variable', TEMPLATE_MESSAGES.bareHelper(name), lang, file, position(p.loc)));
      } else {
        checkPath(p);
      }
    }
    visitParamsAndHash(node);
  };

  const visit = (node: HbsNode | undefined): void => {
    if (!node) return;
    switch (node.type) {
      case 'Program':
        for (const s of node.body as HbsNode[]) visit(s);
        return;
      case 'MustacheStatement':
        visitCall(node, 'mustache');
        return;
      case 'BlockStatement':
        visitCall(node, 'block');
        visit(node.program as HbsNode | undefined);
        visit(node.inverse as HbsNode | undefined);
        return;
      case 'PartialStatement':
      case 'PartialBlockStatement':
      case 'DecoratorBlock':
      case 'Decorator':
        out.push(templateDiagnostic('template-forbidden', TEMPLATE_MESSAGES.forbiddenPartial(), lang, file, position(node.loc)));
        return;
      default:
        return; // ContentStatement, CommentStatement
    }
  };

  visit(ast);
  return out;
}

/** Every variable path of the template with its place, for locating a strict-mode failure. */
export function variablePaths(ast: HbsNode): HbsPath[] {
  const out: HbsPath[] = [];
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const n = node as HbsNode;
    if (n.type === 'PathExpression') {
      out.push(n as HbsPath);
      return;
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'loc' && key !== 'strip') walk(value);
  };
  walk(ast);
  return out;
}
