/**
 * Rendered reports kept for the next download (ADR 0013): a wrapper around the report route's
 * gather → assemble → render, keyed by (unit, period, format, date, number) and the versions the
 * report is made from — the `data` and `reference` counters and `REPORT_TEMPLATE_VERSION` — with
 * an `ETag` of those versions, so an unchanged report is sent again without being rebuilt, or
 * answered 304 to a client that holds it. Any change to the report's data, in any process, moves
 * `data` and so a new report is built.
 */
import type { ParamsOf, QueryOf } from "@cchc/contract";
import type { getReport } from "@cchc/contract/endpoints/Reports";
import { Effect } from "effect";
import { conditional } from "../cache/Answers.js";
import type { StoredAnswer } from "../cache/ApiCaches.js";
import { readVersions } from "../cache/RequestEpochs.js";

/** Version of the report templates and renderers: raise it when a change alters rendered files. */
export const REPORT_TEMPLATE_VERSION = 1;

/** What identifies one rendering of a report: the report route's decoded params and query. */
export type ReportKey = ParamsOf<typeof getReport> & QueryOf<typeof getReport>;

/** The report's answer from the cache when its versions have not moved, else `produce`'s (stored). */
export const cachedReport = <E, R>(request: Request, key: ReportKey, produce: Effect.Effect<StoredAnswer, E, R>) =>
  Effect.gen(function* () {
    const epochs = yield* readVersions;
    if (epochs === null) {
      const stored = yield* produce;
      return new Response(stored.body, { status: 200, headers: stored.headers });
    }
    const versions = `${epochs.data}.${epochs.reference}.${REPORT_TEMPLATE_VERSION}`;
    const id = [key.unit, key.period, key.format, key.date ?? "", key.number ?? ""].join("|");
    return yield* conditional(request, `W/"${versions}"`, `${id}|${versions}`, (c) => c.reports, produce);
  });
