/**
 * IR section → docx section: page size and orientation (landscape swaps the sides and uses the
 * landscape margins), a new page at its start, and page numbers centred in the header (or in the
 * footer, per theme) from page `theme.pageNumbers.from` on. Page 1 is the first page of the first
 * section, so only that section gets a separate, empty first-page header (`w:titlePage`).
 */
import {
  AlignmentType,
  Footer,
  Header,
  PageNumber,
  PageOrientation,
  Paragraph as DocxParagraph,
  SectionType,
  TextRun,
} from 'docx';
import type { ISectionOptions } from 'docx';
import type { Section } from '../../model/document.js';
import type { Theme } from '../../model/theme.js';
import { blocksToDocx } from './blocks.js';
import type { RawXml } from './raw.js';
import type { PageBreaks } from '../page-breaks.js';
import { fontsOf } from './styles.js';
import { tinosMetrics } from '../measure.js';
import { marginsOf, mmToTwip, pageSizeOf, textWidthMm } from '../units.js';

export function sectionToDocx(section: Section, index: number, theme: Theme, raw: RawXml, pageBreaks?: PageBreaks): ISectionOptions {
  const m = marginsOf(theme, section.orientation);
  const numbers = theme.pageNumbers;
  const numbered = () => {
    const paragraph = new DocxParagraph({
      alignment: numbers.position === 'bottom-right' ? AlignmentType.RIGHT : AlignmentType.CENTER,
      children: [new TextRun({ children: [PageNumber.CURRENT], size: Math.round(numbers.size * 2), font: fontsOf(theme) })],
    });
    return numbers.position === 'top-center' ? new Header({ children: [paragraph] }) : new Footer({ children: [paragraph] });
  };
  const empty = () => (numbers.position === 'top-center' ? new Header({ children: [] }) : new Footer({ children: [] }));
  // Numbers from page 2: the first page of the document gets an empty first-page header, and so
  // does the first page of a section whose numbers start again (an appendix numbered apart).
  // Numbers from page 1 (or never, from 0): no separate first page. A section without numbers
  // has an empty header of its own.
  const restart = section.pageNumbers === 'restart';
  const firstPageSeparate = (index === 0 || restart) && numbers.from > 1;
  const parts = { default: numbers.from > 0 && section.pageNumbers !== 'none' ? numbered() : empty(), ...(firstPageSeparate ? { first: empty() } : {}) };
  return {
    properties: {
      type: SectionType.NEXT_PAGE,
      titlePage: firstPageSeparate || undefined,
      page: {
        ...(restart ? { pageNumbers: { start: 1 } } : {}),
        size: {
          width: mmToTwip(Math.min(theme.page.width, theme.page.height)),
          height: mmToTwip(Math.max(theme.page.width, theme.page.height)),
          orientation: section.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: {
          top: mmToTwip(m.top),
          right: mmToTwip(m.right),
          bottom: mmToTwip(m.bottom),
          left: mmToTwip(m.left),
          header: mmToTwip(numbers.offset),
          footer: mmToTwip(numbers.offset),
          gutter: 0,
        },
      },
    },
    ...(numbers.position === 'top-center' ? { headers: parts } : { footers: parts }),
    children: blocksToDocx(section.blocks, {
      theme,
      raw,
      metrics: tinosMetrics(),
      width: mmToTwip(textWidthMm(theme, section.orientation)),
      bodyHeight: mmToTwip(pageSizeOf(theme, section.orientation).height - m.top - m.bottom),
      ...(pageBreaks ? { pageBreaks, section: index } : {}),
    }),
  };
}
