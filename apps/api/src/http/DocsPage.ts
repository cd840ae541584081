/**
 * A self-contained, browsable API reference page rendered from the OpenAPI document on the
 * server (no external scripts: agencies' networks are often closed).
 */
import type { OpenApiDocument } from "./OpenApi.js";

const esc = (s: unknown): string =>
  String(s ?? "").replace(/[&<>"]/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[ch] as string);

/** Renders the reference page of an OpenAPI document. */
export const docsPage = (doc: OpenApiDocument): string => {
  const ops = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  const byTag = new Map<string, typeof ops>();
  for (const o of ops) for (const t of o.op.tags ?? ["khác"]) byTag.set(t, [...(byTag.get(t) ?? []), o]);
  const section = ([tag, list]: [string, typeof ops]) => `
  <section><h2 id="${esc(tag)}">${esc(tag)}</h2>${list
    .map(
      ({ path, method, op }) => `
    <details id="${esc(op.operationId)}"><summary><code class="m ${esc(method)}">${esc(method.toUpperCase())}</code> <code>${esc(path)}</code> — ${esc(op.summary)}</summary>
      ${op.description ? `<p>${esc(op.description)}</p>` : ""}
      ${
        op.parameters.length
          ? `<table><thead><tr><th>Tham số</th><th>Vị trí</th><th>Bắt buộc</th><th>Kiểu / mô tả</th></tr></thead><tbody>${op.parameters
              .map(
                (p) =>
                  `<tr><td><code>${esc(p.name)}</code></td><td>${esc(p.in)}</td><td>${p.required ? "có" : "không"}</td><td>${esc(p.description ?? p.schema.description ?? p.schema.type ?? "")}</td></tr>`,
              )
              .join("")}</tbody></table>`
          : ""
      }
      ${op.requestBody ? `<h4>Nội dung gửi</h4><pre>${esc(JSON.stringify(op.requestBody.content, null, 2))}</pre>` : ""}
      <h4>Trả về</h4><pre>${esc(JSON.stringify(op.responses, null, 2))}</pre>
    </details>`,
    )
    .join("")}</section>`;
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(doc.info.title)} — tài liệu API</title>
<style>body{font-family:system-ui,sans-serif;max-width:72rem;margin:0 auto;padding:1rem;color:#1a1a1a}code{font-family:ui-monospace,monospace}
.m{display:inline-block;min-width:4rem;font-weight:700}.get{color:#0b5}.post{color:#06c}.put{color:#a60}.delete{color:#c00}.patch{color:#84c}
details{border:1px solid #ccc;border-radius:6px;margin:.4rem 0;padding:.4rem .6rem}summary{cursor:pointer}pre{background:#f5f5f5;padding:.5rem;overflow:auto;max-height:24rem}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left}</style></head>
<body><h1>${esc(doc.info.title)} <small>${esc(doc.info.version)}</small></h1><p>${esc(doc.info.description)}</p>
<p>Tài liệu máy đọc: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI ${esc(doc.openapi)}).</p>
<nav>${[...byTag.keys()].map((t) => `<a href="#${esc(t)}">${esc(t)}</a>`).join(" · ")}</nav>
${[...byTag.entries()].map(section).join("")}
</body></html>`;
};
