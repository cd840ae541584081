/**
 * A unit's deadlines as an iCalendar (RFC 5545) feed: one all-day VEVENT per deadline, with the
 * deadline's stable id as UID (so a calendar app updates an event instead of duplicating it), a
 * Vietnamese summary, the unit in LOCATION and a link back to the app. Lines are CRLF-terminated,
 * text values escaped and lines folded at 75 octets without splitting a UTF-8 character.
 */
import * as LocalDate from "../LocalDate.js";
import { type DeadlineView, kindLabelVi, stateLabelVi } from "./Deadline.js";

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export const escapeText = (s: string): string =>
  s.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");

const utf8Length = (s: string): number => new TextEncoder().encode(s).length;

/** Folds a content line at 75 octets (continuation lines start with one space). */
export const fold = (line: string): string => {
  const out: string[] = [];
  let current = "";
  let limit = 75;
  for (const ch of line) {
    if (utf8Length(current + ch) > limit) {
      out.push(current);
      current = "";
      limit = 74;
    }
    current += ch;
  }
  out.push(current);
  return out.join("\r\n ");
};

const day = (d: string): string => d.replace(/-/g, "");
const stamp = (at: Date): string =>
  at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** The calendar text of a unit's deadlines; `appUrl` is the app's public address, `now` the DTSTAMP. */
export const render = (input: {
  readonly unit: string;
  readonly unitName: string;
  readonly deadlines: ReadonlyArray<DeadlineView>;
  readonly appUrl: string;
  readonly now: Date;
  readonly host: string;
}): string => {
  const base = input.appUrl.replace(/\/+$/, "");
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//CCHC//Han va nhac viec//VI",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(`Hạn công việc CCHC — ${input.unitName}`)}`,
    "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
  ];
  for (const d of input.deadlines) {
    const url = `${base}${d.link}`;
    lines.push(
      "BEGIN:VEVENT",
      `UID:${d.id}@${input.host}`,
      `DTSTAMP:${stamp(input.now)}`,
      `DTSTART;VALUE=DATE:${day(d.dueOn)}`,
      `DTEND;VALUE=DATE:${day(LocalDate.addDays(d.dueOn, 1))}`,
      `SUMMARY:${escapeText(`${d.state === "done" ? "Đã xong" : "Hạn"}: ${d.title}`)}`,
      `DESCRIPTION:${escapeText(`${kindLabelVi[d.kind]} — ${input.unitName} (${input.unit}). Tình trạng: ${stateLabelVi[d.state]}.\n${url}`)}`,
      `LOCATION:${escapeText(input.unitName)}`,
      `URL:${url}`,
      `CATEGORIES:${escapeText(kindLabelVi[d.kind])}`,
      "STATUS:CONFIRMED",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return `${lines.map((l) => fold(l.normalize("NFC"))).join("\r\n")}\r\n`;
};
