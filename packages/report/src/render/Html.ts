/**
 * The report as one self-contained HTML page for the web preview: semantic elements (header,
 * section, h1–h4, table with caption and thead, data elements for figures), minimal print-like
 * CSS after Nghị định 30/2020, and everything escaped. Missing figures are marked.
 */
import type { Block, ReportDocument, Run, Section } from "../assembly/ReportDocument.js";

/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

const CSS = `
body{font-family:"Times New Roman",Times,serif;color:#000;background:#f4f4f4;margin:0}
article{background:#fff;max-width:210mm;margin:1rem auto;padding:20mm 15mm 20mm 30mm;box-sizing:border-box;font-size:14pt;line-height:1.3}
.nd30-header{display:grid;grid-template-columns:42% 58%;column-gap:0;text-align:center;font-size:13pt;margin-left:-8mm;width:calc(100% + 8mm)}
.nd30-header>div{display:flex;flex-direction:column;align-items:center;min-width:0}
.nd30-header p{margin:0;text-align:center;text-indent:0;white-space:nowrap}
.nd30-header .national{font-size:12pt}
.upper{text-transform:none}
.rule{display:block;border-top:1px solid #000;margin:2px auto 6px;align-self:center}
.rule.short{width:30%}.rule.motto{width:62%}.rule.summary{width:25%;margin-left:auto;margin-right:auto}
.place-date{font-style:italic}
h1{font-size:14pt;text-align:center;margin:18pt 0 0}
.summary{text-align:center;text-indent:0;font-weight:bold;margin:0}
h2,h3,h4{font-size:14pt;margin:0 0 6pt;text-indent:1.27cm}
p{text-align:justify;text-indent:1.27cm;margin:0 0 6pt}
.subheading{font-weight:bold}
data.missing{background:#ffeb3b}
.closing{display:grid;grid-template-columns:45% 55%;margin-top:12pt}
.recipients p{text-indent:0;margin:0;font-size:11pt;text-align:left}
.recipients .title{font-size:12pt;font-weight:bold;font-style:italic}
.signature{text-align:center;font-weight:bold}.signature p{text-align:center;text-indent:0;margin:0}
td{white-space:normal}td.right,td.center,td.nowrap{white-space:nowrap}
.signature .name{margin-top:5em}
.appendix{break-before:page;margin-top:2rem}
.appendix>h2{text-align:center;text-indent:0}
table.data{border-collapse:collapse;width:100%;font-size:12pt;margin:0 0 12pt}
table.data caption{font-weight:bold;margin:6pt 0}
table.data th,table.data td{border:1px solid #000;padding:2pt 4pt;vertical-align:middle}
table.data th{text-align:center}
td.right{text-align:right}td.center{text-align:center}
`;

const runs = (rs: ReadonlyArray<Run>): string =>
  rs
    .map((r) => {
      const t = escapeHtml(r.text);
      if (r.kind === "figure") {
        const value = r.value === null ? "" : ` value="${r.value}"`;
        return `<data class="figure${r.missing ? " missing" : ""}" data-indicator="${escapeHtml(r.indicator)}" data-disaggregation="${escapeHtml(r.disaggregation)}"${value}>${t}</data>`;
      }
      const inner = r.bold ? `<strong>${t}</strong>` : t;
      return r.italic ? `<em>${inner}</em>` : inner;
    })
    .join("");

const block = (b: Block): string => {
  switch (b.kind) {
    case "paragraph":
      return `<p>${runs(b.runs)}</p>`;
    case "subheading":
      return `<p class="subheading">${escapeHtml(b.text)}</p>`;
    case "table": {
      const head = b.columns.map((c) => `<th scope="col">${escapeHtml(c.header)}</th>`).join("");
      const rows = b.rows
        .map((r) => `<tr>${b.columns.map((c, i) => `<td class="${c.align}">${escapeHtml(r[i] ?? "")}</td>`).join("")}</tr>`)
        .join("\n");
      return `<table class="data" id="${escapeHtml(b.id)}"><caption>${escapeHtml(b.caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
    }
  }
};

const section = (s: Section, appendix = false): string => {
  const level = Math.min(6, s.level + 1);
  const title = `<h${level}>${s.number === null ? "" : `${escapeHtml(s.number)}. `}${escapeHtml(s.title)}</h${level}>`;
  const cls = appendix && s.level === 1 ? ` class="appendix"` : "";
  return `<section id="${escapeHtml(s.id)}"${cls}>\n${[title, ...s.blocks.map(block), ...s.children.map((c) => section(c, appendix))].join("\n")}\n</section>`;
};

/** Renders a report to a complete HTML document. */
export const renderHtml = (doc: ReportDocument): string => {
  const h = doc.header;
  const c = doc.closing;
  const e = escapeHtml;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(doc.meta.title)}</title>
<style>${CSS}</style>
</head>
<body>
<article>
<header class="nd30-header">
<div>${h.parentBody === "" ? "" : `<p>${e(h.parentBody)}</p>`}${h.issuingBody
    .split("\n")
    .map((l) => `<p><strong>${e(l)}</strong></p>`)
    .join("")}<span class="rule short"></span><p>${e(h.numberLine)}</p></div>
<div><p class="national"><strong>${e(h.nationalTitle)}</strong></p><p><strong>${e(h.motto)}</strong></p><span class="rule motto"></span><p class="place-date">${e(h.placeDate)}</p></div>
</header>
<h1>${e(h.type)}</h1>
<p class="summary">${e(h.summary)}</p>
<span class="rule summary"></span>
${h.addressee ? `<p class="addressee">Kính gửi: ${e(h.addressee)}</p>\n` : ""}${doc.sections.map((s) => section(s)).join("\n")}
<footer class="closing">
<div class="recipients"><p class="title">${e(c.recipientsTitle)}</p>${c.recipients.map((r) => `<p>${e(r)}</p>`).join("")}</div>
<div class="signature">${c.authorityLine === null ? "" : `<p>${e(c.authorityLine)}</p>`}<p>${e(c.titleLine)}</p><p class="name">${e(c.name)}</p></div>
</footer>
${doc.appendix.map((s) => section(s, true)).join("\n")}
</article>
</body>
</html>
`;
};
