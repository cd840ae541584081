/**
 * The organisation units of the seed report: Tỉnh Đồng Tháp, its People's Committee, the
 * Provincial People's Committee Office and the office's divisions named in the report, plus the
 * departments it cites. Loaded on first start of an empty database and by `cchc demo load`.
 *
 * It also carries one example of the 2025 two-level reform (domain.md §7): the district-level
 * Thành phố Cao Lãnh ended on 30/6/2025, and wards of it were merged into the new commune-level
 * Phường Cao Lãnh, directly under the province from 1/7/2025. Only two wards are listed, as an
 * illustration (check the arrangement resolution before relying on the membership): enough to
 * show an end date, a successor and a tree that depends on the day it is seen at.
 */
import { OrgUnit } from "@cchc/domain/OrgUnit";
import { Schema } from "effect";

// Units are written as text: decoded with the domain's Schema, so a typo fails at load.
const decodeUnit = Schema.decodeUnknownSync(OrgUnit);

const unit = (
  code: string,
  name: string,
  kind: OrgUnit["kind"],
  parentCode: string | null,
  shortName: string | null = null,
  validity: { readonly from?: string; readonly to?: string; readonly successor?: string } = {},
): OrgUnit =>
  decodeUnit({
    code,
    name,
    shortName,
    kind,
    parentCode,
    validFrom: validity.from ?? "2008-01-01",
    validTo: validity.to ?? null,
    successorCode: validity.successor ?? null,
  });

/** The last day of the district level: local government has two levels from 1/7/2025. */
const DISTRICT_LEVEL_ENDS = "2025-06-30";
const TWO_LEVELS_START = "2025-07-01";

/** Demo units, parents before children and successors before the units they take over from. */
export const demoUnits: ReadonlyArray<OrgUnit> = [
  unit("DT", "Tỉnh Đồng Tháp", "province", null, "Đồng Tháp"),
  unit("DT.UBND", "Ủy ban nhân dân tỉnh Đồng Tháp", "people-committee", "DT", "UBND Tỉnh"),
  unit("DT.VPUBND", "Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp", "department", "DT", "VPUBND"),
  unit("DT.VPUBND.TTKSTTHC", "Trung tâm Kiểm soát TTHC và Phục vụ hành chính công", "division", "DT.VPUBND", "TTKSTTHC&PVHCC"),
  unit("DT.VPUBND.BTCD", "Ban Tiếp công dân - Nội chính", "division", "DT.VPUBND", "BTCD-NC"),
  unit("DT.VPUBND.CTTDT", "Cổng Thông tin điện tử Đồng Tháp", "division", "DT.VPUBND", "Cổng TTĐT"),
  unit("DT.VPUBND.HCQT", "Phòng Hành chính - Quản trị", "division", "DT.VPUBND", "HCQT"),
  unit("DT.VPUBND.DCV", "Đội Cảnh vệ Ủy ban nhân dân Tỉnh", "division", "DT.VPUBND", "Đội Cảnh vệ"),
  unit("DT.SNV", "Sở Nội vụ", "department", "DT", "SNV"),
  unit("DT.SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "department", "DT", "SLĐTBXH"),
  unit("DT.STTTT", "Sở Thông tin và Truyền thông", "department", "DT", "STTTT"),
  // the 2025 reform: a district that ended, and its wards merged into one commune-level ward
  unit("DT.PCAOLANH", "Phường Cao Lãnh", "commune", "DT", "P. Cao Lãnh", { from: TWO_LEVELS_START }),
  unit("DT.TPCL", "Thành phố Cao Lãnh", "district", "DT", "TP Cao Lãnh", { to: DISTRICT_LEVEL_ENDS }),
  unit("DT.TPCL.P1", "Phường 1, thành phố Cao Lãnh", "commune", "DT.TPCL", "Phường 1", {
    to: DISTRICT_LEVEL_ENDS,
    successor: "DT.PCAOLANH",
  }),
  unit("DT.TPCL.P3", "Phường 3, thành phố Cao Lãnh", "commune", "DT.TPCL", "Phường 3", {
    to: DISTRICT_LEVEL_ENDS,
    successor: "DT.PCAOLANH",
  }),
];
