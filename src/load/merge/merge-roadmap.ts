/**
 * Merging a file that says `extends:` onto its base, on the raw YAML values (before the schema
 * check), recording where every value was written (origins.ts). The rules (README «Наследование»):
 *
 *  - Top-level keys and `document` fields: the child's value replaces the base's. Mappings
 *    (`document`, `authority`, `approval`, `executor`, `reference`, `lint`, a plan's `deadlines`…)
 *    merge key by key, as deep as they go; lists (`points`, `signatories`, `addressee`,
 *    `columns`…) are replaced whole. A key written with an empty value (`number:` or `~`)
 *    removes the base's value.
 *  - `organisations` merge by key: a new key is added, a known key's fields are merged, and
 *    `{remove: true}` drops it.
 *  - Plans merge by `id`; a single plan in both files merges with the other whatever its id;
 *    a plan with a new id is added after the base's plans.
 *  - Rows (items and groups) merge by `id`, wherever in the base plan the row sits: the child's
 *    fields replace the base row's (an empty value removes one), `remove: true` drops the row
 *    (a group with its rows). A row with a new id (or none) is added: at `after: <id>` /
 *    `before: <id>` when given, else at the end of the group the child lists it in (a group of
 *    the child with the id of a base group), else at the end of the plan. An existing row with
 *    `after`/`before` is moved there. Rows the child does not mention stay where the base has them.
 *  - Markers (`remove`, `after`, `before`) are consumed by the merge; the result never has them.
 */
import type { Diagnostic, Language } from '../../diagnostics/diagnostic.js';
import type { Locator, PathSegment } from '../locate.js';
import { mergeDiagnostic } from './messages.js';
import { child, record, type Origin, type Origins } from './origins.js';
import { nearest } from '../suggest.js';

/** A value with the place every part of it was written. */
export interface Tracked {
  value: unknown;
  origin: Origin;
}

type Obj = Record<string, unknown>;

export const ROW_MARKERS = ['remove', 'after', 'before'] as const;

interface MergeContext {
  origins: Origins;
  lang: Language;
  diagnostics: Diagnostic[];
}

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The origin of `container[key]`, where `container` was written at `origin`. */
function keyOrigin(ctx: MergeContext, container: object, origin: Origin, key: PathSegment): Origin {
  return ctx.origins.get(container)?.get(key) ?? child(origin, key);
}

function report(ctx: MergeContext, code: Parameters<typeof mergeDiagnostic>[0], at: Origin, target: 'value' | 'key', args: Record<string, string | number | undefined> = {}): void {
  const loc = at.locator.loc(at.path, target);
  ctx.diagnostics.push(mergeDiagnostic(code, ctx.lang, loc.file, loc, args));
}

/** `child` (the whole raw value of a file with `extends`, written at `childLocator`) over `base`. */
export function mergeRoadmap(base: Tracked, childValue: Obj, childLocator: Locator, origins: Origins, lang: Language): { merged: Tracked; diagnostics: Diagnostic[] } {
  const ctx: MergeContext = { origins, lang, diagnostics: [] };
  const co: Origin = { locator: childLocator, path: [] };
  const b = isObj(base.value) ? base.value : {};
  const out: Obj = {};
  const take = (key: string, value: unknown, origin: Origin) => {
    out[key] = value;
    record(origins, out, key, origin);
  };
  const keys = [...new Set([...Object.keys(b), ...Object.keys(childValue)])].filter((k) => k !== 'extends' && k !== 'plan' && k !== 'plans');
  for (const key of keys) {
    const inChild = key in childValue;
    const bOrigin = keyOrigin(ctx, b, base.origin, key);
    if (!inChild) take(key, b[key], bOrigin);
    else if (childValue[key] === null) continue;
    else if (key === 'organisations') {
      const m = mergeOrganisations(ctx, b[key], bOrigin, childValue[key], child(co, key));
      take(key, m.value, m.origin);
    } else {
      const m = mergeDeep(ctx, key in b ? { value: b[key], origin: bOrigin } : undefined, { value: childValue[key], origin: child(co, key) });
      take(key, m.value, m.origin);
    }
  }
  mergePlans(ctx, b, base.origin, childValue, co, out);
  return { merged: { value: out, origin: co }, diagnostics: ctx.diagnostics };
}

type Special = Record<string, (ctx: MergeContext, base: Tracked, over: Tracked) => Tracked>;

