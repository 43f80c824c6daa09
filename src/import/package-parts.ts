/**
 * The small parts of a Word package the import needs besides the document itself: the package
 * relationships (which part is the main document), the document's relationships (targets of
 * hyperlinks, the numbering part) and the numbering definitions (which list paragraphs are
 * bullets, and the numbers Word shows for numbered ones).
 */
import { attr, parseXmlBytes, W_NS, type XmlParserClass, type XmlTag } from './xml-stream.js';

export interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

const OFFICE_DOCUMENT = /\/officeDocument$/;
const NUMBERING = /\/numbering$/;
const HYPERLINK = /\/hyperlink$/;

/** Relationships of a part by id (`rId5` → {type, target}). */
export function parseRelationships(Parser: XmlParserClass, part: string, bytes: Uint8Array): Map<string, Relationship> {
  const out = new Map<string, Relationship>();
  parseXmlBytes(Parser, part, bytes, {
    open(tag) {
      if (tag.local !== 'Relationship') return;
      const id = attr(tag, 'Id');
      const type = attr(tag, 'Type');
      const target = attr(tag, 'Target');
      if (id === undefined || type === undefined || target === undefined) return;
      out.set(id, { type, target, external: attr(tag, 'TargetMode') === 'External' });
    },
    close() {},
    text() {},
  });
  return out;
}

/** `_rels/.rels` → the main document's part name (`word/document.xml`). */
export function mainDocumentPart(rels: Map<string, Relationship>): string | undefined {
  for (const r of rels.values()) if (OFFICE_DOCUMENT.test(r.type) && !r.external) return resolvePartName('', r.target);
  return undefined;
}

/** The relationships file of a part: `word/document.xml` → `word/_rels/document.xml.rels`. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The numbering part the document names, if any. */
export function numberingPart(documentPart: string, rels: Map<string, Relationship>): string | undefined {
  for (const r of rels.values()) if (NUMBERING.test(r.type) && !r.external) return resolvePartName(folderOf(documentPart), r.target);
  return undefined;
}

/** Hyperlink targets by relationship id (external links only: http, mailto …). */
export function hyperlinkTargets(rels: Map<string, Relationship>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [id, r] of rels) if (HYPERLINK.test(r.type) && r.external) out.set(id, r.target);
  return out;
}

function folderOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

/** A relationship target relative to `folder` (or absolute, «/word/x.xml») as a zip entry name. */
function resolvePartName(folder: string, target: string): string {
  const segments = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const s of segments) {
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  }
  return out.join('/');
}

// ───────────────────────────── numbering ─────────────────────────────

interface LevelDefinition {
  start: number;
  /** `decimal`, `bullet`, `upperRoman`, `russianLower`, `none` … */
  format: string;
  /** «%1.», «%1.%2.», or the bullet character. */
  text: string;
}

export interface NumberingDefinitions {
  /** abstractNumId → level → definition. */
  abstracts: Map<string, Map<number, LevelDefinition>>;
  /** numId → its abstract definition and restarts (`startOverride`) by level. */
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
}

export function emptyNumbering(): NumberingDefinitions {
  return { abstracts: new Map(), nums: new Map() };
}

