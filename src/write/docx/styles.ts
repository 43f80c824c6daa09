/**
 * Paragraph styles, defined once from the theme: every paragraph names its style by id (the IR
 * style name), so the document carries sizes and spacing in styles.xml only.
 */
import { LineRuleType } from 'docx';
import type { IStylesOptions } from 'docx';
import type { DocumentModel, ParagraphStyleName } from '../../model/document.js';
import type { Theme } from '../../model/theme.js';
import { docxAlign } from './alignment.js';
import { mmToTwip, ptToTwip } from '../units.js';

/** `w:rFonts` with every script slot set, so Word never falls back to a theme font. */
export function fontsOf(theme: Theme) {
  const name = theme.font.docxFamily;
  return { ascii: name, hAnsi: name, cs: name, eastAsia: name };
}

/**
 * The style id written for an IR style name: prefixed, so that «title» cannot clash with Word's
 * built-in «Title» (style ids differ only in case there).
 */
export const styleId = (name: ParagraphStyleName): string => (name === 'footnote' ? 'FootnoteText' : `pg-${name}`);

/** Styles written as Word's own (footnotes.ts), not as plangraf styles. */
const WORD_STYLES: ReadonlySet<ParagraphStyleName> = new Set<ParagraphStyleName>(['footnote']);

/** A single line is 240 in `w:spacing w:line` (auto rule). */
const SINGLE_LINE = 240;

/**
 * Styles of the open body (issue 11), written into a document only when one of its paragraphs
 * uses them: documents that have none keep the styles part they always had.
 */
export const STYLES_WHEN_USED: ReadonlySet<ParagraphStyleName> = new Set<ParagraphStyleName>([
  'heading-1', 'heading-2', 'heading-3', 'caption', 'formula', 'appendix-heading',
]);

const HEADING_LEVEL: Partial<Record<ParagraphStyleName, number>> = { 'heading-1': 0, 'heading-2': 1, 'heading-3': 2 };

/** The paragraph styles a model uses (paragraphs, split lines, table cells, formulas). */
export function usedStyles(model: DocumentModel): Set<ParagraphStyleName> {
  const used = new Set<ParagraphStyleName>();
  for (const section of model.sections) {
    for (const block of section.blocks) {
      if (block.type === 'paragraph' || block.type === 'split-line') used.add(block.style);
      else if (block.type === 'formula') used.add('formula');
      else if (block.type === 'table') {
        for (const row of [...block.head, ...block.rows]) for (const cell of row.cells) for (const p of cell.blocks) used.add(p.style);
      }
    }
  }
  return used;
}

/** `used`: the styles the document uses (`usedStyles`); the styles of `STYLES_WHEN_USED` need it. */
export function docxStyles(theme: Theme, used: ReadonlySet<ParagraphStyleName> = new Set()): IStylesOptions {
  const font = fontsOf(theme);
  const names = (Object.keys(theme.styles) as ParagraphStyleName[]).filter((n) => !WORD_STYLES.has(n) && (!STYLES_WHEN_USED.has(n) || used.has(n)));
  const note = theme.styles.footnote;
  return {
    default: {
      document: { run: { font, size: theme.styles.body.size * 2, language: { value: 'ru-RU', eastAsia: 'ru-RU', bidirectional: 'ar-SA' } } },
      // Word's «footnote text» with the theme's footnote style; «footnote reference» stays Word's (raised).
      footnoteText: {
        run: { font, size: Math.round(note.size * 2), sizeComplexScript: Math.round(note.size * 2), bold: note.bold, italics: note.italic },
        paragraph: {
          alignment: docxAlign(note.align),
          indent: note.firstLineIndent ? { firstLine: mmToTwip(note.firstLineIndent) } : undefined,
          spacing: { line: Math.round(note.lineSpacing * SINGLE_LINE), lineRule: LineRuleType.AUTO, before: ptToTwip(note.spaceBefore ?? 0), after: ptToTwip(note.spaceAfter ?? 0) },
        },
      },
    },
    paragraphStyles: names.map((name) => {
      const s = theme.styles[name];
      return {
        id: styleId(name),
        name: `plangraf ${name}`,
        quickFormat: true,
        run: { font, size: Math.round(s.size * 2), sizeComplexScript: Math.round(s.size * 2), bold: s.bold, italics: s.italic, allCaps: s.allCaps },
        paragraph: {
          alignment: docxAlign(s.align),
          indent: s.firstLineIndent ? { firstLine: mmToTwip(s.firstLineIndent) } : undefined,
          spacing: {
            line: Math.round(s.lineSpacing * SINGLE_LINE),
            lineRule: LineRuleType.AUTO,
            before: ptToTwip(s.spaceBefore ?? 0),
            after: ptToTwip(s.spaceAfter ?? 0),
          },
          // Headings: in Word's outline (navigation pane, table of contents), kept with what follows.
          ...(HEADING_LEVEL[name] !== undefined ? { outlineLevel: HEADING_LEVEL[name], keepNext: true } : {}),
        },
      };
    }),
    characterStyles: [
      // Links print as the text around them (official documents are black) unless the theme
      // asks for Word's blue underlined look; the style is there either way, for Word's users.
      { id: 'Hyperlink', name: 'Hyperlink', basedOn: 'DefaultParagraphFont', run: theme.typography.links === 'hyperlink' ? { color: '0000FF', underline: {} } : {} },
    ],
  };
}
