/**
 * The roadmap as written in YAML: exactly what `schemas/roadmap.schema.json` accepts.
 * Keys are short English words; every string a reader sees is Russian.
 *
 * The loader checks a file against the schema, then normalises it into `Roadmap`
 * (src/model/roadmap.ts): deadlines parsed, executors resolved against the organisation
 * directory, columns completed with default headers, every node with its source position.
 *
 * Each interface here has a key list below it (`…_KEYS`) checked by the compiler to be exactly the
 * interface's keys; tests/load/schema-drift.test.ts checks that the schema's properties are the same,
 * so the types and the schema cannot drift apart.
 */
import type { Deadline } from './deadline.js';

/**
 * Rich text as written in a cell or a paragraph: a small subset of Markdown.
 * A blank line starts a new paragraph; lines starting with «- » or «• » are bullet items;
 * `*emphasis*`, `**bold**`, `[text](https://…)` and bare `https://…` links (clickable);
 * a backslash escapes `*`, `[` and `\`. A single newline is kept as a line break.
 */
export type RichTextInput = string;

/** Something with a stable identifier that later tools (batch overrides, diffs) refer to. */
export interface Identified {
  /** Stable identifier: letters, digits, «-», «_», «.»; unique in the file. */
  id?: string;
}

// ───────────────────────────── top level ─────────────────────────────

export interface RoadmapInput {
  /** Format version: 1. */
  version?: 1;
  /** A base roadmap this one extends (batch, issue 5): a path relative to this file. Merge rules: src/load/merge/merge-roadmap.ts. */
  extends?: string;
  /** The municipality (or any short name) of this file, for output names in a batch: «Гороховецкий район». */
  municipality?: string;
  document: DocumentInput;
  /** Organisation directory: key → organisation. Executors refer to these keys. */
  organisations?: Record<string, OrganisationInput | string>;
  /** The single plan of a small roadmap (use either `plan` or `plans`). */
  plan?: PlanInput;
  /** Several plans (a passport holds more than one). */
  plans?: PlanInput[];
  /** Lint settings: rule code → severity or `off`. */
  lint?: Record<string, LintSetting>;
}
export const ROADMAP_KEYS = {
  version: true, extends: true, municipality: true, document: true, organisations: true, plan: true, plans: true, lint: true,
} as const satisfies Record<keyof RoadmapInput, true>;

export type LintSetting = 'error' | 'warning' | 'info' | 'off';

// ───────────────────────────── organisations ─────────────────────────────

/**
 * `ХК ИРО: {name: КГАОУ ДПО «Хабаровский институт развития образования», short: ХК ИРО}`.
 * A plain string value is the full name with the key as the short name.
 */
export interface OrganisationInput extends Identified {
  /** In a file with `extends`: drop this organisation of the base. */
  remove?: boolean;
  /** Full name: «КГАОУ ДПО «Хабаровский институт развития образования»». */
  name: string;
  /** Short name used in tables: «ХК ИРО». Defaults to the key. */
  short?: string;
  /**
   * How the organisation is introduced on first use: `short` prints the short name only
   * (default), `full` the full name, `define` «full name (далее – short)» on first use and the
   * short name after.
   */
  intro?: 'short' | 'full' | 'define';
}
export const ORGANISATION_KEYS = {
  id: true, name: true, short: true, intro: true, remove: true,
} as const satisfies Record<keyof OrganisationInput, true>;

// ───────────────────────────── document ─────────────────────────────

export type DocumentKind = 'order' | 'directive' | 'plan' | 'letter' | 'passport';

