// Fails the build when the JavaScript a first visit downloads exceeds the budget: the entry
// script(s) of dist/index.html and every chunk they preload or statically import (found both
// from <link rel="modulepreload"> and by following `import … from "./x.js"` in the chunks).
// Lazy chunks (screens, chart.js) are not counted. Prints the figure in KB gzip.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const LIMIT_KB = 150;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), "../dist");
const indexFile = join(dist, "index.html");
if (!existsSync(indexFile)) {
  console.error(`check-bundle-size: ${indexFile} không tồn tại — chạy "vite build" trước.`);
  process.exit(1);
}
const html = readFileSync(indexFile, "utf8");
const attr = (tag, name) => new RegExp(`${name}\\s*=\\s*["']([^"']+)["']`).exec(tag)?.[1];
const roots = [];
for (const m of html.matchAll(/<script\b[^>]*>/g))
  if (/type\s*=\s*["']module["']/.test(m[0]) && attr(m[0], "src")) roots.push(attr(m[0], "src"));
for (const m of html.matchAll(/<link\b[^>]*>/g))
  if (/rel\s*=\s*["']modulepreload["']/.test(m[0]) && attr(m[0], "href")) roots.push(attr(m[0], "href"));
if (roots.length === 0) {
  console.error("check-bundle-size: không tìm thấy script module nào trong dist/index.html.");
  process.exit(1);
}

const toFile = (url, from) => (url.startsWith("/") ? join(dist, url) : resolve(from ? dirname(from) : dist, url));
// static imports only: `import x from "./a.js"`, `import "./a.js"`, `export … from "./a.js"`; not `import("./a.js")`
const STATIC = /(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;
const seen = new Set();
const queue = roots.map((r) => toFile(r));
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file) || !existsSync(file)) continue;
  seen.add(file);
  const code = readFileSync(file, "utf8");
  for (const m of code.matchAll(STATIC)) queue.push(toFile(m[1], file));
}
let total = 0;
for (const file of seen) {
  const gz = gzipSync(readFileSync(file), { level: 9 }).length;
  total += gz;
  console.log(`  ${file.slice(dist.length + 1)}: ${(gz / 1024).toFixed(1)} KB gzip`);
}
const kb = total / 1024;
console.log(`JavaScript ban đầu (initial JS): ${kb.toFixed(1)} KB gzip (${seen.size} tệp; giới hạn ${LIMIT_KB} KB).`);
if (kb > LIMIT_KB) {
  console.error(`Vượt ngân sách: ${kb.toFixed(1)} KB > ${LIMIT_KB} KB gzip.`);
  process.exit(1);
}
