/**
 * Pure helpers of the PAR Index screen: points in vi-VN with two decimals, the change against the
 * previous year with its sign, the criteria grouped by area, and the bars of the by-area chart.
 */
import { formatDecimal } from "@cchc/domain/VnNumber";
import type { CriterionBody } from "./ParIndexApi";

/** 85.25 → "85,25". */
export const points = (n: number | null | undefined): string => (n === null || n === undefined ? "—" : formatDecimal(n, 2));

/** +2.5 → "+2,50"; null → "—". */
export const signed = (n: number | null): string => (n === null ? "—" : `${n > 0 ? "+" : ""}${formatDecimal(n, 2)}`);

/** The criteria of each area, in the framework's order. */
export const byArea = (
  areas: ReadonlyArray<{ readonly code: string; readonly name: string; readonly maxScore: number }>,
  criteria: ReadonlyArray<CriterionBody>,
) => areas.map((a) => ({ ...a, criteria: criteria.filter((c) => c.area === a.code) }));

/** A bar of the chart: the share of the area's maximum reached, 0…100. */
export const barShare = (score: number, max: number): number => (max <= 0 ? 0 : Math.max(0, Math.min(100, (score / max) * 100)));
