/**
 * The chart.js part, loaded on demand so it is not in the first download: only the controllers,
 * elements and scales the dashboard uses are registered (tree-shaken).
 */
import { ArcElement, BarController, BarElement, CategoryScale, Chart, DoughnutController, Legend, LinearScale, Tooltip } from "chart.js";
import type { ChartSpec } from "./ChartSpec";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, DoughnutController, ArcElement, Legend, Tooltip);

/** Splits a long axis label into lines of about 22 characters, so that it is not cut at the canvas edge. */
export const wrapLabel = (label: string): string | string[] => {
  if (label.length <= 22) return label;
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(" ")) {
    if (line && `${line} ${word}`.length > 22) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
};

/** A drawn chart that can be destroyed. */
export interface DrawnChart {
  readonly destroy: () => void;
}

/**
 * Draws a chart on a canvas and calls `onDrawn` once it shows its final state: when the opening
 * animation has completed (chart.js `animation.onComplete`), or right after drawing when motion is
 * reduced (no animation). A screenshot or a reader waiting for `onDrawn` never sees half-grown bars.
 */
export const draw = (canvas: HTMLCanvasElement, spec: ChartSpec, reducedMotion: boolean, onDrawn: () => void): DrawnChart => {
  const horizontal = spec.kind === "horizontal-bar";
  const doughnut = spec.kind === "doughnut";
  const chart = new Chart(canvas, {
    type: doughnut ? "doughnut" : "bar",
    data: {
      // axis ticks take lines; the doughnut's labels are legend items, which chart.js sizes for
      // one line only (a second line is clipped), and the legend wraps whole items instead
      labels: doughnut ? [...spec.labels] : spec.labels.map(wrapLabel),
      datasets: spec.series.map((s) => ({
        label: s.label,
        data: [...s.data],
        backgroundColor: s.colors.length === 1 ? s.colors[0] : [...s.colors],
        borderColor: spec.kind === "doughnut" ? "#ffffff" : s.colors.length === 1 ? s.colors[0] : [...s.colors],
        borderWidth: spec.kind === "doughnut" ? 2 : 0,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 300, onComplete: () => onDrawn() },
      locale: "vi-VN",
      ...(horizontal ? { indexAxis: "y" as const } : {}),
      plugins: {
        // a single unnamed series needs no legend: its bars are labelled on the axis
        legend: {
          display: spec.kind === "doughnut" || spec.series.length > 1,
          position: "bottom",
          labels: { color: "#1a1a1a", font: { size: 13 }, boxWidth: 14, padding: 12 },
        },
        tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label ? `${ctx.dataset.label}: ` : ""}${spec.format(Number(ctx.raw))}` } },
      },
      ...(spec.kind === "doughnut"
        ? {}
        : {
            scales: {
              x: {
                stacked: spec.stacked ?? false,
                ticks: {
                  color: "#1a1a1a",
                  ...(horizontal ? { callback: (v: string | number) => (spec.axisFormat ?? spec.format)(Number(v)) } : {}),
                },
              },
              y: {
                stacked: spec.stacked ?? false,
                // every category keeps its label (no auto-skipping): the labels carry the rates
                ticks: {
                  color: "#1a1a1a",
                  ...(horizontal ? { autoSkip: false } : { callback: (v: string | number) => (spec.axisFormat ?? spec.format)(Number(v)) }),
                },
              },
            },
          }),
    },
  });
  // without animation chart.js has drawn synchronously by now and calls no onComplete
  if (reducedMotion) onDrawn();
  return { destroy: () => chart.destroy() };
};
