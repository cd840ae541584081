/**
 * The organisation units of the seed report: Tỉnh Đồng Tháp, its People's Committee, the
 * Provincial People's Committee Office and the office's divisions named in the report, plus the
 * departments it cites. Loaded on first start of an empty database and by `cchc demo load`.
 */
import type { OrgUnit } from "@cchc/domain/OrgUnit";

const unit = (code: string, name: string, kind: OrgUnit["kind"], parentCode: string | null, shortName: string | null = null): OrgUnit =>
  ({ code, name, shortName, kind, parentCode, validFrom: "2008-01-01", validTo: null, successorCode: null }) as OrgUnit;

/** Demo units, parents before children. */
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
];