export interface DocumentInput extends Identified {
  /**
   * order – приказ; directive – распоряжение; plan – the approved plan itself with its approval
   * stamp; letter – cover letter; passport – project passport.
   */
  kind: DocumentKind;
  /** The issuing authority. */
  authority?: AuthorityInput;
  /** «начальника управления» printed under the document word: «ПРИКАЗ / начальника управления». */
  qualifier?: string;
  /** Registration number «50», «1692», «75-7747». Omitted → a draft with a blank «№ ____». */
  number?: string;
  /**
   * Date of signing as written: «14.02.2022», «14 февраля 2022 г.», «2022-02-14» (`YYYY-MM-DD` once
   * loaded: src/load/normalise/written-dates.ts). Omitted → a draft with ««__» ________ 20__ г.».
   */
  date?: string;
  /** Date style of the document header: numeric «14.02.2022» or words «14 февраля 2022 г.». */
  dateStyle?: 'numeric' | 'words' | 'quoted';
  /** Place of issue: «г. Гороховец». */
  place?: string;
  /** Title: «Об утверждении плана-графика …» (no final period). */
  title?: RichTextInput;
  /** Preamble with the legal basis; ends before the operative word. */
  preamble?: RichTextInput;
  /** The operative word: spaced «п р и к а з ы в а ю:», caps «ПРИКАЗЫВАЮ:», plain «приказываю:», none, or own text. */
  operative?: 'spaced' | 'caps' | 'plain' | 'none' | { text: string };
  /** Numbered points of the order, up to four levels. */
  points?: PointInput[];
  /** Approval stamp in the upper right (for kind `plan` and `passport`). */
  approval?: ApprovalInput;
  /** Who signs. */
  signatories?: SignatoryInput[];
  /** Signatories side by side instead of one under another. */
  signatureLayout?: 'stacked' | 'side-by-side';
  /** Executor mark («отметка об исполнителе»), bottom left of the last page. */
  executor?: ExecutorMarkInput;
  /** Endorsement sheet («лист согласования») of a draft. */
  endorsements?: EndorsementInput[];
  /** Electronic signature stamp placed between the signatory's position and name. */
  esignature?: ESignatureInput;
  /**
   * Cover letter: the addressee, dative case, one line each; or `{lines, email}` with the
   * addressee's e-mail printed under the lines.
   */
  addressee?: string[] | AddresseeInput;
  /** Cover letter: «На № … от …». */
  reference?: { number?: string; date?: string };
  /** Cover letter: «Уважаемый Сергей Владимирович!» */
  salutation?: string;
  /**
   * The letter's text (a string, as before), or the open body: a list of blocks and preset parts
   * that replaces the kind's arrangement of the main document (see `BodyBlockInput`).
   */
  body?: RichTextInput | BodyBlockInput[];
  /** Appendices after the main document, each with its mark, title, orientation and blocks. */
  appendices?: AppendixInput[];
  /** Built-in templates overridden from the YAML itself: template name → Handlebars source. */
  wording?: Record<string, string>;
  /** Appendix mark of a letter: sheets and copies (sheets are counted from the rendering when omitted). */
  appendixMark?: { sheets?: number; copies?: number };
  /** Project passport: its own parts. */
  passport?: PassportInput;
  /**
   * GOST R 7.0.97 edition the layout follows (default 2016). 2025 adds the signing time to the
   * e-signature stamp and, in orders, directives and letters, the document's QR code (bottom right
   * of page 1, src/compose/qr-code.ts) and a warning when the title is missing.
   */
  gost?: '2016' | '2025';
  /**
   * Page numbers of the appendices: continuing the main document's (default), starting again in
   * each appendix (its first page unnumbered, as a document's), or none on appendix pages.
   */
  appendixPageNumbers?: 'continue' | 'restart' | 'none';
  /**
   * This order or directive amends an earlier one: its points are drawn from the difference
   * between the previous version of the roadmap (`previous`) and this file's plans
   * (src/compose/amendment-document.ts).
   */
  amends?: AmendsInput;
  /**
   * The footnotes: key → the note's text (rich text). `[^key]` in any text of the document or of
   * its plans refers to one: printed as a raised number there and as a note at the foot of the
   * page (`passport.footnotes` works alike).
   */
  footnotes?: Record<string, string>;
}
export const DOCUMENT_KEYS = {
  id: true, kind: true, authority: true, qualifier: true, number: true, date: true, dateStyle: true,
  place: true, title: true, preamble: true, operative: true, points: true, approval: true,
  signatories: true, signatureLayout: true, executor: true, endorsements: true, esignature: true,
  addressee: true, reference: true, salutation: true, body: true, appendixMark: true, passport: true,
  gost: true, appendices: true, wording: true, amends: true, footnotes: true, appendixPageNumbers: true,
} as const satisfies Record<keyof DocumentInput, true>;

