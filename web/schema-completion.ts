/**
 * Completion from the roadmap's JSON Schema (GET /v1/schema) in the YAML editor: the keys allowed
 * where the cursor is, with their titles and descriptions, and the allowed values after
 * `key: ` (enums, constants, booleans). The reading of the YAML and the schema is schema-paths.ts.
 */
import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import { LANG } from './i18n.js';
import { pathAt, type SchemaIndex } from './schema-paths.js';

export { SchemaIndex } from './schema-paths.js';

export function schemaCompletion(index: () => SchemaIndex | undefined) {
  return (context: CompletionContext): CompletionResult | null => {
    const schema = index();
    if (!schema) return null;
    const line = context.state.doc.lineAt(context.pos);
    const prefix = line.text.slice(0, context.pos - line.from);
    const lines = context.state.doc.toString().split('\n');
    const value = /^(\s*(?:-\s+)*)("[^"]*"|'[^']*'|[^\s:#'"][^:#]*?):\s+([^\s#]*)$/.exec(prefix);
    if (value) {
      const path = [...pathAt(lines, line.number - 1, prefix.slice(0, value[1]!.length)), value[2]!.replace(/^["']|["']$/g, '')];
      const options = schema.values(path).map((label) => ({ label, type: 'enum' }));
      return options.length > 0 ? { from: context.pos - value[3]!.length, options, validFor: /^[\w-]*$/ } : null;
    }
    const key = /^(\s*(?:-\s+)*)([\w-]*)$/.exec(prefix);
    if (!key || (key[2] === '' && !context.explicit)) return null;
    const options = schema.keys(pathAt(lines, line.number - 1, prefix), LANG).map((k) => ({
      label: k.name,
      type: 'property',
      apply: `${k.name}: `,
      ...(k.title !== undefined ? { detail: k.title } : {}),
      ...(k.description !== undefined ? { info: k.description } : {}),
    }));
    return options.length > 0 ? { from: context.pos - key[2]!.length, options, validFor: /^[\w-]*$/ } : null;
  };
}
