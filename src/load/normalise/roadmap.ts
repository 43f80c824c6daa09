/**
 * A schema-valid `RoadmapInput` → the `Roadmap` model: `plan` becomes `plans: [plan]`, defaults
 * filled in, rich text parsed, deadlines written as strings parsed, executors resolved against
 * the organisation directory, and every node given its place in the file (`loc`).
 *
 * Numbers written without quotes where a string is meant (`number: 50`, `no: 3`, `gost: 2025`)
 * are accepted by the schema and turned into strings here.
 */
import { DEFAULT_DEADLINE_STYLE, type Deadline } from '../../model/deadline.js';
import type { ExecutionStatus } from '../../model/execution-status.js';
import type {
  Amends, DocumentData, Execution, ExecutorRef, Group, Item, Organisation, Passport, Plan, PlanEntry, Point, RichText, Roadmap, Signatory,
} from '../../model/roadmap.js';
import type {
  DocumentInput, ExecutionInput, GroupInput, ItemInput, OrganisationInput, PassportInput, PlanEntryInput, PlanInput, PointInput, RoadmapInput, SignatoryInput,
} from '../../model/roadmap-input.js';
import { parseDeadline } from '../../text/deadline-parse.js';
import { withoutFootnoteMarkers } from '../../text/placeholders.js';
import { isPlainText, parseRichText } from '../../text/rich-text.js';
import type { Locator, PathSegment } from '../locate.js';
import { normaliseAppendices, normaliseBlocks, normaliseWording, type BodyScope } from './body.js';
import { normaliseColumns } from './columns.js';

/** What the lint rules need besides the model: the path each node came from. */
export interface Normalised {
  roadmap: Roadmap;
  /** Node → its path in the input, for locating sub-values (extra-column values, lint keys). */
  paths: Map<object, PathSegment[]>;
}


export function normaliseRoadmap(input: RoadmapInput, at: Locator): Normalised {
  const paths = new Map<object, PathSegment[]>();
  const organisations = new Map<string, Organisation>();
  for (const [key, value] of Object.entries(input.organisations ?? {})) {
    const o: OrganisationInput = typeof value === 'string' ? { name: value } : value;
    const org: Organisation = { key, name: o.name, short: o.short ?? key, intro: o.intro ?? 'short', loc: at.loc(['organisations', key], 'key') };
    if (o.id !== undefined) org.id = o.id;
    organisations.set(key, org);
    paths.set(org, ['organisations', key]);
  }
  const planInputs: [PlanInput, PathSegment[]][] = input.plans
    ? input.plans.map((p, i) => [p, ['plans', i]])
    : input.plan ? [[input.plan, ['plan']]] : [];
  const plans = planInputs.map(([p, path], i) => normalisePlan(p, path, i + 1, at, organisations, paths));
  const lint: Roadmap['lint'] = { ...(input.lint ?? {}) };
  const roadmap: Roadmap = { file: at.file, document: normaliseDocument(input.document, at, paths), organisations, plans, lint };
  if (input.municipality !== undefined && input.municipality.trim() !== '') roadmap.municipality = input.municipality.trim();
  return { roadmap, paths };
}

