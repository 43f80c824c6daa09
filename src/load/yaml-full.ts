/**
 * Text → YAML document with positions, by the `yaml` library: for the files the fast reader
 * (fast-yaml.ts) leaves alone — anchors, tags, escapes, and every mistake. Every syntax error
 * and warning becomes a located diagnostic; the document is then walked once for duplicate keys,
 * unknown aliases, unknown tags, keys that are mappings or lists, over-long strings and
 * over-deep nesting. The core schema (YAML 1.2) is used: YAML cannot instantiate types, and
 * `2022-02-14` stays a string. Merge keys (`<<: *base`) are allowed.
 *
 * `yaml` prints nothing itself (`logLevel: 'error'`: what it would print as a warning is in
 * `doc.warnings` or found by the walk, and reported as a diagnostic).
 *
 * A tab used for indentation breaks the structure from its line on: `yaml` then finds errors on
 * the valid lines after it (and at the end of the line before it) that would tell the user to
 * quote text or fix indentation that is right. Only the tab is reported; the errors it causes
 * are not (`tabIndentation`).
 *
 * Imported only when needed (yaml-source.ts): most roadmaps never load `yaml` at all.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, Scalar, type Document, type Node, type Pair, type ParsedNode } from 'yaml';
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { createDiagnostic, type Position } from '../diagnostics/create.js';
import { findForbiddenCharacters, firstForbiddenChar, forbiddenCharName, forbiddenEscapeOffset } from './decode.js';
import type { LoadLimits } from './limits.js';
import type { Found, NodeSource, PathSegment } from './locate.js';
import type { YamlSource } from './yaml-source.js';

export function parseYamlDocument(text: string, file: string, lang: Language, limits: LoadLimits): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    merge: true,
    uniqueKeys: true,
    version: '1.2',
    schema: 'core',
    keepSourceTokens: false,
    logLevel: 'error',
  });
  const pos = (offset: number): Position => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  const diagnostics: Diagnostic[] = [];
  const linesWithErrors = new Set<number>();
  // Duplicate keys are reported by the walk below, with the first line.
  const errors = doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
  let syntaxBroken = errors.length > 0;
  const tab = tabIndentation(errors.map((e) => ({ code: e.code, offset: e.pos[0] })), text);
  const derived = (offset: number) => tab !== undefined && offset >= tab.cut;
  for (const e of errors) {
    const explained = explainSyntaxError(e.code, e.message, text, e.pos[0], lang);
    if (derived(explained.offset)) continue;
    const at = pos(explained.offset);
    if (linesWithErrors.has(at.line)) continue; // one mistake, one message
    linesWithErrors.add(at.line);
    diagnostics.push(createDiagnostic('yaml-syntax', lang, file, at, explained.args));
  }
  if (tab) diagnostics.push(createDiagnostic('yaml-syntax', lang, file, pos(tab.offset), explainSyntaxError('TAB_AS_INDENT', '', text, tab.offset, lang).args));
  for (const w of doc.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED') {
      const tag = text.slice(w.pos[0], w.pos[1]).split(/\s/)[0] ?? '';
      const end = pos(w.pos[0] + tag.length);
      diagnostics.push(createDiagnostic('yaml-unknown-tag', lang, file, { ...pos(w.pos[0]), endLine: end.line, endColumn: end.column }, { tag }));
      continue;
    }
    if (derived(w.pos[0])) continue;
    diagnostics.push(createDiagnostic('yaml-syntax', lang, file, pos(w.pos[0]), explainSyntaxError(w.code, w.message, text, w.pos[0], lang).args, 'warning'));
  }

  const walk = walkDocument(doc, text, file, lang, limits, pos);
  if (tab) {
    // What the walk finds of structure past the tab (duplicate keys, keys that are lists) is made by it too.
    const cut = pos(tab.cut);
    walk.diagnostics = walk.diagnostics.filter((d) => !(STRUCTURE_CODES.has(d.code) && (d.line > cut.line || (d.line === cut.line && d.column >= cut.column))));
  }
  // The walk knows the cause where yaml only stumbles (a flow mapping as a key gives yaml's
  // «IMPOSSIBLE»): on a line the walk explains, its message is the one.
  const explainedLines = new Set(walk.diagnostics.filter((d) => d.code === 'yaml-syntax').map((d) => d.line));
  if (explainedLines.size > 0) {
    syntaxBroken = true;
    for (let i = diagnostics.length - 1; i >= 0; i--) if (diagnostics[i]!.code === 'yaml-syntax' && explainedLines.has(diagnostics[i]!.line)) diagnostics.splice(i, 1);
  }
  if (walk.tooDeep) {
    // yaml gives up on absurd nesting too, somewhere inside it; the depth message says it better.
    const depthLine = walk.diagnostics.find((d) => d.code === 'limit-depth')?.line ?? Infinity;
    for (let i = diagnostics.length - 1; i >= 0; i--) if (diagnostics[i]!.code === 'yaml-syntax' && diagnostics[i]!.line >= depthLine) diagnostics.splice(i, 1);
  }
  diagnostics.push(...walk.diagnostics);

  const source: YamlSource = { nodes: new DocumentNodes(doc, lineCounter, text), diagnostics, syntaxBroken };
  if (isMap(doc.contents)) source.topKeys = doc.contents.items.map((pair) => keyText(pair.key) ?? '');
  if (walk.brokenAlias || walk.tooDeep) return source;
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    if (!syntaxBroken) diagnostics.push(createDiagnostic('yaml-empty', lang, file, { line: 1, column: 1 }));
    source.value = null;
    return source;
  }
  try {
    source.value = doc.toJS({ maxAliasCount: limits.aliasCount });
  } catch (e) {
    if (e instanceof ReferenceError && /alias/i.test(e.message)) {
      diagnostics.push(createDiagnostic('limit-aliases', lang, file, walk.firstAlias ?? { line: 1, column: 1 }, { limit: limits.aliasCount }));
    } else if (e instanceof Error && /^Merge sources/.test(e.message)) {
      // `<<: *anchor` where the anchor is a scalar or a list of scalars: yaml throws while building.
      diagnostics.push(createDiagnostic('yaml-syntax', lang, file, walk.firstMerge ?? { line: 1, column: 1 }, lang === 'ru'
        ? { detail: 'ключ слияния «<<» ссылается не на набор ключей', hintRu: 'После «<<:» ставят псевдоним набора ключей (*база) или список таких псевдонимов.' }
        : { detail: 'the merge key “<<” refers to something that is not a mapping', hintEn: 'After “<<:” put an alias of a mapping (*base) or a list of such aliases.' }));
    } else {
      throw e;
    }
  }
  return source;
}

interface WalkResult {
  diagnostics: Diagnostic[];
  brokenAlias: boolean;
  tooDeep: boolean;
  firstAlias?: Position;
  /** The first merge key («<<»): where a merge of something that is not a mapping is reported. */
  firstMerge?: Position;
}

