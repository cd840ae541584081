// Sums the vitest JSON reports of every package (unit and end-to-end) into one closing line ("N passed, N failed")
// and counts the tests that ran on each database (test names say "on pglite" / "on postgres").
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
const perDb = { pglite: 0, postgres: 0 };
for (const group of ["packages", "apps"]) {
  for (const name of readdirSync(join(root, group))) {
    const dir = join(root, group, name, ".test-results");
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      const report = JSON.parse(readFileSync(join(dir, entry), "utf8"));
      passed += report.numPassedTests ?? 0;
      failed += report.numFailedTests ?? 0;
      skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
      for (const suite of report.testResults ?? [])
        for (const t of suite.assertionResults ?? []) {
          if (t.status !== "passed") continue;
          const title = [...(t.ancestorTitles ?? []), t.title].join(" ");
          if (/\bpglite\b/.test(title)) perDb.pglite++;
          if (/\bpostgres\b/.test(title)) perDb.postgres++;
        }
    }
  }
}
console.log(`Kiểm thử chạy trên PGlite: ${perDb.pglite}; trên PostgreSQL: ${perDb.postgres}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
