/**
 * The shapes of the API's answers the web app reads, as the OpenAPI document of `/api/v1`
 * describes them. Units and periods come from the domain schemas; the rest mirror the routes'
 * schemas in `apps/api/src/<feature>/routes.ts`.
 */
import type { OrgUnit, OrgUnitNode } from "@cchc/domain/OrgUnit";
import type { PeriodWindow } from "@cchc/domain/Period";

/** `GET /org-units`. */
export interface UnitList {
  readonly items: ReadonlyArray<OrgUnit>;
  readonly tree: ReadonlyArray<OrgUnitNode>;
}

/** `GET /periods/{code}`. */
export type PeriodBody = PeriodWindow;

/** One dimension of an indicator's disaggregation ("channel" with online/offline). */
export interface DimensionBody {
  readonly code: string;
  readonly nameVi: string;
  readonly nameEn?: string;
  readonly options: ReadonlyArray<{ readonly code: string; readonly nameVi: string; readonly nameEn?: string }>;
}

/** An indicator of the catalogue. */
export interface IndicatorBody {
  readonly code: string;
  readonly area: string;
  readonly nameVi: string;
  readonly nameEn?: string;
  /** Measurement unit in Vietnamese ("hồ sơ", "đồng"). */
  readonly unitVi?: string;
  /** "count" | "money" | "rate" …; money is formatted in đồng. */
  readonly kind?: string;
  /** Whether the value is a stock at the period end rather than a flow within the period. */
  readonly stock?: boolean;
  readonly dimensions: ReadonlyArray<DimensionBody>;
  /** For derived rates: numerator and denominator references. */
  readonly formula?: { readonly numerator: ReadonlyArray<ValueRef>; readonly denominator: ReadonlyArray<ValueRef>; readonly text?: string } | null;
  readonly order?: number;
}

/** A reference to a stored value: indicator and disaggregation. */
export interface ValueRef {
  readonly indicator: string;
  readonly disaggregation: string;
}

/** A stored value with its version (for optimistic concurrency). */
export interface ValueBody extends ValueRef {
  readonly value: number;
  readonly version: number;
  readonly updatedAt?: string;
  readonly updatedBy?: string | null;
}

/** A value to save; `version` is the one read (0 or absent for a new value). */
export interface ValueInput extends ValueRef {
  readonly value: number | null;
  readonly version: number;
}

/** A validation finding on stored values. */
export interface ValidationFinding {
  readonly rule: string;
  readonly severity: "error" | "warning" | "info";
  readonly message: string;
  readonly indicator?: string;
  readonly disaggregation?: string;
  readonly refs?: ReadonlyArray<ValueRef>;
}

/** A task of an annual plan. */
export interface TaskBody {
  readonly id: string;
  readonly planId?: string;
  readonly area: string;
  readonly title: string;
  readonly leadUnit: string | null;
  readonly dueDate: string | null;
  readonly status: string;
  readonly progress: number;
  readonly evidence: ReadonlyArray<string>;
  readonly version?: number;
}

/** A plan with its tasks. */
export interface PlanBody {
  readonly id: string;
  readonly unit: string;
  readonly year: number;
  readonly title: string;
  readonly reference?: string | null;
  readonly tasks: ReadonlyArray<TaskBody>;
}

/** A document of the register. */
export interface DocumentBody {
  readonly id: string;
  readonly type: string;
  readonly number: number | string;
  readonly symbol: string;
  readonly date: string | null;
  readonly issuer: string | null;
  readonly summary: string | null;
  readonly unit?: string | null;
}

/** A warning of report assembly. */
export interface ReportWarning {
  readonly code?: string;
  readonly message: string;
  readonly section?: string;
}

/** A finding of the report checker (packages/report/src/check/Finding.ts). */
export interface CheckFinding {
  readonly rule: string;
  readonly severity: "error" | "warning" | "info";
  readonly confidence: "certain" | "likely";
  readonly line: number;
  readonly column: number;
  readonly excerpt: string;
  readonly message: string;
  readonly suggestion: string | null;
  readonly index: number;
  readonly length: number;
}

/** `POST /checks`. */
export interface CheckResult {
  readonly period: { readonly code: string; readonly start: string; readonly end: string; readonly source: string } | null;
  readonly reportDate: string | null;
  readonly findings: ReadonlyArray<CheckFinding>;
  /** The text that was checked (for an uploaded .docx: the text read from it). */
  readonly text?: string;
}
