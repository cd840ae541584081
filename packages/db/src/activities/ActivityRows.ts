/**
 * The `activity` table's rows and the domain's `Activity`, in one place: `fromRow` decodes a row
 * with the domain's Schema (period and date formats, area, kind and date-role literals), so a row
 * the domain does not allow is a defect naming the table; `toRow` gives the columns of an input.
 */

import { Activity, type ActivityInput } from "@cchc/domain/activities/Activity";
import { camelised, rowDecoder } from "../RowDecoder.js";
import type { RowOf } from "../Schema.js";

const decode = rowDecoder("activity", Activity);

/** The activity a row stores. */
export const fromRow = (r: RowOf<"activity">): Activity => decode({ ...camelised(r), unit: r.unit_code, period: r.period_code });

/** The columns an input writes. */
export const toRow = (a: ActivityInput) => ({
  unit_code: a.unit,
  period_code: a.period,
  area: a.area,
  kind: a.kind,
  title: a.title,
  count: a.count,
  count_unit: a.countUnit,
  held_on: a.heldOn,
  date_role: a.dateRole,
  document_id: a.documentId,
  note: a.note,
});
