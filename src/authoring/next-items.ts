/**
 * The structured dates of `thidua new`: movements, their targets, quotas and
 * contents, milestones, phases, events and anniversaries, each moved with the
 * window it belongs to (next-window.ts) and every exception listed.
 */
import { isScalar, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { periodWindow, resolveEvent } from '../domain/windows.js';
import { aimedOccurrence } from '../domain/occurrences.js';
import { occurrence } from '../model/catalogue.js';
import { compareDates, inYear, parseDate, toISO, type CalDate } from '../model/date.js';
import type { Anniversary, DataPath } from '../model/types.js';
import { entryOf, mapAt, seqAt, str, writeLike, type Ctx } from './next-ctx.js';
export { mapAt, seqAt, str, type Ctx };
import { inSpan, moveDate } from './next-window.js';
import { emptySeqEdit, removeSeqItem, replaceFlow, replaceNode, replaceScalarValue } from './source-edits.js';

/** The date scalars of a `due`: a date, or `{before: date}` / `{by: date}`. */
function dueNodes(item: YAMLMap | undefined): { node: Node; key: string[] }[] {
  const due = item?.get('due', true);
  if (isScalar(due)) return [{ node: due, key: ['due'] }];
  const m = mapAt(due);
  return m ? m.items.filter((p) => isScalar(p.key) && isScalar(p.value)).map((p) => ({ node: p.value as Node, key: ['due', String((p.key as { value: unknown }).value)] })) : [];
}

/** Moves one date scalar with its window; returns the old and new days. */
function move(ctx: Ctx, node: unknown, path: DataPath): { from: CalDate; to: CalDate } | undefined {
  const text = str(node);
  const d = text ? parseDate(text) : undefined;
  if (!text || !d) return undefined;
  const to = moveDate(d, ctx.shift);
  const written = writeLike(text, to);
  if (d.m === 2 && d.d === 29 && to.d === 28 && to.m === 2) ctx.r.moved29Feb.push({ path, from: text, to: written });
  if (written !== text) ctx.edits.push(replaceScalarValue(ctx.source, node as Node, written));
  return { from: d, to };
}

/** A date that lay inside its frame and now lies after the frame's new end: said. */
function checkEnd(ctx: Ctx, path: DataPath, id: string, moved: { from: CalDate; to: CalDate } | undefined, frame: { old: CalDate; next: CalDate }, movement?: string): void {
  if (!moved || compareDates(moved.from, frame.old) > 0 || compareDates(moved.to, frame.next) <= 0) return;
  ctx.r.beyond.push({ path, id, due: toISO(moved.to), end: toISO(frame.next), ...(movement && { movement }) });
}

/** Movements, their dated items, milestones, phases and events. */
export function itemEdits(ctx: Ctx): void {
  const { doc, shift } = ctx;
  const planEnd = { old: shift.old.to, next: shift.next.to };
  const ends = movementEdits(ctx);
  const ms = seqAt(doc.get('milestones', true));
  let removed = 0;
  ms?.items.forEach((item, i) => {
    const m = mapAt(item);
    const id = str(m?.get('id', true)) ?? `#${i}`;
    const movement = str(m?.get('movement', true));
    const end = movement !== undefined ? ends.get(movement) : undefined;
    if (end === 'dropped') {
      ctx.r.dropped.push({ kind: 'milestone', id, path: ['milestones', i], movement: movement! });
      ctx.edits.push(removeSeqItem(ctx.source, ms, i));
      removed++;
    } else if (end === 'kept') {
      for (const { node } of dueNodes(m)) ctx.r.kept.push({ kind: 'milestone', path: ['milestones', i], id, date: str(node) ?? '', movement: movement! });
    } else {
      for (const { node, key } of dueNodes(m)) checkEnd(ctx, ['milestones', i, ...key], id, move(ctx, node, ['milestones', i, ...key]), end ?? planEnd, movement);
    }
  });
  if (ms && removed > 0 && removed === ms.items.length) emptyList(ctx, 'milestones', ms);
  seqAt(doc.get('phases', true))?.items.forEach((ph, i) => {
    const p = mapAt(ph);
    for (const key of ['from', 'to']) move(ctx, p?.get(key, true), ['phases', i, key]);
  });
  // An event (a congress, an election) does not recur: its date is kept, and said when the new window no longer holds it.
  seqAt(doc.get('events', true))?.items.forEach((ev, i) => {
    const e = ctx.plan.events?.[i];
    const days = e ? resolveEvent(e) : undefined;
    if (e && days && !inSpan(days.from, ctx.shift.next)) ctx.r.kept.push({ kind: 'event', path: ['events', i], id: e.id, date: toISO(days.from) });
    void ev;
  });
}

type End = { old: CalDate; next: CalDate } | 'dropped' | 'kept';

/**
 * A movement inside the old window moves with it; one that ended before the
 * new window is dropped (with its milestones); one that still runs (a
 * 2016–2020 movement in 2019) is kept as it is, its items' dates too.
 */
function movementEdits(ctx: Ctx): Map<string, End> {
  const { source, doc, shift, edits, r } = ctx;
  const out = new Map<string, End>();
  const seq = seqAt(doc.get('movements', true));
  if (!seq) return out;
  seq.items.forEach((item, i) => {
    const m = mapAt(item);
    if (!m) return;
    const id = str(m.get('id', true)) ?? `#${i}`;
    const period = mapAt(m.get('period', true));
    // The movement's days as the domain reads them (an end at an event included).
    const win = m.get('period') ? periodWindow(ctx.plan, ctx.plan.movements?.[i]?.period, { from: shift.old.from, to: shift.old.to }) : undefined;
    let end: End = { old: shift.old.to, next: shift.next.to };
    if (win && compareDates(win.to, shift.old.to) <= 0 && compareDates(shift.old.from, win.from) <= 0) {
      const moved = { from: moveDate(win.from, shift), to: moveDate(win.to, shift) };
      if (period?.get('until') && ctx.opts.period) {
        // The clerk's window replaces the event the old drive ended at.
        const like = str(period.get('from', true)) ?? '';
        edits.push(replaceFlow(source, m, 'period', `{ from: ${writeLike(like, moved.from)}, to: ${writeLike(like, moved.to)} }`));
      } else {
        move(ctx, period?.get('from', true), ['movements', i, 'period', 'from']);
        move(ctx, period?.get('to', true), ['movements', i, 'period', 'to']);
      }
      end = { old: win.to, next: moved.to };
    } else if (win && compareDates(win.to, shift.next.from) < 0) {
      r.dropped.push({ kind: 'movement', id, path: ['movements', i], to: str(period?.get('to', true)) ?? toISO(win.to) });
      edits.push(removeSeqItem(source, seq, i));
      out.set(id, 'dropped');
      return;
    } else if (win) {
      out.set(id, 'kept');
      return;
    }
    out.set(id, end);
    for (const key of ['targets', 'quotas', 'contents']) {
      seqAt(m.get(key, true))?.items.forEach((t, j) => {
        const tm = mapAt(t);
        const tid = str(tm?.get('id', true)) ?? `#${j}`;
        for (const { node, key: k } of dueNodes(tm)) checkEnd(ctx, ['movements', i, key, j, ...k], tid, move(ctx, node, ['movements', i, key, j, ...k]), end as { old: CalDate; next: CalDate }, id);
      });
    }
  });
  const dropped = [...out.values()].filter((v) => v === 'dropped').length;
  if (dropped > 0 && dropped === seq.items.length) emptyList(ctx, 'movements', seq);
  return out;
}

/** A list emptied by removals is written `[]`: a key with nothing under it would be null. */
function emptyList(ctx: Ctx, key: string, seq: YAMLSeq): void {
  if (seq.flow) return;
  const pair = (ctx.doc.contents as YAMLMap).items.find((p) => isScalar(p.key) && p.key.value === key);
  if (pair && isScalar(pair.key)) ctx.edits.push(emptySeqEdit(ctx.source, pair.key));
}

/**
 * An anniversary's occurrence moves with the window: its `date` is the same
 * day of the year the window puts it in (a lunar day computed anew), and a
 * stated `years` grows by as many years as the occurrence moved.
 */
export function anniversaryEdits(ctx: Ctx): void {
  const { source, doc, edits, r, plan } = ctx;
  seqAt(doc.get('anniversaries', true))?.items.forEach((item, i) => {
    const a = mapAt(item);
    const data = plan.anniversaries?.[i] as Anniversary | undefined;
    if (!a || !data) return;
    const id = str(a.get('id', true)) ?? `#${i}`;
    const entry = entryOf(a);
    const dateNode = a.get('date', true);
    const dateText = str(dateNode);
    const old = (dateText ? parseDate(dateText) : undefined) ?? aimedOccurrence(data, plan)?.date;
    if (!old) return;
    const year = moveDate(old, ctx.shift).y;
    const yearsNode = a.get('years', true);
    // Only a stated ordinal is rewritten; an absent one stays absent.
    if (isScalar(yearsNode) && typeof yearsNode.value === 'number') {
      const to = yearsNode.value + (year - old.y);
      if (to !== yearsNode.value) edits.push(replaceNode(yearsNode, String(to)));
      r.recomputed.push({ id, path: ['anniversaries', i, 'years'], from: yearsNode.value, to });
    }
    if (!dateText || !parseDate(dateText)) return;
    if (entry?.calendar === 'lunar') {
      // A lunar day does not keep its solar day and month from one year to the next.
      const to = writeLike(dateText, occurrence(entry, year).date);
      edits.push(replaceScalarValue(source, dateNode as Node, to));
      r.lunar.push({ path: ['anniversaries', i, 'date'], from: dateText, to });
      return;
    }
    const to = writeLike(dateText, inYear(old, year));
    if (old.m === 2 && old.d === 29 && to !== writeLike(dateText, { ...old, y: year })) r.moved29Feb.push({ path: ['anniversaries', i, 'date'], from: dateText, to });
    if (to !== dateText) edits.push(replaceScalarValue(source, dateNode as Node, to));
  });
}
