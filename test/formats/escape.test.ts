import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  escapeCsvCell,
  escapeGithubData,
  escapeGithubProperty,
  escapeHtml,
  escapeMarkdown,
  escapeTerminal,
  escapeXml,
} from '../../src/formats/escape.js';

describe('escapeTerminal', () => {
  it('makes ESC sequences visible text', () => {
    const out = escapeTerminal('a\x1b[31mđỏ\x1b[0m\x1b]0;title\x07');
    expect(out).toBe('a\\x1b[31mđỏ\\x1b[0m\\x1b]0;title\\x07');
    expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  });
  it('escapes C1 controls, DEL, CR and bidi overrides but keeps newline and tab', () => {
    expect(escapeTerminal('\x9b2J')).toBe('\\x9b2J');
    expect(escapeTerminal('x\x7fy\rz')).toBe('x\\x7fy\\x0dz');
    expect(escapeTerminal('abc\u202edef')).toBe('abc\\u202edef');
    expect(escapeTerminal('dòng 1\n\tdòng 2')).toBe('dòng 1\n\tdòng 2');
  });
  it('leaves Vietnamese text untouched', () => {
    const s = 'Phong trào thi đua “Dân vận khéo” năm 2025 – Đợt 1';
    expect(escapeTerminal(s)).toBe(s);
  });
});

describe('escapeXml', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
  });

  it('round-trips markup characters through a parser, in text and attributes', () => {
    const s = `Đại hội <b> & "kỷ niệm" 'x' ]]>`;
    const doc = parser.parse(`<a v="${escapeXml(s, { attribute: true })}" w='${escapeXml(s, { attribute: true })}'>${escapeXml(s)}</a>`);
    expect(doc.a['#text']).toBe(s);
    expect(doc.a.v).toBe(s);
    expect(doc.a.w).toBe(s);
  });
  it('strips characters XML 1.0 forbids and keeps astral ones', () => {
    expect(escapeXml('a\x1b[0m\x00b\ufffec\ud800d😀')).toBe('a[0mbcd😀');
  });
  it('writes line breaks in attributes as character references', () => {
    expect(escapeXml('a\nb\tc', { attribute: true })).toBe('a&#10;b&#9;c');
    expect(escapeXml('a\nb')).toBe('a\nb');
    expect(escapeXml('a\r\nb')).toBe('a&#13;\nb');
  });
});

describe('escapeHtml', () => {
  it('escapes the five significant characters', () => {
    expect(escapeHtml(`<script>alert("x&y")</script>'`)).toBe('&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt;&#39;');
  });
  it('escapes & in text that already looks like an entity, so it shows literally', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});

describe('escapeMarkdown', () => {
  it('escapes pipes so a cell cannot split a table row', () => {
    const cell = escapeMarkdown('a|b|c');
    expect(cell).toBe('a\\|b\\|c');
    // Unescaped pipes are what GFM splits on.
    expect(cell.split(/(?<!\\)\|/)).toHaveLength(1);
  });
  it('escapes emphasis, links, html, code and backslashes', () => {
    expect(escapeMarkdown('*x* _y_ [l](u) <b> `c` \\')).toBe('\\*x\\* \\_y\\_ \\[l\\]\\(u\\) \\<b\\> \\`c\\` \\\\');
  });
  it('turns line breaks into spaces and keeps Vietnamese', () => {
    expect(escapeMarkdown('dòng một\r\ndòng hai\nba')).toBe('dòng một dòng hai ba');
  });
});

describe('escapeCsvCell', () => {
  it('guards formula-like cells with a leading apostrophe', () => {
    expect(escapeCsvCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(escapeCsvCell('+1+1')).toBe("'+1+1");
    expect(escapeCsvCell('-2+3')).toBe("'-2+3");
    expect(escapeCsvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCsvCell('\t=1')).toBe('"\'\t=1"');
    expect(escapeCsvCell('\r=1')).toBe('"\'\r=1"');
  });
  it('guards and quotes together', () => {
    expect(escapeCsvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });
  it('quotes per RFC 4180 only when needed', () => {
    expect(escapeCsvCell('Phòng Tổ chức')).toBe('Phòng Tổ chức');
    expect(escapeCsvCell('a,b')).toBe('"a,b"');
    expect(escapeCsvCell('a;b')).toBe('"a;b"');
    expect(escapeCsvCell('a\tb')).toBe('"a\tb"');
    expect(escapeCsvCell('nói "có"')).toBe('"nói ""có"""');
    expect(escapeCsvCell('dòng 1\ndòng 2')).toBe('"dòng 1\ndòng 2"');
  });
  it('leaves numbers, including negative ones, as numbers', () => {
    expect(escapeCsvCell(-5)).toBe('-5');
    expect(escapeCsvCell(12.5)).toBe('12.5');
  });
});

describe('GitHub workflow commands', () => {
  it('encodes %, CR and LF in data', () => {
    expect(escapeGithubData('100%\r\nxong')).toBe('100%25%0D%0Axong');
  });
  it('also encodes : and , in properties', () => {
    expect(escapeGithubProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    expect(escapeGithubData('a:b,c')).toBe('a:b,c');
  });
});
