/**
 * The frame of an administrative document in the form of NĐ 30/2020/NĐ-CP
 * Phụ lục I, for a plan's agency: the heading (managing and issuing agency,
 * number, place and date), the recipients and the signature block. Pure: the
 * plan's optional form fields, else defaults from the units file.
 */
import { isDocNumberError, isDraftNumber, parseDocNumber } from '../model/docnumber.js';
import { dateOf, toVNLong, type CalDate } from '../model/date.js';
import { compareVi } from '../model/text.js';
import type { PlanDoc } from '../model/types.js';
import type { UnitMap } from '../domain/scope.js';
import { issueDay } from '../domain/plan-facts.js';
import { ownerList, ownersOf, parentOn } from '../domain/units.js';

/** A recipient line as written, or all units of a kind ("Các Phòng Tư pháp"), which the renderer words. */
export type Recipient = string | { kind: string };

export interface DocumentFrame {
  /** Cơ quan chủ quản, in capitals; absent when neither the plan nor the units name one. */
  managingAgency?: string;
  /** Cơ quan ban hành, in capitals. */
  issuingAgency: string;
  /** "Số: 06/KH-STP", or "Số:      /BC-STP" for a number still to be given. */
  numberLine: string;
  /** "Tiền Giang, ngày 10 tháng 01 năm 2018"; blanks to fill in where a part is unknown. */
  dateLine: string;
  /** One entry a line, without the leading dash and trailing punctuation; `{kind}` stands for every unit of a kind. */
  recipients: Recipient[];
  /** Capitals: the authority (KT. GIÁM ĐỐC) and then the position; a placeholder when the plan names neither. */
  signerLines: string[];
  signerName?: string;
}

/** A number not given yet prints as blanks the clerk fills in by hand. */
const BLANK_NUMBER = '\u00a0'.repeat(6);
const BLANK = '……';
export const SIGNER_PLACEHOLDER = 'QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ';

const upper = (s: string): string => s.normalize('NFC').toLocaleUpperCase('vi');

/** "… tỉnh Tiền Giang" → "Tiền Giang": the place of a provincial agency is its province. */
function placeFrom(name: string | undefined): string | undefined {
  const m = name ? /(?:tỉnh|thành phố|TP\.)\s+(.+)$/iu.exec(name.normalize('NFC')) : null;
  return m?.[1]?.trim() || undefined;
}

/** The agency part of the plan's number: "STP" of 06/KH-STP. */
function agencyOf(id: string): string | undefined {
  const r = parseDocNumber(id);
  if (!isDocNumberError(r) && r.kind !== 'draft') return r.agency;
  const m = /\/[^-/]+-(.+)$/.exec(id);
  return m?.[1];
}

/**
 * The number line: the plan's own number for the plan, a blank number of the
 * given type (BC) for another document of the same agency.
 */
function numberLine(id: string, type: string | undefined): string {
  if (type !== undefined) {
    const agency = agencyOf(id);
    return `Số: ${BLANK_NUMBER}/${type}${agency ? `-${agency}` : ''}`;
  }
  if (!isDraftNumber(id)) return `Số: ${id}`;
  const slash = id.indexOf('/');
  return `Số: ${BLANK_NUMBER}${slash >= 0 ? id.slice(slash) : ''}`;
}

/**
 * Without `recipients`: the units the plan gives work to (not the issuer), by
 * name — a kind of more than three units as one line — and the file copy.
 */
function defaultRecipients(plan: PlanDoc, units: UnitMap): Recipient[] {
  const owners = [
    ...(plan.movements ?? []).flatMap((m) => [...(m.targets ?? []).map((t) => t.owner), ...(m.contents ?? []).map((c) => c.owner), ...(m.quotas ?? []).map((q) => q.owner)]),
    ...(plan.milestones ?? []).map((m) => m.owner),
  ];
  const day = issueDay(plan);
  const names = new Map<string, { name: string; kind: string }>();
  const kinds = new Set<string>();
  for (const o of owners) {
    // Each owner of a list on its own: a large kind is one line, a unit by name.
    for (const one of o === undefined ? [undefined] : ownerList(o)) {
      const named = ownersOf(units, one, plan, day).filter((u) => u.id !== plan.issuer);
      if (one !== undefined && typeof one !== 'string' && named.length > 3) kinds.add(one.kind);
      else for (const u of named) names.set(u.id, u);
    }
  }
  const single = [...names.values()].filter((u) => !kinds.has(u.kind)).map((u) => u.name);
  return [...single.sort(compareVi), ...[...kinds].sort().map((kind) => ({ kind })), 'Lưu: VT'];
}

export interface FrameOptions {
  /** The document's type code when it is not the plan itself (BC for the report). */
  type?: string;
  /** The document's date; the plan's issue date when absent. */
  date?: CalDate;
}

export function documentFrame(plan: PlanDoc, units: UnitMap, o: FrameOptions = {}): DocumentFrame {
  const issuer = plan.issuer ? units.get(plan.issuer)?.unit : undefined;
  // The managing agency is the issuer's parent on the document's day.
  const above = parentOn(issuer, o.date ?? dateOf(plan.issued));
  const parent = above ? units.get(above)?.unit : undefined;
  const managing = plan.managingAgency ?? parent?.name;
  const issuing = plan.issuingAgency ?? issuer?.name ?? plan.issuer ?? BLANK;
  const place = plan.place ?? placeFrom(issuer?.name) ?? placeFrom(parent?.name) ?? placeFrom(plan.managingAgency) ?? BLANK;
  const date = o.date ?? dateOf(plan.issued);
  const lines = [plan.signerAuthority, plan.signerTitle].filter((s): s is string => Boolean(s)).map(upper);
  return {
    ...(managing && { managingAgency: upper(managing) }),
    issuingAgency: upper(issuing),
    numberLine: numberLine(plan.id, o.type),
    dateLine: `${place.normalize('NFC')}, ${date ? toVNLong(date) : `ngày ${BLANK} tháng ${BLANK} năm ${plan.year}`}`,
    recipients: plan.recipients?.map((r) => r.normalize('NFC').trim().replace(/^[-–]\s*/, '').replace(/[;.,]$/, '')) ?? defaultRecipients(plan, units),
    signerLines: lines.length ? lines : [SIGNER_PLACEHOLDER],
    ...(plan.signer && { signerName: plan.signer.normalize('NFC') }),
  };
}
