import { contentDone } from '../domain/obligations-contents.js';
import { progressDocs } from '../load/workspace.js';
import { defineRule, type Finding } from './support/rule.js';
import { messages, type MessageId } from './messages/contents-evidenced.js';

/**
 * A content item (nội dung) has no count: it is done when its owner reports
 * it done and names the document that shows it. A `done` without a document
 * does not count in checklist, report or schedule (domain/obligations-contents.ts);
 * this warning says so where the record is written, before the report does.
 */
export default defineRule({
  id: 'contents-evidenced',
  description: {
    vi: 'Mỗi nội dung được báo cáo đã hoàn thành (status: done) đều nêu văn bản minh chứng (document).',
    en: 'Every content item reported done (status: done) names its evidence (document).',
  },
  severity: 'warning',
  tier: 'default',
  messages,
  check({ ws }) {
    const out: Finding<MessageId>[] = [];
    for (const doc of progressDocs(ws)) {
      const list = doc.data.contents ?? [];
      for (let i = 0; i < list.length; i++) {
        const c = list[i]!;
        if (c.status === 'done' && !contentDone(c)) out.push({ doc, path: ['contents', i, 'status'], params: { content: c.content, by: c.by } });
      }
    }
    return out;
  },
});
