/**
 * The PAR Index calls of the web app (`apps/api/src/par-index/routes.ts`) and the shapes they
 * answer, kept beside the screen that uses them.
 */
import type { Http } from "../api/Http";

const seg = encodeURIComponent;

/** A framework in the list. */
export interface FrameworkSummary {
  readonly code: string;
  readonly name: string;
  readonly years: ReadonlyArray<number>;
  readonly level: string;
  readonly maxScore: number;
  readonly criteriaCount: number;
  readonly decision: { readonly number: string; readonly date: string; readonly issuer: string; readonly title: string };
  readonly illustrative: boolean;
}

/** An area of a framework tree (only what the screen shows). */
export interface FrameworkTree {
  readonly code: string;
  readonly name: string;
  readonly note?: string;
  readonly sources: ReadonlyArray<{ readonly title: string; readonly url?: string; readonly confirms: string }>;
  readonly areas: ReadonlyArray<{ readonly code: string; readonly name: string; readonly maxScore: number }>;
}

/** A scored criterion of a unit's assessment. */
export interface CriterionBody {
  readonly code: string;
  readonly name: string;
  readonly area: string;
  readonly maxScore: number;
  readonly step: number;
  readonly method: "manual" | "formula" | "survey";
  readonly illustrative: boolean;
  readonly guidance: string | null;
  readonly selfScore: number | null;
  readonly computedScore: number | null;
  readonly appraisedScore: number | null;
  readonly finalScore: number;
  readonly computation: {
    readonly label: string;
    readonly formula: string;
    readonly period: string;
    readonly numerator: number;
    readonly denominator: number;
    readonly rate: number | null;
    readonly values: ReadonlyArray<{ readonly key: string; readonly value: number }>;
    readonly missing: ReadonlyArray<string>;
  } | null;
  readonly evidence: ReadonlyArray<{ readonly kind: "document"; readonly id: number; readonly label: string }>;
  readonly note: string | null;
  readonly reason: string | null;
  readonly surveySource: string | null;
  readonly version: number;
}

/** The workflow states. */
export type ParState = "draft" | "submitted" | "appraised" | "published";

/** `GET /par-index/{framework}/units/{unit}`. */
export interface AssessmentBody {
  readonly framework: string;
  readonly unit: string;
  readonly unitName: string;
  readonly status: ParState;
  readonly total: { readonly self: number; readonly appraised: number | null; readonly final: number };
  readonly byArea: Readonly<Record<string, number>>;
  readonly criteria: ReadonlyArray<CriterionBody>;
  readonly history: ReadonlyArray<{
    readonly command: string;
    readonly actor: string | null;
    readonly at: string;
    readonly reason: string | null;
  }>;
}

/** `GET /par-index/{framework}/ranking`. */
export interface RankingBody {
  readonly framework: string;
  readonly parent: string;
  readonly previous: string | null;
  readonly areas: ReadonlyArray<{ readonly code: string; readonly name: string; readonly maxScore: number }>;
  readonly items: ReadonlyArray<{
    readonly unit: string;
    readonly name: string;
    readonly status: ParState;
    readonly total: number;
    readonly rank: number;
    readonly byArea: Readonly<Record<string, number>>;
    readonly change: number | null;
  }>;
}

/** What a criterion write sends. */
export interface CriterionWrite {
  readonly selfScore?: number | null;
  readonly appraisedScore?: number | null;
  readonly evidence?: ReadonlyArray<{ readonly kind: "document"; readonly id: number }>;
  readonly note?: string | null;
  readonly reason?: string | null;
  readonly version: number;
}

/** The PAR Index calls. */
export const makeParIndexApi = (http: Http) => ({
  frameworks: () => http.json<{ readonly items: ReadonlyArray<FrameworkSummary> }>("get", "/par-index/frameworks"),
  framework: (code: string) => http.json<FrameworkTree>("get", `/par-index/frameworks/${seg(code)}`),
  assessment: (framework: string, unit: string) => http.json<AssessmentBody>("get", `/par-index/${seg(framework)}/units/${seg(unit)}`),
  writeCriterion: (framework: string, unit: string, criterion: string, body: CriterionWrite) =>
    http.json("put", `/par-index/${seg(framework)}/units/${seg(unit)}/criteria/${seg(criterion)}`, { body }),
  step: (framework: string, unit: string, command: "submit" | "return" | "appraise" | "publish", reason?: string) =>
    http.json("post", `/par-index/${seg(framework)}/units/${seg(unit)}/${command}`, { body: reason ? { reason } : {} }),
  ranking: (framework: string, parent: string) =>
    http.json<RankingBody>("get", `/par-index/${seg(framework)}/ranking`, { query: { parent } }),
  rankingUrl: (framework: string, parent: string, format: "xlsx" | "docx") =>
    http.url(`/par-index/${seg(framework)}/ranking`, { parent, format }),
});

/** The PAR Index calls as a type. */
export type ParIndexApi = ReturnType<typeof makeParIndexApi>;