/**
 * The act an amending order amends and the version of the roadmap it was made from:
 *
 *   amends: {previous: gorokhovets-order-2022.yaml}        act, date, number, title from that file's document
 *   amends: {previous: plan-v1.yaml, act: order, date: 14.02.2022, number: 50, mode: new-edition}
 */
export interface AmendsInput {
  /** The previous version of the roadmap: a YAML file (or an archival PDF carrying it), relative to this one, inside the folder `extends` may use. */
  previous: string;
  /**
   * `points` (default): a point per change — «пункт 11 изложить в следующей редакции», «дополнить
   * пунктом 48», «пункт 41 признать утратившим силу»; `new-edition`: «приложение изложить в
   * новой редакции (прилагается)» with the whole plan as the appendix.
   */
  mode?: 'points' | 'new-edition';
  /** The kind of the amended act (default: the previous version's document kind). */
  act?: 'order' | 'directive';
  /** Its date as written (default: the previous version's document date). */
  date?: string;
  /** Its number (default: the previous version's document number). */
  number?: string;
  /** Its title «Об утверждении …» (default: the previous version's document title). */
  title?: string;
  /** Its authority in the genitive, «управления образования» (default: the previous version's `authority.genitive`). */
  authority?: string;
}
export const AMENDS_KEYS = {
  previous: true, mode: true, act: true, date: true, number: true, title: true, authority: true,
} as const satisfies Record<keyof AmendsInput, true>;

/** A letter's addressee with its e-mail: `{lines: [Директору ФГБУ «ФИОКО», Станченко С.В.], email: info@fioco.ru}`. */
export interface AddresseeInput {
  /** The addressee, dative case, one line each. */
  lines: string[];
  /** The addressee's e-mail, printed under the lines. */
  email?: string;
}
export const ADDRESSEE_KEYS = { lines: true, email: true } as const satisfies Record<keyof AddresseeInput, true>;

export interface AuthorityInput extends Identified {
  /** Name lines as printed, top to bottom: «АДМИНИСТРАЦИЯ ГОРОХОВЕЦКОГО РАЙОНА», «ВЛАДИМИРСКОЙ ОБЛАСТИ», «Управление образования». */
  name: string[];
  /** The authority in the genitive, for «к приказу управления образования»: «управления образования». */
  genitive?: string;
  address?: string;
  phone?: string;
  fax?: string;
  email?: string;
  site?: string;
  okpo?: string;
  ogrn?: string;
  inn?: string;
  kpp?: string;
  /** ОКОГУ code, printed with ОКПО and ОГРН. */
  okogu?: string;
  /**
   * The letterhead's requisite lines as the author writes them, in order, one per line
   * («Телефон: (8142) 71-73-00», «ОКОГУ 2300223»): printed instead of the lines the template
   * makes of `address` … `okogu`.
   */
  requisites?: string[];
}
export const AUTHORITY_KEYS = {
  id: true, name: true, genitive: true, address: true, phone: true, fax: true, email: true, site: true,
  okpo: true, ogrn: true, inn: true, kpp: true, okogu: true, requisites: true,
} as const satisfies Record<keyof AuthorityInput, true>;

/**
 * A point of an order: a string, or an object with sub-points (up to four levels).
 * Appendix numbers are never typed: write `(приложение № {appendix:main})` and the renderer puts
 * the number of the appendix holding plan `main` (`{appendix}` alone: the first plan's).
 */
