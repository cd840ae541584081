/**
 * Demo steps that load the seed report as data: the catalogue, the document register, the plan
 * and its tasks, assigned tasks, the inspection and activities, every figure and stated rate, and
 * the narrative paragraphs. Each step is idempotent: it adds only what is missing.
 */
import { RegisterEntryInput } from "@cchc/domain/documents/RegisterEntry";
import { LocalDate } from "@cchc/domain/LocalDate";
import * as Period from "@cchc/domain/Period";
import { rollup } from "@cchc/domain/plans/Task";
import { foldDiacritics } from "@cchc/domain/Text";
import { Effect, Either, Schema } from "effect";
import { ActivityRepo } from "../../activities/ActivityRepo.js";
import { CatalogueRepo, loadShippedCatalogues } from "../../catalogue/CatalogueRepo.js";
import { Database } from "../../Database.js";
import { DocumentRepo } from "../../documents/DocumentRepo.js";
import { InspectionRepo } from "../../inspections/InspectionRepo.js";
import { NarrativeRepo } from "../../narratives/NarrativeRepo.js";
import { PlanRepo } from "../../plans/PlanRepo.js";
import { ValueRepo, type ValueWrite } from "../../values/ValueRepo.js";
import { type SeedDocument, seedDocuments } from "./SeedDocuments.js";
import { seedNarratives } from "./SeedNarratives.js";
import { seedAssignedTasks, seedPlan, seedTasks } from "./SeedPlan.js";
import { seedActivities, seedInspection } from "./SeedRecords.js";
import { SEED_PERIOD, seedClaims, seedValues } from "./SeedValues.js";

// The seed's dates and period are written as text: decoded here, so a typo fails the load loudly.
const day = Schema.decodeSync(LocalDate);
const dayOrNull = Schema.decodeSync(Schema.NullOr(LocalDate));

/** Who the demo data is attributed to. */
export const DEMO_ACTOR = "demo";

const decodeDoc = Schema.decodeUnknownSync(RegisterEntryInput);

const findDoc = (d: SeedDocument) =>
  Effect.gen(function* () {
    const { kysely } = yield* Database;
    const r = yield* Effect.promise(() =>
      kysely
        .selectFrom("document")
        .select("id")
        .where("symbol", "=", d.symbol)
        .where("issued_on", "=", d.date)
        .where("issuer_key", "=", foldDiacritics(d.issuer))
        .where((eb) => (d.number === null ? eb("number", "is", null) : eb("number", "=", d.number)))
        .executeTakeFirst(),
    );
    return r?.id;
  });

/** Demo document keys → register ids (documents must be loaded). */
export const documentIds = Effect.gen(function* () {
  const ids = new Map<string, number>();
  for (const d of seedDocuments) {
    const id = yield* findDoc(d);
    if (id !== undefined) ids.set(d.key, id);
  }
  return ids;
});

/** Registers the seed's documents (parents first). */
export const loadDemoDocuments = Effect.gen(function* () {
  const repo = yield* DocumentRepo;
  const ids = yield* documentIds;
  let added = 0;
  for (const d of seedDocuments) {
    if (ids.has(d.key)) continue;
    const { key: _k, parentKey, ...rest } = d;
    const input = decodeDoc({ ...rest, parentId: parentKey === null ? null : (ids.get(parentKey) ?? null) });
    const saved = yield* repo.insert(input).pipe(Effect.orDie);
    ids.set(d.key, saved.id);
    added++;
  }
  return added;
}).pipe(Effect.provide(DocumentRepo.layer));

/** Loads the plan of DT.VPUBND with its (reconstructed) tasks and the province's assigned tasks. */
export const loadDemoPlan = Effect.gen(function* () {
  const repo = yield* PlanRepo;
  const ids = yield* documentIds;
  const plan = yield* repo.ensurePlan({
    unit: seedPlan.unit,
    year: seedPlan.year,
    title: seedPlan.title,
    documentId: ids.get(seedPlan.documentKey) ?? null,
  });
  let added = 0;
  if ((yield* repo.tasks(plan.id)).length === 0) {
    for (const t of seedTasks) {
      const { evidenceKeys, ...rest } = t;
      yield* repo.insertTask(plan.id, {
        ...rest,
        deadline: dayOrNull(rest.deadline),
        startedOn: dayOrNull(rest.startedOn),
        completedOn: dayOrNull(rest.completedOn),
        evidence: evidenceKeys.flatMap((k) => ids.get(k) ?? []),
        reconstructed: true,
      });
      added++;
    }
  }
  if ((yield* repo.assigned("DT")).length === 0) {
    for (const a of seedAssignedTasks) {
      yield* repo.insertAssigned({
        unit: a.unit,
        assigner: a.assigner,
        title: a.title,
        sourceDocumentId: a.sourceKey === null ? null : (ids.get(a.sourceKey) ?? null),
        assignedOn: day(a.assignedOn),
        dueOn: day(a.dueOn),
        completedOn: dayOrNull(a.completedOn),
        reconstructed: true,
        note: a.note,
      });
      added++;
    }
  }
  return added;
}).pipe(Effect.provide(PlanRepo.layer));

