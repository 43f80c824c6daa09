/**
 * The validator the loader uses is ajv's standalone code generated from the schema
 * (src/load/schema-codegen.ts): it must be current — generated again from
 * schemas/roadmap.schema.json it is the same text (else: `npm run schema:validator`) — and it
 * must judge every input as a validator compiled at run time does, error for error.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compileValidator, GENERATED_URL, SCHEMA_FILE_URL, validatorModuleSource } from '../../src/load/schema-codegen.js';
import { roadmapValidator } from '../../src/load/schema.js';
import { corpusCases } from '../corpus/cases.js';

const schema = JSON.parse(readFileSync(SCHEMA_FILE_URL, 'utf8')) as object;

describe('generated roadmap validator', () => {
  it('is current with schemas/roadmap.schema.json (else run `npm run schema:validator`)', () => {
    expect(validatorModuleSource(schema) === readFileSync(GENERATED_URL, 'utf8')).toBe(true);
  });

  it('carries the schema unchanged', async () => {
    const { schema: embedded } = await roadmapValidator();
    expect(embedded).toEqual(schema);
  });

  it('gives the errors of a validator compiled at run time, on every corpus input and example', async () => {
    const { validate } = await roadmapValidator();
    const compiled = compileValidator(schema);
    const inputs: unknown[] = [];
    for (const c of corpusCases()) {
      try {
        inputs.push(parse(Buffer.from(c.bytes).toString('utf8'), { merge: true, maxAliasCount: 100, logLevel: 'error' }));
      } catch {
        // not YAML at all: nothing to validate
      }
    }
    const examples = new URL('../../examples/', import.meta.url).pathname;
    for (const f of readdirSync(examples)) if (f.endsWith('.yaml')) inputs.push(parse(readFileSync(join(examples, f), 'utf8'), { merge: true }));
    inputs.push(null, 1, 'text', [], {}, { plan: { items: [{ task: 1, deadline: { kind: 'date' } }] } });
    let invalid = 0;
    for (const input of inputs) {
      const a = validate(input);
      const b = compiled(input);
      expect(a).toBe(b);
      expect(validate.errors ?? null).toEqual(compiled.errors ?? null);
      if (!a) invalid++;
    }
    expect(invalid).toBeGreaterThan(20);
  });
});
