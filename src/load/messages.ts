import type { Message } from '../diagnostics/text.js';
import { yamlMessage } from './yaml-messages.js';

type P = Record<string, unknown>;
const m = (vi: (p: P) => string, en: (p: P) => string, hvi?: (p: P) => string, hen?: (p: P) => string): Message<P> =>
  hvi && hen ? { vi, en, hint: { vi: hvi, en: hen } } : { vi, en };

/** Messages of the loader: reading, YAML syntax and document recognition. */
export const loadMessages: Record<string, Message<P>> = {
  'load/not-found': m(() => 'Không tìm thấy tệp.', () => 'No such file.', () => 'Kiểm tra lại đường dẫn.', () => 'Check the path.'),
  'load/unreadable': m((p) => `Không đọc được tệp (${p.reason}).`, (p) => `Cannot read the file (${p.reason}).`),
  'load/folder-unreadable': m(
    (p) => `Không đọc được thư mục (${p.reason}): các tệp trong đó không được kiểm tra.`,
    (p) => `Cannot read the folder (${p.reason}): the files in it were not checked.`,
    () => 'Cấp quyền đọc cho thư mục, hoặc bỏ nó khỏi danh sách kiểm tra (--ignore, .thiduaignore).',
    () => 'Make the folder readable, or leave it out (--ignore, .thiduaignore).',
  ),
  'load/symlink-loop': m(
    () => 'Liên kết tượng trưng (symlink) trỏ vòng về chính nó, không dẫn tới tệp nào.',
    () => 'A symbolic link loop: the link leads back to itself, never to a file.',
    () => 'Sửa hoặc xoá liên kết.',
    () => 'Fix or remove the link.',
  ),
  'load/not-a-file': m(
    (p) => `Không phải tệp thường (${({ fifo: 'một FIFO (đường ống có tên)', device: 'một thiết bị', socket: 'một socket', folder: 'một thư mục', other: 'loại đặc biệt' } as Record<string, string>)[String(p.what)]}); không mở để đọc.`,
    (p) => `Not a regular file (${({ fifo: 'a FIFO (named pipe)', device: 'a device', socket: 'a socket', folder: 'a folder', other: 'a special file' } as Record<string, string>)[String(p.what)]}); not opened for reading.`,
    () => 'Chỉ kiểm tra tệp .yaml/.yml thường; đổi tên hoặc bỏ nó khỏi danh sách kiểm tra.',
    () => 'Only regular .yaml/.yml files are checked; rename it or leave it out.',
  ),
  'load/too-large': m(
    (p) => `Tệp quá lớn (${p.more ? 'hơn ' : ''}${p.bytes} byte; tối đa 10 MiB) — không phải một tệp kế hoạch.`,
    (p) => `File too large (${p.more ? 'more than ' : ''}${p.bytes} bytes; at most 10 MiB): not a plan file.`,
  ),
  'load/too-large-to-place': m(
    (p) => `Tệp ${p.bytes} byte không viết ở dạng YAML đơn giản của tệp kế hoạch (ví dụ có lỗi cú pháp YAML, tab, neo/bí danh, thẻ, hoặc một ánh xạ hơn 1000 khoá); tệp trên ${p.max} chỉ được đọc ở dạng đó, nên không chỉ ra được lỗi nằm ở đâu.`,
    (p) => `The file (${p.bytes} bytes) is not in the plain YAML plan files are written in (for example it has a YAML mistake, a tab, anchors, tags, or a mapping of over 1000 keys); a file over ${p.max} is read only in that form, so its problems cannot be placed.`,
    (p) => `Tách tệp thành các tệp nhỏ hơn ${p.max} (các tệp đơn vị trong cùng một thư mục được đọc chung) rồi kiểm tra lại để thấy từng lỗi.`,
    (p) => `Split it into files under ${p.max} (several units files in one folder are read together) and run again to see each problem.`,
  ),
  'load/not-placed': m(
    (p) => `Các vấn đề của tệp này được ghi ở dòng 1: tệp lớn hơn ${p.max} nên không được phân tích đầy đủ, và có dòng chú thích (#) ở chỗ bộ đọc nhanh không định vị theo được (thụt vào sâu hơn dòng ngay sau nó, hoặc ngay dưới một khoá để trống); mỗi thông báo vẫn nêu giá trị sai.`,
    (p) => `This file's problems are reported at line 1: it is over ${p.max}, too large to be parsed in full, and has a comment line where the fast reader cannot place around it (indented deeper than the line after it, or right under an empty key); each message still names the offending value.`,
    (p) => `Thụt mỗi dòng chú thích không sâu hơn dòng ngay sau nó, hoặc tách tệp thành các tệp nhỏ hơn ${p.max}, để thấy vị trí của từng vấn đề.`,
    (p) => `Indent each comment line no deeper than the line after it, or split the file into files under ${p.max}, to see where each problem is.`,
  ),
  'load/utf16': m(
    (p) => `Tệp được mã hoá ${p.name} (có BOM), không phải UTF-8.`,
    (p) => `The file is ${p.name} encoded (it starts with a byte-order mark), not UTF-8.`,
    () => 'Lưu lại tệp với mã hoá UTF-8 (trong Notepad: Lưu thành… → Mã hoá: UTF-8).',
    () => 'Save the file again as UTF-8 (in Notepad: Save as… → Encoding: UTF-8).',
  ),
  'load/binary': m(
    (p) => `Tệp nhị phân (byte 0 ở vị trí ${p.offset}), không phải văn bản YAML.`,
    (p) => `Binary file (a NUL byte at offset ${p.offset}), not YAML text.`,
    () => 'Chỉ kiểm tra các tệp .yaml/.yml dạng văn bản.',
    () => 'Only text .yaml/.yml files are checked.',
  ),
  'load/not-utf8': m(
    (p) => `Tệp không được mã hoá UTF-8: byte ở vị trí ${p.offset} không phải UTF-8.`,
    (p) => `The file is not UTF-8 encoded: the byte at offset ${p.offset} is not UTF-8.`,
    () => 'Lưu lại tệp với mã hoá UTF-8 (Unicode).',
    () => 'Save the file again as UTF-8 (Unicode).',
  ),
  'load/too-deep': m(
    (p) => `Cấu trúc lồng nhau quá sâu ở đây (hơn ${p.max} mức); một kế hoạch chỉ cần vài mức.`,
    (p) => `Nested too deep here (more than ${p.max} levels); a plan needs only a few.`,
    () => 'Kiểm tra các dấu [ và { đã được đóng, và thụt lề của các dòng.',
    () => 'Check that every [ and { is closed, and the indentation of the lines.',
  ),
  'load/control-char': m(
    (p) => (p.bidi ? `Ký tự điều khiển hướng chữ ${p.char} ở đây: dòng hiển thị khác với nội dung thật.` : `Ký tự điều khiển ${p.char} ở đây; YAML không cho phép ký tự này trong văn bản.`),
    (p) => (p.bidi ? `A bidirectional control ${p.char} here: the line reads differently from what it holds.` : `A control character ${p.char} here; YAML does not allow it in text.`),
    () => 'Xoá ký tự này (thường lọt vào khi dán văn bản từ nơi khác).',
    () => 'Delete it (it usually comes in with pasted text).',
  ),
  'load/legacy-encoding': m(
    (p) => `Văn bản ${p.value} được gõ bằng bảng mã ${p.name} cũ; đọc đúng là ${p.converted}.`,
    (p) => `The text ${p.value} was typed in the legacy ${p.name} encoding; it reads ${p.converted}.`,
    () => 'Chạy "thidua fix" để chuyển sang Unicode, hoặc gõ lại bằng bộ gõ Unicode.',
    () => 'Run "thidua fix" to convert it to Unicode, or retype it with a Unicode keyboard.',
  ),
  'load/legacy-file': m(
    (p) => `Tệp được lưu bằng bảng mã ${p.name} cũ, không phải UTF-8; thidua đã đọc nó như ${p.name}.`,
    (p) => `The file is saved in the legacy ${p.name} encoding, not UTF-8; thidua read it as ${p.name}.`,
    () => 'Chạy "thidua fix" để lưu lại tệp bằng Unicode (UTF-8).',
    () => 'Run "thidua fix" to save the file as Unicode (UTF-8).',
  ),
  'load/lookalike-d': m(
    () => 'Ký tự "Ð" (U+00D0) giống chữ "Đ" nhưng khác mã.',
    () => 'The character "Ð" (U+00D0) looks like "Đ" (U+0110) but is a different letter.',
    () => 'Thay bằng chữ Đ tiếng Việt (U+0110).',
    () => 'Replace it with the Vietnamese Đ (U+0110).',
  ),
  'load/bom': m(
    () => 'Tệp bắt đầu bằng BOM UTF-8; đã bỏ qua.',
    () => 'The file starts with a UTF-8 byte-order mark; it was ignored.',
    () => 'Lưu tệp dạng "UTF-8 không BOM".',
    () => 'Save as "UTF-8 without BOM".',
  ),
  'load/empty': m(
    () => 'Tài liệu rỗng: không có nội dung thidua.',
    () => 'Empty document: nothing for thidua to check.',
    () => 'Bắt đầu tài liệu bằng "thidua: 1" và "kind: plan|units|progress".',
    () => 'Start the document with "thidua: 1" and "kind: plan|units|progress".',
  ),
  'load/not-thidua': m(
    () => 'Đây không phải tài liệu thidua: thiếu "thidua: 1".',
    () => 'Not a thidua document: "thidua: 1" is missing.',
    () => 'Thêm "thidua: 1" và "kind: …" ở đầu tài liệu, hoặc bỏ tệp này khỏi danh sách kiểm tra.',
    () => 'Add "thidua: 1" and "kind: …" at the top, or leave the file out of the check.',
  ),
  'load/skipped': m(
    () => 'Bỏ qua: tệp YAML này không phải tài liệu thidua (không có "thidua: 1").',
    () => 'Skipped: this YAML file is not a thidua document (no "thidua: 1").',
    () => 'Tệp của công cụ khác (docker-compose.yml, mkdocs.yml, .github/workflows) được bỏ qua khi kiểm tra cả thư mục; thêm vào .thiduaignore hoặc --ignore để không thấy ghi chú này.',
    () => "Other tools' files (docker-compose.yml, mkdocs.yml, .github/workflows) are skipped when a folder is checked; list them in .thiduaignore or pass --ignore to silence this note.",
  ),
  'load/unsupported-version': m(
    (p) => `Phiên bản định dạng ${p.value} không được hỗ trợ; chỉ có "thidua: 1".`,
    (p) => `Format version ${p.value} is not supported; only "thidua: 1" is.`,
  ),
  'load/unknown-kind': m(
    (p) => `Loại tài liệu ${p.value} không hợp lệ.`,
    (p) => `Unknown document kind ${p.value}.`,
    () => 'Dùng một trong: plan, units, progress.',
    () => 'Use one of: plan, units, progress.',
  ),
  'load/not-nfc': m(
    (p) => `Văn bản ${p.value} không ở dạng Unicode NFC (dựng sẵn); đã chuẩn hoá để so sánh.`,
    (p) => `The text ${p.value} is not Unicode NFC (precomposed); it was normalised for comparison.`,
    () => 'Lưu lại bằng bộ gõ Unicode dựng sẵn để chữ giống nhau thì mã cũng giống nhau.',
    () => 'Retype or convert to precomposed Unicode so equal-looking text is equal.',
  ),
  'yaml/alias-limit': m(
    () => 'Quá nhiều bí danh (alias) YAML: tài liệu sẽ nở ra quá lớn.',
    () => 'Too many YAML aliases: the document would expand beyond a safe size.',
    () => 'Viết thẳng giá trị thay vì dùng *alias lồng nhau.',
    () => 'Write the values out instead of nesting *aliases.',
  ),
};

