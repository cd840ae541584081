import { UnitCode } from "@cchc/domain/OrgUnit";
import { expect } from "@effect/vitest";
import { Effect } from "effect";
import { loadDemoUnits } from "../../src/demo/DemoLoader.js";
import { demoReportSettings, loadDemoReportSettings } from "../../src/report-settings/DemoReportSettings.js";
import { ReportSettingsRepo } from "../../src/report-settings/ReportSettingsRepo.js";
import { onTestDatabases } from "../support/OnTestDatabases.js";

onTestDatabases("ReportSettingsRepo", ReportSettingsRepo.layer, "report settings", (it) => {
  it.effect("loads the seed's header once, keeps the recipients in order, refuses stale versions", () =>
    Effect.gen(function* () {
      yield* loadDemoUnits;
      expect(yield* loadDemoReportSettings).toBe(1);
      expect(yield* loadDemoReportSettings).toBe(0);
      const repo = yield* ReportSettingsRepo;
      const s = yield* repo.get(UnitCode.make("DT.VPUBND"));
      expect(s).toMatchObject({
        symbol: "BC-VPUBND",
        place: "Đồng Tháp",
        signer: { authority: "KT.", authorityTitle: "Chánh Văn phòng", title: "Phó Chánh Văn phòng", name: "Nguyễn Công Minh" },
        version: 1,
      });
      expect(s.recipients.at(-1)).toBe("Lưu: VT, KSTTHC (S)");
      expect(s.recipients).toEqual(demoReportSettings[0]?.recipients);
      const stale = yield* Effect.flip(repo.put({ ...s, symbol: "BC-VP" }, 0, "an"));
      expect(stale).toMatchObject({ _tag: "ReportSettingsConflict", currentVersion: 1 });
      const next = yield* repo.put(
        { ...s, signer: { ...s.signer, authority: "TL." }, recipients: [" Sở Nội vụ ", "", "Lưu: VT"] },
        1,
        "an",
      );
      expect(next).toMatchObject({ version: 2, signer: { authority: "TL." }, recipients: ["Sở Nội vụ", "Lưu: VT"], updatedBy: "an" });
      expect((yield* Effect.flip(repo.get(UnitCode.make("DT"))))._tag).toBe("ReportSettingsNotFound");
    }),
  );
});