function normaliseDocument(d: DocumentInput, at: Locator, paths: Map<object, PathSegment[]>): DocumentData {
  const path: PathSegment[] = ['document'];
  const doc: DocumentData = {
    kind: d.kind,
    dateStyle: d.dateStyle ?? 'numeric',
    operative: d.operative ?? (d.kind === 'order' ? 'spaced' : 'none'),
    points: (d.points ?? []).map((p, i) => normalisePoint(p, path.concat('points', i), at, paths)),
    signatories: normaliseSignatories(d.signatories, path.concat('signatories'), at, paths),
    signatureLayout: d.signatureLayout ?? 'stacked',
    endorsements: (d.endorsements ?? []).map((e, i) => {
      const out = { ...e, loc: at.loc(path.concat('endorsements', i)) };
      paths.set(out, path.concat('endorsements', i));
      return out;
    }),
    gost: d.gost === undefined ? '2016' : (String(d.gost) as '2016' | '2025'),
    appendixPageNumbers: d.appendixPageNumbers ?? 'continue',
    loc: at.loc(path, 'key'),
  };
  paths.set(doc, path);
  if (d.id !== undefined) doc.id = d.id;
  if (d.authority) {
    doc.authority = { ...d.authority, name: [...d.authority.name], loc: at.loc(path.concat('authority'), 'key') };
    paths.set(doc.authority, path.concat('authority'));
  }
  if (d.qualifier !== undefined) doc.qualifier = d.qualifier;
  if (d.number !== undefined) doc.number = String(d.number);
  if (d.date !== undefined) doc.date = d.date;
  if (d.place !== undefined) doc.place = d.place;
  if (d.title !== undefined) doc.title = parseRichText(d.title);
  if (d.preamble !== undefined) doc.preamble = parseRichText(d.preamble);
  if (d.approval) doc.approval = normaliseApproval(d.approval, path.concat('approval'), at);
  if (d.executor) doc.executor = { ...d.executor };
  if (d.esignature) doc.esignature = { ...d.esignature };
  if (Array.isArray(d.addressee)) doc.addressee = [...d.addressee];
  else if (d.addressee) {
    doc.addressee = [...d.addressee.lines];
    if (d.addressee.email !== undefined) doc.addresseeEmail = d.addressee.email;
  }
  if (d.reference) {
    const ref: { number?: string; date?: string } = {};
    if (d.reference.number !== undefined) ref.number = String(d.reference.number);
    if (d.reference.date !== undefined) ref.date = d.reference.date;
    doc.reference = ref;
  }
  if (d.salutation !== undefined) doc.salutation = d.salutation;
  if (typeof d.body === 'string') doc.body = parseRichText(d.body);
  const scope: BodyScope = {
    at,
    paths,
    signatories: (list, p) => normaliseSignatories(list, p, at, paths),
    approval: (a, p) => normaliseApproval(a, p, at),
  };
  if (Array.isArray(d.body)) doc.blocks = normaliseBlocks(d.body, path.concat('body'), scope);
  if (d.appendices) doc.appendices = normaliseAppendices(d.appendices, path.concat('appendices'), scope);
  if (d.wording) doc.wording = normaliseWording(d.wording, path.concat('wording'), at);
  if (d.appendixMark) doc.appendixMark = { ...d.appendixMark };
  if (d.passport) doc.passport = normalisePassport(d.passport, path.concat('passport'), at);
  if (d.amends) {
    const a = d.amends;
    const amends: Amends = { previousPath: a.previous, previousLoc: at.loc(path.concat('amends', 'previous')), mode: a.mode ?? 'points', loc: at.loc(path.concat('amends'), 'key') };
    if (a.act !== undefined) amends.act = a.act;
    if (a.date !== undefined) amends.date = a.date;
    if (a.number !== undefined) amends.number = String(a.number);
    if (a.title !== undefined) amends.title = parseRichText(a.title);
    if (a.authority !== undefined) amends.authority = a.authority;
    doc.amends = amends;
    paths.set(amends, path.concat('amends'));
  }
  const footnotes = { ...(d.passport?.footnotes ?? {}), ...(d.footnotes ?? {}) };
  if (Object.keys(footnotes).length > 0) doc.footnotes = footnotes;
  return doc;
}

function normaliseApproval<T extends { number?: string | number }>(a: T, path: PathSegment[], at: Locator) {
  const out = { ...a, loc: at.loc(path, 'key') };
  if (a.number !== undefined) out.number = String(a.number);
  return out as T & { number?: string; loc: ReturnType<Locator['loc']> };
}

function normalisePoint(p: PointInput, path: PathSegment[], at: Locator, paths: Map<object, PathSegment[]>): Point {
  const point: Point = typeof p === 'string'
    ? { text: parseRichText(p), points: [], loc: at.loc(path) }
    : { text: parseRichText(p.text), points: (p.points ?? []).map((q, i) => normalisePoint(q, path.concat('points', i), at, paths)), loc: at.loc(path) };
  if (typeof p !== 'string' && p.id !== undefined) point.id = p.id;
  paths.set(point, path);
  return point;
}

