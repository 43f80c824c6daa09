/**
 * Calendar dates as spreadsheet serial numbers (the 1900 date system Excel and LibreOffice use by
 * default: day 1 is 1900-01-01, and every date from 1900-03-01 on is the number of days since
 * 1899-12-30). Pure arithmetic on the ISO date: no time zone is involved.
 */
const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** `2022-12-15` → 44910. */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - EPOCH) / DAY_MS);
}

/** 44910 (or 44910.5: the time of day is dropped) → `2022-12-15`; undefined outside 1900-03-01 … 9999-12-31. */
export function serialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial) || serial < 61 || serial >= 2_958_466) return undefined;
  const date = new Date(EPOCH + Math.floor(serial) * DAY_MS);
  return date.toISOString().slice(0, 10);
}