/** Mappings merge key by key; anything else: the child's value. */
function mergeDeep(ctx: MergeContext, base: Tracked | undefined, over: Tracked, special: Special = {}): Tracked {
  if (!base || !isObj(base.value) || !isObj(over.value)) return over;
  const b = base.value;
  const c = over.value;
  const out: Obj = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(c)])) {
    const bt = key in b ? { value: b[key], origin: keyOrigin(ctx, b, base.origin, key) } : undefined;
    if (!(key in c)) {
      out[key] = bt!.value;
      record(ctx.origins, out, key, bt!.origin);
      continue;
    }
    if (c[key] === null) continue;
    const ct = { value: c[key], origin: child(over.origin, key) };
    const fn = special[key];
    const m = fn && bt ? fn(ctx, bt, ct) : mergeDeep(ctx, bt, ct);
    out[key] = m.value;
    record(ctx.origins, out, key, m.origin);
  }
  return { value: out, origin: over.origin };
}

function mergeOrganisations(ctx: MergeContext, base: unknown, bo: Origin, over: unknown, co: Origin): Tracked {
  if (!isObj(over)) return { value: over, origin: co };
  const b = isObj(base) ? base : {};
  const out: Obj = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(over)])) {
    const bt = key in b ? { value: b[key], origin: keyOrigin(ctx, b, bo, key) } : undefined;
    if (!(key in over)) {
      out[key] = bt!.value;
      record(ctx.origins, out, key, bt!.origin);
      continue;
    }
    const value = over[key];
    const ct = { value, origin: child(co, key) };
    if (value === null || (isObj(value) && value.remove === true)) {
      if (!bt) report(ctx, 'merge-remove-unknown', ct.origin, 'key', { id: key, what: ctx.lang === 'ru' ? 'организации' : 'organisation' });
      continue;
    }
    const m = mergeDeep(ctx, bt, isObj(value) && 'remove' in value ? { value: withoutKeys(value, ['remove']), origin: ct.origin } : ct);
    out[key] = m.value;
    record(ctx.origins, out, key, m.origin);
  }
  return { value: out, origin: co };
}

/** `plan` / `plans` of both files → `out.plan` or `out.plans`. */
function mergePlans(ctx: MergeContext, b: Obj, bo: Origin, c: Obj, co: Origin, out: Obj): void {
  const list = (v: Obj, o: Origin): { plans: Tracked[]; single: boolean } => {
    if ('plans' in v && Array.isArray(v.plans)) {
      const lo = keyOrigin(ctx, v, o, 'plans');
      return { plans: v.plans.map((p, i) => ({ value: p, origin: keyOrigin(ctx, v.plans as object, lo, i) })), single: false };
    }
    if ('plan' in v && v.plan !== undefined && v.plan !== null) return { plans: [{ value: v.plan, origin: keyOrigin(ctx, v, o, 'plan') }], single: true };
    return { plans: [], single: true };
  };
  const base = list(b, bo);
  const over = list(c, co);
  if (('plan' in c && !isObj(c.plan)) || ('plans' in c && !Array.isArray(c.plans))) {
    // Not a plan or a list of plans: leave it to the schema check, in the child's words.
    for (const key of ['plan', 'plans'] as const) if (key in c) { out[key] = c[key]; record(ctx.origins, out, key, child(co, key)); }
    return;
  }
  const merged = [...base.plans];
  for (const cp of over.plans) {
    const id = isObj(cp.value) ? cp.value.id : undefined;
    let at = id === undefined ? -1 : merged.findIndex((p) => isObj(p.value) && p.value.id === id);
    if (at < 0 && base.plans.length === 1 && over.plans.length === 1) at = 0;
    if (at >= 0) merged[at] = mergeDeep(ctx, merged[at], cp, { items: mergeRows });
    else merged.push(cp);
  }
  if (merged.length === 0) return;
  if (merged.length === 1 && (base.plans.length > 0 ? base.single : over.single)) {
    out.plan = merged[0]!.value;
    record(ctx.origins, out, 'plan', merged[0]!.origin);
    return;
  }
  const plans = merged.map((p) => p.value);
  out.plans = plans;
  record(ctx.origins, out, 'plans', over.plans.length > 0 && !over.single ? child(co, 'plans') : keyOrigin(ctx, b, bo, 'plans'));
  merged.forEach((p, i) => record(ctx.origins, plans, i, p.origin));
}

// ───────────────────────────── rows ─────────────────────────────

