/** User templates cannot reach prototypes, the process, the file system or private data. */
import { describe, expect, it, vi } from 'vitest';
import { createTemplateLibrary, mapTemplateHost } from '../../src/templates/index.js';

function load(source: string) {
  const { library, diagnostics } = createTemplateLibrary({
    builtin: mapTemplateHost({ t: 'встроенный' }),
    user: mapTemplateHost({ t: source }, 'my'),
    names: ['t'],
  });
  return { library, diagnostics, render: (data: object) => library.render('t', data, { appendixNo: () => 1 }) };
}

describe('sandbox', () => {
  it.each([
    ['{{constructor}}', 'constructor'],
    ['{{__proto__}}', '__proto__'],
    ['{{this.constructor}}', 'constructor'],
    ['{{[constructor]}}', 'constructor'],
    ['{{plan.constructor.name}}', 'constructor'],
    ['{{#with constructor}}{{name}}{{/with}}', 'constructor'],
    ['{{#each __proto__}}{{this}}{{/each}}', '__proto__'],
    ['{{upper constructor}}', 'constructor'],
    ['{{toString}}', 'toString'],
    ['{{@plangraf}}', '@plangraf'],
    ['{{@root.__proto__}}', '__proto__'],
  ])('%s is refused before running', (source, name) => {
    const { diagnostics, render } = load(source);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'template-forbidden', file: 'my/t.hbs', line: 1 });
    expect(diagnostics[0]!.message).toContain(`„${name}“`);
    // the built-in template is used instead
    expect(render({ plan: {} }).text).toBe('встроенный');
  });

  it.each(['{{lookup this "constructor"}}', '{{lookup . "__proto__"}}', '{{log "x"}}', '{{#lookup this "a"}}{{/lookup}}', '{{helperMissing}}x{{blockHelperMissing 1}}'])(
    '%s: Handlebars’ own helpers are not on the list',
    (source) => {
      const { diagnostics } = load(source);
      expect(diagnostics.length).toBeGreaterThan(0);
      expect(diagnostics.every((d) => d.code === 'template-unknown-helper')).toBe(true);
    },
  );

  it.each(['{{> t}}', '{{> (lookup . "x")}}', '{{#> layout}}x{{/layout}}', '{{#*inline "p"}}x{{/inline}}'])('%s: no partials or decorators', (source) => {
    const { diagnostics } = load(source);
    expect(diagnostics.map((d) => d.code)).toContain('template-forbidden');
  });

  it.each(['{{process.env.HOME}}', '{{require}}', '{{global.process}}', '{{globalThis}}', '{{import}}'])('%s: no globals, only the data given', (source) => {
    const { diagnostics, render } = load(source);
    expect(diagnostics).toEqual([]);
    const r = render({});
    expect(r.diagnostics).toMatchObject([{ code: 'template-unknown-variable' }]);
    expect(r.text).toBe('встроенный');
  });

  it('a path through a missing object is located like any unknown variable', () => {
    const r = load('x\n  {{process.env.HOME}}').render({});
    expect(r.diagnostics).toMatchObject([{ code: 'template-unknown-variable', file: 'my/t.hbs', line: 2, column: 5 }]);
    expect(r.diagnostics[0]!.message).toContain('„process“');
  });

  it('inherited properties of the data stay unreachable at run time too', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const data = Object.create({ secret: 'тайна', method: () => 'вызвано' }) as object;
    const r = load('[{{secret}}][{{method}}]').render(data);
    expect(r.text).toBe('[][]');
    error.mockRestore();
  });

  it('values are printed as text, not escaped as HTML, and not evaluated', () => {
    const r = load('{{a}} {{b}}').render({ a: '<b>«Ромашка» & Co</b>', b: '{{constructor}}' });
    expect(r).toEqual({ text: '<b>«Ромашка» & Co</b> {{constructor}}', diagnostics: [] });
  });
});
