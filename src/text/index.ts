/** The Russian text layer: dates, deadlines (parse, format, calendar meaning) and rich text. */
export * from './russian-date.js';
export * from './deadline-parse.js';
export * from './deadline-format.js';
export * from './deadline-interval.js';
export * from './rich-text.js';
