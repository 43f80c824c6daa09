/**
 * Dates and years as officials write them, read into data before the roadmap is normalised:
 * `date: 02.10.2023` or `date: 2 октября 2023 г.` becomes `2023-10-02` (text/written-date.ts),
 * `period: 2023–2024 гг.` becomes `[2023, 2024]` (text/plan-period.ts). The dates read are the
 * document's requisites: its date, the dates of approving acts, of the reference, of the act
 * an amending order amends, of endorsements and of the e-signature certificate. They print in the document's own style
 * (`dateStyle`), not as written.
 *
 * A value that is not a date (or not years) is an error at that value; it is then left out, so
 * that the rest of the file is still checked in the same pass (no roadmap is returned: there is
 * an error).
 */
import type { Diagnostic, Language } from '../../diagnostics/diagnostic.js';
import { createDiagnostic } from '../../diagnostics/create.js';
import type { PlanInput, RoadmapInput } from '../../model/roadmap-input.js';
import { parsePlanPeriod } from '../../text/plan-period.js';
import { parseWrittenDate } from '../../text/written-date.js';
import type { Locator, PathSegment } from '../locate.js';

export function readWrittenDates(input: RoadmapInput, at: Locator, lang: Language): Diagnostic[] {
  const out: Diagnostic[] = [];
  const date = (owner: object | undefined, key: string, path: PathSegment[]): void => {
    const record = owner as Record<string, unknown> | undefined;
    const value = record?.[key];
    if (typeof value !== 'string') return;
    const parsed = parseWrittenDate(value);
    if (parsed.ok) {
      record![key] = parsed.iso;
      return;
    }
    const loc = at.loc([...path, key]);
    out.push(createDiagnostic(parsed.reason === 'impossible' ? 'date-impossible' : 'date-unrecognised', lang, loc.file, loc, { key, value }));
    delete record![key];
  };
  const doc = input.document;
  date(doc, 'date', ['document']);
  date(doc.approval, 'date', ['document', 'approval']);
  date(doc.reference, 'date', ['document', 'reference']);
  date(doc.amends, 'date', ['document', 'amends']);
  date(doc.esignature, 'validFrom', ['document', 'esignature']);
  date(doc.esignature, 'validTo', ['document', 'esignature']);
  doc.endorsements?.forEach((e, i) => date(e, 'date', ['document', 'endorsements', i]));
  const plans: [PlanInput, PathSegment[]][] = input.plans ? input.plans.map((p, i) => [p, ['plans', i]]) : input.plan ? [[input.plan, ['plan']]] : [];
  for (const [plan, path] of plans) {
    date(plan.approval, 'date', [...path, 'approval']);
    if (typeof plan.period !== 'string') continue;
    const parsed = parsePlanPeriod(plan.period);
    if (parsed.ok) {
      plan.period = parsed.from === parsed.to ? parsed.from : [parsed.from, parsed.to];
      continue;
    }
    const loc = at.loc([...path, 'period']);
    out.push(createDiagnostic('period-invalid', lang, loc.file, loc, { value: plan.period, reason: parsed.reason }));
    delete plan.period;
  }
  return out;
}
