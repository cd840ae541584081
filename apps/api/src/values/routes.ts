/**
 * Indicator values of a unit's period: the list with computed rates and stated-rate checks, a
 * single write with optimistic concurrency (409 VALUE_CONFLICT when stale, nothing applied), and a
 * bulk entry that is all-or-nothing, with a dry run, and a batch across several (unit, period)
 * groups written in one transaction (`POST /values/batch`, for importing a file). Every write
 * answers the validation findings after the change, and every changed value is recorded in the
 * audit trail (who, when, old and new), in the write's transaction — one record per changed value,
 * none for unchanged ones. The approval lock is checked by the value store inside that same
 * transaction (409 PERIOD_LOCKED), for every group of a batch.
 */
import * as Values from "@cchc/contract/endpoints/Values";
import { Versions } from "@cchc/db/cache/Versions";
import { ValueRepo, type WriteResult } from "@cchc/db/values/ValueRepo";
import { actorOf } from "@cchc/domain/access/Principal";
import * as Rate from "@cchc/domain/indicators/Rate";
import { formatPercent } from "@cchc/domain/VnRate";
import * as Expression from "@cchc/domain/validation/Expression";
import { Effect, Schema } from "effect";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { conditional } from "../cache/Answers.js";
import { readVersions } from "../cache/RequestEpochs.js";
import { handle } from "../http/Route.js";
import { page } from "../indicators/Paging.js";
import { findingsFor } from "../validation/Findings.js";
import { prepareGroups } from "./Batch.js";
import { checkBatch, checkOne } from "./Entry.js";
import { resolveScope, type Scope } from "./Scope.js";
import { valueChange } from "./ValueChange.js";

const writer = Effect.map(CurrentPrincipal, (p) => {
  const actor = actorOf(p);
  return { name: actor.name ?? "api", actor };
});

// A dry run's findings look at the values as they would be.
const pendingOf = (results: ReadonlyArray<WriteResult>) =>
  results.map((r) => ({ indicator: r.indicator, disaggregation: r.disaggregation, value: r.stored.value }));

/** The values of a (unit, period) with their rates and the check of the stated rates. */
const listValues = (scope: Scope, query: { readonly limit?: number | undefined; readonly offset?: number | undefined }) =>
  Effect.gen(function* () {
    const repo = yield* ValueRepo;
    const stored = yield* repo.list(scope.unit.code, scope.window.code);
    const rates = Rate.computeAll(scope.catalogue.rates, Expression.lookupOf(stored), scope.catalogue.indicators);
    const claims = (yield* repo.versionedClaims(scope.unit.code, scope.window.code)).map((c) => {
      const check = Rate.checkClaim(c, rates);
      return {
        rate: c.rate,
        disaggregation: c.disaggregation,
        stated: c.stated,
        statedText: `${c.qualifier === "at-least" ? "trên " : ""}${formatPercent(c.stated, c.decimals)}`,
        decimals: c.decimals,
        qualifier: c.qualifier,
        text: c.text ?? null,
        computed: check.computed,
        computedText: check.computed === null ? "—" : formatPercent(check.computed, c.decimals),
        matches: check.matches,
        version: c.version,
      };
    });
    return {
      unit: scope.unit.code,
      period: scope.window.code,
      catalogueYear: scope.catalogue.year,
      ...page(stored, query),
      rates: rates.map(({ keys: _k, area: _a, ...r }) => r),
      claims,
    };
  });

/** Values routes. */
export const valueRoutes = [
  handle(Values.listValues, ({ params, query, request }) =>
    Effect.gen(function* () {
      const scope = yield* resolveScope(params.unit, params.period);
      const epochs = yield* readVersions;
      if (epochs === null) return yield* listValues(scope, query);
      // The answer depends on the (unit, period)'s data and the catalogue: its ETag is their versions.
      const version = yield* Effect.flatMap(Versions, (v) => v.dataVersion(scope.unit.code, scope.window.code));
      const etag = `W/"${version}.${epochs.reference}"`;
      const key = `values|${scope.unit.code}|${scope.window.code}|${query.limit ?? ""}|${query.offset ?? ""}|${version}|${epochs.reference}`;
      return yield* conditional(
        request,
        etag,
        key,
        (c) => c.answers,
        Effect.flatMap(listValues(scope, query), (out) =>
          Effect.map(Effect.orDie(Schema.encode(Values.listValues.response)(out)), (encoded) => ({
            body: JSON.stringify(encoded),
            headers: { "content-type": "application/json; charset=utf-8" },
          })),
        ),
      );
    }),
  ),
  handle(Values.putValue, ({ params, body }) =>
    Effect.gen(function* () {
      const scope = yield* resolveScope(params.unit, params.period);
      const write = yield* checkOne(scope.catalogue, { ...body, indicator: params.indicator });
      const repo = yield* ValueRepo;
      const who = yield* writer;
      const [result] = yield* repo.write(scope.unit.code, scope.window.code, [write], who.name, { auditAs: who.actor });
      if (!result) return yield* Effect.die(new Error("write returned nothing"));
      return { value: result.stored, old: result.old, changed: result.changed, findings: yield* findingsFor(scope) };
    }),
  ),
  handle(Values.bulkValues, ({ params, body }) =>
    Effect.gen(function* () {
      const scope = yield* resolveScope(params.unit, params.period);
      const writes = yield* checkBatch(scope.catalogue, body.values, body.source);
      const repo = yield* ValueRepo;
      const dryRun = body.dryRun === true;
      const who = yield* writer;
      const results = yield* repo.write(scope.unit.code, scope.window.code, writes, who.name, { dryRun, auditAs: who.actor });
      return { dryRun, changes: results.map(valueChange), findings: yield* findingsFor(scope, dryRun ? pendingOf(results) : []) };
    }),
  ),
  handle(Values.batchValues, ({ body }) =>
    Effect.gen(function* () {
      const groups = yield* prepareGroups(body.groups, body.source ?? "entered");
      const dryRun = body.dryRun === true;
      const who = yield* writer;
      const results = yield* Effect.flatMap(ValueRepo, (repo) =>
        repo.writeGroups(
          groups.map((g) => ({ unit: g.scope.unit.code, period: g.scope.window.code, changes: g.writes })),
          who.name,
          { dryRun, auditAs: who.actor },
        ),
      );
      const answers = yield* Effect.forEach(groups, (g, i) => {
        const written = results[i] ?? [];
        return Effect.map(findingsFor(g.scope, dryRun ? pendingOf(written) : []), (findings) => ({
          unit: g.scope.unit.code,
          period: g.scope.window.code,
          changes: written.map(valueChange),
          findings,
        }));
      });
      return { dryRun, groups: answers };
    }),
  ),
  handle(Values.valueHistory, ({ params }) =>
    Effect.gen(function* () {
      const scope = yield* resolveScope(params.unit, params.period);
      const items = yield* Effect.flatMap(ValueRepo, (r) => r.history(scope.unit.code, scope.window.code, params.indicator));
      return { items, total: items.length };
    }),
  ),
];
