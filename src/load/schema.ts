/**
 * The published JSON Schema (`schemas/roadmap.schema.json`) and its compiled validator.
 *
 * The schema file sits two folders above this module both in the sources (`src/load/`) and in
 * the build (`dist/load/`), so one relative URL finds it in both; it is imported as JSON (no
 * `fs`), which keeps the loader usable in a browser bundle.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { importJson } from './import-json.js';

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export const SCHEMA_ID = 'https://plangraf.dev/schemas/roadmap.schema.json';
const SCHEMA_URL = new URL('../../schemas/roadmap.schema.json', import.meta.url);

export type JsonSchema = Record<string, unknown> & {
  $defs?: Record<string, JsonSchema>;
  properties?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  enum?: unknown[];
  const?: unknown;
  oneOf?: unknown[];
  discriminator?: unknown;
  if?: unknown;
  else?: unknown;
};

let schemaPromise: Promise<JsonSchema> | undefined;
let validatorPromise: Promise<ValidateFunction> | undefined;

/** The roadmap JSON Schema as an object. */
export function roadmapSchema(): Promise<JsonSchema> {
  schemaPromise ??= importJson<JsonSchema>(SCHEMA_URL);
  return schemaPromise;
}

/**
 * The compiled validator. Options: every error at once (`allErrors`), `verbose` for the failing
 * subschema (messages use its title), `discriminator` for deadline kinds. Strict mode is on
 * except `strictRequired`/`strictTypes`, which reject the `if: {required: …}` tests the schema
 * uses to pick a branch (a plan row is an item when it has `task`).
 */
export function roadmapValidator(): Promise<ValidateFunction> {
  validatorPromise ??= roadmapSchema().then((schema) => {
    const ajv = new Ajv2020({
      allErrors: true,
      verbose: true,
      strict: true,
      strictRequired: false,
      strictTypes: false,
      allowUnionTypes: true,
      discriminator: true,
    });
    addFormats(ajv, ['date', 'date-time', 'email']);
    return ajv.compile(schema);
  });
  return validatorPromise;
}
