/**
 * Numbers typed by people: Vietnamese grouping ("1.788", "19.961.000.000"), a decimal comma
 * ("49,5") or plain JavaScript notation ("1788", "0.5").
 */

/**
 * A number as Vietnamese write it ("1.788", "49,5") or plain ("1788", "0.5"): a dot followed by
 * groups of three digits separates thousands, a comma is the decimal mark.
 */
export const parseNumber = (raw: string): number | undefined => {
  const t = raw.trim().replace(/\s/g, "");
  let text = t;
  if (t.includes(",")) text = t.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(t)) text = t.replace(/\./g, "");
  if (!/^-?\d+(\.\d+)?$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
};
