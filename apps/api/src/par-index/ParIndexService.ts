/**
 * The PAR Index behind the routes: frameworks (shipped files and uploaded ones), a unit's
 * assessment computed at read time (formula criteria from the unit's values), writes of a
 * criterion by the unit (self-score with evidence) or by the appraiser of a unit above
 * (override with a reason), workflow steps and the ranking of the units under a parent.
 */
import { DocumentRepo } from "@cchc/db/documents/DocumentRepo";
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { type EvidenceRef, ParIndexRepo, type ScorePatch } from "@cchc/db/par-index/ParIndexRepo";
import { ValueRepo } from "@cchc/db/values/ValueRepo";
import * as Access from "@cchc/domain/access/Access";
import { actorOf, type Principal } from "@cchc/domain/access/Principal";
import type { UnitCode } from "@cchc/domain/OrgUnit";
import { PeriodCode } from "@cchc/domain/Period";
import * as Assessment from "@cchc/domain/par-index/Assessment";
import { type Framework, type Leaf, leaves } from "@cchc/domain/par-index/Framework";
import * as Frameworks from "@cchc/domain/par-index/Frameworks";
import {
  ParCriterionNotFound,
  ParEvidenceRequired,
  ParFrameworkExists,
  ParFrameworkInvalid,
  ParFrameworkNotFound,
  ParLocked,
  ParNotAppraiser,
  ParReasonRequired,
  ParScoreInvalid,
  ParScoreNotSelfAssessed,
  ParSurveySourceRequired,
  ParUnitNotAssessed,
} from "@cchc/domain/par-index/ParErrors";
import * as ParWorkflow from "@cchc/domain/par-index/ParWorkflow";
import { checkScore } from "@cchc/domain/par-index/Scoring";
import { lookupOf } from "@cchc/domain/validation/Expression";
import { Clock, Effect, Either, Option, Schema } from "effect";
import { check } from "../auth/AccessControl.js";

/** Every framework: the shipped files, then those uploaded through the API. */
export const frameworks = Effect.gen(function* () {
  const stored = yield* Effect.flatMap(ParIndexRepo, (r) => r.storedFrameworks);
  const uploaded = stored.flatMap((b) => {
    const d = Frameworks.decode(b);
    return Either.isRight(d) ? [d.right] : [];
  });
  return [...Frameworks.shipped, ...uploaded];
});

/** A framework by code. */
export const framework = (code: string) =>
  Effect.flatMap(frameworks, (all) => {
    const f = all.find((x) => x.code === code);
    return f ? Effect.succeed(f) : Effect.fail(new ParFrameworkNotFound({ code }));
  });

/** Stores a framework an administrator uploads, after the same checks as the shipped ones. */
export const upload = (body: unknown, principal: Principal) =>
  Effect.gen(function* () {
    const d = Frameworks.decode(body);
    if (Either.isLeft(d)) return yield* Effect.fail(new ParFrameworkInvalid({ path: d.left.path, problem: d.left.message }));
    if (Frameworks.shipped.some((f) => f.code === d.right.code)) return yield* Effect.fail(new ParFrameworkExists({ code: d.right.code }));
    yield* Effect.flatMap(ParIndexRepo, (r) => r.insertFramework(d.right.code, body, principal.username ?? "system"));
    return d.right;
  });

/** The unit, refused unless the framework assesses units of its kind. */
const assessedUnit = (f: Framework, unit: string) =>
  Effect.flatMap(
    Effect.flatMap(OrgUnitRepo, (r) => r.get(unit)),
    (u) =>
      u.kind === f.level
        ? Effect.succeed(u)
        : Effect.fail(new ParUnitNotAssessed({ framework: f.code, unit, level: f.level, kind: u.kind })),
  );

const leafOf = (f: Framework, criterion: string) => {
  const l = leaves(f).find((x) => x.code === criterion);
  return l ? Effect.succeed(l) : Effect.fail(new ParCriterionNotFound({ framework: f.code, criterion }));
};

/** An evidence reference with what it points at, for display. */
export interface EvidenceView {
  readonly kind: "document";
  readonly id: number;
  readonly label: string;
  readonly date: string | null;
}

const evidenceView = (refs: ReadonlyArray<EvidenceRef>) =>
  Effect.gen(function* () {
    const docs = yield* DocumentRepo;
    return yield* Effect.forEach(refs, (r) =>
      Effect.match(docs.get(r.id), {
        onFailure: (): EvidenceView => ({ kind: "document", id: r.id, label: `Văn bản #${r.id} (không còn trong sổ)`, date: null }),
        onSuccess: (d): EvidenceView => ({ kind: "document", id: r.id, label: `${d.numberSymbol} — ${d.summary}`, date: d.date }),
      }),
    );
  });