export function parseNumbering(Parser: XmlParserClass, part: string, bytes: Uint8Array): NumberingDefinitions {
  const defs = emptyNumbering();
  let abstract: Map<number, LevelDefinition> | undefined;
  let level: LevelDefinition | undefined;
  let num: { abstractId: string; starts: Map<number, number> } | undefined;
  let overrideLevel: number | undefined;
  const val = (tag: XmlTag) => attr(tag, 'val', W_NS);
  parseXmlBytes(Parser, part, bytes, {
    open(tag) {
      if (!W_NS.has(tag.uri)) return;
      switch (tag.local) {
        case 'abstractNum':
          abstract = new Map();
          defs.abstracts.set(attr(tag, 'abstractNumId', W_NS) ?? '', abstract);
          break;
        case 'lvl':
          if (abstract) {
            level = { start: 1, format: 'decimal', text: '' };
            abstract.set(Number(attr(tag, 'ilvl', W_NS) ?? 0), level);
          }
          break;
        case 'start':
          if (level) level.start = Number(val(tag) ?? 1) || 0;
          else if (num && overrideLevel !== undefined) num.starts.set(overrideLevel, Number(val(tag) ?? 1) || 0);
          break;
        case 'startOverride':
          if (num && overrideLevel !== undefined) num.starts.set(overrideLevel, Number(val(tag) ?? 1) || 0);
          break;
        case 'numFmt':
          if (level) level.format = val(tag) ?? 'decimal';
          break;
        case 'lvlText':
          if (level) level.text = val(tag) ?? '';
          break;
        case 'num':
          num = { abstractId: '', starts: new Map() };
          defs.nums.set(attr(tag, 'numId', W_NS) ?? '', num);
          break;
        case 'abstractNumId':
          if (num) num.abstractId = val(tag) ?? '';
          break;
        case 'lvlOverride':
          overrideLevel = Number(attr(tag, 'ilvl', W_NS) ?? 0);
          break;
      }
    },
    close(tag) {
      if (!W_NS.has(tag.uri)) return;
      if (tag.local === 'abstractNum') abstract = undefined;
      else if (tag.local === 'lvl' && abstract) level = undefined;
      else if (tag.local === 'num') num = undefined;
      else if (tag.local === 'lvlOverride') overrideLevel = undefined;
    },
    text() {},
  });
  return defs;
}

export type ListMark = { kind: 'bullet' } | { kind: 'number'; label: string };

/**
 * The marks Word shows before list paragraphs, counted in document order: counters per abstract
 * list (lists sharing one continue each other's numbers, as in Word), deeper levels restarting
 * when a higher one advances, `startOverride` restarting a list where its `num` is first used.
 */
export class ListCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly seenNums = new Set<string>();

  constructor(private readonly defs: NumberingDefinitions) {}

  mark(numId: string, level: number): ListMark | undefined {
    if (numId === '0') return undefined; // «no numbering»: removes a style's list
    const num = this.defs.nums.get(numId);
    const abstract = num ? this.defs.abstracts.get(num.abstractId) : undefined;
    if (!num || !abstract) return undefined;
    const def = abstract.get(level);
    if (!def || def.format === 'bullet') return { kind: 'bullet' };
    let counts = this.counters.get(num.abstractId);
    if (!counts) this.counters.set(num.abstractId, (counts = []));
    if (!this.seenNums.has(numId)) {
      this.seenNums.add(numId);
      for (const [l, start] of num.starts) counts[l] = start - 1;
    }
    counts[level] = (counts[level] ?? (def.start - 1)) + 1;
    counts.length = level + 1;
    const label = def.text.replace(/%(\d)/g, (_, k: string) => {
      const l = Number(k) - 1;
      const d = abstract.get(l);
      return formatNumber(counts![l] ?? d?.start ?? 1, d?.format ?? 'decimal');
    });
    return { kind: 'number', label: def.format === 'none' ? '' : label };
  }
}

const RUSSIAN = 'абвгдежзиклмнопрстуфхцчшщэюя';

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'russianLower':
      return letters(n, RUSSIAN);
    case 'russianUpper':
      return letters(n, RUSSIAN.toUpperCase());
    case 'decimalZero':
      return String(n).padStart(2, '0');
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = n;
  for (const [v, s] of table) while (rest >= v) (out += s), (rest -= v);
  return out;
}

/** Word's letter numbering: a … z, then aa … zz (the letter repeated). */
function letters(n: number, alphabet: string): string {
  if (n <= 0) return String(n);
  const letter = alphabet[(n - 1) % alphabet.length]!;
  return letter.repeat(Math.floor((n - 1) / alphabet.length) + 1);
}
