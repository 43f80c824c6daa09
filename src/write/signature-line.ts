/**
 * The line a signature's name goes on, for both writers: flush right on the line of the
 * position's last line when both fit on it side by side, else on a line of its own below,
 * still flush right. (A long name beside a long position ran off the page in the PDF: its column
 * took the name's whole width.)
 */
import type { Theme } from '../model/theme.js';
import type { FontMetrics } from './measure.js';

/** Whether `name` fits beside `lastPosition` (a space at least between them) in `width` points. */
export function nameFitsBeside(lastPosition: string, name: string, width: number, theme: Theme, m: FontMetrics): boolean {
  const style = theme.styles.signature;
  const w = (text: string) => m.width(text, style.bold ?? false) * style.size;
  return w(lastPosition) + w(' ') + w(name) <= width;
}