/** YAML parser error codes that deserve a sentence of their own. */
export const yamlMessages: Record<string, Message<P>> = {
  'yaml/duplicate-key': m(
    (p) => `Khoá ${p.key} bị lặp lại trong cùng một đối tượng.`,
    (p) => `The key ${p.key} appears twice at the same level.`,
    () => 'Giữ một khoá, xoá khoá kia.',
    () => 'Keep one and remove the other.',
  ),
  'yaml/tag-resolve-failed': m(
    (p) => `Thẻ ${p.tag} không đọc được giá trị ${p.value} ở đây.`,
    (p) => `The tag ${p.tag} cannot read the value ${p.value} here.`,
    () => 'Bỏ thẻ (!!…) đi: thidua không cần thẻ YAML.',
    () => 'Remove the tag (!!…): thidua needs no YAML tags.',
  ),
  'yaml/tab-as-indent': m(
    () => 'Dấu tab được dùng để thụt lề; YAML chỉ cho phép dấu cách.',
    () => 'A tab is used for indentation; YAML allows only spaces.',
    (p) => `Thay dấu tab bằng dấu cách (${String(p.width ?? 2)} dấu cách), hoặc chạy "thidua fix".`,
    (p) => `Replace the tab with spaces (${String(p.width ?? 2)} spaces), or run "thidua fix".`,
  ),
  'yaml/indent-slip': m(
    (p) => `Dòng này thụt lề ${String(p.got)} dấu cách, không thẳng cột với các dòng cùng cấp (${String(p.want)} dấu cách).`,
    (p) => `This line is indented ${String(p.got)} spaces and lines up with no level above (${String(p.want)} spaces).`,
    (p) => (p.want === 0 ? 'Bỏ các dấu cách ở đầu dòng: khoá này thuộc cấp ngoài cùng.' : `Thụt lề dòng này đúng ${String(p.want)} dấu cách, thẳng cột với khoá cùng cấp.`),
    (p) => (p.want === 0 ? 'Remove the spaces at the start of the line: the key is at the top level.' : `Indent this line by exactly ${String(p.want)} spaces, in line with the keys of its level.`),
  ),
  'yaml/missing-char': withOpener('yaml/missing-char', 'Dấu', 'The'),
  'yaml/bad-indent': withOpener('yaml/bad-indent', 'Danh sách mở bằng', 'The list opened with'),
};

const closer = (o: unknown): string => (o === '[' ? ']' : o === '{' ? '}' : String(o));

/** An unclosed quote or bracket names the character; any other variant has its own sentence. */
function withOpener(code: string, vi: string, en: string): Message<P> {
  const other = yamlMessage(code);
  return m(
    (p) => (p.opener ? `${vi} ${String(p.opener)} ở đây không được đóng.` : other.vi(p)),
    (p) => (p.opener ? `${en} ${String(p.opener)} opened here is never closed.` : other.en(p)),
    (p) => (p.opener ? `Thêm ${closer(p.opener)} đóng ở cuối giá trị, trên cùng dòng.` : other.hint!.vi(p)),
    (p) => (p.opener ? `Close it with ${closer(p.opener)} at the end of the value, on the same line.` : other.hint!.en(p)),
  );
}
