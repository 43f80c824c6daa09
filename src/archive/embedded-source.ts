/**
 * The roadmap embedded in an archival PDF (`--pdfa`): the associated file `roadmap.yaml` with
 * `/AFRelationship /Source` in the catalog's `/AF`, else a file of that name in `/Names
 * /EmbeddedFiles` (a PDF another program re-saved may keep only one of them), else the only
 * YAML file associated as the source. Its bytes come back exactly as they were embedded.
 */
import { ARCHIVE_SOURCE_NAME } from './pdfa-options.js';
import { PdfDict, PdfFile, PdfName, PdfReadError, PdfString, type PdfValue } from './pdf-objects.js';

export type EmbeddedSource =
  | { ok: true; bytes: Uint8Array; name: string }
  /** `no-roadmap`: a readable PDF without one; the others: why the PDF could not be read. */
  | { ok: false; reason: 'no-roadmap' | PdfReadError['reason']; detail: string };

/** The `%PDF-` header in the first kilobyte: the file is a PDF, whatever its name. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes('%PDF-', 0, 'latin1');
}

/**
 * @param bytes the PDF file
 * @param maxBytes the most bytes the embedded file may take (the loader's file-size limit)
 */
export function embeddedRoadmapSource(bytes: Uint8Array, maxBytes: number): EmbeddedSource {
  try {
    const pdf = new PdfFile(bytes, maxBytes);
    const found = findSource(pdf);
    if (!found) return { ok: false, reason: 'no-roadmap', detail: 'no embedded roadmap.yaml' };
    const data = pdf.streamData(found.stream);
    return { ok: true, bytes: data, name: found.name };
  } catch (e) {
    if (e instanceof PdfReadError) return { ok: false, reason: e.reason, detail: e.message };
    // Anything else thrown on a hostile file is a damaged file, not a crash.
    return { ok: false, reason: 'damaged', detail: e instanceof Error ? e.message : String(e) };
  }
}

interface Found {
  name: string;
  stream: NonNullable<ReturnType<PdfFile['stream']>>;
}

function findSource(pdf: PdfFile): Found | undefined {
  const catalog = pdf.dict(pdf.trailer.get('Root'));
  if (!catalog) throw new PdfReadError('damaged', 'no document catalog');
  const candidates: { spec: PdfDict; name: string; source: boolean }[] = [];
  const af = pdf.resolve(catalog.get('AF'));
  for (const v of Array.isArray(af) ? af : []) {
    const spec = pdf.dict(v);
    if (spec) candidates.push({ spec, name: specName(pdf, spec), source: nameOf(pdf.resolve(spec.get('AFRelationship'))) === 'Source' });
  }
  const names = pdf.dict(catalog.get('Names'));
  for (const [key, v] of nameTree(pdf, names?.get('EmbeddedFiles'), 0)) {
    const spec = pdf.dict(v);
    if (spec) candidates.push({ spec, name: specName(pdf, spec) || key, source: nameOf(pdf.resolve(spec.get('AFRelationship'))) === 'Source' });
  }
  const pick =
    candidates.find((c) => c.source && c.name === ARCHIVE_SOURCE_NAME) ??
    candidates.find((c) => c.name === ARCHIVE_SOURCE_NAME) ??
    (() => {
      const yaml = candidates.filter((c) => c.source && /\.ya?ml$/i.test(c.name));
      return new Set(yaml.map((c) => c.spec)).size === 1 ? yaml[0] : undefined;
    })();
  if (!pick) return undefined;
  const ef = pdf.dict(pick.spec.get('EF'));
  const stream = pdf.stream(ef?.get('UF') ?? ef?.get('F'));
  if (!stream) throw new PdfReadError('damaged', `the file specification of ${pick.name} has no embedded file`);
  return { name: pick.name, stream };
}

function nameOf(v: unknown): string | undefined {
  return v instanceof PdfName ? v.name : undefined;
}

function specName(pdf: PdfFile, spec: PdfDict): string {
  for (const key of ['UF', 'F']) {
    const v = pdf.resolve(spec.get(key));
    if (v instanceof PdfString) return v.text();
  }
  return '';
}

/** The entries of a name tree, depth first, bounded. */
function nameTree(pdf: PdfFile, root: PdfValue | undefined, depth: number): [string, PdfValue][] {
  const node = pdf.dict(root);
  if (!node || depth > 32) return [];
  const out: [string, PdfValue][] = [];
  const names = pdf.resolve(node.get('Names'));
  if (Array.isArray(names)) {
    for (let i = 0; i + 1 < names.length; i += 2) {
      const key = pdf.resolve(names[i]);
      out.push([key instanceof PdfString ? key.text() : '', names[i + 1]!]);
    }
  }
  const kids = pdf.resolve(node.get('Kids'));
  if (Array.isArray(kids)) for (const kid of kids) out.push(...nameTree(pdf, kid, depth + 1));
  return out;
}