function walkDocument(doc: Document.Parsed, text: string, file: string, lang: Language, limits: LoadLimits, pos: (o: number) => Position): WalkResult {
  const result: WalkResult = { diagnostics: [], brokenAlias: false, tooDeep: false };
  const anchors = new Set<string>();
  /** The node each anchor names now (an anchor may be defined again further on). */
  const named = new Map<string, object>();
  /** The collections being walked: an alias to one of them makes an endless structure. */
  const open = new Set<object>();
  const visit = (node: unknown, depth: number): void => {
    if (result.tooDeep) return;
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.range && 'anchor' in n && typeof n.anchor === 'string') {
      anchors.add(n.anchor);
      named.set(n.anchor, n);
    }
    if (isAlias(n)) {
      const at = n.range ? pos(n.range[0]) : { line: 0, column: 0 };
      result.firstAlias ??= at;
      if (!anchors.has(n.source)) {
        result.brokenAlias = true;
        result.diagnostics.push(createDiagnostic('yaml-unknown-alias', lang, file, at, { name: n.source }));
      } else if (open.has(named.get(n.source) ?? n)) {
        result.brokenAlias = true;
        result.diagnostics.push(createDiagnostic('yaml-syntax', lang, file, at, lang === 'ru'
          ? { detail: `псевдоним *${n.source} стоит внутри своего же якоря &${n.source}: структура получается бесконечной`, hintRu: 'Ссылайтесь псевдонимом только на узел, который уже закончился выше.' }
          : { detail: `the alias *${n.source} is inside its own anchor &${n.source}: the structure would be endless`, hintEn: 'Refer with an alias only to a node that has ended above.' }));
      }
      return;
    }
    if (isScalar(n)) {
      if (typeof n.value === 'string' && n.type === Scalar.QUOTE_DOUBLE && n.range) {
        // An escape («\u0001», «\ud800») makes a character XML cannot carry although the file's
        // text is clean (raw ones are reported by findForbiddenCharacters on the whole text).
        const bad = firstForbiddenChar(n.value);
        const source = text.slice(n.range[0], n.range[1]);
        if (bad && findForbiddenCharacters(source, file, lang).length === 0) {
          const at = n.range[0] + (forbiddenEscapeOffset(source) ?? 0);
          result.diagnostics.push(createDiagnostic('encoding-forbidden-char', lang, file, pos(at), { char: forbiddenCharName(bad.code) }));
        }
      }
      if (typeof n.value === 'string' && n.value.length > limits.stringLength && n.range) {
        result.diagnostics.push(createDiagnostic('limit-string-length', lang, file, pos(n.range[0]), { length: n.value.length, limit: limits.stringLength }));
      }
      return;
    }
    if (isMap(n) || isSeq(n)) {
      if (depth > limits.depth) {
        result.tooDeep = true;
        result.diagnostics.push(createDiagnostic('limit-depth', lang, file, n.range ? pos(n.range[0]) : { line: 1, column: 1 }, { limit: limits.depth }));
        return;
      }
      open.add(n);
      if (isMap(n)) {
        const seen = new Map<string, Pair>();
        for (const pair of n.items) {
          const key = keyText(pair.key);
          const keyRange = (pair.key as ParsedNode | null)?.range;
          const keyTarget = isAlias(pair.key) ? pair.key.resolve(doc) : pair.key;
          if (keyRange && (isMap(keyTarget) || isSeq(keyTarget))) {
            // `? [a, b]` or `{a: 1}: x`: valid YAML, but no roadmap key is a collection (JavaScript
            // would turn it into text such as «[ a, b ]»).
            const end = pos(keyRange[1]);
            result.diagnostics.push(createDiagnostic('yaml-syntax', lang, file, { ...pos(keyRange[0]), endLine: end.line, endColumn: end.column }, lang === 'ru'
              ? { detail: `ключ — ${isMap(keyTarget) ? 'набор ключей' : 'список'}, а не текст`, hintRu: 'Ключ пишется текстом перед двоеточием: «title: …». Знак «? » в начале строки начинает составной ключ: уберите его; текст со скобками [ ] или { } возьмите в кавычки.' }
              : { detail: `the key is a ${isMap(keyTarget) ? 'mapping' : 'list'}, not text`, hintEn: 'A key is text before a colon: “title: …”. “? ” at the start of a line begins a complex key: remove it; put text with [ ] or { } in quotes.' }));
          }
          if (keyRange && isScalar(pair.key) && (pair.key.value === '<<' || typeof pair.key.value === 'symbol')) result.firstMerge ??= pos(keyRange[0]);
          if (key !== undefined && key !== '<<') {
            const first = seen.get(key);
            const keyNode = pair.key as ParsedNode | null;
            if (first && keyNode?.range) {
              const firstRange = (first.key as ParsedNode).range;
              const end = pos(keyNode.range[1]);
              result.diagnostics.push(createDiagnostic('yaml-duplicate-key', lang, file, { ...pos(keyNode.range[0]), endLine: end.line, endColumn: end.column }, {
                key,
                firstLine: firstRange ? pos(firstRange[0]).line : '?',
              }));
            } else seen.set(key, pair);
          }
          visit(pair.key, depth + 1);
          visit(pair.value, depth + 1);
        }
      } else {
        for (const item of n.items) visit(isPair(item) ? item.value : item, depth + 1);
      }
      open.delete(n);
    }
  };
  visit(doc.contents, 1);
  return result;
}