/** The lookup of a unit's values in a period, loaded once per period. */
const valuesOf = (unit: UnitCode) =>
  Effect.gen(function* () {
    const repo = yield* ValueRepo;
    // values are stored under period codes: a formula's period that is none has no values
    const listed = (period: string) =>
      Option.match(Schema.decodeOption(PeriodCode)(period), { onNone: () => Effect.succeed([]), onSome: (p) => repo.list(unit, p) });
    const cache = new Map<string, ReturnType<typeof lookupOf>>();
    return (periods: ReadonlyArray<string>) =>
      Effect.gen(function* () {
        for (const p of periods)
          if (!cache.has(p)) {
            const vs = yield* Effect.orElseSucceed(listed(p), () => []);
            cache.set(p, lookupOf(vs.map((v) => ({ indicator: v.indicator, disaggregation: v.disaggregation, value: Number(v.value) }))));
          }
        return (period: string) => cache.get(period) ?? lookupOf([]);
      });
  });

const periodsOf = (f: Framework) => [...new Set(leaves(f).flatMap((l) => (l.formula ? [Assessment.dataPeriod(f, l.formula.period)] : [])))];

/** The totals of a unit's assessment (no evidence resolved): for rankings. */
export const totalsOf = (f: Framework, unit: UnitCode) =>
  Effect.gen(function* () {
    const stored = yield* Effect.flatMap(ParIndexRepo, (r) => r.assessment(f.code, unit));
    const lookup = yield* Effect.flatMap(valuesOf(unit), (load) => load(periodsOf(f)));
    const v = Assessment.view(f, stored.scores, lookup, stored.state === "appraised" || stored.state === "published");
    return { state: stored.state, exists: stored.scores.length > 0 || stored.state !== "draft", ...v };
  });

/** A unit's assessment with every criterion, its evidence and the formulas' inputs. */
export const assessment = (code: string, unit: string) =>
  Effect.gen(function* () {
    const f = yield* framework(code);
    const u = yield* assessedUnit(f, unit);
    const repo = yield* ParIndexRepo;
    const stored = yield* repo.assessment(f.code, unit);
    const t = yield* totalsOf(f, u.code);
    const byCode = new Map(stored.scores.map((s) => [s.criterion, s]));
    const criteria = yield* Effect.forEach(t.criteria, (c) =>
      Effect.map(evidenceView(byCode.get(c.leaf.code)?.evidence ?? []), (evidence) => ({
        code: c.leaf.code,
        name: c.leaf.name,
        area: c.leaf.area,
        maxScore: c.leaf.maxScore,
        step: c.leaf.step,
        method: c.leaf.method,
        illustrative: c.leaf.illustrative,
        guidance: c.leaf.guidance,
        selfScore: c.selfScore,
        computedScore: c.computedScore,
        appraisedScore: c.appraisedScore,
        finalScore: c.finalScore,
        computation: c.computation
          ? {
              label: c.leaf.formula?.label ?? "",
              formula: c.computation.formula,
              period: c.computation.period,
              numerator: c.computation.numerator,
              denominator: c.computation.denominator,
              rate: c.computation.rate,
              values: c.computation.values,
              missing: c.computation.missing,
              thresholds: c.leaf.formula?.thresholds ?? [],
            }
          : null,
        evidence,
        note: byCode.get(c.leaf.code)?.note ?? null,
        reason: byCode.get(c.leaf.code)?.reason ?? null,
        surveySource: byCode.get(c.leaf.code)?.surveySource ?? null,
        version: byCode.get(c.leaf.code)?.version ?? 0,
      })),
    );
    return {
      framework: f.code,
      unit,
      unitName: u.name,
      status: stored.state,
      total: t.total,
      byArea: t.byArea,
      criteria,
      history: yield* repo.history(f.code, unit),
    };
  });

/** Whether the principal is an appraiser of the unit: approves on a unit strictly above it. */
const isAppraiser = (p: Principal, unit: string) =>
  Effect.gen(function* () {
    const u = yield* Effect.flatMap(OrgUnitRepo, (r) => r.get(unit));
    if (u.parentCode === null) return Access.isGlobalAdmin(p);
    return Either.isRight(yield* Effect.either(check(p, "approve", u.parentCode)));
  });

/** What a client sends for a criterion. */
export interface CriterionWrite {
  readonly selfScore?: number | null | undefined;
  readonly appraisedScore?: number | null | undefined;
  readonly evidence?: ReadonlyArray<EvidenceRef> | undefined;
  readonly note?: string | null | undefined;
  readonly reason?: string | null | undefined;
  readonly surveySource?: string | null | undefined;
  readonly version: number;
}

