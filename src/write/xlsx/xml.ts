/** XML text for the workbook's parts. */

const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
/** The five XML specials, and C0 controls XML 1.0 cannot carry (tab and line feed stay). */
const SPECIALS = /[&"'<>\x00-\x08\x0B-\x1F]/g;

/** Text or an attribute value: specials as entities, other control characters (and carriage returns) dropped. */
export function esc(value: string): string {
  return value.replace(SPECIALS, (ch) => ENTITIES[ch] ?? '');
}

export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
