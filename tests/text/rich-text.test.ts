import { describe, expect, test } from 'vitest';
import type { RichText } from '../../src/model/roadmap.js';
import fc from 'fast-check';
import { parseRichText, parseRichTextBlocks, richTextToPlain } from '../../src/text/rich-text.js';

const t = (text: string, extra: { bold?: true; italic?: true; link?: string } = {}) => ({ type: 'text' as const, text, ...extra });
const br = { type: 'break' as const };

describe('parseRichText: paragraphs, breaks, whitespace', () => {
  test.each<[string, RichText]>([
    ['', []],
    ['  \n \n', []],
    ['Просто текст', [{ type: 'paragraph', content: [t('Просто текст')] }]],
    ['  много   пробелов\tи табуляций  ', [{ type: 'paragraph', content: [t('много пробелов и табуляций')] }]],
    ['первая строка\nвторая строка', [{ type: 'paragraph', content: [t('первая строка'), br, t('вторая строка')] }]],
    ['строка  \r\n  ещё', [{ type: 'paragraph', content: [t('строка'), br, t('ещё')] }]],
    [
      'абзац один\n\n\nабзац два\n  \nабзац три',
      [
        { type: 'paragraph', content: [t('абзац один')] },
        { type: 'paragraph', content: [t('абзац два')] },
        { type: 'paragraph', content: [t('абзац три')] },
      ],
    ],
    ['неразрывный\u00a0пробел', [{ type: 'paragraph', content: [t('неразрывный\u00a0пробел')] }]],
  ])('%j', (src, expected) => {
    expect(parseRichText(src)).toStrictEqual(expected);
  });
});

describe('parseRichText: bullet lists', () => {
  test('seed 004, row 1: intro line then «- » and «-приказ» items', () => {
    const src = [
      'Разработка нормативно-правовой базы, регламентирующей реализацию проекта:',
      '- приказ Министерства образования и науки Республики Калмыкия об утверждении состава региональной рабочей группы',
      '-приказ Министерства образования и науки Республики Калмыкия об утверждении региональных мероприятий («дорожной карты») по реализации федерального проекта «500+»;',
      '-приказы МОУО об утверждении муниципального координатора, состава муниципальной рабочей группы',
      '- Распоряжение МОУО об утверждении муниципальной дорожной карты, дорожной карты ПНОР.',
    ].join('\n');
    expect(parseRichText(src)).toStrictEqual([
      { type: 'paragraph', content: [t('Разработка нормативно-правовой базы, регламентирующей реализацию проекта:')] },
      {
        type: 'list',
        items: [
          [t('приказ Министерства образования и науки Республики Калмыкия об утверждении состава региональной рабочей группы')],
          [t('приказ Министерства образования и науки Республики Калмыкия об утверждении региональных мероприятий («дорожной карты») по реализации федерального проекта «500+»;')],
          [t('приказы МОУО об утверждении муниципального координатора, состава муниципальной рабочей группы')],
          [t('Распоряжение МОУО об утверждении муниципальной дорожной карты, дорожной карты ПНОР.')],
        ],
      },
    ]);
  });

  test('seed 001, row 8: items starting with a quote, «-«» glued', () => {
    const src =
      'Участие в курсовой подготовке по следующим направлениям:\n- «Управление качеством образования»\n-«Формирование методического инструментария»';
    expect(parseRichText(src)).toStrictEqual([
      { type: 'paragraph', content: [t('Участие в курсовой подготовке по следующим направлениям:')] },
      { type: 'list', items: [[t('«Управление качеством образования»')], [t('«Формирование методического инструментария»')]] },
    ]);
  });

  test('other bullet marks: «• », «•», «– », «— »', () => {
    expect(parseRichText('• один\n•два\n– три\n— четыре')).toStrictEqual([
      { type: 'list', items: [[t('один')], [t('два')], [t('три')], [t('четыре')]] },
    ]);
  });

  test('an indented line continues an item; a plain line after the list starts a paragraph', () => {
    expect(parseRichText('- первый\n  продолжение\n- второй\nабзац')).toStrictEqual([
      { type: 'list', items: [[t('первый'), br, t('продолжение')], [t('второй')]] },
      { type: 'paragraph', content: [t('абзац')] },
    ]);
  });

  test('a blank line separates two lists', () => {
    expect(parseRichText('- а\n\n- б')).toStrictEqual([
      { type: 'list', items: [[t('а')]] },
      { type: 'list', items: [[t('б')]] },
    ]);
  });

  test('not bullets: «-5», «-», an escaped dash, a dash inside a line', () => {
    expect(parseRichText('-5 градусов')).toStrictEqual([{ type: 'paragraph', content: [t('-5 градусов')] }]);
    expect(parseRichText('\\- не пункт')).toStrictEqual([{ type: 'paragraph', content: [t('- не пункт')] }]);
    expect(parseRichText('ОО – школа')).toStrictEqual([{ type: 'paragraph', content: [t('ОО – школа')] }]);
  });
});

