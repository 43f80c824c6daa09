/**
 * The rendered pages: the PDF drawn page by page with pdf.js (bundled from node_modules; its
 * worker is served by plangraf as /assets/pdf.worker.min.mjs), each page a canvas as wide as the
 * panel. A new PDF replaces the old one page by page, the pages in view first, at the same scroll
 * position, so the page the reader was looking at stays in view and is the first to change; a
 * newer call makes an unfinished one give up.
 */
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';

GlobalWorkerOptions.workerSrc = '/assets/pdf.worker.min.mjs';

/** CSS pixels: an A4 page about as large as on paper on a common screen. */
const MAX_PAGE_WIDTH = 900;

export class PagesView {
  private drawing = 0;

  constructor(private readonly panel: HTMLElement) {}

  /**
   * Draw `pdf`, each new page taking the place of the old one as soon as it is drawn, the pages in
   * view first (the panel keeps its height, so its scroll position). Once the pages in view are
   * new, `data-shown` on the panel is `version`; once every page is, `data-version` is.
   */
  async show(pdf: Uint8Array, version: string): Promise<void> {
    const ticket = ++this.drawing;
    const doc = await getDocument({ data: pdf, isEvalSupported: false }).promise;
    try {
      const width = Math.min(MAX_PAGE_WIDTH, Math.max(200, this.panel.clientWidth - 32));
      const ratio = window.devicePixelRatio || 1;
      const top = this.panel.scrollTop;
      const old = [...this.panel.querySelectorAll<HTMLCanvasElement>('canvas.page')];
      if (old.length === 0) this.panel.replaceChildren();
      const inView = this.pagesInView(old).filter((n) => n <= doc.numPages);
      const order = [...inView, ...Array.from({ length: doc.numPages }, (_, i) => i + 1).filter((n) => !inView.includes(n))];
      for (const [i, n] of order.entries()) {
        if (ticket !== this.drawing) return;
        const page = await doc.getPage(n);
        const unscaled = page.getViewport({ scale: 1 });
        const viewport = page.getViewport({ scale: (width / unscaled.width) * ratio });
        const canvas = document.createElement('canvas');
        canvas.width = Math.floor(viewport.width);
        canvas.height = Math.floor(viewport.height);
        canvas.style.width = `${Math.floor(viewport.width / ratio)}px`;
        canvas.className = 'page';
        canvas.dataset.page = String(n);
        await page.render({ canvasContext: canvas.getContext('2d')!, viewport }).promise;
        if (ticket !== this.drawing) return;
        // An old page is replaced where it is; a page beyond the old ones is appended (those come
        // after the pages in view, in ascending order, so they append in their order).
        const previous = old[n - 1];
        if (previous) previous.replaceWith(canvas);
        else this.panel.append(canvas);
        this.panel.scrollTop = top;
        if (i === Math.max(inView.length, 1) - 1) this.panel.dataset.shown = version;
      }
      for (const extra of old.slice(doc.numPages)) extra.remove();
      this.panel.scrollTop = top;
      this.panel.dataset.shown = version;
      this.panel.dataset.version = version;
      this.panel.dataset.pages = String(doc.numPages);
    } finally {
      await doc.destroy();
    }
  }

  /** The numbers of the pages (1-based) at least partly inside the panel's visible area. */
  private pagesInView(pages: HTMLCanvasElement[]): number[] {
    const top = this.panel.scrollTop;
    const bottom = top + this.panel.clientHeight;
    // The panel is positioned (style.css), so a page's offsetTop is measured from it.
    return pages.flatMap((c, i) => {
      const y = c.offsetTop;
      return y < bottom && y + c.offsetHeight > top ? [i + 1] : [];
    });
  }

  /** No pages (nothing rendered yet): a note in their place. */
  empty(note: string): void {
    this.drawing++;
    const p = document.createElement('p');
    p.className = 'no-pages';
    p.textContent = note;
    this.panel.replaceChildren(p);
  }
}
