/**
 * A small virtual list: only the rows in view (plus a margin) are in the DOM, so 2.000 tasks
 * scroll smoothly. Rows have an estimated height and are measured once rendered and whenever their
 * size changes, so wrapped Vietnamese text is never cut: a row grows to fit its content and later
 * rows move down.
 */
import { type Accessor, createMemo, createSignal, For, type JSX, onCleanup, onMount } from "solid-js";

/** Props of `VirtualList`. */
export interface VirtualListProps<T> {
  readonly items: ReadonlyArray<T>;
  /** Estimated row height in pixels (before a row is measured). */
  readonly estimate: number;
  /** Rows rendered above and below the visible ones. */
  readonly overscan?: number;
  readonly label: string;
  readonly keyOf: (item: T) => string;
  /**
   * Renders a row. Rows are kept by key: when an item is replaced by a new object with the same
   * key (a task after its save), the row stays — with its focus and local state — and `item()`
   * gives the new object.
   */
  readonly children: (item: Accessor<T>, index: Accessor<number>) => JSX.Element;
}

/** Which rows to render for a scroll position: first and last index (exclusive). */
export const visibleRange = (
  offsets: ReadonlyArray<number>,
  scrollTop: number,
  viewport: number,
  overscan: number,
): readonly [number, number] => {
  const n = offsets.length - 1;
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid + 1] ?? 0) <= scrollTop) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < n && (offsets[end] ?? 0) < scrollTop + viewport) end++;
  return [Math.max(0, lo - overscan), Math.min(n, end + overscan)];
};

/** A scrolling list that renders only the rows in view. */
export const VirtualList = <T,>(props: VirtualListProps<T>): JSX.Element => {
  let scroller: HTMLDivElement | undefined;
  const [scrollTop, setScrollTop] = createSignal(0);
  const [viewport, setViewport] = createSignal(600);
  const [heights, setHeights] = createSignal<ReadonlyMap<string, number>>(new Map());
  const offsets = createMemo(() => {
    const out = [0];
    const h = heights();
    let y = 0;
    for (const item of props.items) {
      y += h.get(props.keyOf(item)) ?? props.estimate;
      out.push(y);
    }
    return out;
  });
  const range = createMemo(() => visibleRange(offsets(), scrollTop(), viewport(), props.overscan ?? 6));
  // Rows are keyed: rendered rows stay alive while scrolling and when their item is replaced; only
  // new keys create rows.
  const byKey = createMemo(() => new Map(props.items.map((item, i) => [props.keyOf(item), { item, index: i }] as const)));
  const rows = createMemo(() => {
    const [a, b] = range();
    return props.items.slice(a, b).map(props.keyOf);
  });
  let pending = new Map<string, number>();
  let frame = 0;
  const measure = (key: string, el: HTMLElement) => {
    const h = el.offsetHeight;
    if (h > 0 && heights().get(key) !== h) {
      pending.set(key, h);
      if (!frame)
        frame = requestAnimationFrame(() => {
          frame = 0;
          const next = new Map(heights());
          for (const [k, v] of pending) next.set(k, v);
          pending = new Map();
          setHeights(next);
        });
    }
  };
  onMount(() => {
    if (!scroller) return;
    setViewport(scroller.clientHeight || 600);
    if (typeof ResizeObserver === "function") {
      const ro = new ResizeObserver(() => setViewport(scroller?.clientHeight || 600));
      ro.observe(scroller);
      onCleanup(() => ro.disconnect());
    }
  });
  onCleanup(() => frame && cancelAnimationFrame(frame));
  return (
    <div
      ref={scroller}
      class="virtual-scroller"
      role="list"
      aria-label={props.label}
      tabindex="0"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div class="virtual-spacer" style={{ height: `${offsets()[offsets().length - 1] ?? 0}px` }}>
        <For each={rows()}>
          {(key) => {
            // a row is only rendered while its key is in `rows()`, so the entry exists
            const entry = createMemo((last: { item: T; index: number } | undefined) => byKey().get(key) ?? last);
            const item = () => (entry() as { item: T }).item;
            const index = () => entry()?.index ?? 0;
            return (
              <div
                class="virtual-row"
                role="listitem"
                aria-setsize={props.items.length}
                aria-posinset={index() + 1}
                style={{ transform: `translateY(${offsets()[index()] ?? 0}px)` }}
                ref={(el) => {
                  queueMicrotask(() => measure(key, el));
                  // measured again whenever it changes size (a name loaded later, an editor opened)
                  if (typeof ResizeObserver === "function") {
                    const ro = new ResizeObserver(() => measure(key, el));
                    ro.observe(el);
                    onCleanup(() => ro.disconnect());
                  }
                }}
              >
                {props.children(item, index)}
              </div>
            );
          }}
        </For>
      </div>
    </div>
  );
};