/** Diagnostics of the walk that describe structure (and so are wrong where a tab broke it). */
const STRUCTURE_CODES: ReadonlySet<string> = new Set(['yaml-syntax', 'yaml-duplicate-key']);

/**
 * The first tab used for indentation among the places of yaml's errors, and `cut`: where the
 * text it breaks begins — the end of the content of the line before it (yaml reports the broken
 * block there too). An error at or after `cut` follows from the tab. A tab counts when yaml says
 * so (TAB_AS_INDENT) or when an error is on a line whose indentation holds one.
 */
export function tabIndentation(errors: readonly { code: string; offset: number }[], text: string): { offset: number; cut: number } | undefined {
  let line: number | undefined;
  let offset = 0;
  for (const e of errors) {
    const start = text.lastIndexOf('\n', e.offset - 1) + 1;
    const indent = /^[ \t-]*/.exec(text.slice(start, start + 256))![0];
    const tabAt = e.code === 'TAB_AS_INDENT' && text[e.offset] === '\t' ? e.offset : indent.includes('\t') ? start + indent.indexOf('\t') : -1;
    if (tabAt < 0 && e.code !== 'TAB_AS_INDENT') continue;
    if (line === undefined || start < line) {
      line = start;
      offset = tabAt >= 0 ? tabAt : e.offset;
    }
  }
  if (line === undefined) return undefined;
  // The end of the content (comments aside) of the nearest line above with any.
  let end = line - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const content = text.slice(start, end).replace(/\r$/, '').replace(/(^|[ \t])#.*$/, '').trimEnd();
    if (content.trim() !== '') return { offset, cut: start + content.length };
    end = start - 1;
  }
  return { offset, cut: 0 };
}

