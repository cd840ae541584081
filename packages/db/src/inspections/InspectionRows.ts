/**
 * The `inspection` table's rows and the domain's `Inspection`, in one place: `fromRow` decodes a
 * row (its units inspected stored as JSON text) with the domain's Schema, so a row the domain does
 * not allow is a defect naming the table; `toRow` gives the columns of an input.
 */

import { Inspection, type InspectionInput } from "@cchc/domain/inspections/Inspection";
import { camelised, rowDecoder } from "../RowDecoder.js";
import type { RowOf } from "../Schema.js";

const decode = rowDecoder("inspection", Inspection);

/** The inspection a row stores. */
export const fromRow = (r: RowOf<"inspection">): Inspection =>
  decode({ ...camelised(r), unit: r.unit_code, period: r.period_code, unitsInspected: JSON.parse(r.units_inspected) });

/** The columns an input writes. */
export const toRow = (i: InspectionInput) => ({
  unit_code: i.unit,
  period_code: i.period,
  area: i.area,
  plan_document_id: i.planDocumentId,
  notice_document_id: i.noticeDocumentId,
  team: i.team,
  lead_name: i.leadName,
  lead_title: i.leadTitle,
  held_on: i.heldOn,
  date_text: i.dateText,
  units_inspected: JSON.stringify(i.unitsInspected),
  findings: i.findings,
  remediation: i.remediation,
  remediation_status: i.remediationStatus,
});