function normaliseSignatories(list: SignatoryInput[] | undefined, path: PathSegment[], at: Locator, paths: Map<object, PathSegment[]>): Signatory[] {
  return (list ?? []).map((s, i) => {
    const out: Signatory = { position: s.position, name: s.name, acting: s.acting ?? false, loc: at.loc(path.concat(i)) };
    if (s.id !== undefined) out.id = s.id;
    paths.set(out, path.concat(i));
    return out;
  });
}

function normalisePassport(p: PassportInput, path: PathSegment[], at: Locator): Passport {
  const out: Passport = {
    roles: (p.roles ?? []).map((r) => ({ ...r })),
    tasks: (p.tasks ?? []).map(parseRichText),
    results: (p.results ?? []).map(parseRichText),
    sections: (p.sections ?? []).map((s) => ({ title: s.title, text: parseRichText(s.text) })),
    footnotes: { ...(p.footnotes ?? {}) },
    loc: at.loc(path, 'key'),
  };
  if (p.goal !== undefined) out.goal = parseRichText(p.goal);
  if (p.indicators) out.indicators = p.indicators;
  return out;
}

interface PlanScope {
  at: Locator;
  organisations: Map<string, Organisation>;
  paths: Map<object, PathSegment[]>;
  defaultYear?: number;
  /** Deadlines parsed in this plan, by text: a plan repeats a few dozen deadline texts. */
  deadlines: Map<string, Deadline>;
  /** Rich text with markup or links parsed in this plan, by text (a column often repeats one). */
  rich: Map<string, RichText>;
}

/** `parseRichText`, parsing each text with markup once per plan; every caller gets its own copy. */
function planRich(scope: PlanScope, text: string): RichText {
  if (isPlainText(text)) return parseRichText(text);
  let parsed = scope.rich.get(text);
  if (!parsed) scope.rich.set(text, (parsed = parseRichText(text)));
  return copyData(parsed);
}

function normalisePlan(p: PlanInput, path: PathSegment[], index: number, at: Locator, organisations: Map<string, Organisation>, paths: Map<object, PathSegment[]>): Plan {
  // Years written as text were read by written-dates.ts (or reported and left out).
  const period = p.period === undefined || typeof p.period === 'string' ? undefined
    : typeof p.period === 'number' ? { from: p.period, to: p.period } : { from: p.period[0], to: p.period[1] };
  const scope: PlanScope = { at, organisations, paths, deadlines: new Map(), rich: new Map() };
  if (period && period.from === period.to) scope.defaultYear = period.from;
  const plan: Plan = {
    index,
    title: p.title,
    gender: p.gender ?? 'm',
    columns: normaliseColumns(p.columns, path, at),
    numbering: p.numbering ?? 'hierarchical',
    numberDot: p.numberDot ?? true,
    deadlineStyle: { ...DEFAULT_DEADLINE_STYLE, ...(p.deadlines ?? {}) },
    repeat: p.repeat ?? 'numbers',
    splitRows: p.splitRows ?? false,
    entries: p.items.map((e, i) => normaliseEntry(e, path.concat('items', i), scope)),
    signatories: normaliseSignatories(p.signatories, path.concat('signatories'), at, paths),
    loc: at.loc(path, 'key'),
  };
  paths.set(plan, path);
  if (p.id !== undefined) plan.id = p.id;
  if (p.subtitle !== undefined) plan.subtitle = p.subtitle;
  if (period) plan.period = period;
  if (p.approval) plan.approval = normaliseApproval(p.approval, path.concat('approval'), at);
  return plan;
}

function normaliseEntry(e: PlanEntryInput, path: PathSegment[], scope: PlanScope): PlanEntry {
  return 'task' in e && e.task !== undefined ? normaliseItem(e as ItemInput, path, scope) : normaliseGroup(e as GroupInput, path, scope);
}

