/**
 * Numbers as Vietnamese documents write them: "." groups thousands and "," marks decimals
 * ("1.788", "66,7"). Parsing is strict because "1.788" means one thousand seven hundred and
 * eighty-eight, never 1.788, and a wrong reading silently corrupts totals.
 */
import { Either, Schema } from "effect";

/** A text that is not a number in Vietnamese notation. */
export class NumberTextInvalid extends Schema.TaggedError<NumberTextInvalid>()("NumberTextInvalid", {
  text: Schema.String,
}) {}

const groupThousands = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");

/**
 * Exact decimal digits of a finite number (from its shortest round-trip representation), so that
 * rounding works on the decimal value people see (1.005 rounds to 1.01, not 1.00).
 */
export const decimalDigits = (x: number): { readonly negative: boolean; readonly digits: string; readonly scale: number } => {
  const s = Math.abs(x).toString();
  const m = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(s);
  if (!m) return { negative: x < 0, digits: "0", scale: 0 };
  const intPart = m[1] ?? "0";
  const frac = m[2] ?? "";
  const exp = Number(m[3] ?? "0");
  let digits = intPart + frac;
  let scale = frac.length - exp;
  if (scale < 0) {
    digits += "0".repeat(-scale);
    scale = 0;
  }
  digits = digits.replace(/^0+(?=\d)/, "");
  return { negative: x < 0 && /[1-9]/.test(digits), digits, scale };
};

/** Rounds the digits half away from zero to `decimals`, returning integer-part and fraction strings. */
const roundDigits = (x: number, decimals: number): { negative: boolean; int: string; frac: string } => {
  const { negative, digits, scale } = decimalDigits(x);
  let n = BigInt(digits);
  if (scale > decimals) {
    const div = 10n ** BigInt(scale - decimals);
    const q = n / div;
    n = (n % div) * 2n >= div ? q + 1n : q;
  } else {
    n *= 10n ** BigInt(decimals - scale);
  }
  const s = n.toString().padStart(decimals + 1, "0");
  const int = s.slice(0, s.length - decimals);
  const frac = s.slice(s.length - decimals);
  return { negative: negative && n !== 0n, int, frac };
};

/** Formats an integer with "." thousands separators ("1.788", "-14.070"); non-integers are rounded half away from zero. */
export const formatInteger = (n: number): string => {
  const r = roundDigits(n, 0);
  return `${r.negative ? "-" : ""}${groupThousands(r.int)}`;
};

/** Formats a number with exactly `decimals` digits after "," (half away from zero): formatDecimal(12.5, 1) → "12,5". */
export const formatDecimal = (x: number, decimals: number): string => {
  const r = roundDigits(x, decimals);
  const sign = r.negative ? "-" : "";
  return decimals > 0 ? `${sign}${groupThousands(r.int)},${r.frac}` : `${sign}${groupThousands(r.int)}`;
};

const INTEGER = /^([-−–]?)(\d{1,3}(?:\.\d{3})+|\d+)$/;
const DECIMAL = /^([-−–]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;

/** Parses a decimal written in Vietnamese notation and also reports how many decimals were written. */
export const parseDecimalParts = (
  text: string,
): Either.Either<{ readonly value: number; readonly decimals: number }, NumberTextInvalid> => {
  const t = text.normalize("NFC").trim();
  const m = DECIMAL.exec(t);
  if (!m) return Either.left(new NumberTextInvalid({ text }));
  const intDigits = (m[2] ?? "").replace(/\./g, "");
  const frac = m[3] ?? "";
  const value = Number(`${m[1] ? "-" : ""}${intDigits}${frac ? `.${frac}` : ""}`);
  if (!Number.isFinite(value) || Math.abs(Number(intDigits)) > Number.MAX_SAFE_INTEGER) {
    return Either.left(new NumberTextInvalid({ text }));
  }
  return Either.right({ value: value === 0 ? 0 : value, decimals: frac.length });
};

/** Parses "1.788", "03", "-14.070" into a safe integer; "1.78" or "1,5" are rejected. */
export const parseInteger = (text: string): Either.Either<number, NumberTextInvalid> => {
  const m = INTEGER.exec(text.normalize("NFC").trim());
  if (!m) return Either.left(new NumberTextInvalid({ text }));
  const value = Number((m[2] ?? "").replace(/\./g, ""));
  if (!Number.isSafeInteger(value)) return Either.left(new NumberTextInvalid({ text }));
  return Either.right(m[1] && value !== 0 ? -value : value);
};

/** Parses "66,7", "1.234,5" or "12" into a number. */
export const parseDecimal = (text: string): Either.Either<number, NumberTextInvalid> => Either.map(parseDecimalParts(text), (p) => p.value);
