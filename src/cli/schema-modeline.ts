/**
 * The name of the schema file beside roadmap files and the first line that names it (pure: the
 * starter roadmap is also the browser editor's first text, web/editor.ts).
 */
export const SCHEMA_FILE_NAME = 'roadmap.schema.json';

/** The first line of a roadmap that uses the schema file in its own folder. */
export const SCHEMA_MODELINE = `# yaml-language-server: $schema=./${SCHEMA_FILE_NAME}`;
