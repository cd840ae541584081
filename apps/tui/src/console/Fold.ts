/**
 * Text folded for type-to-filter: lower case without diacritics, so "van phong" finds
 * "Văn phòng" and "đồng tháp" finds "Đồng Tháp".
 */

/** Folds a text for matching. */
export const fold = (s: string): string => s.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();

/** Whether every word of `query` occurs in `text` (folded). */
export const matches = (text: string, query: string): boolean => {
  const t = fold(text);
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => t.includes(w));
};
