/**
 * Money in đồng: a safe integer, never a float ("19.961.000.000 đồng"). Reports also write
 * amounts with a scale word ("177 triệu đồng", "1,5 tỷ đồng"); parsing turns them into exact đồng.
 */
import { type Brand, Either, Schema } from "effect";
import { formatInteger } from "./VnNumber.js";

/** An amount in đồng: a safe integer (negative allowed for differences and balances). */
export const Money = Schema.Number.pipe(
  Schema.int({ message: () => "Số tiền phải là số nguyên đồng" }),
  Schema.filter((n) => Number.isSafeInteger(n) || "Số tiền vượt quá giới hạn số nguyên an toàn"),
  Schema.brand("Money"),
  Schema.annotations({
    identifier: "Money",
    description: "Số tiền tính bằng đồng (số nguyên)",
    examples: [19_961_000_000 as Brand.Branded<number, "Money">],
  }),
);
export type Money = typeof Money.Type;

/** An amount that is not a safe integer number of đồng. */
export class MoneyInvalid extends Schema.TaggedError<MoneyInvalid>()("MoneyInvalid", {
  amount: Schema.Number,
}) {}

/** A text that is not an amount of money such as "4.923.692.615 đồng". */
export class MoneyTextInvalid extends Schema.TaggedError<MoneyTextInvalid>()("MoneyTextInvalid", {
  text: Schema.String,
}) {}

/** Checks that a number is a safe integer amount of đồng. */
export const make = (amount: number): Either.Either<Money, MoneyInvalid> =>
  Number.isSafeInteger(amount) ? Either.right(amount as Money) : Either.left(new MoneyInvalid({ amount }));

/** Options of `formatMoney`. */
export interface FormatMoneyOptions {
  /** Append " đồng" (default true). */
  readonly unit?: boolean;
}

/** Formats đồng with "." separators and the unit: 19961000000 → "19.961.000.000 đồng". */
export const formatMoney = (amount: number, options: FormatMoneyOptions = {}): string =>
  options.unit === false ? formatInteger(amount) : `${formatInteger(amount)} đồng`;

const SCALES: Record<string, bigint> = { nghìn: 1_000n, ngàn: 1_000n, triệu: 1_000_000n, tỷ: 1_000_000_000n, tỉ: 1_000_000_000n };
const MONEY = /^([-−–]?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*(nghìn|ngàn|triệu|tỷ|tỉ))?(?:\s*(?:đồng|đ|VNĐ|VND|vnđ|vnd))?$/u;

/**
 * Parses "4.923.692.615 đồng", "4.923.692.615", "177 triệu đồng", "1,5 tỷ đồng" into exact đồng.
 * A result that is not a whole number of đồng or not a safe integer is rejected.
 */
export const parseMoney = (text: string): Either.Either<Money, MoneyTextInvalid> => {
  const m = MONEY.exec(text.normalize("NFC").trim());
  if (!m) return Either.left(new MoneyTextInvalid({ text }));
  const int = (m[2] ?? "").replace(/\./g, "");
  const frac = m[3] ?? "";
  const scale = m[4] ? (SCALES[m[4]] ?? 1n) : 1n;
  const fracDen = 10n ** BigInt(frac.length);
  const raw = BigInt(int + frac) * scale;
  if (raw % fracDen !== 0n) return Either.left(new MoneyTextInvalid({ text }));
  const value = Number(raw / fracDen);
  if (!Number.isSafeInteger(value)) return Either.left(new MoneyTextInvalid({ text }));
  return Either.right((m[1] && value !== 0 ? -value : value) as Money);
};

/** Sums amounts exactly; fails when the total leaves the safe-integer range. */
export const sum = (amounts: ReadonlyArray<number>): Either.Either<Money, MoneyInvalid> => {
  let total = 0n;
  for (const a of amounts) {
    if (!Number.isSafeInteger(a)) return Either.left(new MoneyInvalid({ amount: a }));
    total += BigInt(a);
  }
  return make(Number(total));
};