function keyText(key: unknown): string | undefined {
  // A merge key is a scalar whose value is a Symbol in yaml 2 (`merge: true`): its text is «<<».
  if (isScalar(key)) return typeof key.value === 'symbol' ? '<<' : String(key.value);
  return undefined;
}

/**
 * Words for yaml's errors: what went wrong, how to fix it, and where the mistake really is
 * (yaml notices an unclosed quote or bracket only where the file ends or the indentation drops;
 * the place to show is the opening quote or bracket, or the start of the mis-indented line).
 */
function explainSyntaxError(code: string, message: string, text: string, offset: number, lang: Language): { offset: number; args: { detail: string; hintRu?: string; hintEn?: string } } {
  const say = (ru: string, en: string, hintRu?: string, hintEn?: string, at = offset) =>
    ({ offset: at, args: lang === 'ru' ? { detail: ru, ...(hintRu ? { hintRu } : {}) } : { detail: en, ...(hintEn ? { hintEn } : {}) } });
  const quote = /^Missing closing (["'])quote/.exec(message);
  if (quote) {
    const q = quote[1]!;
    return say('не закрыта кавычка', 'a quote is not closed', `Поставьте закрывающую кавычку ${q} в конце текста.`, `Put the closing ${q} at the end of the text.`, openingQuote(text, offset, q));
  }
  const flow = /must be sufficiently indented and end with a ([\]}])/.exec(message);
  if (flow) {
    const close = flow[1]!;
    const open = close === ']' ? '[' : '{';
    return say(`не закрыта скобка ${open}`, `a bracket ${open} is not closed`,
      `Закройте скобкой ${close}; продолжение на следующей строке пишут с бо́льшим отступом.`, `Close it with ${close}; a continuation on the next line needs more indentation.`, openingBracket(text, offset, open, close));
  }
  if (/Sequence item without - indicator/.test(message) || code === 'BAD_INDENT') {
    return say('неверный отступ', 'wrong indentation', 'Ключи одного уровня начинаются в одном столбце; отступ делают пробелами.', 'Keys of one level start in the same column; indent with spaces.', lineContentStart(text, offset));
  }
  if (/Nested mappings are not allowed in compact mappings/.test(message)) {
    return say('двоеточие с пробелом внутри значения', 'a colon followed by a space inside a value', 'Заключите весь текст в кавычки: task: "Цель: повысить качество".', 'Put the whole text in quotes: task: "Goal: better results".');
  }
  const table: Record<string, [string, string, string?, string?]> = {
    TAB_AS_INDENT: ['отступ табуляцией', 'a tab used for indentation', 'Замените табуляцию пробелами.', 'Replace the tab with spaces.'],
    MISSING_CHAR: ['не хватает закрывающего символа', 'a closing character is missing', 'Проверьте парные кавычки и скобки [ ] { }.', 'Check matching quotes and brackets [ ] { }.'],
    UNEXPECTED_TOKEN: ['неожиданный символ', 'unexpected character', 'Если в тексте есть двоеточие с пробелом или символ # после пробела, заключите текст в кавычки.', 'If the text has a colon followed by a space, or “ #”, put it in quotes.'],
    BLOCK_AS_IMPLICIT_KEY: ['вложенный блок там, где ожидается ключ', 'a nested block where a key is expected', 'Проверьте отступы и двоеточия.', 'Check indentation and colons.'],
    MULTILINE_IMPLICIT_KEY: ['ключ занимает несколько строк', 'a key spans several lines', 'Возможно, пропущено двоеточие после ключа строкой выше или текст с двоеточием не взят в кавычки.', 'Perhaps a colon is missing after the key above, or text with a colon is not quoted.'],
    BAD_SCALAR_START: ['значение начинается с недопустимого символа', 'the value starts with a reserved character', 'Заключите значение в кавычки.', 'Put the value in quotes.'],
    BAD_DQ_ESCAPE: ['недопустимая escape-последовательность в двойных кавычках', 'invalid escape in double quotes', 'Внутри "…" обратная косая черта начинает escape-последовательность; используйте одинарные кавычки или удвойте «\\».', 'Inside "…" a backslash starts an escape; use single quotes or double the “\\”.'],
    MULTIPLE_DOCS: ['в файле несколько документов YAML (разделитель «---»)', 'the file holds several YAML documents (“---”)', 'Оставьте один документ; несколько планов пишут списком под plans:.', 'Keep one document; several plans go in a list under plans:.'],
    BLOCK_IN_FLOW: ['блочная запись внутри [ ] или { }', 'block syntax inside [ ] or { }'],
    MULTIPLE_ANCHORS: ['у узла несколько якорей', 'a node has several anchors'],
    MULTIPLE_TAGS: ['у узла несколько тегов', 'a node has several tags'],
    ALIAS_PROPS: ['у псевдонима не может быть якоря или тега', 'an alias cannot have an anchor or a tag'],
    BAD_ALIAS: ['неверный псевдоним', 'invalid alias'],
    BAD_DIRECTIVE: ['неверная директива', 'invalid directive'],
    KEY_OVER_1024_CHARS: ['ключ длиннее 1024 символов', 'a key longer than 1024 characters'],
    NON_STRING_KEY: ['ключ — не строка', 'a key that is not a string'],
    BAD_COLLECTION_TYPE: ['неверный тип коллекции', 'wrong collection type'],
    IMPOSSIBLE: ['структура не разобрана', 'the structure could not be read'],
  };
  const [ru, en, hintRu, hintEn] = table[code] ?? ['нарушена структура', 'broken structure'];
  return say(ru, en, hintRu, hintEn);
}