export type PointInput = RichTextInput | PointObjectInput;
export interface PointObjectInput extends Identified {
  text: RichTextInput;
  points?: PointInput[];
}
export const POINT_KEYS = { id: true, text: true, points: true } as const satisfies Record<keyof PointObjectInput, true>;

/**
 * Approval stamp. By an official: «УТВЕРЖДАЮ / position / ________ name / date».
 * By an act: «УТВЕРЖДЕН / распоряжением министерства … / от «__» ______ 2022 г. № __».
 * By a meeting: «УТВЕРЖДЕНО / на расширенном заседании … / (протокол от 14 мая 2020 г. № 3)».
 */
export interface ApprovalInput {
  by: 'official' | 'act' | 'meeting';
  /** official: position lines. */
  position?: string;
  /** official: «И.О. Фамилия». */
  name?: string;
  /** act: «распоряжением министерства образования и науки Хабаровского края» (instrumental case); meeting: «на расширенном заседании проектного офиса …». */
  act?: string;
  /** Date of the act / protocol / signature, written like `DocumentInput.date`; blank in a draft. */
  date?: string;
  /** Number of the act / protocol; blank in a draft. */
  number?: string;
  /** Year printed in a blank draft date «от «__» ______ 2022 г.». */
  year?: number;
  /** The word: computed from the grammar of what is approved (УТВЕРЖДЕН / -А / -О / -Ы); set to override. */
  word?: string;
  /**
   * A line above the word, with a gap under it: «ПРИЛОЖЕНИЕ» as written, or `true` for template
   * `approval-label` («ПРИЛОЖЕНИЕ», «ПРИЛОЖЕНИЕ № 2» in an appendix of several).
   */
  label?: string | boolean;
}
export const APPROVAL_KEYS = {
  by: true, position: true, name: true, act: true, date: true, number: true, year: true, word: true, label: true,
} as const satisfies Record<keyof ApprovalInput, true>;

export interface SignatoryInput extends Identified {
  /** Position lines: «Начальник управления», «общего образования». */
  position: string;
  /** «Е.В. Матаржук». */
  name: string;
  /** Acting: printed as «И.о. » before the position, lower-casing its first letter. */
  acting?: boolean;
}
export const SIGNATORY_KEYS = { id: true, position: true, name: true, acting: true } as const satisfies Record<keyof SignatoryInput, true>;

export interface ExecutorMarkInput {
  name: string;
  phone?: string;
}
export const EXECUTOR_MARK_KEYS = { name: true, phone: true } as const satisfies Record<keyof ExecutorMarkInput, true>;

export interface EndorsementInput extends Identified {
  position: string;
  name: string;
  date?: string;
  remarks?: string;
}
export const ENDORSEMENT_KEYS = { id: true, position: true, name: true, date: true, remarks: true } as const satisfies Record<keyof EndorsementInput, true>;

export interface ESignatureInput {
  certificate: string;
  owner: string;
  validFrom: string;
  validTo: string;
  /** GOST 2025: signing time, ISO date-time. */
  signedAt?: string;
}
export const ESIGNATURE_KEYS = { certificate: true, owner: true, validFrom: true, validTo: true, signedAt: true } as const satisfies Record<keyof ESignatureInput, true>;

// ───────────────────────────── passport (issue 4) ─────────────────────────────

export interface PassportInput {
  /** «Куратор Проекта: Зотова Ю.В. – начальник управления …» */
  roles?: { role: string; name: string; position?: string }[];
  goal?: RichTextInput;
  tasks?: RichTextInput[];
  indicators?: IndicatorTableInput;
  results?: RichTextInput[];
  /** Free narrative sections. `[^key]` in text refers to `footnotes.key`. */
  sections?: { title: string; text: RichTextInput }[];
  footnotes?: Record<string, string>;
}
export const PASSPORT_KEYS = {
  roles: true, goal: true, tasks: true, indicators: true, results: true, sections: true, footnotes: true,
} as const satisfies Record<keyof PassportInput, true>;

