/**
 * `roadmap.schema.json` beside roadmap files, for editors: a YAML file whose first line is
 *
 *   # yaml-language-server: $schema=./roadmap.schema.json
 *
 * gets key completion and help from the YAML language server (VS Code's YAML extension and
 * editors built on it), which reads a relative path from the YAML file's own folder. The file is
 * what `plangraf schema` prints, so it works offline and matches the installed version. Written
 * by `plangraf init` and `plangraf schema --write DIR`.
 */
import * as path from 'node:path';
import { roadmapSchema, SCHEMA_ID } from '../load/schema.js';
import type { CommandContext } from './command.js';

import { SCHEMA_FILE_NAME } from './schema-modeline.js';

export { SCHEMA_FILE_NAME, SCHEMA_MODELINE } from './schema-modeline.js';

/** The schema as `plangraf schema` prints it (and as the file holds it). */
export async function schemaText(): Promise<string> {
  return `${JSON.stringify(await roadmapSchema(), null, 2)}\n`;
}

export type SchemaFileState = 'absent' | 'current' | 'outdated' | 'foreign';

/** What is at `file` now: nothing, this very schema, plangraf's schema of another version, or some other file. */
export async function schemaFileState(ctx: CommandContext, file: string): Promise<SchemaFileState> {
  if (!(await ctx.fs.exists(file))) return 'absent';
  let text: string;
  try {
    // A schema file is well under a megabyte; anything larger is not ours.
    text = new TextDecoder().decode(await ctx.fs.readFile(file, { maxBytes: 4 << 20 }));
  } catch {
    return 'foreign';
  }
  if (text === (await schemaText())) return 'current';
  try {
    const json = JSON.parse(text) as { $id?: unknown };
    return json && json.$id === SCHEMA_ID ? 'outdated' : 'foreign';
  } catch {
    return 'foreign';
  }
}

/** Where the schema file of a folder goes (`dir` relative to the working folder or absolute). */
export function schemaFilePath(ctx: CommandContext, dir: string): string {
  return path.resolve(ctx.cwd, dir, SCHEMA_FILE_NAME);
}

/**
 * Write the schema file unless it is there already. plangraf's own schema of another version is
 * replaced (it is generated); any other file of that name is never touched: 'foreign'.
 */
export async function writeSchemaFile(ctx: CommandContext, file: string): Promise<SchemaFileState> {
  const state = await schemaFileState(ctx, file);
  if (state === 'absent' || state === 'outdated') await ctx.fs.writeFile(file, await schemaText(), { exclusive: state === 'absent' });
  return state;
}