function normaliseGroup(g: GroupInput, path: PathSegment[], scope: PlanScope): Group {
  const isYear = g.section === undefined && g.year !== undefined;
  const group: Group = {
    type: 'group',
    title: g.section !== undefined ? planRich(scope, g.section) : [{ type: 'paragraph', content: [{ type: 'text', text: `${g.year} год` }] }],
    numbered: g.numbered ?? !isYear,
    entries: g.items.map((e, i) => normaliseEntry(e, path.concat('items', i), scope)),
    loc: scope.at.loc(path),
  };
  scope.paths.set(group, path);
  if (g.id !== undefined) group.id = g.id;
  if (g.year !== undefined) group.year = g.year;
  if (g.no !== undefined) group.explicitNo = String(g.no);
  return group;
}

function normaliseItem(it: ItemInput, path: PathSegment[], scope: PlanScope): Item {
  const { at } = scope;
  const item: Item = {
    type: 'item',
    task: planRich(scope, it.task),
    executors: normaliseExecutors(it.executors, path.concat('executors'), scope),
    extra: it.extra === undefined ? {} : Object.fromEntries(Object.entries(it.extra).map(([k, v]) => [k, typeof v === 'string' ? [v] : [...v]])),
    loc: at.loc(path),
  };
  scope.paths.set(item, path);
  if (it.id !== undefined) item.id = it.id;
  if (it.no !== undefined) item.explicitNo = String(it.no);
  if (it.result !== undefined) item.result = planRich(scope, it.result);
  if (it.info !== undefined) item.info = planRich(scope, it.info);
  // A status that could not be read was reported (src/execution/read-execution.ts) and left out.
  if (it.execution?.status !== undefined) item.execution = normaliseExecution(it.execution, path.concat('execution'), scope);
  if (it.deadline !== undefined) {
    item.deadlineLoc = at.loc(path.concat('deadline'));
    if (typeof it.deadline === 'string') {
      item.deadlineSource = it.deadline;
      let parsed = scope.deadlines.get(it.deadline);
      if (!parsed) {
        const opts = scope.defaultYear === undefined ? {} : { defaultYear: scope.defaultYear };
        // A footnote marker is no part of the deadline (composing prints it after it).
        parsed = parseDeadline(withoutFootnoteMarkers(it.deadline), opts).deadline;
        scope.deadlines.set(it.deadline, parsed);
      }
      // Each item its own copy: nothing shared between rows of the model.
      item.deadline = copyData(parsed);
    } else {
      item.deadline = structuredClone(it.deadline) as Deadline;
    }
  }
  return item;
}

function normaliseExecution(e: ExecutionInput, path: PathSegment[], scope: PlanScope): Execution {
  const { at } = scope;
  const out: Execution = {
    status: e.status as ExecutionStatus,
    evidence: e.evidence === undefined ? [] : typeof e.evidence === 'string' ? [e.evidence] : [...e.evidence],
    loc: at.loc(path, 'key'),
  };
  scope.paths.set(out, path);
  if (e.done !== undefined) {
    out.done = e.done;
    out.doneLoc = at.loc(path.concat('done'));
  }
  if (e.postponedTo !== undefined) {
    out.postponedTo = e.postponedTo;
    out.postponedToLoc = at.loc(path.concat('postponedTo'));
  }
  if (e.fact !== undefined) out.fact = planRich(scope, e.fact);
  if (e.comment !== undefined) out.comment = e.comment;
  return out;
}

function normaliseExecutors(v: string | string[] | undefined, path: PathSegment[], scope: PlanScope): ExecutorRef[] {
  if (v === undefined) return [];
  const list = typeof v === 'string' ? [v] : v;
  return list.map((name, i) => {
    const loc = scope.at.loc(typeof v === 'string' ? path : path.concat(i));
    const key = name.trim();
    if (scope.organisations.has(key)) return { type: 'organisation', key, loc };
    for (const org of scope.organisations.values()) if (org.short === key) return { type: 'organisation', key: org.key, loc };
    return { type: 'text', text: name, loc };
  });
}


/** A copy of plain data (objects, arrays, primitives), as parsed deadlines are. */
function copyData<T>(v: T): T {
  if (Array.isArray(v)) return v.map(copyData) as T;
  if (v !== null && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) out[k] = copyData((v as Record<string, unknown>)[k]);
    return out as T;
  }
  return v;
}
