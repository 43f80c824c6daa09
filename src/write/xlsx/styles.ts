/**
 * The workbook's cell formats (xl/styles.xml): a few fonts (the theme's table font, bold, the
 * title, the small grey key), one thin border, one date format, and each combination of them a
 * cell uses, numbered in the order first asked for (so the same sheets give the same file).
 */
import type { Theme } from '../../model/theme.js';
import type { CellAlign } from './sheets.js';
import { esc } from './xml.js';

export type FontName = 'text' | 'bold' | 'title' | 'key';

export interface CellFormat {
  font: FontName;
  /** A thin border on every side. */
  border: boolean;
  align: CellAlign;
  vertical: 'top' | 'center';
  wrap: boolean;
  date?: boolean;
}

const FONTS: readonly FontName[] = ['text', 'bold', 'title', 'key'];
/** The custom number format of dates (ids below 164 are built in). */
const DATE_FORMAT_ID = 164;

export class CellStyles {
  private readonly formats: string[] = [];
  private readonly ids = new Map<string, number>();

  constructor(private readonly theme: Theme) {
    // Format 0: the default every cell without `s` has.
    this.id({ font: 'text', border: false, align: 'left', vertical: 'top', wrap: false });
  }

  /** The index of a format (`s` of a cell). */
  id(f: CellFormat): number {
    const horizontal = f.align === 'justify' ? 'justify' : f.align;
    const xml =
      `<xf numFmtId="${f.date ? DATE_FORMAT_ID : 0}" fontId="${FONTS.indexOf(f.font)}" fillId="0" borderId="${f.border ? 1 : 0}" xfId="0"` +
      `${f.date ? ' applyNumberFormat="1"' : ''} applyFont="1"${f.border ? ' applyBorder="1"' : ''} applyAlignment="1">` +
      `<alignment horizontal="${horizontal}" vertical="${f.vertical}"${f.wrap ? ' wrapText="1"' : ''}/></xf>`;
    let id = this.ids.get(xml);
    if (id === undefined) {
      id = this.formats.length;
      this.formats.push(xml);
      this.ids.set(xml, id);
    }
    return id;
  }

  /** The size of the text font, points: the theme's table text. */
  get textSize(): number {
    return this.theme.styles.table.size;
  }

  xml(): string {
    const family = esc(this.theme.font.docxFamily);
    const size = this.theme.styles.table.size;
    const font = (sz: number, extra = '') => `<font>${extra}<sz val="${sz}"/><name val="${family}"/><family val="1"/><charset val="204"/></font>`;
    const fonts = [
      font(size),
      font(size, '<b/>'),
      font(this.theme.styles.title.size, '<b/>'),
      // The key column: small and grey, data rather than text.
      `<font><sz val="${Math.max(8, size - 3)}"/><color rgb="FF808080"/><name val="${family}"/><family val="1"/><charset val="204"/></font>`,
    ];
    const side = (name: string) => `<${name} style="thin"><color auto="1"/></${name}>`;
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<numFmts count="1"><numFmt numFmtId="${DATE_FORMAT_ID}" formatCode="dd.mm.yyyy"/></numFmts>` +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border>${side('left')}${side('right')}${side('top')}${side('bottom')}<diagonal/></border></borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.formats.length}">${this.formats.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}
