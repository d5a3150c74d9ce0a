import type { Message } from '../diagnostics/text.js';

type P = Record<string, unknown>;
type Pair = [vi: string, en: string];

/**
 * One sentence per YAML mistake, in Vietnamese and English, chosen by the
 * parser's error code and (src/load/parse.ts `variantOf`) the kind of message
 * it gave. The parser's own English is never shown: a clerk in Vietnamese mode
 * must not meet it, and in English it speaks of "implicit keys" and "flow
 * collections", which a clerk does not need to know.
 */
const byVariant: Record<string, [Pair, Pair]> = {
  nested: [
    ['Giá trị có dấu hai chấm theo sau là dấu cách ("a: b: c"), YAML hiểu thành khoá lồng nhau.', 'A value holds a colon followed by a space ("a: b: c"), which YAML reads as a nested key.'],
    ['Đặt giá trị trong dấu nháy, ví dụ title: "Kỷ niệm: 88 năm".', 'Quote the value, e.g. title: "Kỷ niệm: 88 năm".'],
  ],
  quote: [
    ['Dấu nháy mở ở đây nhưng không được đóng.', 'The quote opened here is never closed.'],
    ['Thêm dấu nháy đóng ở cuối giá trị, trên cùng dòng.', 'Close it with a matching quote at the end of the value, on the same line.'],
  ],
  flow: [
    ['Dấu ngoặc mở ở đây nhưng không được đóng.', 'The bracket opened here is never closed.'],
    ['Đóng ngoặc ở cuối giá trị, trên cùng dòng.', 'Close the bracket at the end of the value, on the same line.'],
  ],
  comma: [
    ['Các phần tử trong ngoặc [ ] hoặc { } phải cách nhau bằng đúng một dấu phẩy.', 'Items inside [ ] or { } must be separated by exactly one comma.'],
    ['Kiểm tra dấu phẩy giữa các phần tử; nếu giá trị có dấu phẩy, đặt nó trong dấu nháy.', 'Check the commas between items; quote a value that contains a comma.'],
  ],
  'space-after-colon': [
    ['Thiếu dấu cách sau dấu hai chấm trong ngoặc { }.', 'A space is missing after a colon inside { }.'],
    ['Viết "khoá: giá trị", có dấu cách sau dấu hai chấm.', 'Write "key: value", with a space after the colon.'],
  ],
  'comment-space': [
    ['Dấu # bắt đầu ghi chú phải có dấu cách đứng trước.', 'A # that starts a comment needs a space before it.'],
    ['Thêm dấu cách trước #, hoặc đặt giá trị có # trong dấu nháy.', 'Put a space before the #, or quote a value that contains #.'],
  ],
  'no-value': [
    ['Dòng này không có dạng "khoá: giá trị".', 'This line is not of the form "key: value".'],
    ['Thêm dấu hai chấm và dấu cách sau tên khoá, hoặc ghép dòng vào giá trị phía trên.', 'Add a colon and a space after the key, or join the line to the value above.'],
  ],
  'item-dash': [
    ['Dòng này nằm trong một danh sách nhưng không bắt đầu bằng "- ".', 'This line is inside a list but does not start with "- ".'],
    ['Bắt đầu phần tử bằng "- ", hoặc thụt lề cho thẳng cột với khoá phía trên.', 'Start the item with "- ", or indent it to line up with the key above.'],
  ],
  'item-column': [
    ['Các dấu "-" của cùng một danh sách không thẳng cột.', 'The "-" marks of one list do not line up.'],
    ['Đặt mọi dấu "-" của danh sách ở cùng một cột.', 'Put every "-" of the list in the same column.'],
  ],
  'key-one-line': [
    ['Tên khoá phải nằm trọn trên một dòng, trước dấu hai chấm.', 'A key must fit on one line, before its colon.'],
    ['Kiểm tra thụt lề và dấu hai chấm của dòng này và dòng trên.', 'Check the indentation and the colon of this line and the one above.'],
  ],
  'plain-start': [
    ['Giá trị bắt đầu bằng một ký tự đặc biệt của YAML (như @, `, %, |, >).', 'The value starts with a character YAML reserves (such as @, `, %, |, >).'],
    ['Đặt giá trị trong dấu nháy.', 'Quote the value.'],
  ],
  'block-header': [
    ['Sau dấu | hoặc > của đoạn văn nhiều dòng không được viết gì thêm trên cùng dòng.', 'Nothing may follow the | or > of a multi-line text on its line.'],
    ['Chuyển phần chữ xuống dòng dưới, thụt lề sâu hơn khoá.', 'Move the text to the next lines, indented deeper than the key.'],
  ],
};

