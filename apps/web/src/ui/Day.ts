/**
 * A day the API sends as a plain string (a day "2022-06-14" or an instant "2022-06-14T08:00:00Z")
 * shown as people read it ("14/6/2022"); a text that holds no day is shown as it is.
 */
import { isLocalDate } from "@cchc/domain/LocalDate";
import * as VnDate from "@cchc/domain/VnDate";

/** "14/6/2022". */
export const shortDay = (text: string): string => {
  const day = text.slice(0, 10);
  return isLocalDate(day) ? VnDate.formatShort(day) : text;
};

/** "ngày 14 tháng 6 năm 2022". */
export const longDay = (text: string): string => {
  const day = text.slice(0, 10);
  return isLocalDate(day) ? VnDate.formatLong(day) : text;
};