/** Indicators by year, with «Факт» and «План» column groups. */
export interface IndicatorTableInput {
  title?: string;
  /** Header of the indicator column. */
  header?: string;
  fact: number[];
  plan: number[];
  rows: { name: RichTextInput; unit?: string; values: (number | string | null)[] }[];
  /** A first column «№ п/п» numbering the indicators. */
  numberColumn?: boolean;
}
export const INDICATOR_TABLE_KEYS = { title: true, header: true, fact: true, plan: true, rows: true, numberColumn: true } as const satisfies Record<keyof IndicatorTableInput, true>;

// ───────────────────────────── the open body and appendices (issue 11) ─────────────────────────────

/**
 * Names of the preset parts a body may list (each kind has its own subset: README, «The body»).
 * `page-break` is a block, listed here because it is written as a bare string too.
 */
export type PartName =
  | 'approval'
  | 'title'
  | 'authority'
  | 'doc-type'
  | 'date-number'
  | 'place'
  | 'preamble'
  | 'operative'
  | 'points'
  | 'letterhead'
  | 'salutation'
  | 'text'
  | 'appendix-line'
  | 'roles'
  | 'goal'
  | 'tasks'
  | 'indicators'
  | 'results'
  | 'sections'
  | 'plans'
  | 'signature'
  | 'executor-mark';

/**
 * One block of the open body (or of an appendix): a preset part by name (`title`, `goal`, …), the
 * bare word `page-break`, or an object whose key says what it is: `part`, `heading`, `paragraph`,
 * `list`, `table`, `formula`, `plan`, `indicators`, `roles`, `signature`, `page-break`.
 */
export type BodyBlockInput =
  | PartName
  | 'page-break'
  | PartBlockInput
  | HeadingBlockInput
  | ParagraphBlockInput
  | ListBlockInput
  | TableBlockInput
  | FormulaBlockInput
  | PlanBlockInput
  | IndicatorsBlockInput
  | RolesBlockInput
  | SignatureBlockInput
  | PageBreakBlockInput;

export type TextAlign = 'left' | 'center' | 'right' | 'justify';

/** A preset part with options: `{part: goal, inline: true, heading: 'Цель Проекта:'}`. */
export interface PartBlockInput {
  part: PartName;
  /** The part's heading instead of the template's; '' prints none. */
  heading?: string;
  /** The heading and the first paragraph of the text as one paragraph: «Цель Проекта: создание …». */
  inline?: boolean;
}
export const PART_BLOCK_KEYS = { part: true, heading: true, inline: true } as const satisfies Record<keyof PartBlockInput, true>;

/** A heading: `{heading: Основные задачи, level: 2, numbered: true}`; with `text` an inline heading. */
export interface HeadingBlockInput {
  heading: RichTextInput;
  /** 1 (default) to 3. */
  level?: 1 | 2 | 3;
  /** Numbered «1.», «1.1.», «1.1.1.» through the document (restarting in each appendix). */
  numbered?: boolean;
  align?: TextAlign;
  /** Text after the heading in the same paragraph: «**Цель Проекта:** создание …». */
  text?: RichTextInput;
}
export const HEADING_BLOCK_KEYS = { heading: true, level: true, numbered: true, align: true, text: true } as const satisfies Record<keyof HeadingBlockInput, true>;

/** A paragraph of rich text. */
export interface ParagraphBlockInput {
  paragraph: RichTextInput;
  align?: TextAlign;
  /** First-line indent (default true). */
  indent?: boolean;
}
export const PARAGRAPH_BLOCK_KEYS = { paragraph: true, align: true, indent: true } as const satisfies Record<keyof ParagraphBlockInput, true>;

