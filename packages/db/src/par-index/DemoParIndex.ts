/**
 * The PAR Index of the demo: Đồng Tháp's framework for its departments (DT-SO-2022, with the
 * 2021 one for the change against the previous year) and four demo departments assessed.
 * Formula criteria read the departments' 2022 figures written here (demo figures, not the
 * departments' real results); manual criteria carry self-scores with evidence from the
 * documents register; survey criteria carry an imported (demo) survey result. Three departments
 * are appraised and published — one with two adjustments and their reasons — and the Office
 * (DT.VPUBND) is still self-scoring, so the screens have a draft to work on.
 * Each part is added only when missing.
 */

import { UnitCode } from "@cchc/domain/OrgUnit";
import { PeriodCode } from "@cchc/domain/Period";
import { type Framework, leaves } from "@cchc/domain/par-index/Framework";
import * as Frameworks from "@cchc/domain/par-index/Frameworks";
import * as ParWorkflow from "@cchc/domain/par-index/ParWorkflow";
import { checkScore } from "@cchc/domain/par-index/Scoring";
import { Effect, Either } from "effect";
import { DEMO_ACTOR } from "../demo/seed/SeedLoader.js";
import { DocumentRepo } from "../documents/DocumentRepo.js";
import { ValueRepo, type ValueWrite } from "../values/ValueRepo.js";
import { ParIndexRepo } from "./ParIndexRepo.js";

/** The departments assessed in the demo, in a fixed order. */
export const DEMO_PAR_UNITS = ["DT.VPUBND", "DT.SNV", "DT.SLDTBXH", "DT.STTTT"] as const;

/** The period of the figures the 2022 formulas read. */
export const DEMO_PAR_PERIOD = PeriodCode.make("2022-Y");

type Figures = readonly [
  planTasks: number,
  planStarted: number,
  assignedDone: number,
  assignedLate: number,
  resolved: number,
  early: number,
  onTime: number,
  feedbackIn: number,
  feedbackDone: number,
  capitalPlan: number,
  disbursed: number,
  newDossiers: number,
  online: number,
];

/** Each department's 2022 figures (demo): the inputs of the six formula criteria. */
export const demoParFigures: Readonly<Record<(typeof DEMO_PAR_UNITS)[number], Figures>> = {
  "DT.VPUBND": [20, 19, 45, 3, 1200, 1100, 80, 12, 12, 15_000_000_000, 14_400_000_000, 1300, 520],
  "DT.SNV": [18, 18, 30, 0, 2400, 2200, 150, 5, 5, 8_000_000_000, 6_400_000_000, 2500, 1500],
  "DT.SLDTBXH": [25, 22, 40, 5, 5000, 4500, 200, 20, 19, 20_000_000_000, 11_000_000_000, 5200, 1300],
  "DT.STTTT": [15, 15, 25, 1, 600, 590, 5, 3, 3, 5_000_000_000, 4_900_000_000, 700, 490],
};

const writesOf = (f: Figures): ReadonlyArray<ValueWrite> => {
  const w = (indicator: string, value: number, disaggregation = ""): ValueWrite => ({
    indicator,
    disaggregation,
    value,
    comment: "Số liệu mẫu cho Chỉ số CCHC năm 2022 (không phải số liệu thật của đơn vị).",
    source: "imported",
    version: 0,
  });
  return [
    w("chidao.kehoach.nhiemvu", f[0]),
    w("chidao.kehoach.nhiemvu.trienkhai", f[1]),
    w("chidao.nhiemvu.ubnd.giao", f[2] + f[3]),
    w("chidao.nhiemvu.ubnd.giao", f[2], "status=done"),
    w("chidao.nhiemvu.ubnd.giao", f[3], "status=late"),
    w("tthc.hoso.dagiaiquyet", f[4]),
    w("tthc.hoso.dagiaiquyet", f[5], "timeliness=early"),
    w("tthc.hoso.dagiaiquyet", f[6], "timeliness=on-time"),
    w("tthc.hoso.dagiaiquyet", f[4] - f[5] - f[6], "timeliness=late"),
    w("tthc.pakn.tiepnhan", f[7]),
    w("tthc.pakn.dagiaiquyet", f[8]),
    w("taichinh.dautu.kehoachnam", f[9]),
    w("taichinh.dautu.giaingan", f[10]),
    w("tthc.hoso.tiepnhanmoi", f[11]),
    w("tthc.hoso.tiepnhanmoi", f[12], "channel=online"),
    w("tthc.hoso.tiepnhanmoi", f[11] - f[12], "channel=offline"),
  ];
};

/** A self-score below the maximum by a few steps, varying with the unit and the criterion. */
export const demoSelfScore = (maxScore: number, unitIndex: number, leafIndex: number, yearShift: number): number => {
  const off = ((unitIndex * 3 + leafIndex + yearShift) % 4) * 0.25;
  return Math.max(0, maxScore - off);
};

/** A demo survey score: a share of the maximum, to the hundredth. */
export const demoSurveyScore = (maxScore: number, unitIndex: number, yearShift: number): number =>
  Math.round(maxScore * (0.78 + unitIndex * 0.04 - yearShift * 0.03) * 100) / 100;

