/**
 * The report as Markdown (GitHub flavour): the header as a two-column table, numbered headings,
 * paragraphs, appendix tables, "Nơi nhận" and the signature. Text is escaped so that an author's
 * "*" or "|" never turns into formatting.
 */
import type { Block, ReportDocument, Run, Section } from "../assembly/ReportDocument.js";

/** Escapes Markdown syntax in text (brackets stay readable: "[chưa có số liệu]"). */
export const escapeMarkdown = (s: string): string =>
  s
    .replace(/([\\`*_<>|#])/g, "\\$1")
    .replace(/\]\(/g, "]\\(")
    .replace(/\r?\n/g, " ");

const runs = (rs: ReadonlyArray<Run>): string =>
  rs
    .map((r) => {
      const t = escapeMarkdown(r.text);
      if (r.kind === "figure") return t;
      if (r.bold && r.italic) return `***${t}***`;
      if (r.bold) return `**${t}**`;
      if (r.italic) return `*${t}*`;
      return t;
    })
    .join("");

// A paragraph that starts with "- ", "+ " or "1. " is kept as text, not a Markdown list, so the
// markers read as the report writes them.
const protectMarker = (s: string): string => s.replace(/^([-+])( )/u, "\\$1$2").replace(/^(\d+)\.( )/u, "$1\\.$2");

const block = (b: Block): string => {
  switch (b.kind) {
    case "paragraph":
      return protectMarker(runs(b.runs));
    case "subheading":
      return `**${escapeMarkdown(b.text)}**`;
    case "table": {
      const align = b.columns.map((c) => (c.align === "right" ? "---:" : c.align === "center" ? ":---:" : ":---"));
      return [
        `**${escapeMarkdown(b.caption)}**`,
        "",
        `| ${b.columns.map((c) => escapeMarkdown(c.header)).join(" | ")} |`,
        `| ${align.join(" | ")} |`,
        ...b.rows.map((r) => `| ${b.columns.map((_, i) => escapeMarkdown(r[i] ?? "")).join(" | ")} |`),
      ].join("\n");
    }
  }
};

const section = (s: Section): string => {
  const hashes = "#".repeat(Math.min(6, s.level + 1));
  const title = `${hashes} ${s.number === null ? "" : `${s.number}. `}${escapeMarkdown(s.title)}`;
  return [title, ...s.blocks.map(block), ...s.children.map(section)].join("\n\n");
};

/** Renders a report to Markdown. */
export const renderMarkdown = (doc: ReportDocument): string => {
  const h = doc.header;
  const e = escapeMarkdown;
  const head = [
    `| ${h.parentBody === "" ? "" : `${e(h.parentBody)}<br>`}${h.issuingBody
      .split("\n")
      .map((l) => `**${e(l)}**`)
      .join("<br>")} | **${e(h.nationalTitle)}**<br>**${e(h.motto)}** |`,
    "| :---: | :---: |",
    `| ${e(h.numberLine)} | *${e(h.placeDate)}* |`,
  ].join("\n");
  const c = doc.closing;
  const closing = [
    `**${[c.authorityLine, c.titleLine]
      .filter((x) => x !== null)
      .map((x) => e(x ?? ""))
      .join("<br>")}**`,
    "",
    `**${e(c.name)}**`,
    "",
    `***${e(c.recipientsTitle)}***`,
    "",
    ...c.recipients.map((r) => `${e(r).replace(/^- /u, "\\- ")}  `),
  ].join("\n");
  return `${[
    head,
    `# ${e(h.type)}`,
    `**${e(h.summary)}**`,
    ...(h.addressee ? [`Kính gửi: ${e(h.addressee)}`] : []),
    ...doc.sections.map(section),
    closing,
    ...doc.appendix.map(section),
  ].join("\n\n")}\n`;
};