/** Loads the inspection and the activities. */
export const loadDemoRecords = Effect.gen(function* () {
  const inspections = yield* InspectionRepo;
  const activities = yield* ActivityRepo;
  const ids = yield* documentIds;
  const period = Schema.decodeSync(Period.PeriodCode)(SEED_PERIOD);
  let added = 0;
  if ((yield* inspections.list({ unit: seedInspection.unit, period })).total === 0) {
    const { planKey, noticeKey, ...i } = seedInspection;
    yield* inspections.insert({
      ...i,
      period,
      heldOn: day(i.heldOn),
      planDocumentId: ids.get(planKey) ?? null,
      noticeDocumentId: ids.get(noticeKey) ?? null,
    });
    added++;
  }
  if ((yield* activities.list({ unit: "DT.VPUBND", period, limit: 1 })).total === 0) {
    for (const a of seedActivities) {
      const { documentKey, ...rest } = a;
      yield* activities.insert({
        ...rest,
        unit: "DT.VPUBND",
        period,
        heldOn: dayOrNull(rest.heldOn),
        documentId: documentKey === null ? null : (ids.get(documentKey) ?? null),
      });
      added++;
    }
  }
  return added;
}).pipe(Effect.provide(ActivityRepo.layer), Effect.provide(InspectionRepo.layer));

/** Stores the seed's figures and stated rates, and the plan's task counts computed from its tasks. */
export const loadDemoValues = Effect.gen(function* () {
  const values = yield* ValueRepo;
  const plans = yield* PlanRepo;
  const window = Either.getOrThrow(Period.window(SEED_PERIOD));
  let added = 0;
  const units = [...new Set(seedValues.map((v) => v.unit))];
  for (const unit of units) {
    const existing = new Set((yield* values.list(unit, SEED_PERIOD)).map((v) => `${v.indicator}|${v.disaggregation}`));
    const writes: ValueWrite[] = seedValues
      .filter((v) => v.unit === unit && !existing.has(`${v.indicator}|${v.disaggregation}`))
      .map((v) => ({
        indicator: v.indicator,
        disaggregation: v.disaggregation,
        value: v.value,
        comment: v.comment ?? undefined,
        ...(v.asOf === undefined ? {} : { asOf: v.asOf }),
        source: "imported",
        version: 0,
      }));
    if (unit === seedPlan.unit) {
      const plan = yield* plans.plan(seedPlan.unit, seedPlan.year).pipe(Effect.option);
      if (plan._tag === "Some") {
        const r = rollup(yield* plans.tasks(plan.value.id), window.end);
        const note = `Tính từ ${r.total} nhiệm vụ của kế hoạch tại ngày ${window.end}.`;
        for (const [indicator, value] of [
          ["chidao.kehoach.nhiemvu", r.total],
          ["chidao.kehoach.nhiemvu.trienkhai", r.started],
        ] as const)
          if (!existing.has(`${indicator}|`))
            writes.push({ indicator, disaggregation: "", value, comment: note, source: "computed", version: 0 });
      }
    }
    if (writes.length > 0) added += (yield* values.write(unit, SEED_PERIOD, writes, DEMO_ACTOR).pipe(Effect.orDie)).length;
    const claims = new Set((yield* values.claims(unit, SEED_PERIOD)).map((c) => `${c.rate}|${c.disaggregation}`));
    for (const c of seedClaims.filter((x) => x.unit === unit && !claims.has(`${x.claim.rate}|${x.claim.disaggregation}`))) {
      yield* values.putClaim(unit, SEED_PERIOD, c.claim);
      added++;
    }
  }
  return added;
}).pipe(Effect.provide(ValueRepo.layer), Effect.provide(PlanRepo.layer));

/** Stores the narrative paragraphs. */
export const loadDemoNarratives = Effect.gen(function* () {
  const repo = yield* NarrativeRepo;
  let added = 0;
  for (const n of seedNarratives) {
    const exists = yield* repo.get(n.unit, SEED_PERIOD, n.section).pipe(Effect.option);
    if (exists._tag === "Some") continue;
    yield* repo.put(n.unit, SEED_PERIOD, n.section, n.paragraphs.join("\n\n"), 0, DEMO_ACTOR).pipe(Effect.orDie);
    added++;
  }
  return added;
}).pipe(Effect.provide(NarrativeRepo.layer));

/** Loads the shipped catalogues (also a bootstrap step: the API serves the catalogue from the database). */
export const loadCatalogue = loadShippedCatalogues.pipe(Effect.provide(CatalogueRepo.layer));
