/** The checkers the corpus relies on catch what they are meant to catch. */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { firstMissingInOrder } from './support/e2e.js';
import { docxProblems } from './support/package-check.js';
import { xmlProblem } from './support/xml-check.js';

describe('xmlProblem', () => {
  it.each([
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="x"><w:body><w:p><w:r><w:t xml:space="preserve">a &amp; b &#x41;</w:t></w:r></w:p></w:body></w:document>',
    '<a b="1" c=\'2\'><!-- note --><![CDATA[<x>]]><?pi x?><d/></a>',
  ])('accepts well-formed XML %#', (xml) => expect(xmlProblem(xml)).toBeUndefined());

  it.each([
    ['<a><b></a>', /closes/],
    ['<a>', /unclosed/],
    ['<a/><b/>', /second root/],
    ['<a>x & y</a>', /&/],
    ['<a>&nbsp;</a>', /entity/],
    ['<a>\u0001</a>', /U\+0001/],
    ['<a>\uD800</a>', /U\+D800/],
    ['<a>&#1;</a>', /character reference/],
    ['<a b=1/>', /unquoted/],
    ['<a b="1" b="2"/>', /twice/],
    ['<a b="<"/>', /"<"/],
    ['text<a/>', /outside/],
    ['<a>]]></a>', /]]>/],
  ])('rejects %s', (xml, why) => expect(xmlProblem(xml)).toMatch(why));
});

describe('docxProblems', () => {
  const types = '<?xml version="1.0"?><Types xmlns="t"><Default Extension="rels" ContentType="r"/><Default Extension="xml" ContentType="x"/></Types>';
  const rels = '<?xml version="1.0"?><Relationships xmlns="r"><Relationship Id="rId1" Type="t" Target="word/document.xml"/></Relationships>';
  it('accepts a minimal consistent package', () => {
    expect(docxProblems(zipSync({ '[Content_Types].xml': strToU8(types), '_rels/.rels': strToU8(rels), 'word/document.xml': strToU8('<w:document xmlns:w="w"/>') }))).toEqual([]);
  });
  it('finds a missing relationship target, a part without a content type and broken XML', () => {
    const p = docxProblems(zipSync({
      '[Content_Types].xml': strToU8(types),
      '_rels/.rels': strToU8(rels),
      'word/document.xml': strToU8('<w:document xmlns:w="w">'),
      'word/_rels/document.xml.rels': strToU8('<Relationships xmlns="r"><Relationship Id="rId1" Type="t" Target="media/gone.png"/></Relationships>'),
      'word/media/a.bin': strToU8('x'),
    }));
    expect(p.join('\n')).toMatch(/document\.xml: not well-formed/);
    expect(p.join('\n')).toMatch(/missing part word\/media\/gone\.png/);
    expect(p.join('\n')).toMatch(/a\.bin: no content type/);
  });
  it('reports a zip that does not open', () => expect(docxProblems(new Uint8Array([1, 2, 3]))[0]).toMatch(/zip/));
});

describe('firstMissingInOrder', () => {
  it('finds words in order, rows in order, long words across page breaks', () => {
    const rows = [['1.', 'Задача первая'], ['2.', `Слово${'длинное'.repeat(5)}`]];
    expect(firstMissingInOrder(rows, '1. Задача первая 2. Слово' + 'длинное'.repeat(2) + ' 2 1 2 3 ' + 'длинное'.repeat(3))).toBeUndefined();
  });
  it('reports a missing word and rows out of order', () => {
    expect(firstMissingInOrder([['Задача', 'пропало']], 'Задача')?.word).toBe('пропало');
    expect(firstMissingInOrder([['второй'], ['первый']], 'первый второй')?.word).toBe('первый');
  });
});
