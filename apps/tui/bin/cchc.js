#!/usr/bin/env node
// The `cchc` command: runs the bundle built by `npm install` / `npm run build`.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bundle = fileURLToPath(new URL("../dist/cchc.js", import.meta.url));
if (!existsSync(bundle)) {
  console.error("cchc: chưa dựng lệnh. Chạy `npm run build` ở thư mục gốc của dự án.");
  process.exit(2);
}
await import(bundle);
