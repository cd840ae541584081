/**
 * A chart with its text alternative: the canvas is an image labelled with a summary, and a
 * visually-hidden table holds every number. chart.js is imported lazily on first draw.
 */
import { createSignal, For, type JSX, onCleanup, onMount, Show } from "solid-js";
import { useApp } from "../shell/AppContext";
import { type ChartSpec, summaryOf } from "./ChartSpec";

/** Props of `ChartView`. */
export interface ChartViewProps {
  readonly spec: ChartSpec;
}

/** Draws a chart when it is on screen; shows a table to assistive technology. */
export const ChartView = (props: ChartViewProps): JSX.Element => {
  const { t } = useApp();
  let canvas: HTMLCanvasElement | undefined;
  // started: chart.js is loaded and drawing; ready: the chart shows its final state (animation over)
  const [started, setStarted] = createSignal(false);
  const [ready, setReady] = createSignal(false);
  let destroy: (() => void) | undefined;
  let disposed = false;
  onMount(() => {
    if (typeof HTMLCanvasElement === "undefined" || !canvas?.getContext || navigator.userAgent.includes("jsdom")) return;
    const reduced = typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
    void import("./ChartRuntime").then((m) => {
      if (disposed || !canvas) return;
      // ready (data-ready="true") once the chart shows its final state, not while it still grows
      destroy = m.draw(canvas, props.spec, reduced, () => {
        if (!disposed) setReady(true);
      }).destroy;
      setStarted(true);
    });
  });
  onCleanup(() => {
    disposed = true;
    destroy?.();
  });
  return (
    <figure class="chart" aria-labelledby={`${props.spec.id}-title`}>
      <figcaption id={`${props.spec.id}-title`} class="chart-title">
        {props.spec.title}
      </figcaption>
      <div
        class="chart-canvas"
        classList={{ "chart-canvas-round": props.spec.kind === "doughnut" }}
        style={props.spec.kind === "horizontal-bar" ? { height: `${Math.max(14, props.spec.labels.length * 2.6 + 4)}rem` } : {}}
      >
        <canvas ref={canvas} role="img" aria-label={summaryOf(props.spec)} data-ready={ready() ? "true" : "false"} />
        <Show when={!started()}>
          <p class="muted chart-loading" aria-hidden="true">
            {t().chartLoading}
          </p>
        </Show>
      </div>
      {/* a table does not shrink to 1px itself: the hiding box wraps it */}
      <div class="visually-hidden">
        <table>
          <caption>{t().chartTableCaption(props.spec.title)}</caption>
          <thead>
            <tr>
              <th scope="col">{props.spec.title}</th>
              <For each={props.spec.series}>{(s) => <th scope="col">{s.label}</th>}</For>
            </tr>
          </thead>
          <tbody>
            <For each={props.spec.labels}>
              {(label, i) => (
                <tr>
                  <th scope="row">{label}</th>
                  <For each={props.spec.series}>{(s) => <td>{props.spec.format(s.data[i()] ?? 0)}</td>}</For>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </figure>
  );
};
