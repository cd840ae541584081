/**
 * The demo step of report settings: the header and closing of the seed report (Báo cáo số
 * …/BC-VPUBND of the Văn phòng UBND tỉnh Đồng Tháp, signed "KT. CHÁNH VĂN PHÒNG — PHÓ CHÁNH VĂN
 * PHÒNG — Nguyễn Công Minh"), as the seed writes them. Idempotent: a unit that has settings keeps them.
 */
import { UnitCode } from "@cchc/domain/OrgUnit";
import { Effect } from "effect";
import { type ReportSettings, ReportSettingsRepo } from "./ReportSettingsRepo.js";

/** The seed's header data of DT.VPUBND. */
export const demoReportSettings: ReadonlyArray<ReportSettings> = [
  {
    unit: "DT.VPUBND",
    parentBody: "Ủy ban nhân dân tỉnh Đồng Tháp",
    issuingBody: "Văn phòng",
    symbol: "BC-VPUBND",
    place: "Đồng Tháp",
    addressee: null,
    signer: { authority: "KT.", authorityTitle: "Chánh Văn phòng", title: "Phó Chánh Văn phòng", name: "Nguyễn Công Minh" },
    recipients: [
      "UBND Tỉnh (b/c)",
      "Sở Nội vụ",
      "Lãnh đạo VP UBND Tỉnh",
      "Các phòng, ban, trung tâm trực thuộc",
      "LĐ và CV TTKSTTHC&PVHCC",
      "Lưu: VT, KSTTHC (S)",
    ],
  },
];

/** Stores the demo settings of units that have none; returns how many were added. */
export const loadDemoReportSettings = Effect.gen(function* () {
  const repo = yield* ReportSettingsRepo;
  let added = 0;
  for (const s of demoReportSettings) {
    const exists = yield* Effect.option(repo.get(UnitCode.make(s.unit)));
    if (exists._tag === "Some") continue;
    yield* repo.put(s, 0, "demo").pipe(Effect.orDie);
    added++;
  }
  return added;
}).pipe(Effect.provide(ReportSettingsRepo.layer));