interface RowNode {
  /** The row's own keys (without `items` and markers). */
  fields: Obj;
  /** Where the row is written. */
  origin: Origin;
  /** Keys written elsewhere than `origin` (overridden by a child). */
  keyOrigins: Map<string, Origin>;
  /** A group's rows. */
  children?: RowNode[];
  childrenOrigin?: Origin;
  /** Not a mapping: kept as is for the schema check. */
  raw?: unknown;
}

interface RowIndex {
  byId: Map<string, RowNode>;
  parent: Map<RowNode, RowNode[]>;
}

function toNode(ctx: MergeContext, row: unknown, origin: Origin, index: RowIndex, parent: RowNode[]): RowNode {
  if (!isObj(row)) {
    const node: RowNode = { fields: {}, origin, keyOrigins: new Map(), raw: row };
    index.parent.set(node, parent);
    return node;
  }
  const keyOrigins = new Map<string, Origin>();
  for (const [k, o] of ctx.origins.get(row) ?? []) if (typeof k === 'string' && k !== 'items') keyOrigins.set(k, o);
  const node: RowNode = { fields: withoutKeys(row, ['items', ...ROW_MARKERS]), origin, keyOrigins };
  index.parent.set(node, parent);
  if (typeof row.id === 'string' && !index.byId.has(row.id)) index.byId.set(row.id, node);
  if (Array.isArray(row.items)) {
    const items = row.items;
    node.childrenOrigin = keyOrigin(ctx, row, origin, 'items');
    node.children = [];
    items.forEach((r, i) => node.children!.push(toNode(ctx, r, keyOrigin(ctx, items, node.childrenOrigin!, i), index, node.children!)));
  } else if ('items' in row) {
    node.fields.items = row.items;
  }
  return node;
}

/** The base plan's rows with the child's rows applied. */
function mergeRows(ctx: MergeContext, base: Tracked, over: Tracked): Tracked {
  if (!Array.isArray(base.value) || !Array.isArray(over.value)) return over;
  const index: RowIndex = { byId: new Map(), parent: new Map() };
  const top: RowNode[] = [];
  const baseItems = base.value;
  baseItems.forEach((r, i) => top.push(toNode(ctx, r, keyOrigin(ctx, baseItems, base.origin, i), index, top)));
  applyRows(ctx, over.value, over.origin, top, index);
  return { value: emitRows(ctx, top), origin: base.origin };
}

function applyRows(ctx: MergeContext, rows: unknown[], listOrigin: Origin, target: RowNode[], index: RowIndex): void {
  rows.forEach((row, i) => {
    const ro = child(listOrigin, i);
    if (!isObj(row)) {
      target.push(toNode(ctx, row, ro, index, target));
      return;
    }
    if (row.after !== undefined && row.before !== undefined) report(ctx, 'merge-after-and-before', child(ro, 'before'), 'key');
    const id = typeof row.id === 'string' ? row.id : undefined;
    const existing = id === undefined ? undefined : index.byId.get(id);
    if (row.remove === true) {
      if (existing) detach(existing, index);
      else report(ctx, 'merge-remove-unknown', child(ro, id === undefined ? 'remove' : 'id'), 'value', { id: id ?? '—', what: ctx.lang === 'ru' ? 'строки' : 'row' });
      return;
    }
    // A row that only records how a base row went (`{id, execution}`, no task of its own) for
    // an id the base does not have: a status for nothing, not a new row without a task.
    if (!existing && isStatusOnly(row)) {
      const known = [...index.byId.keys()];
      const suggestion = id === undefined ? undefined : nearest(id, known);
      report(ctx, 'execution-unknown-row', child(ro, id === undefined ? 'execution' : 'id'), id === undefined ? 'key' : 'value', {
        id: id ?? '—', ...(suggestion !== undefined ? { suggestion } : {}), known: known.slice(0, 12).join(', ') + (known.length > 12 ? ', …' : ''),
      });
      return;
    }
    let node: RowNode;
    if (existing) {
      node = existing;
      for (const [k, v] of Object.entries(row)) {
        if (k === 'id' || k === 'items' || (ROW_MARKERS as readonly string[]).includes(k)) continue;
        if (v === null) {
          delete node.fields[k];
          node.keyOrigins.delete(k);
        } else {
          node.fields[k] = v;
          node.keyOrigins.set(k, child(ro, k));
        }
      }
      if (Array.isArray(row.items)) {
        if (node.children) applyRows(ctx, row.items, child(ro, 'items'), node.children, index);
        else {
          node.fields.items = row.items;
          node.keyOrigins.set('items', child(ro, 'items'));
        }
      } else if ('items' in row) {
        node.fields.items = row.items;
        node.keyOrigins.set('items', child(ro, 'items'));
      }
      if (row.after === undefined && row.before === undefined) return;
      detach(node, index, false);
    } else {
      node = toNode(ctx, row, ro, index, target);
    }
    place(ctx, node, row, ro, target, index);
  });
}

