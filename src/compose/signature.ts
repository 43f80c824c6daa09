/**
 * The signature block: position lines at the left, the name at the right on the line of the
 * position's last line.
 *
 *   {position: "Начальник управления\nобщего образования", name: Е.В. Матаржук}
 *     → {position: ['Начальник управления', 'общего образования'], name: 'Е.В. Матаржук'}
 *   {position: Министр образования и науки края, name: …, acting: true}
 *     → {position: ['И.о. министра образования и науки края'], …}
 *
 * The acting prefix lower-cases the position's first letter only; the grammatical case of the
 * position («министр» → «министра») is the author's to write.
 */
import type { ESignatureStamp, SignatureBlock, SignatureEntry } from '../model/document.js';
import type { ESignatureInput } from '../model/roadmap-input.js';
import type { Signatory } from '../model/roadmap.js';
import { signingTime } from '../text/calendar.js';
import { formatDate } from '../text/russian-date.js';
import { builtinTemplateSet } from '../templates/load.js';
import type { TemplateSet } from '../templates/types.js';

/** Position lines as printed, with «И.о. » (template `signature-acting`) for an acting official. */
export function positionLines(
  signatory: Pick<Signatory, 'position' | 'acting'>,
  templates: TemplateSet = builtinTemplateSet(),
): string[] {
  const lines = signatory.position
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  if (signatory.acting && lines.length > 0) {
    lines[0] = templates.text('signature-acting', { position: lines[0]! }).trim();
  }
  return lines;
}

export function composeSignatureEntry(
  signatory: Signatory,
  esignature?: ESignatureInput,
  gost?: GostEdition,
  templates: TemplateSet = builtinTemplateSet(),
): SignatureEntry {
  const entry: SignatureEntry = { position: positionLines(signatory, templates), name: signatory.name };
  if (esignature) entry.esignature = composeESignature(esignature, gost, templates);
  return entry;
}

/**
 * The block for the signatories; `esignature` goes with the first one (the document's signer).
 * Returns undefined when nobody signs.
 */
export function composeSignature(
  signatories: readonly Signatory[],
  layout: SignatureBlock['layout'] = 'stacked',
  esignature?: ESignatureInput,
  gost?: GostEdition,
  templates: TemplateSet = builtinTemplateSet(),
): SignatureBlock | undefined {
  if (signatories.length === 0) return undefined;
  return {
    type: 'signature',
    layout,
    entries: signatories.map((s, i) => composeSignatureEntry(s, i === 0 ? esignature : undefined, gost, templates)),
  };
}

/** GOST R 7.0.97 edition: the 2016 stamp has no signing time, the 2025 one adds it. */
export type GostEdition = '2016' | '2025';

/**
 * «ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ / Сертификат … / Владелец … / Действителен с … по …»,
 * and under GOST R 7.0.97-2025 the signing time. Without an edition the time is printed when given.
 */
export function composeESignature(
  e: ESignatureInput,
  gost?: GostEdition,
  templates: TemplateSet = builtinTemplateSet(),
): ESignatureStamp {
  const date = (d: string) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? formatDate(d, 'numeric') : d);
  const data = {
    certificate: e.certificate,
    owner: e.owner,
    validFrom: date(e.validFrom),
    validTo: date(e.validTo),
    signedAt: e.signedAt && gost !== '2016' ? signedAt(e.signedAt) : '',
  };
  return { lines: templates.lines('esignature', data) };
}

/**
 * «2022-02-14T10:15:00+03:00» → «14.02.2022 10:15»: the day and time in the zone it was signed in
 * (no conversion to the reader's zone). What luxon cannot read prints as written.
 */
function signedAt(iso: string): string {
  const t = signingTime(iso);
  if (t) return `${formatDate(t.date, 'numeric')} ${t.time}`;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const day = formatDate(m[1]!, 'numeric');
  return m[2] ? `${day} ${m[2]}:${m[3]}` : day;
}
