/**
 * The built-in templates are kept precompiled (src/templates/builtin-templates.generated.ts, by
 * template-codegen.ts): the kept file must be what the generator makes of templates/ now, and a
 * precompiled template must print exactly what the same text compiled at run time prints.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRECOMPILED } from '../../src/templates/builtin-templates.generated.js';
import { createTemplateLibrary, mapTemplateHost } from '../../src/templates/index.js';
import { BUILTIN_TEMPLATE_NAMES } from '../../src/templates/names.js';
import { BUILTIN_TEMPLATE_DIR, nodeTemplateHost } from '../../src/templates/node-host.js';
import { GENERATED_URL, precompiledModuleSource } from '../../src/templates/template-codegen.js';

describe('precompiled built-in templates', () => {
  it('the kept module is current with templates/ (else: npm run templates:compile)', () => {
    expect(readFileSync(GENERATED_URL, 'utf8')).toBe(precompiledModuleSource());
  });

  it('holds every built-in template, with the text of its file', () => {
    const host = nodeTemplateHost(BUILTIN_TEMPLATE_DIR);
    for (const name of BUILTIN_TEMPLATE_NAMES) {
      const raw = host.readTemplate(name);
      expect(PRECOMPILED[name]?.source, name).toBe(typeof raw === 'string' ? raw : new TextDecoder().decode(raw));
    }
  });

  it('a precompiled template prints what the same text compiled at run time prints, errors included', () => {
    const sources = Object.fromEntries(Object.entries(PRECOMPILED).map(([name, p]) => [name, p.source]));
    // The same texts with a trailing comment: not the kept texts, so compiled at run time.
    const changed = Object.fromEntries(Object.entries(sources).map(([name, s]) => [name, `${s}{{!-- x --}}`]));
    const kept = createTemplateLibrary({ builtin: mapTemplateHost(sources), names: Object.keys(sources), lang: 'en' }).library;
    const compiled = createTemplateLibrary({ builtin: mapTemplateHost(changed), names: Object.keys(changed), lang: 'en' }).library;
    const data = { date: '2022-02-14', dateStyle: 'words', number: '50', qualifier: 'начальника', name: 'И.И. Иванов', position: 'Начальник', act: 'распоряжением', year: 2022 };
    let same = 0;
    for (const name of Object.keys(sources)) {
      const a = kept.render(name, data);
      const b = compiled.render(name, data);
      expect(a.text, name).toBe(b.text);
      expect(a.diagnostics.map((d) => [d.code, d.line, d.column, d.message]), name).toEqual(b.diagnostics.map((d) => [d.code, d.line, d.column, d.message]));
      same++;
    }
    expect(kept.compileCount).toBe(0);
    expect(compiled.compileCount).toBe(same);
  });
});