/** The first non-blank character of the line holding `offset`. */
function lineContentStart(text: string, offset: number): number {
  const start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  let i = start;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i < text.length && text[i] !== '\n' && text[i] !== '\r' ? i : offset;
}

/** The quote that opens the unclosed string: the last one before `offset` that starts a value. */
function openingQuote(text: string, offset: number, q: string): number {
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    if (text[i] !== q) continue;
    const before = text.slice(text.lastIndexOf('\n', i - 1) + 1, i).trimEnd();
    if (before === '' || /[:\-\[{,]$/.test(before)) return i;
  }
  return offset;
}

/** The unmatched opening bracket before `offset`. */
function openingBracket(text: string, offset: number, open: string, close: string): number {
  let depth = 0;
  for (let i = Math.min(offset, text.length) - 1; i >= 0; i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open) {
      if (depth === 0) return i;
      depth--;
    }
  }
  return offset;
}

/** The nodes of a `yaml` Document. */
export class DocumentNodes implements NodeSource {
  constructor(
    private readonly doc: Document.Parsed,
    private readonly lineCounter: LineCounter,
    readonly text?: string,
  ) {}

  get lineStarts(): readonly number[] {
    return this.lineCounter.lineStarts;
  }

  plainScalar(path: readonly PathSegment[]): string | undefined {
    let node = this.resolve(this.doc.contents as Node | null);
    for (const seg of path) {
      if (node && isMap(node)) {
        const pair = findPair(node, String(seg), (n) => this.resolve(n));
        node = pair ? this.resolve(pair.value as Node | null) : undefined;
      } else if (node && isSeq(node) && typeof seg === 'number') {
        node = this.resolve(node.items[seg] as Node | undefined);
      } else return undefined;
    }
    if (!node || !isScalar(node) || node.type !== Scalar.PLAIN || typeof node.source !== 'string') return undefined;
    const range = (node as ParsedNode).range;
    // On one line only (a folded scalar's source is its folded text).
    return range && this.lineCounter.linePos(range[0]).line === this.lineCounter.linePos(range[1]).line ? node.source : undefined;
  }

