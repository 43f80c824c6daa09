/** Template problems are diagnostics with file, line, column, code, message and hint. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic, Language } from '../../src/diagnostics/diagnostic.js';
import { createTemplateLibrary, mapTemplateHost } from '../../src/templates/index.js';

/** Load one user template `t` from folder `my`; render it when asked. */
function load(source: string, lang: Language = 'ru') {
  const { library, diagnostics } = createTemplateLibrary({
    builtin: mapTemplateHost({ t: 'встроенный {{x}}' }),
    user: mapTemplateHost({ t: source }, 'my'),
    names: ['t'],
    lang,
  });
  return { library, diagnostics, render: (data: object) => library.render('t', data) };
}
const where = (d: Diagnostic | undefined) => d && [d.code, d.file, d.line, d.column];

describe('syntax errors', () => {
  it('a block never closed: at its opening tag', () => {
    const { diagnostics } = load('Приказ\n{{#if qualifier}}\nтекст\n');
    expect(diagnostics).toHaveLength(1);
    expect(where(diagnostics[0])).toEqual(['template-syntax', 'my/t.hbs', 2, 1]);
    expect(diagnostics[0]!.message).toBe('Синтаксическая ошибка в шаблоне: блок {{#if}} не закрыт: нет {{/if}}.');
    expect(diagnostics[0]!.hint).toMatch(/парность/);
    expect(diagnostics[0]!.severity).toBe('error');
  });

  it('a block closed by the wrong name: at the closing tag', () => {
    const { diagnostics } = load('x {{#if a}}y{{/each}}');
    expect(where(diagnostics[0])).toEqual(['template-syntax', 'my/t.hbs', 1, 13]);
    expect(diagnostics[0]!.message).toContain('{{/each}} закрывает {{#if}}');
  });

  it('a tag left open', () => {
    const { diagnostics } = load('строка\n  {{qualifier\nещё');
    expect(where(diagnostics[0])).toEqual(['template-syntax', 'my/t.hbs', 2, 3]);
  });

  it('other parse errors: where the parser stopped', () => {
    const { diagnostics } = load('x }} y {{ }}', 'en');
    expect(where(diagnostics[0])).toEqual(['template-syntax', 'my/t.hbs', 1, 11]);
    expect(diagnostics[0]!.message).toBe('Template syntax error: unexpected «}}».');
  });

  it('a block helper without its argument', () => {
    const { diagnostics } = load('a\n {{#if}}x{{/if}}');
    expect(where(diagnostics[0])).toEqual(['template-syntax', 'my/t.hbs', 2, 5]);
    expect(diagnostics[0]!.message).toContain('{{#if}} принимает ровно один аргумент');
  });

  it('the broken user template is not used: the built-in one is', () => {
    const { render } = load('{{#if');
    expect(render({ x: 1 })).toEqual({ text: 'встроенный 1', diagnostics: [] });
  });
});

describe('unknown helpers: found before running, with a suggestion', () => {
  it('in a subexpression / mustache with arguments', () => {
    const { diagnostics } = load('раз\nдва {{#if x}}{{upr name}}{{/if}}');
    expect(diagnostics).toHaveLength(1);
    expect(where(diagnostics[0])).toEqual(['template-unknown-helper', 'my/t.hbs', 2, 16]);
    expect(diagnostics[0]!).toMatchObject({ endLine: 2, endColumn: 19 });
    expect(diagnostics[0]!.message).toBe('Неизвестный помощник „upr“ — может быть, „upper“?');
    expect(diagnostics[0]!.hint).toContain('initials');
  });

  it('as a block', () => {
    const { diagnostics } = load('{{#ech list}}{{/ech}}', 'en');
    expect(where(diagnostics[0])).toEqual(['template-unknown-helper', 'my/t.hbs', 1, 4]);
    expect(diagnostics[0]!.message).toBe('Unknown helper “ech” — did you mean “each”?');
  });

  it('in a subexpression, several in one template', () => {
    const { diagnostics } = load('{{#if (equal a b)}}{{/if}}\n{{frobnicate x}}');
    expect(diagnostics.map(where)).toEqual([
      ['template-unknown-helper', 'my/t.hbs', 1, 8],
      ['template-unknown-helper', 'my/t.hbs', 2, 3],
    ]);
    expect(diagnostics[0]!.message).toContain('может быть, „eq“?');
    expect(diagnostics[1]!.message).toBe('Неизвестный помощник „frobnicate“.');
  });

  it('a helper printed bare instead of a data field', () => {
    const { diagnostics } = load('a {{number}} b');
    expect(where(diagnostics[0])).toEqual(['template-unknown-variable', 'my/t.hbs', 1, 5]);
    expect(diagnostics[0]!.hint).toContain('{{this.number}}');
  });
});

describe('unknown variables (strict mode): located at the use', () => {
  it('a misspelt field, with a suggestion from the data', () => {
    const { diagnostics, render } = load('раз\n  {{#if x}}{{name}}{{/if}} и {{nmae}}');
    expect(diagnostics).toEqual([]);
    const r = render({ x: true, name: 'N' });
    expect(r.diagnostics).toHaveLength(1);
    expect(where(r.diagnostics[0])).toEqual(['template-unknown-variable', 'my/t.hbs', 2, 32]);
    expect(r.diagnostics[0]!.message).toBe('Неизвестная переменная „nmae“: шаблон „t“ не получает такого поля — может быть, „name“?');
    // the built-in template runs instead (and needs x)
    expect(r.text).toBe('встроенный true');
  });

  it('a nested path', () => {
    const { render } = load('\n\n   {{a.b.c}}');
    const r = render({ a: { b: {} } });
    expect(where(r.diagnostics[0])).toEqual(['template-unknown-variable', 'my/t.hbs', 3, 6]);
    expect(r.diagnostics[0]!.message).toContain('„a.b.c“');
  });

  it('inside each: the path of the item', () => {
    const { render } = load('{{#each list}}\n- {{titel}}\n{{/each}}');
    const r = render({ list: [{ title: 'a' }] });
    expect(where(r.diagnostics[0])).toEqual(['template-unknown-variable', 'my/t.hbs', 2, 5]);
  });

  it('testing an absent field is allowed', () => {
    const { render } = load('{{#if absent}}{{absent}}{{else}}нет{{/if}}');
    expect(render({})).toEqual({ text: 'нет', diagnostics: [] });
  });
});

describe('other problems', () => {
  it('a user file that is no template name is reported as a warning with a suggestion', () => {
    const { diagnostics } = createTemplateLibrary({
      builtin: mapTemplateHost({ 'order-heading': 'ПРИКАЗ' }),
      user: mapTemplateHost({ 'order-haeding': 'x' }, 'my'),
      names: ['order-heading'],
    });
    expect(diagnostics).toMatchObject([{ code: 'template-unknown-name', severity: 'warning', file: 'my/order-haeding.hbs' }]);
    expect(diagnostics[0]!.message).toContain('может быть, „order-heading.hbs“?');
  });

  it('a template that exists nowhere', () => {
    const { library } = load('x');
    expect(library.render('nope', {}).diagnostics).toMatchObject([{ code: 'template-missing' }]);
  });
});
