/**
 * The PAR Index ranking as a table to render: the framework and the decision behind it, the
 * areas (columns), and one row per unit with its points per area, total, rank and change against
 * the previous year. Numbers are shown in vi-VN with two decimals ("85,25").
 */
import { formatDecimal } from "@cchc/domain/VnNumber";

/** One ranked unit. */
export interface RankingRow {
  readonly unit: string;
  readonly name: string;
  readonly byArea: Readonly<Record<string, number>>;
  readonly total: number;
  readonly rank: number;
  readonly change: number | null;
  readonly state: string;
}

/** The whole table. */
export interface RankingTable {
  readonly title: string;
  readonly framework: { readonly code: string; readonly name: string; readonly decision: string; readonly illustrative: boolean };
  readonly parentName: string;
  readonly areas: ReadonlyArray<{ readonly code: string; readonly name: string; readonly maxScore: number }>;
  readonly rows: ReadonlyArray<RankingRow>;
}

/** Points with two decimals, vi-VN: 85.25 → "85,25". */
export const points = (n: number): string => formatDecimal(n, 2);

/** A signed change with two decimals: "+2,50", "-1,00", "0,00"; "—" without a previous year. */
export const change = (n: number | null): string => (n === null ? "—" : `${n > 0 ? "+" : ""}${formatDecimal(n, 2)}`);
