/**
 * Vietnamese names of disaggregation options ("channel=online" → "trực tuyến"), used in figure
 * and rate labels. Unknown options are shown as written, so new dimensions still read.
 */

const OPTION_LABELS: Record<string, Record<string, string>> = {
  level: { province: "cấp tỉnh", district: "cấp huyện", commune: "cấp xã" },
  channel: { online: "trực tuyến", offline: "trực tiếp và qua dịch vụ bưu chính" },
  timeliness: { early: "trước hạn", "on-time": "đúng hạn", late: "quá hạn" },
  pending: { within: "trong hạn", overdue: "quá hạn" },
  autonomy: { autonomous: "tự chủ", "non-autonomous": "không tự chủ" },
  status: { done: "đúng hạn và trước hạn", "not-due": "chưa tới hạn", late: "trễ hạn" },
};

/** The (dimension, option) pairs of a disaggregation string ("" → none). */
export const pairs = (disaggregation: string): ReadonlyArray<readonly [string, string]> =>
  disaggregation === ""
    ? []
    : disaggregation.split(";").map((p) => {
        const [d = "", o = ""] = p.split("=");
        return [d.trim(), o.trim()] as const;
      });

/** The Vietnamese label of a disaggregation ("" for the total): "trực tuyến", "cấp tỉnh, trực tuyến". */
export const label = (disaggregation: string): string =>
  pairs(disaggregation)
    .map(([d, o]) => OPTION_LABELS[d]?.[o] ?? `${d}=${o}`)
    .join(", ");

/** A figure name with its disaggregation: "Hồ sơ mới tiếp nhận (trực tuyến)". */
export const withLabel = (name: string, disaggregation: string): string => {
  const l = label(disaggregation);
  return l === "" ? name : `${name} (${l})`;
};

/** A sort key that keeps the total first and options in their natural order (tỉnh, huyện, xã). */
export const order = (disaggregation: string): number =>
  disaggregation === ""
    ? -1
    : pairs(disaggregation).reduce((acc, [d, o]) => {
        const options = Object.keys(OPTION_LABELS[d] ?? {});
        const i = options.indexOf(o);
        return acc * 16 + (i < 0 ? 15 : i);
      }, 0);
