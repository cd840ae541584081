/**
 * The daily reminder e-mail of one user: every deadline that reached a reminder stage, grouped as
 * overdue, due today and coming up, in Vietnamese, as plain text and as HTML (the same content).
 * One mail per user per day, however many items it lists.
 */

import type * as LocalDate from "../LocalDate.js";
import * as VnDate from "../VnDate.js";
import type { DeadlineView } from "./Deadline.js";

/** One line of a digest: the deadline, its state and the name of its unit. */
export interface DigestItem {
  readonly deadline: DeadlineView;
  readonly unitName: string;
}

/** A composed message. */
export interface Message {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const when = (d: DeadlineView): string => {
  const day = VnDate.formatShort(d.dueOn);
  if (d.state === "overdue") return `hạn ${day}, quá hạn ${-d.workingDaysLeft} ngày làm việc`;
  if (d.workingDaysLeft === 0) return `hạn ${day} (hôm nay)`;
  return `hạn ${day}, còn ${d.workingDaysLeft} ngày làm việc`;
};

const groupsOf = (items: ReadonlyArray<DigestItem>) => [
  { title: "Quá hạn", items: items.filter((i) => i.deadline.state === "overdue") },
  { title: "Đến hạn hôm nay", items: items.filter((i) => i.deadline.state !== "overdue" && i.deadline.workingDaysLeft === 0) },
  { title: "Sắp đến hạn", items: items.filter((i) => i.deadline.state !== "overdue" && i.deadline.workingDaysLeft !== 0) },
];

/** The subject: "[CCHC] Nhắc việc ngày 16/6/2022: 1 việc đến hạn hôm nay, 2 việc quá hạn". */
export const subject = (asOf: LocalDate.LocalDate, items: ReadonlyArray<DigestItem>): string => {
  const [overdue, today, soon] = groupsOf(items).map((g) => g.items.length) as [number, number, number];
  const parts = [
    ...(today > 0 ? [`${today} việc đến hạn hôm nay`] : []),
    ...(overdue > 0 ? [`${overdue} việc quá hạn`] : []),
    ...(soon > 0 ? [`${soon} việc sắp đến hạn`] : []),
  ];
  return `[CCHC] Nhắc việc ngày ${VnDate.formatShort(asOf)}: ${parts.join(", ")}`.normalize("NFC");
};

/** Composes the digest of `displayName` as of a day; links are `appUrl` + each deadline's path. */
export const compose = (input: {
  readonly displayName: string;
  readonly asOf: LocalDate.LocalDate;
  readonly items: ReadonlyArray<DigestItem>;
  readonly appUrl: string;
}): Message => {
  const base = input.appUrl.replace(/\/+$/, "");
  const groups = groupsOf(input.items).filter((g) => g.items.length > 0);
  const intro = `Kính gửi ${input.displayName},\n\nHệ thống CCHC nhắc các việc sau (tính đến ${VnDate.formatLong(input.asOf)}):`;
  const text = [
    intro,
    ...groups.map(
      (g) =>
        `\n${g.title.toLocaleUpperCase("vi")} (${g.items.length}):\n${g.items
          .map((i) => `- ${i.deadline.title} — ${when(i.deadline)} — ${i.unitName}\n  ${base}${i.deadline.link}`)
          .join("\n")}`,
    ),
    `\nXem tất cả thông báo: ${base}/\nĐổi cách nhận thư nhắc việc trong ứng dụng (biểu tượng chuông → Cài đặt nhắc việc).`,
  ].join("\n");
  const html = [
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(subject(input.asOf, input.items))}</title></head><body>`,
    `<p>Kính gửi ${escapeHtml(input.displayName)},</p>`,
    `<p>Hệ thống CCHC nhắc các việc sau (tính đến ${escapeHtml(VnDate.formatLong(input.asOf))}):</p>`,
    ...groups.map(
      (g) =>
        `<h3>${escapeHtml(g.title)} (${g.items.length})</h3><ul>${g.items
          .map(
            (i) =>
              `<li><a href="${escapeHtml(base + i.deadline.link)}">${escapeHtml(i.deadline.title)}</a> — ${escapeHtml(when(i.deadline))} — ${escapeHtml(i.unitName)}</li>`,
          )
          .join("")}</ul>`,
    ),
    `<p><a href="${escapeHtml(`${base}/`)}">Xem tất cả thông báo</a></p></body></html>`,
  ].join("\n");
  return { subject: subject(input.asOf, input.items), text: text.normalize("NFC"), html: html.normalize("NFC") };
};
