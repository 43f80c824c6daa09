/**
 * A Word cell's paragraphs written as rich text (src/import/cell-text.ts) read back by the
 * roadmap's rich-text reader as the same paragraphs, bullet items, line breaks, emphasis and
 * links — whatever markup characters the words hold («*», «[», «\», a leading «-»).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellPlainText, cellRichText } from '../../src/import/cell-text.js';
import type { WordInline, WordParagraph } from '../../src/import/word-body.js';
import type { Inline, RichText } from '../../src/model/roadmap.js';
import { parseRichText } from '../../src/text/rich-text.js';

const para = (inlines: WordInline[], extra: Partial<WordParagraph> = {}): WordParagraph => ({ inlines, pageBreak: false, sectionEnd: false, dropped: [], ...extra });
const text = (t: string, s: { bold?: boolean; italic?: boolean; link?: string } = {}): WordInline => ({ type: 'text', text: t, ...s });

describe('cell text as rich text', () => {
  it('paragraphs, a bullet list (Word’s and typed «–⇥»), a line break, bold, italic, a link', () => {
    const cell = [
      para([text('Участие в курсах'), { type: 'break' }, text('по направлениям:')]),
      para([text('«Управление качеством»')], { list: { kind: 'bullet' } }),
      para([text('–'), { type: 'tab' }, text('«Современный урок»')]),
      para([text('Обучены '), text('10 %', { bold: true }), text(' педагогов, '), text('см.', { italic: true }), text(' '), text('сайт', { link: 'https://x.ru/a (b)' })]),
    ];
    const md = cellRichText(cell);
    expect(md).toBe('Участие в курсах\nпо направлениям:\n\n- «Управление качеством»\n- «Современный урок»\n\nОбучены **10 %** педагогов, *см.* [сайт](https://x.ru/a%20%28b%29)');
    expect(parseRichText(md)).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Участие в курсах' }, { type: 'break' }, { type: 'text', text: 'по направлениям:' }] },
      { type: 'list', items: [[{ type: 'text', text: '«Управление качеством»' }], [{ type: 'text', text: '«Современный урок»' }]] },
      { type: 'paragraph', content: [
        { type: 'text', text: 'Обучены ' }, { type: 'text', text: '10 %', bold: true }, { type: 'text', text: ' педагогов, ' },
        { type: 'text', text: 'см.', italic: true }, { type: 'text', text: ' ' }, { type: 'text', text: 'сайт', link: 'https://x.ru/a%20%28b%29' },
      ] },
    ]);
  });

  it('markup characters in the words stay words', () => {
    const cell = [para([text('**не жирный** [не ссылка](адрес) \\ обратная черта')]), para([text('строка'), { type: 'break' }, text('- не пункт')])];
    const parsed = parseRichText(cellRichText(cell));
    expect(parsed).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: '**не жирный** [не ссылка](адрес) \\ обратная черта' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'строка' }, { type: 'break' }, { type: 'text', text: '- не пункт' }] },
    ]);
  });

  it('emphasis that would not read back (marks touching) is written as plain words', () => {
    const cell = [para([text('жирный', { bold: true }), text('курсив', { italic: true, bold: true }), text('обычный')])];
    const md = cellRichText(cell);
    expect(parseRichText(md).flatMap((b) => (b.type === 'paragraph' ? b.content : [])).map((i) => (i.type === 'text' ? i.text : '\n')).join('')).toBe('жирныйкурсивобычный');
  });

  it('plain lines: numbers of Word’s numbered lists kept, tabs and runs of spaces folded', () => {
    expect(cellPlainText([para([text('  до  22.02.2022 ')]), para([text('отчёт')], { list: { kind: 'number', label: '1)' } }), para([])])).toBe('до 22.02.2022\n1) отчёт');
  });

  // Words of letters and markup characters; a paragraph does not start with a dash (a typed bullet, tested above).
  const word = fc.stringMatching(/^[а-яА-Я0-9«»"'().,:;!?%№*\\[\]_#<>+`-]{1,8}$/);
  const span = fc.record({ words: fc.array(word, { minLength: 1, maxLength: 4 }), style: fc.constantFrom('', 'b', 'i', 'bi', 'link') });
  const line = fc.array(span, { minLength: 1, maxLength: 4 });
  const paragraph = fc.record({ lines: fc.array(line, { minLength: 1, maxLength: 3 }), bullet: fc.boolean() })
    .filter((p) => !/^[-–—•]/.test(p.lines[0]![0]!.words[0]!));

  it('any cell of words, styles, links, breaks and bullets reads back the same (property)', () => {
    fc.assert(fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
      const cell: WordParagraph[] = [];
      const expected: RichText = [];
      for (const p of paragraphs) {
        const inlines: WordInline[] = [];
        const content: Inline[] = [];
        p.lines.forEach((l, n) => {
          if (n > 0) {
            inlines.push({ type: 'break' });
            content.push({ type: 'break' });
          }
          l.forEach((s, k) => {
            // Spans of another style are set apart by a space, as words are.
            const t = s.words.join(' ');
            const style = s.style === 'link' ? { link: `https://example.ru/${k}` } : { ...(s.style.includes('b') ? { bold: true } : {}), ...(s.style.includes('i') ? { italic: true } : {}) };
            if (k > 0) {
              inlines.push(text(' '));
              content.push({ type: 'text', text: ' ' });
            }
            inlines.push(text(t, style));
            content.push({ type: 'text', text: t, ...style });
          });
        });
        cell.push(para(inlines, p.bullet ? { list: { kind: 'bullet' } } : {}));
        const last = expected[expected.length - 1];
        if (p.bullet && last?.type === 'list') last.items.push(content);
        else expected.push(p.bullet ? { type: 'list', items: [content] } : { type: 'paragraph', content });
      }
      expect(joined(parseRichText(cellRichText(cell)))).toEqual(joined(expected));
    }), { numRuns: 400 });
  });
});

/** Neighbouring spans of one style joined (the reader joins them as it goes). */
function joined(rt: RichText): RichText {
  const merge = (inlines: Inline[]): Inline[] => {
    const out: Inline[] = [];
    for (const i of inlines) {
      const prev = out[out.length - 1];
      if (i.type === 'text' && prev?.type === 'text' && !!prev.bold === !!i.bold && !!prev.italic === !!i.italic && prev.link === undefined && i.link === undefined) prev.text += i.text;
      else out.push(i.type === 'text' ? { ...i } : i);
    }
    return out;
  };
  return rt.map((b) => (b.type === 'paragraph' ? { type: 'paragraph', content: merge(b.content) } : { type: 'list', items: b.items.map(merge) }));
}
