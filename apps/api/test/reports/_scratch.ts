import { writeFileSync } from "node:fs";
import { ADMIN_USERNAME, ensureAdmin } from "@cchc/db/accounts/Bootstrap";
import { Database } from "@cchc/db/Database";
import { loadDemo } from "@cchc/db/demo/Demo";
import { checkReport } from "@cchc/report/check/CheckReport";
import { Effect, Layer, ManagedRuntime } from "effect";
import { serviceLayer } from "../../src/AppLayer.js";
import { Authenticator } from "../../src/auth/Authenticator.js";
import { makeApp } from "../../src/app.js";

const rt = ManagedRuntime.make(
  serviceLayer(Authenticator.withFallback(ADMIN_USERNAME)).pipe(Layer.provideMerge(Database.layer({ kind: "pglite", dataDir: "memory" }))),
);
await rt.runPromise(Effect.asVoid(loadDemo));
await rt.runPromise(Effect.asVoid(ensureAdmin("x-password-123")));
const app = makeApp(rt as never);
const md = await (await app.request("/api/v1/reports/DT.VPUBND/2022-H1?format=md")).text();
writeFileSync("/tmp/report.md", md);
const js: any = await (await app.request("/api/v1/reports/DT.VPUBND/2022-H1?format=json")).json();
writeFileSync("/tmp/report.json", JSON.stringify({ warnings: js.warnings, findings: js.findings }, null, 2));
const t0 = performance.now();
const r = checkReport(md);
console.log("check ms", performance.now() - t0);
for (const f of r.findings) console.log(f.rule, f.line, f.excerpt.slice(0, 100), "—", f.message);
await rt.dispose();
