/**
 * Diagnostics of composing: only what depends on the templates composing runs with (the
 * `--templates` folder), so cannot be known from the roadmap alone. Everything the roadmap
 * itself can be checked for is a lint rule, reported at load (src/load/lint/rules): `validate`
 * and `render` report the same problems. Problems inside templates are src/templates/messages.ts.
 */
import type { MessageEntry } from '../diagnostics/messages.js';

export const COMPOSE_MESSAGES = {
  'point-template-unknown': {
    severity: 'error',
    ru: (a) => `Стандартного пункта {point:${a.name}} нет: нет шаблона point-${a.name}.hbs.`,
    en: (a) => `There is no standard point {point:${a.name}}: no template point-${a.name}.hbs.`,
    hint: {
      ru: () => 'Встроенные стандартные пункты: {point:approve-plan}, {point:control}; свои добавляются файлом point-<имя>.hbs в папке шаблонов (--templates).',
      en: () => 'Built-in standard points: {point:approve-plan}, {point:control}; add your own as point-<name>.hbs in the template folder (--templates).',
    },
  },
} as const satisfies Record<string, MessageEntry>;

export type ComposeMessageCode = keyof typeof COMPOSE_MESSAGES;
