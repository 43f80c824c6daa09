/**
 * The PDF font: Tinos (metric-compatible with Times New Roman, full Cyrillic) from the
 * @expo-google-fonts/tinos npm package. The four TTF files are read once per process and cached;
 * batch rendering reuses the Buffers. Callers may pass their own `FontSet` instead.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface FontSet {
  normal: Uint8Array;
  bold: Uint8Array;
  italics: Uint8Array;
  bolditalics: Uint8Array;
}

const require = createRequire(import.meta.url);
const TINOS = {
  normal: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  italics: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  bolditalics: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
} as const;

let cached: FontSet | undefined;

/** Whether `fonts` is the built-in Tinos set (measured from a kept table: measure.ts). */
export function isTinosFontSet(fonts: FontSet): boolean {
  return fonts === cached;
}

/** The Tinos font set, loaded on first use and then cached for the life of the process. */
export function tinosFonts(): FontSet {
  cached ??= {
    normal: readFileSync(require.resolve(TINOS.normal)),
    bold: readFileSync(require.resolve(TINOS.bold)),
    italics: readFileSync(require.resolve(TINOS.italics)),
    bolditalics: readFileSync(require.resolve(TINOS.bolditalics)),
  };
  return cached;
}
