/**
 * The PAR Index calls of the web app (`@cchc/contract` endpoints/ParIndex) and the names of the
 * answers the screen reads, derived from the contract.
 */
import type { AnswerOf } from "@cchc/contract";
import { Api as C } from "@cchc/contract/Api";
import { Ranking } from "@cchc/contract/schemas/ParIndex";
import { Effect } from "effect";
import type { BodyIn } from "../api/Answers";
import { decodeInput, type Http, jsonAnswer } from "../api/Http";

/** A framework in the list. */
export type FrameworkSummary = AnswerOf<typeof C.listParFrameworks>["items"][number];
/** A framework tree. */
export type FrameworkTree = AnswerOf<typeof C.getParFramework>;
/** `GET /par-index/{framework}/units/{unit}`. */
export type AssessmentBody = AnswerOf<typeof C.getParAssessment>;
/** A scored criterion of a unit's assessment. */
export type CriterionBody = AssessmentBody["criteria"][number];
/** The workflow states. */
export type ParState = AssessmentBody["status"];
/** `GET /par-index/{framework}/ranking` (format=json). */
export type RankingBody = typeof Ranking.Type;
/** What a criterion write sends. */
export type CriterionWrite = BodyIn<"putParCriterion">;

/** A step of the assessment's workflow. */
export type ParCommand = "submit" | "return" | "appraise" | "publish";

/** The PAR Index calls. */
export const makeParIndexApi = (http: Http) => {
  const { client, run } = http;
  return {
    frameworks: () => run(client.listParFrameworks({})),
    framework: (code: string) => run(client.getParFramework({ params: { code } })),
    assessment: (framework: string, unit: string) => run(client.getParAssessment({ params: { framework, unit } })),
    writeCriterion: (framework: string, unit: string, criterion: string, write: CriterionWrite) =>
      run(
        Effect.flatMap(decodeInput(C.putParCriterion.body, write), (body) =>
          client.putParCriterion({ params: { framework, unit, criterion }, body }),
        ),
      ),
    step: (framework: string, unit: string, command: ParCommand, reason?: string) =>
      run(
        (command === "submit"
          ? client.submitParAssessment
          : command === "return"
            ? client.returnParAssessment
            : command === "appraise"
              ? client.appraiseParAssessment
              : client.publishParAssessment)({ params: { framework, unit }, body: reason ? { reason } : {} }),
      ),
    /** The ranking as JSON, decoded with the contract's `Ranking` Schema (the endpoint also answers files). */
    ranking: (framework: string, parent: string) =>
      run(
        client
          .getParRanking({ params: { framework }, query: { parent, format: "json" } })
          .pipe(Effect.flatMap(jsonAnswer(C.getParRanking.operationId, Ranking))),
      ),
    rankingUrl: (framework: string, parent: string, format: "xlsx" | "docx") =>
      http.url(C.getParRanking, { params: { framework }, query: { parent, format } }),
  };
};

/** The PAR Index calls as a type. */
export type ParIndexApi = ReturnType<typeof makeParIndexApi>;