  find(path: readonly PathSegment[], out: Found): boolean {
    let node = this.resolve(this.doc.contents as Node | null);
    let keyNode: ParsedNode | undefined;
    for (const seg of path) {
      if (!node) break;
      if (isMap(node)) {
        const pair = findPair(node, String(seg), (n) => this.resolve(n));
        if (!pair) break;
        keyNode = pair.key as ParsedNode;
        node = this.resolve(pair.value as Node | null) ?? (pair.key as ParsedNode);
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as Node | undefined;
        if (!item) break;
        keyNode = undefined;
        node = this.resolve(item);
      } else break;
    }
    const r = (node as ParsedNode | undefined)?.range;
    const k = keyNode?.range;
    out.start = r ? r[0] : -1;
    out.end = r ? r[1] : -1;
    out.keyStart = k ? k[0] : -1;
    out.keyEnd = k ? k[1] : -1;
    return true;
  }

  private resolve(n: Node | null | undefined): Node | undefined {
    if (!n) return undefined;
    if (isAlias(n)) return (n.resolve(this.doc) as Node | undefined) ?? n;
    return n;
  }
}

/** The pair with this key, directly or through merge keys (then the `<<` pair itself). */
function findPair(map: { items: { key: unknown; value: unknown }[] }, key: string, resolve: (n: Node) => Node | undefined): { key: unknown; value: unknown } | undefined {
  for (let i = map.items.length - 1; i >= 0; i--) {
    const pair = map.items[i]!;
    if (isScalar(pair.key) && String(pair.key.value) === key) return pair;
  }
  for (const pair of map.items) {
    if (isScalar(pair.key) && pair.key.value === '<<') {
      const sources = isSeq(pair.value) ? pair.value.items : [pair.value];
      for (const s of sources) {
        const m = resolve(s as Node);
        if (m && isMap(m) && findPair(m, key, resolve)) return { key: pair.key, value: findPair(m, key, resolve)!.value };
      }
    }
  }
  return undefined;
}
