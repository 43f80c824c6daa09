/**
 * The rendered pages: the PDF drawn page by page with pdf.js (bundled from node_modules; its
 * worker is served by plangraf as /assets/pdf.worker.min.mjs), each page a canvas as wide as the
 * panel. A new PDF is drawn off screen and swapped in whole, at the same scroll position, so the
 * page the reader was looking at stays in view; a newer call makes an unfinished one give up.
 */
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';

GlobalWorkerOptions.workerSrc = '/assets/pdf.worker.min.mjs';

/** CSS pixels: an A4 page about as large as on paper on a common screen. */
const MAX_PAGE_WIDTH = 900;

export class PagesView {
  private drawing = 0;

  constructor(private readonly panel: HTMLElement) {}

  /** Draw `pdf`; `version` is set on the panel (`data-version`) once it is on screen. */
  async show(pdf: Uint8Array, version: string): Promise<void> {
    const ticket = ++this.drawing;
    const doc = await getDocument({ data: pdf, isEvalSupported: false }).promise;
    try {
      const width = Math.min(MAX_PAGE_WIDTH, Math.max(200, this.panel.clientWidth - 32));
      const ratio = window.devicePixelRatio || 1;
      const sheets: HTMLElement[] = [];
      for (let n = 1; n <= doc.numPages; n++) {
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
        sheets.push(canvas);
      }
      if (ticket !== this.drawing) return;
      const top = this.panel.scrollTop;
      this.panel.replaceChildren(...sheets);
      this.panel.scrollTop = top;
      this.panel.dataset.version = version;
      this.panel.dataset.pages = String(doc.numPages);
    } finally {
      await doc.destroy();
    }
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
