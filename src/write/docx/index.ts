/**
 * `writeDocx(model)`: the document model → DOCX bytes. Styles are defined once from the theme,
 * each IR section becomes a docx section, each block goes through its handler (blocks.ts), and the
 * package is normalised so that the same model always gives the same bytes (determinism.ts).
 * Paragraphs and tables are written as XML directly (raw.ts, xml.ts): docx builds the rest.
 */
import { Document, Packer } from 'docx';
import type { DocumentModel } from '../../model/document.js';
import { printedModel } from '../model-text.js';
import { resolveTheme, type ThemeOverride } from '../../model/theme.js';
import { normalizeDocx } from './determinism.js';
import type { PackageParts } from './determinism.js';
import { RawXml } from './raw.js';
import { sectionToDocx } from './section.js';
import { docxStyles, usedStyles } from './styles.js';
import type { DocumentWriter } from '../writer.js';
import { withFootnotes } from './footnotes.js';
import type { PageBreaks } from '../page-breaks.js';

/**
 * docx's own compiler (what `Packer` zips): the parts as strings, so that determinism.ts zips the
 * package once instead of unzipping and zipping again what Packer zipped.
 */
const compiler = (Packer as unknown as { compiler: { compile(doc: Document): PackageParts } }).compiler;

export interface WriteDocxOptions {
  /** Layout overrides, deep-merged over the GOST defaults (a full theme works too). Default: GOST. */
  theme?: ThemeOverride;
  /**
   * The page breaks the PDF's layout of the same model made by keep rules (the PDF writer's
   * `pageBreaks`, src/write/page-breaks.ts), written out so that the DOCX paginates as the PDF in
   * any office suite. `render` passes them; without them the DOCX relies on keep rules alone.
   */
  pageBreaks?: PageBreaks;
}

export async function writeDocx(input: DocumentModel, options: WriteDocxOptions = {}): Promise<Uint8Array> {
  // Bidi controls are left out: Word would reorder the text around them, the PDF prints it as stored.
  const theme = resolveTheme(options.theme);
  const model = printedModel(input, theme);
  const author = model.meta.author ?? '';
  const raw = new RawXml();
  if (model.footnotes) raw.footnotes = new Map(model.footnotes.map((n) => [n.id, n]));
  const doc = new Document({
    title: model.meta.title,
    subject: model.meta.subject,
    creator: author,
    lastModifiedBy: author,
    revision: 1,
    styles: docxStyles(theme, usedStyles(model)),
    features: { updateFields: false },
    sections: model.sections.map((section, i) => sectionToDocx(section, i, theme, raw, options.pageBreaks)),
  });
  const parts = compiler.compile(doc);
  withFootnotes(parts, model.footnotes ?? [], theme);
  return normalizeDocx(parts, model.meta.created, raw);
}

/** The registry's contract (src/write/writer.ts): DOCX prints every block of the model, so it adds no diagnostics. */
export const documentWriter: DocumentWriter = async (model, { theme, pageBreaks }) => ({ bytes: await writeDocx(model, { theme, ...(pageBreaks ? { pageBreaks } : {}) }), diagnostics: [] });
