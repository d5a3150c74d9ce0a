/**
 * A plan's stable identity (`uid`). A new plan starts with a draft number
 * (`__/KH-STP`) that the clerk later replaces by the real one (`06/KH-STP`);
 * calendar UIDs and progress files must not change when that happens, so
 * they follow `uid` when the plan has one (docs/format.md). `new` writes it:
 * the issuer, the new window's first year and a short hash of where the plan
 * came from and its window, so the same source and options always give the
 * same uid and two plans of one issuer in one year do not share it.
 */
import { createHash } from 'node:crypto';
import type { Document, Node } from 'yaml';
import { isScalar } from 'yaml';
import { toISO } from '../model/date.js';
import type { PlanDoc } from '../model/types.js';
import type { Span } from './next-window.js';
import { lineEnd, replaceScalarValue, type Edit } from './source-edits.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function planUid(plan: PlanDoc, next: Span): string {
  const from = plan.uid ?? `${plan.id}@${plan.year}`;
  const h = createHash('sha256').update(`${from}\u0000${toISO(next.from)}\u0000${toISO(next.to)}`, 'utf8').digest('hex').slice(0, 8);
  const issuer = typeof plan.issuer === 'string' && SLUG.test(plan.issuer) ? plan.issuer : 'kh';
  return `${issuer}-${next.from.y}-${h}`;
}

/** Replaces the old plan's `uid`, or writes one on the line after `id`. */
export function uidEdits(source: string, doc: Document.Parsed, uid: string): Edit[] {
  const old = doc.get('uid', true);
  if (isScalar(old)) return [replaceScalarValue(source, old as Node, uid)];
  const id = doc.get('id', true) as Node | undefined;
  if (!id?.range) return [];
  const pos = lineEnd(source, id.range[1]);
  const eol = source.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^[ \t]*/.exec(source.slice(source.lastIndexOf('\n', id.range[0] - 1) + 1))![0];
  const sep = pos > 0 && source[pos - 1] !== '\n' ? eol : '';
  return [{ start: pos, end: pos, text: `${sep}${indent}uid: ${uid}  # mã cố định của kế hoạch: giữ nguyên khi ghi số ký hiệu thật${eol}` }];
}
