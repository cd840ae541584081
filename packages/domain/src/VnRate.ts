/**
 * Percentages as reports state them ("98,5%"), computed exactly. A rate is `numerator /
 * denominator × 100`, rounded half up (away from zero) at the stated number of decimals, with
 * integer arithmetic so that 4.923.692.615 / 9.961.000.000 gives 49,4 and never a float artefact.
 * The report checker uses `matches` to flag a stated 49,5% that its counts do not support.
 */
import { Either, Schema } from "effect";
import { decimalDigits, formatDecimal, parseDecimalParts } from "./VnNumber.js";

/** A text that is not a percentage such as "66,7%". */
export class RateTextInvalid extends Schema.TaggedError<RateTextInvalid>()("RateTextInvalid", {
  text: Schema.String,
}) {}

/** A stated rate: its value and how many decimals were written ("66,7%" → 66.7 with 1 decimal). */
export interface StatedRate {
  readonly value: number;
  readonly decimals: number;
}

/** An exact rational from a finite number (counts and money are integers; decimals are allowed too). */
const toRational = (x: number): { n: bigint; d: bigint } => {
  const { negative, digits, scale } = decimalDigits(x);
  const n = BigInt(digits);
  return { n: negative ? -n : n, d: 10n ** BigInt(scale) };
};

/** Integer division rounded half away from zero. */
const divRoundHalfUp = (a: bigint, b: bigint): bigint => {
  const negative = a < 0n !== b < 0n;
  const absA = a < 0n ? -a : a;
  const absB = b < 0n ? -b : b;
  const q = absA / absB;
  const rounded = (absA % absB) * 2n >= absB ? q + 1n : q;
  return negative ? -rounded : rounded;
};

/**
 * The rate scaled to an integer of units of 10^-decimals percent (98,5% at 1 decimal → 985n),
 * or null when the denominator is 0 (a rate of nothing is undefined, not 0%).
 */
export const computeScaled = (numerator: number, denominator: number, decimals = 1): bigint | null => {
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator) || denominator === 0) return null;
  const a = toRational(numerator);
  const b = toRational(denominator);
  // (a.n / a.d) / (b.n / b.d) × 100 × 10^decimals = a.n × b.d × 100 × 10^decimals / (a.d × b.n)
  return divRoundHalfUp(a.n * b.d * 100n * 10n ** BigInt(decimals), a.d * b.n);
};

/** The rate in percent rounded half up at `decimals` (computeRate(135, 137, 1) → 98.5), null when the denominator is 0. */
export const computeRate = (numerator: number, denominator: number, decimals = 1): number | null => {
  const scaled = computeScaled(numerator, denominator, decimals);
  return scaled === null ? null : Number(scaled) / 10 ** decimals;
};

/** Formats a percentage with a fixed number of decimals: formatPercent(98.5, 1) → "98,5%", formatPercent(100, 0) → "100%". */
export const formatPercent = (value: number, decimals = 1): string => `${formatDecimal(value, decimals)}%`;

/** Options of `formatRate`. */
export interface FormatRateOptions {
  /** Decimals shown (default 1). */
  readonly decimals?: number;
  /** Text shown when the denominator is 0 (default "—"). */
  readonly undefinedText?: string;
}

/** Computes and formats a rate: formatRate(2, 3) → "66,7%"; the `undefinedText` ("—") when the denominator is 0. */
export const formatRate = (numerator: number, denominator: number, options: FormatRateOptions = {}): string => {
  const decimals = options.decimals ?? 1;
  const value = computeRate(numerator, denominator, decimals);
  return value === null ? (options.undefinedText ?? "—") : formatPercent(value, decimals);
};

const RATE = /^(.*?)\s*%$/;

/** Parses "66,7%" → { value: 66.7, decimals: 1 }, "100%" → { value: 100, decimals: 0 }. */
export const parseRate = (text: string): Either.Either<StatedRate, RateTextInvalid> => {
  const m = RATE.exec(text.normalize("NFC").trim());
  if (!m) return Either.left(new RateTextInvalid({ text }));
  return Either.mapLeft(parseDecimalParts(m[1] ?? ""), () => new RateTextInvalid({ text }));
};

/**
 * Whether a stated rate is the computed rate rounded at the stated decimals: matches(98.5, 1, 135, 137)
 * is true, matches(49.5, 1, 4923692615, 9961000000) is false (the counts give 49,4). A stated rate
 * with a zero denominator never matches.
 */
export const matches = (statedValue: number, statedDecimals: number, numerator: number, denominator: number): boolean => {
  const computed = computeScaled(numerator, denominator, statedDecimals);
  if (computed === null) return false;
  const stated = toRational(statedValue);
  // stated × 10^decimals must be exactly the computed integer
  const scaledStated = stated.n * 10n ** BigInt(statedDecimals);
  return scaledStated % stated.d === 0n && scaledStated / stated.d === computed;
};

/** A comparison of a stated rate with its counts, for checker messages. */
export interface RateCheck {
  readonly stated: StatedRate;
  /** The computed rate at the stated decimals, null when the denominator is 0. */
  readonly computed: number | null;
  readonly matches: boolean;
  /** Whether the stated value is the computed one truncated instead of rounded (a frequent slip). */
  readonly matchesIfTruncated: boolean;
}

/** Compares a stated rate with the rate its numerator and denominator give. */
export const check = (stated: StatedRate, numerator: number, denominator: number): RateCheck => {
  const computed = computeRate(numerator, denominator, stated.decimals);
  const ok = matches(stated.value, stated.decimals, numerator, denominator);
  let truncated = false;
  if (!ok && computed !== null) {
    const finer = computeScaled(numerator, denominator, stated.decimals + 6);
    if (finer !== null) {
      const t = finer / 10n ** 6n; // bigint division truncates toward zero
      truncated = Number(t) / 10 ** stated.decimals === stated.value;
    }
  }
  return { stated, computed, matches: ok, matchesIfTruncated: truncated };
};
