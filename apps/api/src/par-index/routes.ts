/**
 * Handlers of the PAR Index (endpoints: `@cchc/contract/endpoints/ParIndex`): frameworks, a unit's
 * assessment and its workflow, and the ranking under a parent unit as JSON, .xlsx (the official
 * table) or .docx (the appendix).
 */

import * as ParIndex from "@cchc/contract/endpoints/ParIndex";
import type * as S from "@cchc/contract/schemas/ParIndex";
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { leaves, maxScoreOf } from "@cchc/domain/par-index/Framework";
import type { Command } from "@cchc/domain/par-index/ParWorkflow";
import { inSentence } from "@cchc/domain/Text";
import { renderRankingDocx } from "@cchc/report/par-index/RankingDocx";
import type { RankingTable } from "@cchc/report/par-index/RankingTable";
import { renderRankingXlsx } from "@cchc/report/par-index/RankingXlsx";
import { contentTypes } from "@cchc/report/render/FileName";
import { Effect } from "effect";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { handle, type RouteInput } from "../http/Route.js";
import * as Service from "./ParIndexService.js";
import { ranking } from "./ParRanking.js";

const JSON_TYPE = "application/json";

const summary = (f: typeof S.FrameworkTree.Type) => ({
  code: f.code,
  name: f.name,
  years: f.years,
  level: f.level,
  maxScore: maxScoreOf(f),
  criteriaCount: leaves(f).length,
  decision: f.decision,
  illustrative: f.illustrative === true || leaves(f).some((l) => l.illustrative),
});

const step =
  (command: Command) =>
  ({ params, body }: RouteInput<typeof ParIndex.submitParAssessment>) =>
    Effect.flatMap(CurrentPrincipal, (p) => Service.step(params.framework, params.unit, command, body.reason, p));

/** PAR Index routes. */
export const parIndexRoutes = [
  handle(ParIndex.listParFrameworks, () => Effect.map(Service.frameworks, (all) => ({ items: all.map(summary) }))),
  handle(ParIndex.uploadParFramework, ({ body }) => Effect.flatMap(CurrentPrincipal, (p) => Effect.map(Service.upload(body, p), summary))),
  handle(ParIndex.getParFramework, ({ params }) => Service.framework(params.code)),
  handle(ParIndex.getParAssessment, ({ params }) => Service.assessment(params.framework, params.unit)),
  handle(ParIndex.putParCriterion, ({ params, body }) =>
    Effect.flatMap(CurrentPrincipal, (p) => Service.writeCriterion(params.framework, params.unit, params.criterion, body, p)),
  ),
  handle(ParIndex.submitParAssessment, step("submit")),
  handle(ParIndex.returnParAssessment, step("return")),
  handle(ParIndex.appraiseParAssessment, step("appraise")),
  handle(ParIndex.publishParAssessment, step("publish")),
  handle(ParIndex.getParRanking, ({ params, query }) =>
    Effect.gen(function* () {
      const r = yield* ranking(params.framework, query.parent);
      const parent = yield* Effect.flatMap(OrgUnitRepo, (repo) => repo.get(query.parent));
      const areas = r.framework.areas.map((a) => ({ code: a.code, name: a.name, maxScore: a.maxScore }));
      if (query.format === "json") {
        const body: typeof S.Ranking.Type = {
          framework: r.framework.code,
          parent: query.parent,
          previous: r.previous,
          areas,
          items: r.items.map(({ state, ...rest }) => ({ ...rest, status: state })),
        };
        return new Response(JSON.stringify(body), { status: 200, headers: { "content-type": JSON_TYPE } });
      }
      const table: RankingTable = {
        title: `Kết quả xếp hạng ${inSentence(r.framework.name)} năm ${r.framework.years[0] ?? ""}`,
        framework: {
          code: r.framework.code,
          name: r.framework.name,
          decision: `Quyết định số ${r.framework.decision.number} ngày ${r.framework.decision.date.split("-").reverse().join("/")}`,
          illustrative: summary(r.framework).illustrative,
        },
        parentName: parent.name,
        areas,
        rows: r.items,
      };
      const bytes = yield* Effect.promise(() => (query.format === "xlsx" ? renderRankingXlsx(table) : renderRankingDocx(table)));
      const name = `xep-hang-chi-so-cchc-${r.framework.code}-${query.parent}.${query.format}`;
      return new Response(bytes, {
        status: 200,
        headers: { "content-type": contentTypes[query.format], "content-disposition": `attachment; filename="${name}"` },
      });
    }),
  ),
];
