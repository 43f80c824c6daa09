/**
 * Every diagnostic code any command can emit is in the README's code tables (section
 * «Diagnostics and exit codes»), with the level its catalogue gives it, and every code those
 * tables list exists. The codes are collected from every message catalogue, so a new code in
 * any of them fails here until it is documented.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BATCH_MESSAGES } from '../../src/batch/messages.js';
import { CLI_MESSAGES } from '../../src/cli/messages.js';
import { COMPOSE_MESSAGES } from '../../src/compose/messages.js';
import { MESSAGES, type MessageEntry } from '../../src/diagnostics/messages.js';
import { LINT_RULES } from '../../src/load/index.js';
import { MERGE_MESSAGES } from '../../src/load/merge/messages.js';
import { IMPORT_MESSAGES } from '../../src/import/messages.js';
import { TEMPLATE_DIAGNOSTIC_CODES } from '../../src/templates/messages.js';
import { VERSION_MESSAGES } from '../../src/versions/messages.js';
import { EXECUTION_MESSAGES } from '../../src/execution/messages.js';
import { ARCHIVE_MESSAGES } from '../../src/archive/messages.js';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** `| \`code\` | level | what |` rows of the section's tables: code → level. */
function documentedCodes(): Map<string, string> {
  const start = README.indexOf('## Diagnostics and exit codes');
  const end = README.indexOf('\n## ', start + 1);
  const section = README.slice(start, end);
  const rows = new Map<string, string>();
  for (const m of section.matchAll(/^\| `([a-z][a-z0-9-]*)` \| (error|warning|info) \|/gm)) rows.set(m[1]!, m[2]!);
  return rows;
}

const CATALOGUES: Record<string, Record<string, MessageEntry>> = { MESSAGES, BATCH_MESSAGES, MERGE_MESSAGES, CLI_MESSAGES, COMPOSE_MESSAGES, VERSION_MESSAGES, EXECUTION_MESSAGES, ARCHIVE_MESSAGES, IMPORT_MESSAGES };

describe('README: diagnostic codes', () => {
  const documented = documentedCodes();

  it('every code of every catalogue is in the tables, with its level', () => {
    expect(documented.size).toBeGreaterThan(60);
    for (const [name, catalogue] of Object.entries(CATALOGUES)) {
      for (const [code, entry] of Object.entries(catalogue)) {
        expect(documented.get(code), `${name}: ${code}`).toBe(entry.severity);
      }
    }
    for (const code of TEMPLATE_DIAGNOSTIC_CODES) expect(documented.has(code), code).toBe(true);
  });

  it('every lint rule has its message and is documented with its default level', () => {
    for (const rule of LINT_RULES) {
      expect(MESSAGES[rule.code], rule.code).toBeDefined();
      expect(documented.get(rule.code), rule.code).toBe(rule.severity);
    }
  });

  it('the tables list no code that does not exist', () => {
    const known = new Set([...Object.values(CATALOGUES).flatMap((c) => Object.keys(c)), ...TEMPLATE_DIAGNOSTIC_CODES]);
    for (const code of documented.keys()) expect(known.has(code), code).toBe(true);
  });
});
