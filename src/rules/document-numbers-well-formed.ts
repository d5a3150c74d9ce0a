import { plans } from '../load/workspace.js';
import { isDocNumberError, parseDocNumber } from '../model/docnumber.js';
import type { DataPath } from '../model/types.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/document-numbers-well-formed.js';

/** Số, ký hiệu as NĐ 30/2020/NĐ-CP, the Law on legal documents and Hướng dẫn 36-HD/VPTW write them (src/model/docnumber.ts). */
export default defineRule({
  id: 'document-numbers-well-formed',
  description: { vi: 'Số, ký hiệu của kế hoạch và của các văn bản căn cứ viết đúng thể thức.', en: 'The plan’s number and its basis documents’ numbers are well formed.' },
  severity: 'error',
  tier: 'default',
  messages,
  check({ ws }) {
    const out: Finding<MessageId>[] = [];
    for (const doc of plans(ws)) {
      const items: [string, DataPath, string][] = [['id', ['id'], doc.data.id]];
      (doc.data.basis ?? []).forEach((b, i) => b.ref !== undefined && items.push(['basis', ['basis', i, 'ref'], b.ref]));
      for (const [field, path, value] of items) {
        // A draft (…/KH-STP, DRAFT) is not numbered yet: another rule says so.
        const r = parseDocNumber(value);
        if (!isDocNumberError(r)) continue;
        const messageId = r.error === 'malformed' ? 'default' : r.error;
        out.push({ doc, path, messageId, params: { field, value, type: r.type, closest: r.closest, suggestion: r.suggestion } });
      }
    }
    return out;
  },
});