/** Put a new or moved row at `after` / `before`, else at the end of `target`. */
function place(ctx: MergeContext, node: RowNode, row: Obj, ro: Origin, target: RowNode[], index: RowIndex): void {
  const marker = row.after !== undefined ? 'after' : row.before !== undefined ? 'before' : undefined;
  if (marker) {
    const anchorId = String(row[marker]);
    const anchor = index.byId.get(anchorId);
    const list = anchor ? index.parent.get(anchor) : undefined;
    if (anchor && list && anchor !== node) {
      list.splice(list.indexOf(anchor) + (marker === 'after' ? 1 : 0), 0, node);
      index.parent.set(node, list);
      return;
    }
    const known = [...index.byId.keys()];
    report(ctx, 'merge-unknown-id', child(ro, marker), 'value', { marker, id: anchorId, known: known.slice(0, 12).join(', ') + (known.length > 12 ? ', …' : '') });
  }
  target.push(node);
  index.parent.set(node, target);
}

/** Take a row out of its list (and, when it is removed for good, its ids out of the index). */
function detach(node: RowNode, index: RowIndex, forget = true): void {
  const list = index.parent.get(node);
  if (list) {
    const i = list.indexOf(node);
    if (i >= 0) list.splice(i, 1);
  }
  if (!forget) return;
  const drop = (n: RowNode) => {
    const id = n.fields.id;
    if (typeof id === 'string' && index.byId.get(id) === n) index.byId.delete(id);
    n.children?.forEach(drop);
  };
  drop(node);
}

function emitRows(ctx: MergeContext, nodes: RowNode[]): unknown[] {
  const list: unknown[] = [];
  nodes.forEach((node, i) => {
    list.push(emitRow(ctx, node));
    record(ctx.origins, list, i, node.origin);
  });
  return list;
}

function emitRow(ctx: MergeContext, node: RowNode): unknown {
  if (node.raw !== undefined || (Object.keys(node.fields).length === 0 && !node.children)) return node.raw ?? {};
  const out: Obj = { ...node.fields };
  for (const [k, o] of node.keyOrigins) if (k in out) record(ctx.origins, out, k, o);
  if (node.children) {
    out.items = emitRows(ctx, node.children);
    record(ctx.origins, out, 'items', node.childrenOrigin ?? child(node.origin, 'items'));
  }
  return out;
}

/** A row with `execution` and nothing that would make it a row of its own (a task, a section, rows). */
function isStatusOnly(row: Obj): boolean {
  return 'execution' in row && !('task' in row) && !('section' in row) && !('year' in row) && !('items' in row);
}

function withoutKeys(o: Obj, keys: readonly string[]): Obj {
  const out: Obj = {};
  for (const [k, v] of Object.entries(o)) if (!keys.includes(k)) out[k] = v;
  return out;
}

/** Markers in a file without a base: each is a mistake (it would otherwise be silently ignored). */
export function markersWithoutBase(value: unknown, locator: Locator, lang: Language): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (!isObj(value)) return out;
  const visitRows = (rows: unknown, path: PathSegment[]) => {
    if (!Array.isArray(rows)) return;
    rows.forEach((r, i) => {
      if (!isObj(r)) return;
      for (const m of ROW_MARKERS) {
        if (m in r) out.push(mergeDiagnostic('merge-marker-without-base', lang, locator.file, locator.position([...path, i, m], 'key'), { key: m }));
      }
      visitRows(r.items, [...path, i, 'items']);
    });
  };
  if (isObj(value.plan)) visitRows(value.plan.items, ['plan', 'items']);
  if (Array.isArray(value.plans)) value.plans.forEach((p, i) => isObj(p) && visitRows(p.items, ['plans', i, 'items']));
  if (isObj(value.organisations)) {
    for (const [k, o] of Object.entries(value.organisations)) {
      if (isObj(o) && 'remove' in o) out.push(mergeDiagnostic('merge-marker-without-base', lang, locator.file, locator.position(['organisations', k, 'remove'], 'key'), { key: 'remove' }));
    }
  }
  return out;
}
