/** The README `thidua init` writes: for the clerks of the emulation office, in Vietnamese. */
export function initReadme(issuer: string, year: number): string {
  const next = year + 1;
  return `# Kế hoạch thi đua — ${issuer.replace(/[\r\n]+/g, ' ')}

Kho này chứa các kế hoạch thi đua viết bằng YAML và được kiểm tra bằng
[thidua](https://github.com/thidua/thidua): số năm kỷ niệm, ngày tháng, đơn vị,
số ký hiệu văn bản… được tính và đối chiếu tự động, không phải dò bằng mắt.

## Các tệp

| Tệp | Nội dung |
|---|---|
| \`units.yaml\` | Cơ quan và các đơn vị trực thuộc (mã, tên, loại, đơn vị cấp trên) |
| \`plan-${year}.yaml\` | Kế hoạch thi đua năm ${year}: phong trào, hai đợt thi đua, ngày kỷ niệm |
| \`progress/progress-template.yaml\` | Mẫu báo cáo tiến độ để các đơn vị sao chép |
| \`vendor/thidua-….tgz\` | Chính bản thidua đã tạo kho này, để cài không cần mạng và mọi máy dùng cùng một phiên bản |
| \`package.json\`, \`package-lock.json\` | thidua là công cụ của kho (\`package-lock.json\` có sau lần \`npm install\` đầu tiên) |
| \`.github/workflows/thidua.yml\` | Kiểm tra tự động trên GitHub khi đẩy mã lên main và ở mỗi pull request |
| \`.pre-commit-config.yaml\` | Kiểm tra trước mỗi lần commit (công cụ pre-commit) |

## Bắt đầu

1. Cài Node.js 20 trở lên, rồi chạy \`npm install\` trong thư mục này. Lần đầu,
   lệnh này tạo \`package-lock.json\`: commit tệp đó cùng thư mục \`vendor/\`
   (kiểm tra tự động trên GitHub cài đúng những gì tệp đó ghi, bằng \`npm ci\`).
2. Mở thư mục bằng VS Code và cài tiện ích **YAML** (Red Hat): dòng đầu mỗi tệp
   (\`# yaml-language-server: $schema=…\`) giúp trình soạn thảo gợi ý tên trường và
   báo lỗi ngay khi gõ.

## Làm việc hằng ngày

1. **Kiểm tra** sau mỗi lần sửa: \`npx thidua validate\`. Kết quả "hợp lệ" là xong;
   mỗi lỗi ghi rõ tệp, dòng, cột và cách sửa. Lỗi máy tự sửa được (dấu tab, mã
   TCVN3/VNI, số năm kỷ niệm ghi sai): \`npx thidua fix\` (xem trước bằng
   \`npx thidua fix --dry-run\`).
2. **Lịch năm**: \`npx thidua schedule -o lich.ics\` ghi mọi đợt thi đua, ngày kỷ
   niệm và thời hạn vào tệp lịch; mở tệp bằng Outlook, Google Calendar hay điện
   thoại để được nhắc việc. Xem nhanh trên màn hình: \`npx thidua schedule\`.
3. **Việc cần làm** của từng đơn vị, dạng ô đánh dấu: \`npx thidua checklist\`;
   mỗi đơn vị một trang để in: \`npx thidua checklist --by unit -o viec-can-lam.docx\`.
4. **Báo cáo** tiến độ từ các tệp trong \`progress/\`:
   \`npx thidua report -o bao-cao.html\` (mở bằng trình duyệt, in ra giấy), hoặc
   \`-o bao-cao.docx\` để có văn bản Word, \`-o bao-cao.xlsx\` cho Excel.

Các lệnh tính theo ngày hôm nay; báo cáo tính đến một ngày khác:
\`npx thidua report --as-of 30/06/${year} -o so-ket-6-thang.html\`.

## Việc cần làm với kế hoạch năm ${year}

- Khi văn bản được cấp số: thay \`__/KH-…\` ở \`id\` bằng số, ký hiệu thật (ví dụ
  \`06/KH-STP\`, số dưới 10 viết 06), và ghi ngày ký vào \`issued\`. Đến lúc đó
  thidua nhắc "kế hoạch chưa được cấp số" (cảnh báo, không phải lỗi).
- Bổ sung căn cứ (\`basis\`), phong trào, chỉ tiêu (\`targets\`), hạn đăng ký và báo
  cáo (\`milestones\`).
- Ngày kỷ niệm năm tròn, năm lẻ 5 đã được gợi ý sẵn; số năm (\`years\`) được tính
  bằng năm kế hoạch trừ năm gốc. Xem đủ danh mục:
  \`npx thidua anniversaries --year ${year} --round\`.

## Sang năm mới

Không sao chép tay kế hoạch năm cũ. Dùng:

\`\`\`sh
npx thidua new --from plan-${year}.yaml --year ${next} -o plan-${next}.yaml
\`\`\`

Lệnh này chuyển mọi ngày sang năm ${next}, tính lại số năm kỷ niệm, bỏ các phong
trào đã hết thời gian (và báo ra), đổi số văn bản thành số dự thảo, giữ nguyên mọi
ghi chú; rồi liệt kê các ngày kỷ niệm năm tròn, năm lẻ 5 của năm ${next} mà kế
hoạch chưa có (thêm \`--suggest\` để ghi chúng vào tệp dưới dạng ghi chú).

## Báo cáo tiến độ

Mỗi đơn vị sao chép \`progress/progress-template.yaml\` thành một tệp riêng (ví dụ
\`progress/progress-phong-a-${year}-06-30.yaml\`), ghi \`asOf\` và điền các mục.
Nhiều tệp tiến độ cùng báo cáo cho một kế hoạch; thidua gộp lại và báo trùng lặp.
`;
}