describe('parseRichText: inline markup', () => {
  const one = (src: string) => {
    const [block] = parseRichText(src);
    if (block?.type !== 'paragraph') throw new Error('expected one paragraph');
    return block.content;
  };

  test.each([
    ['a *курсив* b', [t('a '), t('курсив', { italic: true }), t(' b')]],
    ['**жирный** текст', [t('жирный', { bold: true }), t(' текст')]],
    ['***оба***', [t('оба', { bold: true, italic: true })]],
    ['**жирный *и курсив* снова**', [t('жирный ', { bold: true }), t('и курсив', { bold: true, italic: true }), t(' снова', { bold: true })]],
    ['*курсив **и жирный***', [t('курсив ', { italic: true }), t('и жирный', { bold: true, italic: true })]],
    ['*не закрыт', [t('*не закрыт')]],
    // mismatched markers stay literal (no partial matching as in CommonMark)
    ['**не закрыт*', [t('**не закрыт*')]],
    ['2 * 3 * 4', [t('2 * 3 * 4')]],
    ['\\*не курсив\\*', [t('*не курсив*')]],
    ['путь C:\\dir \\\\ и \\[x]', [t('путь C:\\dir \\ и [x]')]],
  ])('%j', (src, expected) => {
    expect(one(src)).toStrictEqual(expected);
  });

  test.each([
    ['[сайт министерства](https://minobr.khabkrai.ru/)', [t('сайт министерства', { link: 'https://minobr.khabkrai.ru/' })]],
    ['[почта](mailto:info@example.ru)', [t('почта', { link: 'mailto:info@example.ru' })]],
    [
      'https://obr-khv.ru/prof-education-system/proekt-500-/',
      [t('https://obr-khv.ru/prof-education-system/proekt-500-/', { link: 'https://obr-khv.ru/prof-education-system/proekt-500-/' })],
    ],
    [
      'см. https://sites.google.com/ippk.ru/500/.',
      [t('см. '), t('https://sites.google.com/ippk.ru/500/', { link: 'https://sites.google.com/ippk.ru/500/' }), t('.')],
    ],
    ['(http://a.ru/x_(y))', [t('('), t('http://a.ru/x_(y)', { link: 'http://a.ru/x_(y)' }), t(')')]],
    ['https://a.ru/x_*y*_z', [t('https://a.ru/x_*y*_z', { link: 'https://a.ru/x_*y*_z' })]],
    ['**[жирная ссылка](https://a.ru)**', [t('жирная ссылка', { bold: true, link: 'https://a.ru' })]],
    ['[плохая](javascript:alert(1))', [t('[плохая](javascript:alert(1))')]],
    ['[ftp](ftp://a.ru/f)', [t('[ftp](ftp://a.ru/f)')]],
    ['[\\[1\\]](https://a.ru)', [t('[1]', { link: 'https://a.ru' })]],
    ['письмо: mailto:info@example.ru', [t('письмо: '), t('mailto:info@example.ru', { link: 'mailto:info@example.ru' })]],
    ['xhttps://a.ru', [t('xhttps://a.ru')]],
  ])('%j', (src, expected) => {
    expect(one(src)).toStrictEqual(expected);
  });

  test('seed 000 information cell: two URLs on two lines', () => {
    expect(parseRichText('https://sites.google.com/ippk.ru/500/\nhttps://minobr.khabkrai.ru/')).toStrictEqual([
      {
        type: 'paragraph',
        content: [
          t('https://sites.google.com/ippk.ru/500/', { link: 'https://sites.google.com/ippk.ru/500/' }),
          br,
          t('https://minobr.khabkrai.ru/', { link: 'https://minobr.khabkrai.ru/' }),
        ],
      },
    ]);
  });
});

describe('richTextToPlain', () => {
  test('paragraphs, breaks and bullets', () => {
    const rt = parseRichText('Вступление:\n- **первый** пункт\n- [второй](https://a.ru)\n\nстрока\nещё строка');
    expect(richTextToPlain(rt)).toBe('Вступление:\n- первый пункт\n- второй\nстрока\nещё строка');
  });
  test('empty', () => {
    expect(richTextToPlain([])).toBe('');
  });
});

describe('parseRichText: the shortcut for plain text', () => {
  test('gives what the general parser gives, for any text', () => {
    const pieces = ['а', 'Текст', ' ', '  ', '\t', '\n', '\r\n', '-', '- ', '–', '•', '*', '**', '[a](https://x.org)', 'http://x', 'HTTPS://y', 'mailto:a@b',
      '\\', '\u00a0', '«', '»', '№ 5', ';', '(', ')', 'h', 'm'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
      const src = parts.join('');
      expect(parseRichText(src)).toEqual(parseRichTextBlocks(src));
    }), { numRuns: 5000, seed: 7 });
  });
});

describe('a no-break space written in YAML text', () => {
  test('«\\ » (a backslash before a space) is a no-break space, in text and link text', () => {
    expect(richTextToPlain(parseRichText('Н.А.\\ Петрова, приказ №\\ 50'))).toBe('Н.А.\u00a0Петрова, приказ №\u00a050');
    expect(richTextToPlain(parseRichText('[сайт\\ ведомства](https://x.ru)'))).toBe('сайт\u00a0ведомства');
    // A literal U+00A0 stays as it is; a backslash before another letter stays literal.
    expect(richTextToPlain(parseRichText('2022\u00a0г. и \\д'))).toBe('2022\u00a0г. и \\д');
  });
});
