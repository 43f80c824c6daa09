/** Output names: placeholders, unsafe names refused, Cyrillic kept. */
import { describe, expect, it } from 'vitest';
import { checkName, checkPattern, cleanValue, outputName } from '../../src/batch/output-names.js';

const vars = (municipality: string) => ({ municipality, name: 'gorokhovets', kind: 'order', ext: 'docx' });

describe('output names', () => {
  it('fills the default pattern and keeps Cyrillic readable', () => {
    expect(outputName('{municipality}/{kind}.{ext}', vars('Гороховецкий район'))).toEqual({ ok: true, path: 'Гороховецкий район/order.docx' });
    expect(outputName('{name}-{kind}.{ext}', vars('x'))).toEqual({ ok: true, path: 'gorokhovets-order.docx' });
  });

  it('a value cannot add folders: separators and forbidden characters become «_»', () => {
    expect(cleanValue('г. Муром/округ: "центр"')).toBe('г. Муром_округ_ _центр_');
    expect(outputName('{municipality}/{kind}.{ext}', vars('../../etc'))).toEqual({ ok: true, path: '.._.._etc/order.docx' });
  });

  it.each([
    ['..', 'выводит из папки'],
    ['CON', 'зарезервированное'],
    ['lpt1', 'зарезервированное'],
    ['nul.txt', 'зарезервированное'],
    ['Район.', 'точкой или пробелом'],
  ])('refuses the segment %s', (m, reason) => {
    const r = outputName('{municipality}/{kind}.{ext}', vars(m));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reasonRu).toContain(reason);
  });

  it('refuses absolute names, NUL, empty segments', () => {
    expect(checkName('/etc/passwd').ok).toBe(false);
    expect(checkName('C:/x.docx').ok).toBe(false);
    expect(checkName('a\u0000b.docx').ok).toBe(false);
    expect(checkName('a//b.docx').ok).toBe(false);
  });

  it('checks a pattern before any input is read', () => {
    expect(checkPattern('{municipality}/{kind}.{ext}')).toBeUndefined();
    expect(checkPattern('{town}.{ext}')?.en).toContain('unknown placeholder');
    expect(checkPattern('{name}.docx')?.en).toContain('{ext}');
    expect(checkPattern('../{name}.{ext}')?.en).toContain('out of the output folder');
  });
});
