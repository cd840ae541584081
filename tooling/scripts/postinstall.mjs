// After `npm install`: build the `cchc` command bundle so that `npx cchc` works at once.
// Failures here must not break the install (for instance a partial checkout); they are reported.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

if (existsSync("apps/tui/src/main.tsx") && existsSync("node_modules/esbuild")) {
  const r = spawnSync(process.execPath, [resolve("tooling/scripts/bundle.mjs"), "src/main.tsx", "dist/cchc.js"], {
    cwd: "apps/tui",
    stdio: "inherit",
  });
  if (r.status !== 0) console.warn("cchc: không dựng được lệnh cchc (chạy lại: npm run build)");
}