/** A list: items are rich text or `{text, items}` (nested). */
export interface ListBlockInput {
  list: ListItemInput[];
  /** «1.», «2.» (nested «1.1.») instead of bullets. */
  numbered?: boolean;
  /** The bullet (default: the theme's «–»). */
  marker?: string;
}
export const LIST_BLOCK_KEYS = { list: true, numbered: true, marker: true } as const satisfies Record<keyof ListBlockInput, true>;

export type ListItemInput = RichTextInput | ListItemObjectInput;
export interface ListItemObjectInput {
  text: RichTextInput;
  items?: ListItemInput[];
}
export const LIST_ITEM_KEYS = { text: true, items: true } as const satisfies Record<keyof ListItemObjectInput, true>;

/** A table of the author's own: `{table: {caption, columns, header, rows}}`. */
export interface TableBlockInput {
  table: TableInput;
}
export const TABLE_BLOCK_KEYS = { table: true } as const satisfies Record<keyof TableBlockInput, true>;

export interface TableInput {
  /** «Таблица N. <caption>» above the table. */
  caption?: string;
  /** «Таблица N» numbering through the document (default: true when there is a caption). */
  numbered?: boolean;
  columns: TableColumnInput[];
  /** Header rows above the columns' own headers, with spans. */
  header?: TableCellInput[][];
  rows: TableCellInput[][];
  /** The row of column numbers «1 2 3 …» under the header (default false). */
  numbersRow?: boolean;
  /** Repeat the header at the top of following pages (default true). */
  repeatHeader?: boolean;
}
export const TABLE_KEYS = {
  caption: true, numbered: true, columns: true, header: true, rows: true, numbersRow: true, repeatHeader: true,
} as const satisfies Record<keyof TableInput, true>;

export interface TableColumnInput {
  header?: RichTextInput;
  /** Relative width (default 1). */
  width?: number;
  align?: 'left' | 'center' | 'right';
}
export const TABLE_COLUMN_KEYS = { header: true, width: true, align: true } as const satisfies Record<keyof TableColumnInput, true>;

/** A cell: text (a number is printed as written), or an object with spans. */
export type TableCellInput = RichTextInput | number | TableCellObjectInput;
export interface TableCellObjectInput {
  text: RichTextInput | number;
  colSpan?: number;
  rowSpan?: number;
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
}
export const TABLE_CELL_KEYS = { text: true, colSpan: true, rowSpan: true, align: true, bold: true } as const satisfies Record<keyof TableCellObjectInput, true>;

/** A formula line: centred text with `_{sub}` and `^{sup}`, a number «(1)» at the right. */
export interface FormulaBlockInput {
  formula: string | FormulaInput;
  /** Explanation after the formula: «где Д – доля …». */
  where?: RichTextInput;
}
export const FORMULA_BLOCK_KEYS = { formula: true, where: true } as const satisfies Record<keyof FormulaBlockInput, true>;

export interface FormulaInput {
  text: string;
  /** `auto` (default): numbered through the document; `none`; or the number as written: «(1.2)». */
  number?: string | number;
}
export const FORMULA_KEYS = { text: true, number: true } as const satisfies Record<keyof FormulaInput, true>;

/** A plan by id, placed here (and nowhere else). */
export interface PlanBlockInput {
  plan: string;
}
export const PLAN_BLOCK_KEYS = { plan: true } as const satisfies Record<keyof PlanBlockInput, true>;

/** An indicators table of its own (the part `indicators` prints the passport's). */
export interface IndicatorsBlockInput {
  indicators: IndicatorTableInput;
}
export const INDICATORS_BLOCK_KEYS = { indicators: true } as const satisfies Record<keyof IndicatorsBlockInput, true>;

/** Named roles of their own (the part `roles` prints the passport's). */
export interface RolesBlockInput {
  roles: { role: string; name: string; position?: string }[];
}
export const ROLES_BLOCK_KEYS = { roles: true } as const satisfies Record<keyof RolesBlockInput, true>;