const byCode: Record<string, [Pair, Pair]> = {
  'yaml/bad-indent': [
    ['Thụt lề không đúng cấp.', 'The indentation does not match a level.'],
    ['Các khoá cùng cấp phải thẳng cột.', 'Keys at the same level must line up.'],
  ],
  'yaml/bad-dq-escape': [
    ['Dấu \\ trong chuỗi đặt trong nháy kép tạo thành một mã thoát không hợp lệ.', 'A \\ inside double quotes makes an invalid escape.'],
    ['Dùng nháy đơn, hoặc viết \\\\ cho một dấu \\.', 'Use single quotes, or write \\\\ for one \\.'],
  ],
  'yaml/bad-alias': [
    ['Giá trị bắt đầu bằng & hoặc * nhưng phía sau không có tên hợp lệ.', 'A value starts with & or * with no usable name after it.'],
    ['Đặt giá trị bắt đầu bằng & hoặc * trong dấu nháy.', 'Quote a value that starts with & or *.'],
  ],
  'yaml/block-in-flow': [
    ['Trong ngoặc [ ] hoặc { } không được xuống dòng kiểu danh sách "- ".', 'A "- " list cannot be written inside [ ] or { }.'],
    ['Đóng ngoặc trước, hoặc viết cả danh sách trong ngoặc trên một dòng.', 'Close the bracket first, or write the whole list in brackets.'],
  ],
  'yaml/multiple-docs': [
    ['Tệp có nhiều tài liệu nhưng thiếu dòng "---" ngăn cách.', 'Several documents without a "---" line between them.'],
    ['Đặt dòng "---" giữa các tài liệu.', 'Put a "---" line between the documents.'],
  ],
  'yaml/key-over-1024-chars': [
    ['Tên khoá dài quá 1024 ký tự.', 'A key is longer than 1024 characters.'],
    ['Có lẽ thiếu dấu xuống dòng hoặc dấu nháy phía trên.', 'A line break or a quote above is probably missing.'],
  ],
  'yaml/tag-resolve-failed': [
    ['Thẻ kiểu ! không được hỗ trợ.', 'A ! type tag is not supported.'],
    ['Bỏ thẻ bắt đầu bằng !, hoặc đặt giá trị trong dấu nháy.', 'Remove the tag that starts with !, or quote the value.'],
  ],
};

// Everything else the parser may say, with no sentence of its own: where, and what to check.
const fallback: [Pair, Pair] = [
  ['Văn bản ở đây không đúng cú pháp YAML.', 'The text here is not valid YAML.'],
  ['Kiểm tra thụt lề, dấu hai chấm, dấu nháy và ngoặc ở dòng này và dòng trên.', 'Check the indentation, colons, quotes and brackets on this line and the one above.'],
];

const pick = (code: string, p: P): [Pair, Pair] => byVariant[String(p.variant)] ?? byCode[code] ?? fallback;

/** The message for any `yaml/…` code the parser produces. */
export function yamlMessage(code: string): Message<P> {
  return {
    vi: (p) => pick(code, p)[0][0],
    en: (p) => pick(code, p)[0][1],
    hint: { vi: (p) => pick(code, p)[1][0], en: (p) => pick(code, p)[1][1] },
  };
}
