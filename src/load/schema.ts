/**
 * The published JSON Schema (`schemas/roadmap.schema.json`) and its validator.
 *
 * The validator is ajv's standalone code, generated from the schema ahead of time
 * (schema-codegen.ts → roadmap-validator.generated.ts): loading a roadmap neither compiles the
 * schema nor loads ajv. It is imported on first use only.
 *
 * The schema file sits two folders above this module both in the sources (`src/load/`) and in
 * the build (`dist/load/`), so one relative URL finds it in both; it is imported as JSON (no
 * `fs`), which keeps the loader usable in a browser bundle.
 */
import type { ErrorObject } from 'ajv';
import { importJson } from './import-json.js';

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

/** A validating function as ajv makes them: true or false, the errors of the last call in `errors`. */
export interface RoadmapValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

let schemaPromise: Promise<JsonSchema> | undefined;
let validatorPromise: Promise<{ validate: RoadmapValidator; schema: JsonSchema }> | undefined;

/** The roadmap JSON Schema as an object. */
export function roadmapSchema(): Promise<JsonSchema> {
  schemaPromise ??= importJson<JsonSchema>(SCHEMA_URL);
  return schemaPromise;
}

/**
 * The validator, with the schema object its errors point into (`parentSchema` is a part of
 * that very object: schema-errors.ts looks branches up by identity).
 */
export function roadmapValidator(): Promise<{ validate: RoadmapValidator; schema: JsonSchema }> {
  validatorPromise ??= import('./roadmap-validator.generated.js').then((m) => ({
    validate: m.validate as RoadmapValidator,
    schema: m.rootSchema as JsonSchema,
  }));
  return validatorPromise;
}