/** A signature block of its own (the part `signature` prints the document's signatories). */
export interface SignatureBlockInput {
  signature: SignatoryInput[];
  layout?: 'stacked' | 'side-by-side';
}
export const SIGNATURE_BLOCK_KEYS = { signature: true, layout: true } as const satisfies Record<keyof SignatureBlockInput, true>;

/** A page break; with an orientation, the pages after it turn: `{page-break: landscape}`. */
export interface PageBreakBlockInput {
  'page-break': 'portrait' | 'landscape';
}
export const PAGE_BREAK_BLOCK_KEYS = { 'page-break': true } as const satisfies Record<keyof PageBreakBlockInput, true>;

/**
 * An appendix: its mark (`gost` «Приложение № N / к приказу … / от … № …», `approval` its own
 * stamp, `heading` «Приложение N» as a heading line, `none`), title, orientation and blocks; or a
 * plan alone (`plan: id`).
 */
export interface AppendixInput extends Identified {
  mark?: 'gost' | 'approval' | 'heading' | 'none';
  /** The stamp of `mark: approval` (default: the plan's own stamp). */
  approval?: ApprovalInput;
  title?: RichTextInput;
  /** Default: landscape when the appendix holds a plan or a wide table, else portrait. */
  orientation?: 'portrait' | 'landscape';
  /** Shorthand for `body: [{plan: id}]`. */
  plan?: string;
  body?: BodyBlockInput[];
}
export const APPENDIX_KEYS = {
  id: true, mark: true, approval: true, title: true, orientation: true, plan: true, body: true,
} as const satisfies Record<keyof AppendixInput, true>;

// ───────────────────────────── plans ─────────────────────────────

/** Roles of the standard columns. */
export type ColumnRole = 'number' | 'task' | 'deadline' | 'executors' | 'result' | 'info';

/**
 * A column: a role name alone (`deadline`) takes the default header, or an object.
 * An extra column (no role) has a `key`; items give its value under `extra.<key>`.
 */
export type ColumnInput = ColumnRole | ColumnObjectInput;
export interface ColumnObjectInput {
  role?: ColumnRole;
  /** Key of an extra column: «levels». */
  key?: string;
  /** Header text; default per role («№ п/п», «Задачи», «Сроки реализации» …). */
  header?: string;
  /** Relative width (any positive numbers; they are scaled to the page). */
  width?: number;
  /** Allowed values of an extra column (checked by lint): «федеральный», «региональный» … */
  values?: string[];
  /** Horizontal alignment of the cells. */
  align?: 'left' | 'center' | 'right';
}
export const COLUMN_KEYS = { role: true, key: true, header: true, width: true, values: true, align: true } as const satisfies Record<keyof ColumnObjectInput, true>;

export type NumberingMode = 'hierarchical' | 'continuous' | 'per-section' | 'explicit';

export interface PlanInput extends Identified {
  /** «ПЛАН-ГРАФИК», «Дорожная карта». */
  title: string;
  /** Second title line(s): «реализации мероприятий федерального проекта …». */
  subtitle?: string;
  /** Years the plan covers: 2022, «2021–2023 гг.» or [2021, 2023] (a number or a pair once loaded). */
  period?: number | [number, number] | string;
  /** Grammar of what the stamp approves: m – план-график (УТВЕРЖДЕН), f – программа, n – положение, pl – правила. */
  gender?: 'm' | 'f' | 'n' | 'pl';
  /** Approval stamp for this plan when it is an appendix (otherwise the document's). */
  approval?: ApprovalInput;
  /** Columns in order. Default: number, task, deadline, executors, result. */
  columns?: ColumnInput[];
  numbering?: NumberingMode;
  /** A dot after computed numbers: «1.», «1.1.» (true, default) or «1», «1.1» (false). */
  numberDot?: boolean;
  /** How deadlines are printed in this plan. */
  deadlines?: { dates?: 'numeric' | 'words'; year?: 'г.' | 'года'; capitalize?: boolean };
  /** On following pages repeat the column-number row only (default) or the whole header. */
  repeat?: 'numbers' | 'header';
  /**
   * Rows may split across pages (true), a row's lines running on to the next page as in the
   * original documents (fewer, fuller pages), or each row is kept whole on one page (false, default).
   */
  splitRows?: boolean;
  /** The rows: items and groups. */
  items: PlanEntryInput[];
  /** Signatories printed right after this plan (when it is an appendix or the approved plan). */
  signatories?: SignatoryInput[];
}
export const PLAN_KEYS = {
  id: true, title: true, subtitle: true, period: true, gender: true, approval: true, columns: true,
  numbering: true, numberDot: true, deadlines: true, repeat: true, splitRows: true, items: true, signatories: true,
} as const satisfies Record<keyof PlanInput, true>;

