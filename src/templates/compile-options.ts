/**
 * How every template is compiled and run: the same options for the built-ins precompiled at
 * build time (template-codegen.ts) and for a user's templates compiled at run time (library.ts).
 */
import type Handlebars from 'handlebars';
import { HELPERS } from './helpers.js';

/** Handlebars' precompiled form of a template. */
export type TemplateSpec = Parameters<typeof Handlebars.template>[0];

/** Options every template is compiled with. */
export const COMPILE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: {
    ...Object.fromEntries(Object.keys(HELPERS).map((n) => [n, true])),
    // Handlebars' own helpers that templates may not call.
    lookup: false,
    log: false,
  },
  noEscape: true,
  preventIndent: true,
} as const;

/** Options every template is run with: prototype properties and methods stay unreachable. */
export const RUNTIME_OPTIONS = {
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
} as const;
