/**
 * The demo data set (the seed report of Đồng Tháp, 2022-H1) as one Effect. Each feature adds
 * its step to `steps`; every step is idempotent, so loading twice changes nothing.
 */
import { Effect } from "effect";
import { loadDemoAccounts } from "../accounts/DemoAccounts.js";
import type { Database } from "../Database.js";
import { loadDemoReportSettings } from "../report-settings/DemoReportSettings.js";
import { isEmpty, loadDemoUnits } from "./DemoLoader.js";
import { loadCatalogue, loadDemoDocuments, loadDemoNarratives, loadDemoPlan, loadDemoRecords, loadDemoValues } from "./seed/SeedLoader.js";

/** A named, idempotent loading step; returns how many rows it added. */
export interface DemoStep {
  readonly name: string;
  readonly run: Effect.Effect<number, never, Database>;
}

/** The steps in order: units first, then everything that refers to them. */
export const steps: ReadonlyArray<DemoStep> = [
  { name: "đơn vị", run: loadDemoUnits },
  { name: "tài khoản mẫu", run: loadDemoAccounts },
  { name: "danh mục chỉ tiêu", run: loadCatalogue },
  { name: "văn bản", run: loadDemoDocuments },
  { name: "kế hoạch và nhiệm vụ", run: loadDemoPlan },
  { name: "kiểm tra và hoạt động", run: loadDemoRecords },
  { name: "số liệu", run: loadDemoValues },
  { name: "thuyết minh", run: loadDemoNarratives },
  { name: "thiết lập báo cáo", run: loadDemoReportSettings },
];

/** Loads every step; returns rows added per step. */
export const loadDemo = Effect.forEach(steps, (s) => Effect.map(s.run, (n) => ({ step: s.name, added: n })));

/** Loads the demo data when the database is empty; true when it did. */
export const loadDemoIfEmpty = Effect.gen(function* () {
  if (!(yield* isEmpty)) return false;
  yield* loadDemo;
  return true;
});
