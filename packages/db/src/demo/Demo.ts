/**
 * The demo data set (the seed report of Đồng Tháp, 2022-H1) as one Effect. Each feature adds
 * its step to `steps`; every step is idempotent and decides for its own part, so loading twice
 * changes nothing and a database holding part of the demo gets the rest.
 */
import { Effect } from "effect";
import { loadDemoAccounts } from "../accounts/DemoAccounts.js";
import type { Database } from "../Database.js";
import { loadDemoParIndex } from "../par-index/DemoParIndex.js";
import { loadDemoReportSettings } from "../report-settings/DemoReportSettings.js";
import { demoBelongs, loadDemoUnits } from "./DemoLoader.js";
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
  { name: "chỉ số CCHC", run: loadDemoParIndex },
];

/** Loads every step; returns rows added per step. */
export const loadDemo = Effect.forEach(steps, (s) => Effect.map(s.run, (n) => ({ step: s.name, added: n })));

/** What loading the demo at start-up did: nothing (the database is not a demo database), or each step's added rows. */
export type DemoStart =
  | { readonly loaded: false }
  | { readonly loaded: true; readonly steps: ReadonlyArray<{ step: string; added: number }> };

/**
 * Loads the demo where it belongs (`demoBelongs`: an empty database or a demo database), step by
 * step, each adding only its missing part.
 */
export const loadDemoWhereItBelongs: Effect.Effect<DemoStart, never, Database> = Effect.gen(function* () {
  if (!(yield* demoBelongs)) return { loaded: false } as const;
  return { loaded: true, steps: yield* loadDemo } as const;
});
