// Sums the vitest JSON reports of every package (unit and end-to-end) into one closing line ("N passed, N failed"),
// counts the tests that ran on each database (test names say "on pglite" / "on postgres") and says how many
// tests were skipped for want of the seed report (their blocks are named "[seed] …").
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
let seedSkipped = 0;
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
          const title = [...(t.ancestorTitles ?? []), t.title].join(" ");
          if (t.status === "skipped" && title.includes("[seed]")) seedSkipped++;
          if (t.status !== "passed") continue;
          if (/\bpglite\b/.test(title)) perDb.pglite++;
          if (/\bpostgres\b/.test(title)) perDb.postgres++;
        }
    }
  }
}
if (seedSkipped > 0) console.log(`${seedSkipped} tests skipped: set CCHC_SEED_FILE to the seed report to run them`);
console.log(`Kiểm thử chạy trên PGlite: ${perDb.pglite}; trên PostgreSQL: ${perDb.postgres}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
