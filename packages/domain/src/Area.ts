/**
 * The reform areas of a CCHC report: area 0 (direction) plus the six areas of
 * Nghị quyết 76/NQ-CP. Codes are stable identifiers used in indicator codes and URLs.
 */
import { Schema } from "effect";

/** Stable code of a reform area. */
export const AreaCode = Schema.Literal(
  "direction",
  "institution",
  "procedure",
  "apparatus",
  "civil-service",
  "public-finance",
  "e-government",
);
export type AreaCode = typeof AreaCode.Type;

/** A reform area with its order in the report and its names. */
export interface Area {
  readonly code: AreaCode;
  readonly order: number;
  readonly nameVi: string;
  readonly nameEn: string;
  /** Short Vietnamese name as reports use it in the results section ("Cải cách TTHC"). */
  readonly shortVi: string;
}

/** The names of each area (its order is its place in `AreaCode`). */
const names: Record<AreaCode, Pick<Area, "nameVi" | "shortVi" | "nameEn">> = {
  direction: {
    nameVi: "Công tác chỉ đạo, điều hành cải cách hành chính",
    shortVi: "Chỉ đạo, điều hành",
    nameEn: "Direction and management",
  },
  institution: { nameVi: "Cải cách thể chế", shortVi: "Cải cách thể chế", nameEn: "Institutional reform" },
  procedure: { nameVi: "Cải cách thủ tục hành chính", shortVi: "Cải cách TTHC", nameEn: "Administrative procedures" },
  apparatus: { nameVi: "Cải cách tổ chức bộ máy hành chính nhà nước", shortVi: "Cải cách tổ chức bộ máy", nameEn: "State apparatus" },
  "civil-service": { nameVi: "Cải cách chế độ công vụ", shortVi: "Chế độ công vụ", nameEn: "Civil service" },
  "public-finance": { nameVi: "Cải cách tài chính công", shortVi: "Cải cách tài chính công", nameEn: "Public finance" },
  "e-government": {
    nameVi: "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
    shortVi: "Chính quyền điện tử, chính quyền số",
    nameEn: "E-government and digital government",
  },
};

/** The seven areas in report order: the order of `AreaCode`, stated once. */
export const all: ReadonlyArray<Area> = AreaCode.literals.map((code, order) => ({ code, order, ...names[code] }));

/** The area of a code (total: every code has an area). */
export const byCode = (code: AreaCode): Area => all.find((a) => a.code === code) as Area;
