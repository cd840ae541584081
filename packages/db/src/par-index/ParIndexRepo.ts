/**
 * Storage of the PAR Index: uploaded frameworks (immutable), each unit's assessment with its
 * workflow state, its criteria (self-score, appraised score, evidence, note, reason; versioned,
 * a stale version refused) and the workflow's steps. Rules on who may write what in which state
 * are the caller's: a write takes a `guard` that sees the current state inside the transaction.
 */

import { ParEvidenceNotFound, ParFrameworkExists, ParScoreConflict } from "@cchc/domain/par-index/ParErrors";
import type { Command, State } from "@cchc/domain/par-index/ParWorkflow";
import { Context, Effect, type Either } from "effect";
import { missingDocumentsIn } from "../documents/DocumentLinks.js";
import { overDatabase } from "../OverDatabase.js";
import { rowsOf } from "../RowsOf.js";
import { rowAt, storeAt } from "../records/KeyedRows.js";
import { type Trx, transaction } from "../Transaction.js";
import { frameworkBodyFromRow, scoreFromRow, stateFromRow, stepFromRow } from "./ParIndexRows.js";

/** A reference to evidence in the register: a document (by register id). */
export interface EvidenceRef {
  readonly kind: "document";
  readonly id: number;
}

/** One criterion of an assessment as stored. */
export interface StoredScore {
  readonly criterion: string;
  readonly selfScore: number | null;
  readonly appraisedScore: number | null;
  readonly evidence: ReadonlyArray<EvidenceRef>;
  readonly note: string | null;
  readonly reason: string | null;
  readonly surveySource: string | null;
  readonly version: number;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

/** A unit's assessment under a framework; a unit never written to is a draft with no scores. */
export interface StoredAssessment {
  readonly framework: string;
  readonly unit: string;
  readonly state: State;
  readonly scores: ReadonlyArray<StoredScore>;
}

/** One step of the workflow. */
export interface ParStep {
  readonly id: number;
  readonly framework: string;
  readonly unit: string;
  readonly command: Command;
  readonly from: State;
  readonly to: State;
  readonly actor: string | null;
  readonly at: string;
  readonly reason: string | null;
}

/** What a write changes on a criterion; omitted fields keep their value. */
export interface ScorePatch {
  readonly selfScore?: number | null;
  readonly appraisedScore?: number | null;
  readonly evidence?: ReadonlyArray<EvidenceRef>;
  readonly note?: string | null;
  readonly reason?: string | null;
  readonly surveySource?: string | null;
}

const cents = (n: number | null | undefined): number | null => (n === null || n === undefined ? null : Math.round(n * 100));
const run = <A>(query: () => Promise<A>) => Effect.promise(query);

// The unit's assessment under the framework (a draft when new), locked for the rest of the transaction; answers its state.
const lockedHead = (trx: Trx, framework: string, unit: string, at: Date) =>
  Effect.gen(function* () {
    yield* run(() =>
      trx
        .insertInto("par_assessment")
        .values({ framework_code: framework, unit_code: unit, state: "draft", updated_at: at })
        .onConflict((oc) => oc.columns(["framework_code", "unit_code"]).doNothing())
        .execute(),
    );
    const head = yield* run(() =>
      trx
        .selectFrom("par_assessment")
        .select("state")
        .where("framework_code", "=", framework)
        .where("unit_code", "=", unit)
        .forUpdate()
        .executeTakeFirstOrThrow(),
    );
    return stateFromRow(head);
  });

/**
 * Fails unless every document `evidence` names is in the register, naming the first that is not;
 * the documents found are locked (`for key share`) until the write commits.
 */
const evidenceRegistered = (trx: Trx, criterion: string, evidence: ReadonlyArray<EvidenceRef>) =>
  Effect.flatMap(
    Effect.promise(() =>
      missingDocumentsIn(
        trx,
        evidence.map((e) => e.id),
      ),
    ),
    (missing): Effect.Effect<void, ParEvidenceNotFound> => {
      const id = missing[0];
      if (id === undefined) return Effect.void;
      const index = evidence.findIndex((e) => e.id === id);
      return Effect.fail(new ParEvidenceNotFound({ criterion, index, kind: evidence[index]?.kind ?? "document", id }));
    },
  );

/** Repository of PAR Index assessments. */
export class ParIndexRepo extends Context.Tag("@cchc/db/ParIndexRepo")<
  ParIndexRepo,
  {
    /** Frameworks uploaded through the API, as their JSON bodies. */
    readonly storedFrameworks: Effect.Effect<ReadonlyArray<unknown>>;
    /** Stores an uploaded framework; a code in use is refused (frameworks are immutable). */
    readonly insertFramework: (code: string, body: unknown, actor: string) => Effect.Effect<void, ParFrameworkExists>;
    /** Whether any unit has an assessment under the framework. */
    readonly inUse: (framework: string) => Effect.Effect<boolean>;
    readonly assessment: (framework: string, unit: string) => Effect.Effect<StoredAssessment>;
    /** The assessments under a framework of the given units (those never written to are left out). */
    readonly assessments: (framework: string, units: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<StoredAssessment>>;
    /**
     * Writes a criterion: `version` is the one read (0 = never written); `guard` sees the state
     * in the same transaction and may refuse. Evidence written must name registered documents,
     * checked in the transaction (a removal of one of them waits for it, `DocumentLinks`).
     */
    readonly writeScore: <E>(
      framework: string,
      unit: string,
      criterion: string,
      patch: ScorePatch,
      version: number,
      actor: string,
      at: Date,
      guard: (state: State) => Either.Either<void, E>,
    ) => Effect.Effect<StoredScore, E | ParScoreConflict | ParEvidenceNotFound>;
    /** Moves the workflow: `step` decides the next state from the current one, inside the transaction. */
    readonly transition: <E>(
      framework: string,
      unit: string,
      command: Command,
      step: (state: State) => Either.Either<State, E>,
      reason: string | null,
      actor: string | null,
      at: Date,
    ) => Effect.Effect<ParStep, E>;
    /** Steps of a unit's assessment under a framework, oldest first. */
    readonly history: (framework: string, unit: string) => Effect.Effect<ReadonlyArray<ParStep>>;
    /**
     * Every assessment of a unit with its state and steps, across frameworks: what a deadline
     * tracker needs to know which PAR Index step each unit has reached and when.
     */
    readonly unitStatus: (unit: string) => Effect.Effect<ReadonlyArray<{ framework: string; state: State; steps: ReadonlyArray<ParStep> }>>;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = overDatabase(ParIndexRepo, (kysely) => {
    const assessmentsOf = (framework: string, units: ReadonlyArray<string>) =>
      Effect.promise(async () => {
        if (units.length === 0) return [];
        const heads = await kysely
          .selectFrom("par_assessment")
          .selectAll()
          .where("framework_code", "=", framework)
          .where("unit_code", "in", units)
          .execute();
        if (heads.length === 0) return [];
        const rows = await kysely
          .selectFrom("par_score")
          .selectAll()
          .where("framework_code", "=", framework)
          .where("unit_code", "in", units)
          .orderBy("criterion_code")
          .execute();
        return heads.map(
          (h): StoredAssessment => ({
            framework,
            unit: h.unit_code,
            state: stateFromRow(h),
            scores: rows.filter((r) => r.unit_code === h.unit_code).map(scoreFromRow),
          }),
        );
      });
    const history = (framework: string, unit: string) =>
      rowsOf(
        kysely.selectFrom("par_step").selectAll().where("framework_code", "=", framework).where("unit_code", "=", unit).orderBy("id"),
        stepFromRow,
      );
    return {
      storedFrameworks: Effect.promise(() => kysely.selectFrom("par_framework").select("body").orderBy("code").execute()).pipe(
        Effect.map((rs) => rs.map(frameworkBodyFromRow)),
      ),
      insertFramework: (code, body, actor) =>
        Effect.gen(function* () {
          const exists = yield* Effect.promise(() =>
            kysely.selectFrom("par_framework").select("code").where("code", "=", code).executeTakeFirst(),
          );
          if (exists) return yield* Effect.fail(new ParFrameworkExists({ code }));
          yield* Effect.promise(() =>
            kysely
              .insertInto("par_framework")
              .values({ code, body: JSON.stringify(body), created_by: actor })
              .execute(),
          );
        }),
      inUse: (framework) =>
        Effect.promise(() =>
          kysely.selectFrom("par_assessment").select("unit_code").where("framework_code", "=", framework).limit(1).executeTakeFirst(),
        ).pipe(Effect.map((r) => r !== undefined)),
      assessment: (framework, unit) =>
        Effect.map(assessmentsOf(framework, [unit]), (as) => as[0] ?? { framework, unit, state: "draft" as const, scores: [] }),
      assessments: assessmentsOf,
      writeScore: (framework, unit, criterion, patch, version, actor, at, guard) =>
        transaction(kysely, (trx) =>
          Effect.gen(function* () {
            const state = yield* lockedHead(trx, framework, unit, at);
            yield* guard(state);
            const key = { framework_code: framework, unit_code: unit, criterion_code: criterion };
            const cur = yield* run(() => rowAt(trx, "par_score", key, false));
            const current = cur?.version ?? 0;
            if (current !== version)
              return yield* Effect.fail(new ParScoreConflict({ criterion, expectedVersion: version, currentVersion: current }));
            const has = (k: keyof ScorePatch) => Object.hasOwn(patch, k);
            if (has("evidence")) yield* evidenceRegistered(trx, criterion, patch.evidence ?? []);
            const values = {
              self_cents: has("selfScore") ? cents(patch.selfScore) : (cur?.self_cents ?? null),
              appraised_cents: has("appraisedScore") ? cents(patch.appraisedScore) : (cur?.appraised_cents ?? null),
              evidence: has("evidence") ? JSON.stringify(patch.evidence ?? []) : (cur?.evidence ?? "[]"),
              note: has("note") ? (patch.note ?? null) : (cur?.note ?? null),
              reason: has("reason") ? (patch.reason ?? null) : (cur?.reason ?? null),
              survey_source: has("surveySource") ? (patch.surveySource ?? null) : (cur?.survey_source ?? null),
              version: current + 1,
              updated_by: actor,
              updated_at: at,
            };
            const row = yield* run(() => storeAt(trx, "par_score", key, values, cur !== undefined));
            return scoreFromRow(row);
          }),
        ),
      transition: (framework, unit, command, step, reason, actor, at) =>
        transaction(kysely, (trx) =>
          Effect.gen(function* () {
            const from = yield* lockedHead(trx, framework, unit, at);
            const to = yield* step(from);
            yield* run(() =>
              trx
                .updateTable("par_assessment")
                .set({ state: to, updated_at: at })
                .where("framework_code", "=", framework)
                .where("unit_code", "=", unit)
                .execute(),
            );
            const row = yield* run(() =>
              trx
                .insertInto("par_step")
                .values({
                  framework_code: framework,
                  unit_code: unit,
                  command,
                  from_state: from,
                  to_state: to,
                  actor_name: actor,
                  at,
                  reason,
                })
                .returningAll()
                .executeTakeFirstOrThrow(),
            );
            return stepFromRow(row);
          }),
        ),
      history,
      unitStatus: (unit) =>
        Effect.gen(function* () {
          const heads = yield* Effect.promise(() =>
            kysely
              .selectFrom("par_assessment")
              .select(["framework_code", "state"])
              .where("unit_code", "=", unit)
              .orderBy("framework_code")
              .execute(),
          );
          return yield* Effect.forEach(heads, (h) =>
            Effect.map(history(h.framework_code, unit), (steps) => ({ framework: h.framework_code, state: stateFromRow(h), steps })),
          );
        }),
    };
  });
}
