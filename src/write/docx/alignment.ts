/** IR alignment → docx alignment. */
import { AlignmentType } from 'docx';
import type { Align } from '../../model/document.js';

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} as const;

export const docxAlign = (align: Align) => ALIGN[align];