/** A row of the plan: a group (`section:` or `year:`) or an item (`task:`). */
export type PlanEntryInput = GroupInput | ItemInput;

/**
 * Merge markers of a row in a file with `extends` (consumed by the merge, never in the merged
 * result): `remove: true` drops the base row with this id; `after: <id>` / `before: <id>` puts
 * a new row (or moves a base row) next to the row with that id.
 */
export interface RowMergeMarkers {
  remove?: boolean;
  after?: string;
  before?: string;
}

/**
 * A group row spanning all columns, bold. `section: title` is numbered (in hierarchical and
 * per-section modes); `year: 2021` prints «2021 год» and is not numbered.
 */
export interface GroupInput extends Identified, RowMergeMarkers {
  section?: RichTextInput;
  year?: number;
  /** Explicit number in `explicit` mode, or to override: «Направление 3.». */
  no?: string;
  /** false: a heading row without a number. */
  numbered?: boolean;
  items: PlanEntryInput[];
}
export const GROUP_KEYS = {
  id: true, section: true, year: true, no: true, numbered: true, items: true, remove: true, after: true, before: true,
} as const satisfies Record<keyof GroupInput, true>;

export interface ItemInput extends Identified, RowMergeMarkers {
  /** The task (what is done). */
  task: RichTextInput;
  /** Deadline: a customary string («до 22.02.2022», «Февраль – март 2022 г.») or a structured object. */
  deadline?: string | Deadline;
  /** Executors: keys of `organisations` or free text, in order. A single string is one executor. */
  executors?: string | string[];
  /** Expected result / indicator. */
  result?: RichTextInput;
  /** Information support: where it is published (links). */
  info?: RichTextInput;
  /** Explicit number (`explicit` numbering mode, or to override one). */
  no?: string;
  /** Values of extra columns by column key; a list prints one value per line. */
  extra?: Record<string, string | string[]>;
  /** How the row has been carried out (`plangraf report`): status, date done, fact, comment, evidence. */
  execution?: ExecutionInput;
}
export const ITEM_KEYS = {
  id: true, task: true, deadline: true, executors: true, result: true, info: true, no: true, extra: true, execution: true,
  remove: true, after: true, before: true,
} as const satisfies Record<keyof ItemInput, true>;

/**
 * The execution of a plan row, as written:
 *   execution: {status: done, done: 2022-12-15, fact: Мониторинг проведён в 58 ОО, evidence: https://…}
 * `status` is the English key (done, in-progress, not-started, cancelled, postponed) or the
 * Russian word in any case («выполнено», «Выполняется» …; src/model/execution-status.ts); the
 * dates are written as officials write them, like `document.date`.
 */
export interface ExecutionInput {
  status: string;
  /** The date it was done. */
  done?: string;
  /** What was done (rich text). */
  fact?: RichTextInput;
  /** Free text: reasons, remarks. */
  comment?: string;
  /** A link (or several) to what shows it was done. */
  evidence?: string | string[];
  /** With status postponed: the new deadline (a date). */
  postponedTo?: string;
}
export const EXECUTION_KEYS = {
  status: true, done: true, fact: true, comment: true, evidence: true, postponedTo: true,
} as const satisfies Record<keyof ExecutionInput, true>;
