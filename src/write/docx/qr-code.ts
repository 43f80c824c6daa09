/**
 * The document's QR code (GOST R 7.0.97-2025) in DOCX: a PNG (qr-png.ts) in a floating drawing
 * anchored bottom right of the margin area (the text area) of the page its paragraph is on (page 1:
 * composing puts the node first). Text wraps around it (square wrap, text on the left only), so
 * body text on page 1 never runs under it; the executor mark stands bottom LEFT. The anchoring
 * paragraph is 1 pt high and empty, so the text below it moves by one point at most. The image
 * part is named by docx after its content hash (word/media/<sha1>.png) and its relationship id is
 * renumbered by determinism.ts like a hyperlink's: the same model gives the same bytes.
 */
import {
  HorizontalPositionAlign,
  HorizontalPositionRelativeFrom,
  ImageRun,
  LineRuleType,
  Paragraph as DocxParagraph,
  TextWrappingSide,
  TextWrappingType,
  VerticalPositionAlign,
  VerticalPositionRelativeFrom,
} from 'docx';
import type { QrCode } from '../../model/document.js';
import { qrMatrix } from '../qr-matrix.js';
import { qrPng } from './qr-png.js';
import type { BlockFlags } from './context.js';

/** Pixels per millimetre at docx's 96 pixels to the inch. */
const PX_PER_MM = 96 / 25.4;
/** Gap between the code and the text wrapped around it, EMU (2 mm). */
const WRAP_GAP = 2 * 36_000;

export function qrCodeToDocx(node: QrCode, flags: BlockFlags = {}): DocxParagraph[] {
  const side = Math.round(node.size * PX_PER_MM);
  const image = new ImageRun({
    type: 'png',
    data: qrPng(qrMatrix(node.text)),
    transformation: { width: side, height: side },
    altText: { name: 'QR-код документа', description: node.text, title: 'QR-код документа' },
    floating: {
      horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, align: HorizontalPositionAlign.RIGHT },
      verticalPosition: { relative: VerticalPositionRelativeFrom.MARGIN, align: VerticalPositionAlign.BOTTOM },
      allowOverlap: false,
      lockAnchor: true,
      wrap: { type: TextWrappingType.SQUARE, side: TextWrappingSide.LEFT },
      margins: { left: WRAP_GAP, top: WRAP_GAP },
    },
  });
  return [
    new DocxParagraph({
      spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
      pageBreakBefore: flags.breakBefore || undefined,
      children: [image],
    }),
  ];
}
