/** Plural agreement for CLI summaries; it lives in src/text, where the batch report uses it too. */
export { pluralEn, pluralRu } from '../text/quantities.js';