const scoreChecked = (leaf: Leaf, score: number | null | undefined, field: string) => {
  if (score === null || score === undefined) return Effect.succeed(score);
  const r = checkScore(leaf, score);
  return Either.isRight(r)
    ? Effect.succeed(r.right)
    : Effect.fail(new ParScoreInvalid({ criterion: leaf.code, field, problem: r.left, score, maxScore: leaf.maxScore, step: leaf.step }));
};

/**
 * Writes a criterion. With `appraisedScore` in the body the caller acts as appraiser (approval
 * role on a unit above; a reason is required to set or change it; while submitted or appraised);
 * otherwise as the unit (write role on the unit; draft only; manual criteria only, a positive
 * score needs evidence from the register). A survey result is entered by the appraiser with its
 * source (`surveySource`).
 */
export const writeCriterion = (code: string, unit: string, criterion: string, body: CriterionWrite, principal: Principal) =>
  Effect.gen(function* () {
    const f = yield* framework(code);
    yield* assessedUnit(f, unit);
    const leaf = yield* leafOf(f, criterion);
    const repo = yield* ParIndexRepo;
    const now = new Date(yield* Clock.currentTimeMillis);
    const actor = actorOf(principal).name ?? "system";
    // Writes `patch` as `by`; the repository refuses it with ParLocked in a state where `may` is false.
    const writeAs = (by: "unit" | "appraiser", may: (s: ParWorkflow.State) => boolean, patch: ScorePatch) =>
      repo.writeScore(f.code, unit, criterion, patch, body.version, actor, now, (state) =>
        may(state) ? Either.void : Either.left(new ParLocked({ framework: f.code, unit, state, by })),
      );
    if (body.appraisedScore !== undefined) {
      if (!(yield* isAppraiser(principal, unit))) return yield* Effect.fail(new ParNotAppraiser({ unit }));
      const score = yield* scoreChecked(leaf, body.appraisedScore, "body.appraisedScore");
      const reason = body.reason?.trim() ?? "";
      if (score !== null && score !== undefined && reason === "") return yield* Effect.fail(new ParReasonRequired({ criterion }));
      const patch: ScorePatch = { appraisedScore: score ?? null, reason: reason === "" ? null : reason };
      return yield* writeAs("appraiser", ParWorkflow.appraiserMayEdit, patch);
    }
    if (leaf.method === "survey") {
      // An imported survey result: entered by the appraisal side with the survey it comes from.
      if (!(yield* isAppraiser(principal, unit))) return yield* Effect.fail(new ParNotAppraiser({ unit }));
      const score = yield* scoreChecked(leaf, body.selfScore, "body.selfScore");
      if ((body.surveySource ?? "").trim() === "") return yield* Effect.fail(new ParSurveySourceRequired({ criterion }));
      const patch: ScorePatch = { selfScore: score ?? null, surveySource: body.surveySource?.trim() ?? null, note: body.note ?? null };
      return yield* writeAs("appraiser", (s) => s !== "published", patch);
    }
    yield* check(principal, "write-values", unit);
    if (leaf.method !== "manual") return yield* Effect.fail(new ParScoreNotSelfAssessed({ criterion, method: leaf.method }));
    const score = yield* scoreChecked(leaf, body.selfScore, "body.selfScore");
    const evidence = body.evidence ?? [];
    if (score !== null && score !== undefined && score > 0 && evidence.length === 0)
      return yield* Effect.fail(new ParEvidenceRequired({ criterion }));
    // the evidence's documents are checked by the write, in its transaction
    const patch: ScorePatch = { selfScore: score ?? null, evidence, note: body.note ?? null };
    return yield* writeAs("unit", ParWorkflow.unitMayEdit, patch);
  });

/** Takes a workflow step: submit (the unit), return / appraise / publish (the appraiser of a unit above). */
export const step = (code: string, unit: string, command: ParWorkflow.Command, reason: string | undefined, principal: Principal) =>
  Effect.gen(function* () {
    const f = yield* framework(code);
    yield* assessedUnit(f, unit);
    if (ParWorkflow.actorOf[command] === "unit") yield* check(principal, "write-values", unit);
    else if (!(yield* isAppraiser(principal, unit))) return yield* Effect.fail(new ParNotAppraiser({ unit }));
    const why = reason?.trim() ?? "";
    if (command === "return" && why === "") return yield* Effect.fail(new ParReasonRequired({ criterion: null }));
    const now = new Date(yield* Clock.currentTimeMillis);
    return yield* Effect.flatMap(ParIndexRepo, (r) =>
      r.transition(f.code, unit, command, (s) => ParWorkflow.next(s, command), why === "" ? null : why, actorOf(principal).name, now),
    );
  });
