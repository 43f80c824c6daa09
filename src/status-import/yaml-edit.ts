/**
 * Writing execution fields into a roadmap file without touching anything else: the file is parsed
 * with the `yaml` library only to find where things are (its nodes' source ranges), and the new
 * values are spliced into the text. Comments, blank lines, quoting, key order and indentation of
 * everything else stay byte for byte, so a diff of the file shows only the fields written.
 *
 *   - id: r3-1                         - id: r3-1
 *     task: Мониторинг       →           task: Мониторинг
 *     deadline: до 20.12.2022            deadline: до 20.12.2022
 *                                        execution:
 *                                          status: done
 *                                          done: 2022-12-15
 *
 * A field already there has its value replaced in place (a comment after it stays); a field
 * cleared is removed with its line; a new field goes after the map's last one. An item written as
 * a flow mapping (`- {id: r1, task: …}`) gets `execution: {…}` inside its braces. A row of a base
 * (`extends`) that this file does not mention yet gets an entry of its own: `- id: …` with its
 * execution, at the end of the file's plan items (merged over the base row by id).
 */
import { isMap, isPair, isScalar, isSeq, parseDocument, stringify, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { ExecutionStatus } from '../model/execution-status.js';

/** The fields import-status writes, in the order they are written. */
export const WRITTEN_FIELDS = ['status', 'done', 'fact', 'comment'] as const;
export type WrittenField = (typeof WRITTEN_FIELDS)[number];

/** New values of a row's fields: a value to write, or null to remove the field. */
export type FieldValues = Partial<Record<WrittenField, string | null>> & { status?: ExecutionStatus | null };

/** Where a row is in the file: its own mapping (by id, or the n-th item of a plan), or a base row to add. */
export type RowTarget =
  | { kind: 'id'; id: string }
  | { kind: 'position'; plan: number; n: number }
  | { kind: 'base'; id: string; planId?: string };

export type EditFailure = { key: string; why: 'not-found' | 'layout' | 'plans' };

interface Edit {
  start: number;
  end: number;
  text: string;
}

export class YamlStatusEditor {
  private readonly doc: Document.Parsed;
  private readonly edits: Edit[] = [];
  private readonly eol: string;
  /** Entries to add to a plan's items (base rows), by the offset they go at. */
  private readonly appended = new Map<number, { texts: string[]; prefix: string }>();

  constructor(private readonly text: string) {
    this.doc = parseDocument(text, { keepSourceTokens: false, prettyErrors: false, uniqueKeys: false });
    this.eol = text.includes('\r\n') ? '\r\n' : '\n';
  }

  /**
   * Set (or clear) `fields` of the row at `target`; a failure when the row cannot be found or
   * edited here. `inherited`: the execution the row has from a base (`extends`), when this file
   * does not write one: a new `execution:` here replaces the base's whole, so it starts from it.
   */
  set(target: RowTarget, fields: FieldValues, key: string, inherited: Record<string, unknown> = {}): EditFailure | undefined {
    if (target.kind === 'base') return this.addBaseRow(target, fields, key, inherited);
    const item = target.kind === 'id' ? this.findById(target.id) : this.findByPosition(target.plan, target.n);
    if (!item) return { key, why: 'not-found' };
    if (item.flow) return this.setInFlowItem(item, fields, key, inherited);
    const pair = item.items.find((p) => keyOf(p) === 'execution');
    if (!pair) {
      const values = mergedValues(inherited, fields);
      if (Object.keys(values).length === 0) return undefined;
      const indent = ' '.repeat(this.column(keyNode(item.items[0]!)!.range![0]));
      this.insertAfter(this.contentEnd(item.items.at(-1)!), [`${indent}execution:`, ...this.blockLines(values, `${indent}  `)]);
      return undefined;
    }
    const execution = pair.value;
    if (!isMap(execution) || execution.flow) {
      // `execution: {…}` (or something odd): written again as a flow mapping, the other keys kept.
      if (execution !== null && !isMap(execution)) return { key, why: 'layout' };
      const merged = mergedValues(execution ? (execution.toJSON() as Record<string, unknown>) : {}, fields);
      const range = execution?.range;
      if (!range) return { key, why: 'layout' };
      if (Object.keys(merged).length === 0) this.removePair(pair, item);
      else this.edits.push({ start: range[0], end: range[1], text: flowMap(merged) });
      return undefined;
    }
    // A block mapping: each field in place.
    const pairs = execution.items;
    const remaining = pairs.filter((p) => {
      const k = keyOf(p);
      return !(WRITTEN_FIELDS as readonly string[]).includes(k) || fields[k as WrittenField] !== null;
    });
    const adds = present(fields).filter(([f]) => !pairs.some((p) => keyOf(p) === f));
    if (remaining.length === 0 && adds.length === 0) {
      this.removePair(pair, item);
      return undefined;
    }
    const indent = ' '.repeat(this.column(keyNode(pairs[0]!)!.range![0]));
    for (const p of pairs) {
      const f = keyOf(p) as WrittenField;
      if (!(WRITTEN_FIELDS as readonly string[]).includes(f) || !(f in fields)) continue;
      const v = fields[f];
      if (v === null) this.removePair(p, execution);
      else if (v !== undefined) {
        const value = p.value as Node | null;
        if (value?.range) this.edits.push({ start: value.range[0], end: this.scalarEnd(value), text: this.scalar(v, indent.length) });
        else this.edits.push({ start: this.contentEnd(p), end: this.contentEnd(p), text: ` ${this.scalar(v, indent.length)}` });
      }
    }
    if (adds.length > 0) this.insertAfter(this.contentEnd(pairs.at(-1)!), adds.map(([f, v]) => `${indent}${f}: ${this.scalar(v, indent.length)}`));
    return undefined;
  }

  /** The text with every edit made. */
  result(): string {
    for (const [at, entry] of this.appended) {
      this.edits.push({ start: at, end: at, text: entry.prefix + entry.texts.join('') });
    }
    let out = this.text;
    for (const e of [...this.edits].sort((a, b) => b.start - a.start || b.end - a.end)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
    return out;
  }

  // ───── finding rows ─────

  /** The plans of the file: `plan:` as plan 1, or `plans:` in order. */
  private plans(): YAMLMap[] {
    const root = this.doc.contents;
    if (!isMap(root)) return [];
    const plan = root.get('plan', true);
    if (isMap(plan)) return [plan];
    const plans = root.get('plans', true);
    return isSeq(plans) ? plans.items.filter((p): p is YAMLMap => isMap(p)) : [];
  }

  /** The item mappings of a plan in order (groups walked into). */
  private items(plan: YAMLMap): YAMLMap[] {
    const out: YAMLMap[] = [];
    const visit = (list: unknown): void => {
      if (!isSeq(list)) return;
      for (const entry of list.items) {
        if (!isMap(entry)) continue;
        const task = entry.get('task', true);
        if (task !== undefined && task !== null) out.push(entry);
        else visit(entry.get('items', true));
      }
    };
    visit(plan.get('items', true));
    return out;
  }

  private findById(id: string): YAMLMap | undefined {
    for (const plan of this.plans()) {
      const visit = (list: unknown): YAMLMap | undefined => {
        if (!isSeq(list)) return undefined;
        for (const entry of list.items) {
          if (!isMap(entry)) continue;
          // An item (a row of a file with `extends` may override a base row without repeating its task).
          if (String(entry.get('id') ?? '') === id && (entry.has('task') || !entry.has('items'))) return entry;
          const inside = visit(entry.get('items', true));
          if (inside) return inside;
        }
        return undefined;
      };
      const found = visit(plan.get('items', true));
      if (found) return found;
    }
    return undefined;
  }

  private findByPosition(planIndex: number, n: number): YAMLMap | undefined {
    const plan = this.plans()[planIndex - 1];
    return plan ? this.items(plan)[n - 1] : undefined;
  }

  // ───── edits ─────

  private setInFlowItem(item: YAMLMap, fields: FieldValues, key: string, inherited: Record<string, unknown>): EditFailure | undefined {
    const pair = item.items.find((p) => keyOf(p) === 'execution');
    if (pair) {
      const execution = pair.value;
      if (!isMap(execution) || !execution.range) return { key, why: 'layout' };
      const merged = mergedValues(execution.toJSON() as Record<string, unknown>, fields);
      if (Object.keys(merged).length === 0) this.removeFlowPair(item, pair);
      else this.edits.push({ start: execution.range[0], end: execution.range[1], text: flowMap(merged) });
      return undefined;
    }
    const merged = mergedValues(inherited, fields);
    if (Object.keys(merged).length === 0) return undefined;
    const range = item.range;
    if (!range) return { key, why: 'layout' };
    const close = this.text.lastIndexOf('}', range[1]);
    if (close < range[0]) return { key, why: 'layout' };
    this.edits.push({ start: close, end: close, text: `${item.items.length > 0 ? ', ' : ''}execution: ${flowMap(merged)}` });
    return undefined;
  }

  /** A base row not in this file yet: `- id: …` with its execution, at the end of the plan's items. */
  private addBaseRow(target: Extract<RowTarget, { kind: 'base' }>, fields: FieldValues, key: string, inherited: Record<string, unknown>): EditFailure | undefined {
    const values = mergedValues(inherited, fields);
    if (Object.keys(values).length === 0) return undefined;
    const root = this.doc.contents;
    const entry = (indent: string) => [
      `${indent}- id: ${this.scalar(target.id, indent.length + 2)}`,
      `${indent}  execution:`,
      ...this.blockLines(values, `${indent}    `),
    ];
    if (root !== null && root !== undefined && !isMap(root)) return { key, why: 'layout' };
    let plan: YAMLMap | undefined;
    if (isMap(root) && root.has('plans')) {
      const plans = root.get('plans', true);
      if (!isSeq(plans)) return { key, why: 'layout' };
      plan = plans.items.find((p): p is YAMLMap => isMap(p) && target.planId !== undefined && String(p.get('id') ?? '') === target.planId);
      if (!plan) return { key, why: 'plans' };
    } else if (isMap(root) && root.has('plan')) {
      const p = root.get('plan', true);
      if (!isMap(p) || p.flow) return { key, why: 'layout' };
      plan = p;
    }
    if (!plan) {
      // No plan in the file: one at its end.
      const at = this.text.length;
      const lines = ['plan:', '  items:', ...entry('    ')];
      this.append(at, lines, this.text.endsWith('\n') || at === 0 ? '' : this.eol);
      return undefined;
    }
    const items = plan.get('items', true);
    if (items === undefined) {
      if (plan.flow || plan.items.length === 0) return { key, why: 'layout' };
      const indent = ' '.repeat(this.column(keyNode(plan.items[0]!)!.range![0]));
      const at = this.lineAfter(this.contentEnd(plan.items.at(-1)!));
      this.append(at, [`${indent}items:`, ...entry(`${indent}  `)], at === this.text.length && !this.text.endsWith('\n') ? this.eol : '');
      return undefined;
    }
    if (!isSeq(items) || items.flow || items.items.length === 0) return { key, why: 'layout' };
    const first = items.items[0] as Node;
    const dash = this.text.lastIndexOf('-', first.range![0]);
    const indent = ' '.repeat(this.column(dash));
    const at = this.lineAfter(this.contentEnd(items));
    this.append(at, entry(indent), at === this.text.length && !this.text.endsWith('\n') ? this.eol : '');
    return undefined;
  }

  private append(at: number, lines: string[], prefix: string): void {
    const entry = this.appended.get(at) ?? { texts: [], prefix };
    entry.texts.push(lines.map((l) => l + this.eol).join(''));
    this.appended.set(at, entry);
  }

  /** Lines inserted after the line that `offset` is on. */
  private insertAfter(offset: number, lines: string[]): void {
    const at = this.lineAfter(offset);
    const prefix = at === this.text.length && !this.text.endsWith('\n') ? this.eol : '';
    this.edits.push({ start: at, end: at, text: prefix + lines.map((l) => l + this.eol).join('') });
  }

  /** A pair of a block mapping removed with its lines (and its trailing comment). */
  private removePair(pair: Pair, owner: YAMLMap): void {
    if (owner.flow) {
      this.removeFlowPair(owner, pair);
      return;
    }
    const start = this.lineStart(keyNode(pair)!.range![0]);
    this.edits.push({ start, end: this.lineAfter(this.contentEnd(pair)), text: '' });
  }

  private removeFlowPair(owner: YAMLMap, pair: Pair): void {
    const i = owner.items.indexOf(pair);
    const from = i === 0 ? keyNode(pair)!.range![0] : this.contentEnd(owner.items[i - 1]!);
    const to = i === 0 && owner.items.length > 1 ? keyNode(owner.items[1]!)!.range![0] : this.contentEnd(pair);
    this.edits.push({ start: from, end: to, text: '' });
  }

  // ───── text positions ─────

  private column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  /** The offset just after the line break that ends the line `offset` is on (or the text's end). */
  private lineAfter(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    return nl < 0 ? this.text.length : nl + 1;
  }

  /** Where a pair's (or node's) content ends: its value's text, without the line breaks after it. */
  private contentEnd(of: Pair | Node): number {
    const node = isPair(of) ? ((of.value as Node | null) ?? keyNode(of)) : of;
    let end = node?.range?.[1] ?? 0;
    while (end > 0 && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return end;
  }

  /** The end of a scalar's own text (a block scalar without its final line breaks). */
  private scalarEnd(node: Node): number {
    return this.contentEnd(node);
  }

  /** `key: value` lines of a block mapping at `indent`; a list as a flow sequence. */
  private blockLines(values: Record<string, unknown>, indent: string): string[] {
    return Object.entries(values).map(([k, v]) => `${indent}${k}: ${Array.isArray(v) ? flowValue(v) : this.scalar(String(v), indent.length)}`);
  }

  /**
   * A value as YAML text after `key: ` at `indent`: plain or quoted on one line, a literal block
   * (`|-`) indented under the key for text of several lines, or a double-quoted string when a
   * block cannot hold it exactly (lines with leading or trailing spaces).
   */
  private scalar(value: string, indent: number): string {
    if (!value.includes('\n')) return stringify(value, { lineWidth: 0, minContentWidth: 0 }).replace(/\n$/, '');
    const lines = value.split('\n');
    if (lines.some((l) => /^\s|\s$|\t/.test(l) && l !== '') || /\n$/.test(value) || lines[0] === '') return JSON.stringify(value);
    const pad = ' '.repeat(indent + 2);
    return `|-${lines.map((l) => this.eol + (l === '' ? '' : pad + l)).join('')}`;
  }
}

function keyNode(pair: Pair): Node | undefined {
  return isScalar(pair.key) || isMap(pair.key) || isSeq(pair.key) ? (pair.key as Node) : undefined;
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : '';
}

/** The fields to write, in order, without the ones cleared or not given. */
function present(fields: FieldValues): [WrittenField, string][] {
  return WRITTEN_FIELDS.flatMap((f) => (typeof fields[f] === 'string' ? [[f, fields[f] as string] as [WrittenField, string]] : []));
}

/** An existing execution with `fields` applied: its other keys kept in their order, new fields after. */
function mergedValues(existing: Record<string, unknown>, fields: FieldValues): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(existing ?? {})) {
    if ((WRITTEN_FIELDS as readonly string[]).includes(k) && k in fields) {
      const nv = fields[k as WrittenField];
      if (nv === null) continue;
      out[k] = nv ?? v;
    } else {
      out[k] = v;
    }
  }
  for (const [f, v] of present(fields)) if (!(f in out)) out[f] = v;
  return out;
}

/** `{status: done, done: 2022-12-15, fact: "…"}`: statuses and dates plain, texts as JSON strings (valid YAML in a flow). */
function flowMap(values: Record<string, unknown>): string {
  return `{${Object.entries(values).map(([k, v]) => `${k}: ${flowValue(v)}`).join(', ')}}`;
}

/**
 * A value inside a flow mapping: plain when it is letters, digits, spaces and a few signs that
 * mean nothing in a flow (a status, «выполнено», a date, a short text), else a JSON string (valid
 * YAML, every character escaped as needed); a list as `[…]`.
 */
function flowValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(flowValue).join(', ')}]`;
  if (typeof v === 'string' && FLOW_PLAIN.test(v) && stringify(v, { lineWidth: 0 }).trim() === v) return v;
  return JSON.stringify(v);
}
const FLOW_PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} .\-–—№]*$/u;
