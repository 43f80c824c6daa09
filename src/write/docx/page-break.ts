/**
 * A page break writes nothing itself: the dispatcher sets `pageBreakBefore` on the next block's
 * first paragraph (a `w:br w:type="page"` would leave an empty line at the top of the new page).
 * A break at the end of a section is dropped: the next section starts on a new page anyway.
 */
import type { PageBreak } from '../../model/document.js';

export function pageBreakToDocx(_node: PageBreak): [] {
  return [];
}
