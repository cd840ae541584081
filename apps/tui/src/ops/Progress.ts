/**
 * Progress of a long operation: share done, time left estimated from the pace so far, and the
 * text forms the command line and the console both show.
 */

/** A snapshot of a long operation. */
export interface ProgressState {
  readonly done: number;
  readonly total: number | null;
  readonly startedAt: number;
  readonly now: number;
}

/** Share done (0–1), or null when the total is unknown. */
export const ratio = (p: ProgressState): number | null => (p.total && p.total > 0 ? Math.min(1, p.done / p.total) : null);

/** Milliseconds left at the pace so far, or null before there is a pace. */
export const remainingMs = (p: ProgressState): number | null => {
  const r = ratio(p);
  const elapsed = p.now - p.startedAt;
  if (r === null || r <= 0 || elapsed <= 0) return null;
  return Math.max(0, (elapsed / r) * (1 - r));
};

/** "3 phút 05 giây", "12 giây". */
export const formatDuration = (ms: number): string => {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} giây`;
  const m = Math.floor(s / 60);
  return `${m} phút ${String(s % 60).padStart(2, "0")} giây`;
};

/** Vietnamese grouping of an integer: 12345 → "12.345". */
export const groupDigits = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/**
 * A byte count in kilobytes with a decimal comma: 2048 → "2,0 KB". Written here rather than with
 * the domain's formatDecimal so that a download's progress does not load Effect.
 */
export const formatKilobytes = (n: number): string => `${(n / 1024).toFixed(1).replace(".", ",")} KB`;

/** A bar of `width` cells: "████░░░░". */
export const bar = (p: ProgressState, width: number): string => {
  const r = ratio(p) ?? 0;
  const full = Math.round(r * width);
  return "█".repeat(full) + "░".repeat(Math.max(0, width - full));
};

/** "45% · 4.500/10.000 dòng · còn khoảng 12 giây". */
export const describe = (p: ProgressState, unit: string, format: (n: number) => string = groupDigits): string => {
  const r = ratio(p);
  const left = remainingMs(p);
  return [
    r === null ? null : `${Math.floor(r * 100)}%`,
    `${format(p.done)}${p.total === null ? "" : `/${format(p.total)}`}${unit ? ` ${unit}` : ""}`,
    left === null ? null : r === 1 ? "xong" : `còn khoảng ${formatDuration(left)}`,
  ]
    .filter(Boolean)
    .join(" · ");
};
