/**
 * Writes a figure the way Vietnamese reports do, through the domain's formatters: counts as
 * "335.445", money as "19.961.000.000 đồng", decimals with a comma.
 */
import type { ValueType } from "@cchc/domain/indicators/Indicator";
import { formatMoney } from "@cchc/domain/VnMoney";
import { decimalDigits, formatDecimal, formatInteger } from "@cchc/domain/VnNumber";

/** Formats a value of an indicator of the given value type. */
export const formatFigure = (valueType: ValueType | undefined, value: number, options: { readonly unit?: boolean } = {}): string => {
  if (valueType === "money") return formatMoney(value, { unit: options.unit ?? true });
  if (valueType === "decimal") return formatDecimal(value, Math.min(decimalDigits(value).scale, 4));
  return formatInteger(value);
};

/** Formats a value as typed in an input: no unit word, so it parses back unchanged. */
export const formatForInput = (valueType: ValueType | undefined, value: number): string => formatFigure(valueType, value, { unit: false });
