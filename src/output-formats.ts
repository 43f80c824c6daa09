/** The formats plangraf writes. A module of its own so that the CLI can check `--format` without loading the renderer. */
export type OutputFormat = 'docx' | 'pdf';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['docx', 'pdf'];
