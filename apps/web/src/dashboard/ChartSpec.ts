/**
 * What a chart shows, independent of the library that draws it: the same data feeds the canvas
 * and the visually-hidden table that screen readers (and people who prefer numbers) read.
 */

/** One series of a chart. */
export interface ChartSeries {
  readonly label: string;
  readonly data: ReadonlyArray<number>;
  /** One colour for the series, or one per data point (doughnut). */
  readonly colors: ReadonlyArray<string>;
}

/** A chart: kind, category labels, series and how values are written. */
export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  readonly kind: "bar" | "horizontal-bar" | "doughnut";
  readonly labels: ReadonlyArray<string>;
  readonly series: ReadonlyArray<ChartSeries>;
  /** Formats a value the Vietnamese way (VnNumber, VnMoney, VnRate). */
  readonly format: (n: number) => string;
  /** Formats axis ticks when shorter than `format` (money without the unit word). */
  readonly axisFormat?: (n: number) => string;
  /** Whether bars of the series are stacked. */
  readonly stacked?: boolean;
}

/** Colours with AA contrast on white, distinguishable without colour by order and labels. */
export const palette = {
  early: "#1b6e3c",
  onTime: "#4f9a61",
  late: "#b3261e",
  pendingWithin: "#2b5c9e",
  pendingOverdue: "#c1680a",
  planned: "#8a94a6",
  done: "#1e5aa8",
  open: "#c9ced8",
  online: "#1e5aa8",
  offline: "#8a94a6",
} as const;

/** A one-sentence summary of a chart for its aria-label: "Tiêu đề: nhãn 1 giá trị, nhãn 2 giá trị". */
export const summaryOf = (spec: ChartSpec): string =>
  `${spec.title}: ${spec.labels
    .map(
      (label, i) =>
        `${label} ${spec.series.map((s) => (spec.series.length > 1 ? `${s.label} ` : "") + spec.format(s.data[i] ?? 0)).join(", ")}`,
    )
    .join("; ")}`;
