/**
 * The JSON Schema and the TypeScript input types cannot drift apart: for every object in the
 * schema's `$defs`, its `properties` keys equal the `…_KEYS` constant of the matching interface
 * (the compiler guarantees each constant lists exactly its interface's keys, via `satisfies`),
 * and every enum agrees with its union type.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ADDRESSEE_KEYS, AMENDS_KEYS, APPROVAL_KEYS, AUTHORITY_KEYS, COLUMN_KEYS, DOCUMENT_KEYS, ENDORSEMENT_KEYS, EXECUTION_KEYS, ESIGNATURE_KEYS, EXECUTOR_MARK_KEYS,
  GROUP_KEYS, INDICATOR_TABLE_KEYS, ITEM_KEYS, ORGANISATION_KEYS, PASSPORT_KEYS, PLAN_KEYS, POINT_KEYS, ROADMAP_KEYS,
  SIGNATORY_KEYS, APPENDIX_KEYS, PART_BLOCK_KEYS, HEADING_BLOCK_KEYS, PARAGRAPH_BLOCK_KEYS, LIST_BLOCK_KEYS, LIST_ITEM_KEYS,
  TABLE_BLOCK_KEYS, TABLE_KEYS, TABLE_COLUMN_KEYS, TABLE_CELL_KEYS, FORMULA_BLOCK_KEYS, FORMULA_KEYS, PLAN_BLOCK_KEYS,
  INDICATORS_BLOCK_KEYS, ROLES_BLOCK_KEYS, SIGNATURE_BLOCK_KEYS, PAGE_BREAK_BLOCK_KEYS,
  type ColumnRole, type PartName, type DocumentInput, type DocumentKind, type IndicatorTableInput, type NumberingMode, type PassportInput, type PlanInput,
  type OrganisationInput, type ApprovalInput, type LintSetting, type AmendsInput,
} from '../../src/model/roadmap-input.js';
import type {
  AsNeededDeadline, BeforeDeadline, ConstantlyDeadline, DateDeadline, DeadlineKind, DuringDeadline, ListDeadline, MonthDeadline,
  PeriodDeadline, RangeDeadline, RecurringDeadline, TextDeadline, WeeklyDeadline,
} from '../../src/model/deadline.js';

type Keys<T> = Record<keyof T, true>;
type Ob<T> = NonNullable<T>;

// Objects written inline in the contract (no named interface there): key lists checked the same way.
const REFERENCE_KEYS = { number: true, date: true } as const satisfies Keys<Ob<DocumentInput['reference']>>;
const APPENDIX_MARK_KEYS = { sheets: true, copies: true } as const satisfies Keys<Ob<DocumentInput['appendixMark']>>;
const OPERATIVE_TEXT_KEYS = { text: true } as const satisfies Keys<Extract<Ob<DocumentInput['operative']>, object>>;
const DEADLINE_STYLE_KEYS = { dates: true, year: true, capitalize: true } as const satisfies Keys<Ob<PlanInput['deadlines']>>;
const PASSPORT_ROLE_KEYS = { role: true, name: true, position: true } as const satisfies Keys<Ob<PassportInput['roles']>[number]>;
const PASSPORT_SECTION_KEYS = { title: true, text: true } as const satisfies Keys<Ob<PassportInput['sections']>[number]>;
const INDICATOR_ROW_KEYS = { name: true, unit: true, values: true } as const satisfies Keys<IndicatorTableInput['rows'][number]>;
const DEADLINE_KEYS = {
  DateDeadline: { kind: true, date: true, note: true } satisfies Keys<DateDeadline>,
  BeforeDeadline: { kind: true, date: true, note: true } satisfies Keys<BeforeDeadline>,
  RangeDeadline: { kind: true, from: true, to: true, note: true } satisfies Keys<RangeDeadline>,
  MonthDeadline: { kind: true, from: true, to: true, note: true } satisfies Keys<MonthDeadline>,
  PeriodDeadline: { kind: true, unit: true, parts: true, span: true, year: true, note: true } satisfies Keys<PeriodDeadline>,
  ListDeadline: { kind: true, items: true, note: true } satisfies Keys<ListDeadline>,
  WeeklyDeadline: { kind: true, weekday: true, from: true, to: true, note: true } satisfies Keys<WeeklyDeadline>,
  RecurringDeadline: { kind: true, every: true, year: true, note: true } satisfies Keys<RecurringDeadline>,
  DuringDeadline: { kind: true, year: true, regularly: true, asNeeded: true, note: true } satisfies Keys<DuringDeadline>,
  AsNeededDeadline: { kind: true, note: true } satisfies Keys<AsNeededDeadline>,
  ConstantlyDeadline: { kind: true, note: true } satisfies Keys<ConstantlyDeadline>,
  TextDeadline: { kind: true, text: true } satisfies Keys<TextDeadline>,
};

const OBJECT_KEYS: Record<string, Record<string, true>> = {
  Roadmap: ROADMAP_KEYS, Organisation: ORGANISATION_KEYS, Document: DOCUMENT_KEYS, Authority: AUTHORITY_KEYS, Point: POINT_KEYS,
  Approval: APPROVAL_KEYS, Signatory: SIGNATORY_KEYS, ExecutorMark: EXECUTOR_MARK_KEYS, Endorsement: ENDORSEMENT_KEYS,
  ESignature: ESIGNATURE_KEYS, Passport: PASSPORT_KEYS, IndicatorTable: INDICATOR_TABLE_KEYS, Column: COLUMN_KEYS, Plan: PLAN_KEYS,
  Group: GROUP_KEYS, Item: ITEM_KEYS, Execution: EXECUTION_KEYS, Reference: REFERENCE_KEYS, Addressee: ADDRESSEE_KEYS, AppendixMark: APPENDIX_MARK_KEYS, OperativeText: OPERATIVE_TEXT_KEYS,
  DeadlineStyle: DEADLINE_STYLE_KEYS, PassportRole: PASSPORT_ROLE_KEYS, PassportSection: PASSPORT_SECTION_KEYS,
  IndicatorRow: INDICATOR_ROW_KEYS, Amends: AMENDS_KEYS, ...DEADLINE_KEYS,
  Appendix: APPENDIX_KEYS, PartBlock: PART_BLOCK_KEYS, HeadingBlock: HEADING_BLOCK_KEYS, ParagraphBlock: PARAGRAPH_BLOCK_KEYS,
  ListBlock: LIST_BLOCK_KEYS, ListItemObject: LIST_ITEM_KEYS, TableBlock: TABLE_BLOCK_KEYS, Table: TABLE_KEYS,
  TableColumn: TABLE_COLUMN_KEYS, TableCellObject: TABLE_CELL_KEYS, FormulaBlock: FORMULA_BLOCK_KEYS, Formula: FORMULA_KEYS,
  PlanBlock: PLAN_BLOCK_KEYS, IndicatorsBlock: INDICATORS_BLOCK_KEYS, RolesBlock: ROLES_BLOCK_KEYS, SignatureBlock: SIGNATURE_BLOCK_KEYS,
  PageBreakBlock: PAGE_BREAK_BLOCK_KEYS,
  // The keys that name a block's kind: exactly the blocks' own key lists' kind keys.
  UnknownBlock: {
    part: true, heading: true, paragraph: true, list: true, table: true, formula: true, plan: true, indicators: true, roles: true,
    signature: true, 'page-break': true,
  },
};

// Union types as value sets (the compiler checks each lists exactly the union's members).
const COLUMN_ROLES = { number: true, task: true, deadline: true, executors: true, result: true, info: true } satisfies Record<ColumnRole, true>;
const NUMBERING_MODES = { hierarchical: true, continuous: true, 'per-section': true, explicit: true } satisfies Record<NumberingMode, true>;
const DOCUMENT_KINDS = { order: true, directive: true, plan: true, letter: true, passport: true } satisfies Record<DocumentKind, true>;
const DEADLINE_KINDS = {
  date: true, before: true, range: true, month: true, period: true, list: true, weekly: true, recurring: true, during: true,
  'as-needed': true, constantly: true, text: true,
} satisfies Record<DeadlineKind, true>;
const INTROS = { short: true, full: true, define: true } satisfies Record<Ob<OrganisationInput['intro']>, true>;
const APPROVAL_BY = { official: true, act: true, meeting: true } satisfies Record<ApprovalInput['by'], true>;
const LINT_SETTINGS = { error: true, warning: true, info: true, off: true } satisfies Record<LintSetting, true>;
const AMENDS_MODES = { points: true, 'new-edition': true } satisfies Record<Ob<AmendsInput['mode']>, true>;
const AMENDS_ACTS = { order: true, directive: true } satisfies Record<Ob<AmendsInput['act']>, true>;
const GENDERS = { m: true, f: true, n: true, pl: true } satisfies Record<Ob<PlanInput['gender']>, true>;
const PART_NAMES = {
  approval: true, title: true, authority: true, 'doc-type': true, 'date-number': true, place: true, preamble: true, operative: true,
  points: true, letterhead: true, salutation: true, text: true, 'appendix-line': true, roles: true, goal: true, tasks: true,
  indicators: true, results: true, sections: true, plans: true, signature: true, 'executor-mark': true,
} satisfies Record<PartName, true>;

interface Schema {
  $id: string;
  $schema: string;
  $defs: Record<string, { type?: string; properties?: Record<string, SchemaNode>; additionalProperties?: unknown; title?: string; description?: string }>;
}
interface SchemaNode { enum?: unknown[]; const?: unknown; title?: string; description?: string; then?: SchemaNode; additionalProperties?: SchemaNode }

const schema = JSON.parse(readFileSync(new URL('../../schemas/roadmap.schema.json', import.meta.url), 'utf8')) as Schema;
const defs = schema.$defs;
const sorted = (o: object) => Object.keys(o).sort();

describe('schema ↔ types', () => {
  it('is JSON Schema 2020-12 with an $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toMatch(/^https:\/\/.+\/roadmap\.schema\.json$/);
  });

  it('has a key list for every object definition, and a definition for every key list', () => {
    const objectDefs = Object.entries(defs).filter(([, d]) => d.type === 'object' && d.properties).map(([n]) => n).sort();
    expect(objectDefs).toEqual(Object.keys(OBJECT_KEYS).sort());
  });

  it.each(Object.keys(OBJECT_KEYS))('%s: properties equal the interface keys; the object is closed', (name) => {
    const def = defs[name]!;
    expect(sorted(def.properties ?? {})).toEqual(sorted(OBJECT_KEYS[name]!));
    expect(def.additionalProperties).toBe(false);
  });

  it('enums agree with the union types', () => {
    const enumOf = (node: SchemaNode | undefined) => [...(node?.enum ?? node?.then?.enum ?? [])].map(String).sort();
    expect(enumOf(defs.Column!.properties!.role)).toEqual(sorted(COLUMN_ROLES));
    expect(enumOf(defs.ColumnEntry as SchemaNode)).toEqual(sorted(COLUMN_ROLES));
    expect(enumOf(defs.Plan!.properties!.numbering)).toEqual(sorted(NUMBERING_MODES));
    expect(enumOf(defs.Document!.properties!.kind)).toEqual(sorted(DOCUMENT_KINDS));
    expect(enumOf(defs.Organisation!.properties!.intro)).toEqual(sorted(INTROS));
    expect(enumOf(defs.Approval!.properties!.by)).toEqual(sorted(APPROVAL_BY));
    expect(enumOf(defs.Plan!.properties!.gender)).toEqual(sorted(GENDERS));
    expect(enumOf(defs.Amends!.properties!.mode)).toEqual(sorted(AMENDS_MODES));
    expect(enumOf(defs.Amends!.properties!.act)).toEqual(sorted(AMENDS_ACTS));
    expect(enumOf(defs.Roadmap!.properties!.lint!.additionalProperties)).toEqual(sorted(LINT_SETTINGS));
    expect(enumOf(defs.PartBlock!.properties!.part)).toEqual(sorted(PART_NAMES));
    expect(enumOf(defs.BodyBlock as SchemaNode)).toEqual([...sorted(PART_NAMES), 'page-break'].sort());
    const kinds = Object.keys(DEADLINE_KEYS).map((n) => String(defs[n]!.properties!.kind!.const)).sort();
    expect(kinds).toEqual(sorted(DEADLINE_KINDS));
  });

  it('every property has a title and a description in Russian and English («русский / English»)', () => {
    const missing: string[] = [];
    for (const [name, def] of Object.entries(defs)) {
      for (const [key, prop] of Object.entries(def.properties ?? {})) {
        for (const field of ['title', 'description'] as const) {
          const text = prop[field];
          if (!text || !/[А-Яа-яЁё].* \/ .*[A-Za-z]/u.test(text)) missing.push(`${name}.${key}.${field}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

