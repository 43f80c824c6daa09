/**
 * pdfmake's style stack with the same answers and a fraction of the work. pdfmake asks the stack
 * for about twenty properties of every text piece it measures (font, size, colour, decoration,
 * link, …); most are set nowhere, so each question walked the whole stack down to the default
 * style, allocating a closure and a `Set` for every named style on the way. On a 5000-row plan
 * that was the largest part of measuring.
 *
 * Here a question walks the stack without allocating, and a stack cloned for a text node (as
 * pdfmake's `measureLeaf` does) remembers the answers of the part it was cloned from: that part
 * does not change while the node's pieces are measured (only pieces are pushed and popped above
 * it), so each property is looked up there once per text node instead of once per piece.
 */
// First: pdfkit's and fontkit's unused parts are put off before either loads.
import './lazy-dependencies.js';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type Override = string | Record<string, unknown>;
interface StyleStack {
  styleDictionary: Record<string, Record<string, unknown> | undefined>;
  defaultStyle: Record<string, unknown> | undefined;
  styleOverrides: Override[];
  push(item: Override): void;
  pop(howMany?: number): void;
  getProperty(property: string): unknown;
  clone(): StyleStack;
}
type StyleStackClass = new (styleDictionary: unknown, defaultStyle?: unknown) => StyleStack;

const StyleContextStack = (require('pdfmake/js/StyleContextStack.js') as { default: StyleStackClass }).default;

const isValue = (v: unknown): boolean => v !== undefined && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string' || v instanceof String;

/** A named style's value (pdfmake's `getStylePropertyFromStyle`, with `extends` followed likewise). */
function fromStyle(dictionary: StyleStack['styleDictionary'], name: string, property: string, visited?: Set<string>): unknown {
  const style = dictionary[name];
  if (!style) return undefined;
  const own = style[property];
  if (isValue(own)) return own;
  if (!style.extends) return undefined;
  const seen = visited ?? new Set<string>();
  if (seen.has(name)) return undefined;
  seen.add(name);
  const parents = (Array.isArray(style.extends) ? style.extends : [style.extends]) as string[];
  for (let i = parents.length - 1; i >= 0; i--) {
    const parent = parents[i] as string;
    if (seen.has(parent)) continue;
    const value = fromStyle(dictionary, parent, property, seen);
    if (isValue(value)) return value;
  }
  return undefined;
}

/** Not found in the frozen part (the default style decides). */
const MISSING = Symbol('missing');

let pushes = 0;

export class FastStyleStack extends StyleContextStack {
  /** Overrides below this index are frozen: their answers are remembered in `memo`. */
  private frozen = 0;
  private memo: Map<string, unknown> | undefined;
  /** A number per override, unique to the push that put it there. */
  private pushIds: number[] = [];

  override clone(): FastStyleStack {
    const stack = new FastStyleStack(this.styleDictionary, this.defaultStyle);
    stack.styleOverrides = this.styleOverrides.slice();
    stack.pushIds = this.pushIds.slice();
    stack.frozen = stack.styleOverrides.length;
    return stack;
  }

  override push(item: Override): void {
    this.styleOverrides.push(item);
    this.pushIds.push(++pushes);
  }

  override pop(howMany = 1): void {
    while (howMany-- > 0) {
      this.styleOverrides.pop();
      this.pushIds.pop();
    }
    if (this.styleOverrides.length < this.frozen) {
      this.frozen = 0;
      this.memo = undefined;
    }
  }

  /**
   * The stack as far as `node` is concerned, less the node itself: the overrides pushed for it (the
   * node and its named styles, on top) by their names and places, and all below by the push that
   * put the last of them there (while it is on the stack, nothing below it changes). Text nodes with the
   * same context and the same own style properties get the same answers from the stack.
   */
  contextOf(node: unknown): string {
    const overrides = this.styleOverrides;
    let j = overrides.length;
    let names = '';
    while (j > 0 && (overrides[j - 1] === node || isString(overrides[j - 1]))) {
      j--;
      names = `${isString(overrides[j]) ? `'${String(overrides[j])}` : '@'}\u0000${names}`;
    }
    return `${j > 0 ? this.pushIds[j - 1] : 0}\u0000${names}`;
  }

  override getProperty(property: string): unknown {
    const overrides = this.styleOverrides;
    for (let i = overrides.length - 1; i >= this.frozen; i--) {
      const value = this.valueIn(overrides[i] as Override, property);
      if (isValue(value)) return value;
    }
    if (this.frozen > 0) {
      this.memo ??= new Map();
      let value = this.memo.get(property);
      if (value === undefined) {
        value = MISSING;
        for (let i = this.frozen - 1; i >= 0; i--) {
          const v = this.valueIn(overrides[i] as Override, property);
          if (isValue(v)) {
            value = v;
            break;
          }
        }
        this.memo.set(property, value);
      }
      if (value !== MISSING) return value;
    }
    return this.defaultStyle && this.defaultStyle[property];
  }

  private valueIn(item: Override, property: string): unknown {
    return isString(item) ? fromStyle(this.styleDictionary, String(item), property) : item[property];
  }
}