/** The appraisal adjustments of the demo: DT.STTTT, two criteria, with the council's reasons. */
export const demoAdjustments: ReadonlyArray<{ unit: string; criterion: string; score: number; reason: string }> = [
  { unit: "DT.STTTT", criterion: "1.2", score: 1, reason: "Báo cáo CCHC quý III gửi sau thời hạn quy định." },
  {
    unit: "DT.STTTT",
    criterion: "7.1",
    score: 3,
    reason: "Số hồ sơ trực tuyến chưa khớp với số liệu của Cổng Dịch vụ công; tính lại theo số liệu Cổng.",
  },
];

const frameworkOf = (code: string): Framework => {
  const f = Frameworks.shipped.find((x) => x.code === code);
  if (!f) throw new Error(`demo framework ${code} missing`);
  return f;
};

const assess = (f: Framework, unit: string, unitIndex: number, yearShift: number, evidence: ReadonlyArray<number>, publish: boolean) =>
  Effect.gen(function* () {
    const repo = yield* ParIndexRepo;
    const existing = yield* repo.assessment(f.code, unit);
    if (existing.scores.length > 0 || existing.state !== "draft") return 0;
    const at = new Date(`${(f.years[0] ?? 2022) + 1}-01-15T02:00:00Z`);
    let added = 0;
    const put = (criterion: string, patch: Parameters<typeof repo.writeScore>[3], version: number) =>
      repo.writeScore(f.code, unit, criterion, patch, version, DEMO_ACTOR, at, () => Either.void).pipe(Effect.orDie);
    for (const [j, leaf] of leaves(f).entries()) {
      if (leaf.method === "manual") {
        const score = Either.getOrThrow(checkScore(leaf, demoSelfScore(leaf.maxScore, unitIndex, j, yearShift)));
        const doc = evidence[(unitIndex + j) % Math.max(1, evidence.length)];
        yield* put(
          leaf.code,
          { selfScore: score, evidence: doc === undefined ? [] : [{ kind: "document", id: doc }], note: "Tự chấm (dữ liệu mẫu)." },
          0,
        );
        added++;
      } else if (leaf.method === "survey" && publish) {
        const score = Either.getOrThrow(checkScore(leaf, demoSurveyScore(leaf.maxScore, unitIndex, yearShift)));
        yield* put(leaf.code, { selfScore: score, surveySource: `Điều tra xã hội học năm ${f.years[0]} (kết quả mẫu)` }, 0);
        added++;
      }
    }
    if (!publish) return added;
    const step = (command: ParWorkflow.Command, reason: string | null) =>
      repo.transition(f.code, unit, command, (s) => ParWorkflow.next(s, command), reason, DEMO_ACTOR, at).pipe(Effect.orDie);
    yield* step("submit", null);
    for (const adj of demoAdjustments.filter((a) => a.unit === unit && f.code === "DT-SO-2022")) {
      const current = (yield* repo.assessment(f.code, unit)).scores.find((s) => s.criterion === adj.criterion)?.version ?? 0;
      yield* put(adj.criterion, { appraisedScore: adj.score, reason: adj.reason }, current);
      added++;
    }
    yield* step("appraise", null);
    yield* step("publish", null);
    return added;
  });

/** Loads the demo's PAR Index: figures, assessments, appraisal and publication, each only when missing. */
export const loadDemoParIndex = Effect.gen(function* () {
  const values = yield* ValueRepo;
  const docs = yield* DocumentRepo;
  let added = 0;
  for (const unit of DEMO_PAR_UNITS) {
    const code = UnitCode.make(unit);
    const have = new Set((yield* values.list(code, DEMO_PAR_PERIOD)).map((v) => `${v.indicator}|${v.disaggregation}`));
    const writes = writesOf(demoParFigures[unit]).filter((w) => !have.has(`${w.indicator}|${w.disaggregation}`));
    if (writes.length > 0) added += (yield* values.write(code, DEMO_PAR_PERIOD, writes, DEMO_ACTOR).pipe(Effect.orDie)).length;
  }
  const register = yield* docs.list({ unit: "DT.VPUBND", limit: 200 });
  const byYear = (y: number) => register.items.filter((d) => d.date.startsWith(String(y))).map((d) => d.id);
  const evidence2022 = byYear(2022).length > 0 ? byYear(2022) : register.items.map((d) => d.id);
  const evidence2021 = byYear(2021).length > 0 ? byYear(2021) : evidence2022;
  for (const [i, unit] of DEMO_PAR_UNITS.entries()) {
    added += yield* assess(frameworkOf("DT-SO-2021"), unit, i, 1, evidence2021, true);
    added += yield* assess(frameworkOf("DT-SO-2022"), unit, i, 0, evidence2022, unit !== "DT.VPUBND");
  }
  return added;
}).pipe(Effect.provide(ParIndexRepo.layer), Effect.provide(ValueRepo.layer), Effect.provide(DocumentRepo.layer));
