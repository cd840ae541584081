/**
 * The value tables' rows and the domain, in one place: `indicator_value` rows decoded with the
 * domain's `StoredValue` (date format, source literal) and `rate_claim` rows with its `RateClaim`
 * (rate code, decimals, qualifier), so a row the domain does not allow is a defect naming the
 * table. Values are listed on every request: the decoders are compiled once, here.
 */

import { RateClaim } from "@cchc/domain/indicators/Rate";
import { StoredValue } from "@cchc/domain/indicators/Value";
import { rowDecoder } from "../RowDecoder.js";
import type { RowOf } from "../Schema.js";

const decodeValue = rowDecoder("indicator_value", StoredValue);
const decodeClaim = rowDecoder("rate_claim", RateClaim);

/** A timestamp column (a Date, or text from some drivers) as ISO 8601. */
export const iso = (t: Date | string): string => (t instanceof Date ? t : new Date(t)).toISOString();

/** The stored value an `indicator_value` row holds. */
export const valueFromRow = (r: RowOf<"indicator_value">): StoredValue =>
  decodeValue({
    indicator: r.indicator_code,
    disaggregation: r.disaggregation,
    value: Number(r.value),
    comment: r.comment,
    asOf: r.as_of ?? null,
    source: r.source,
    version: r.version,
    updatedBy: r.updated_by,
    updatedAt: iso(r.updated_at),
  });

/** The stated rate a `rate_claim` row holds (its text only when the report quoted one). */
export const claimFromRow = (r: RowOf<"rate_claim">): RateClaim =>
  decodeClaim({
    rate: r.rate_code,
    disaggregation: r.disaggregation,
    stated: Number(r.stated),
    decimals: r.decimals,
    qualifier: r.qualifier,
    ...(r.text === null ? {} : { text: r.text }),
  });
