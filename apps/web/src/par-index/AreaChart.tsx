/**
 * The by-area chart of a unit's PAR Index: one bar per area, its length the share of the area's
 * maximum reached, labelled with the points ("8,50 / 12,00"). Plain SVG: no script library.
 */
import { For, type JSX } from "solid-js";
import { barShare, points } from "./ParIndexModel";

/** Props of `AreaChart`. */
export interface AreaChartProps {
  readonly title: string;
  readonly areas: ReadonlyArray<{ readonly code: string; readonly name: string; readonly maxScore: number }>;
  readonly scores: Readonly<Record<string, number>>;
}

/** The chart. */
export const AreaChart = (props: AreaChartProps): JSX.Element => {
  const row = 28;
  const height = () => props.areas.length * row + 8;
  return (
    <figure class="panel" data-testid="par-area-chart">
      <figcaption>{props.title}</figcaption>
      <svg role="img" aria-label={props.title} viewBox={`0 0 640 ${height()}`} width="100%" height={height()}>
        <For each={props.areas}>
          {(a, i) => {
            const score = () => props.scores[a.code] ?? 0;
            return (
              <g transform={`translate(0 ${i() * row + 4})`}>
                <title>{`${a.name}: ${points(score())} / ${points(a.maxScore)}`}</title>
                <text x="0" y="16" font-size="12">
                  {a.code}
                </text>
                <rect x="70" y="2" width="400" height="18" fill="#e8e8e8" />
                <rect x="70" y="2" width={(400 * barShare(score(), a.maxScore)) / 100} height="18" fill="#1f5f99" data-area={a.code} />
                <text x="480" y="16" font-size="12">
                  {`${points(score())} / ${points(a.maxScore)}`}
                </text>
              </g>
            );
          }}
        </For>
      </svg>
    </figure>
  );
};
