/**
 * The header and closing of a unit's reports in storage (Nghị định 30/2020): parent and issuing
 * body, symbol, place, signer and recipients. One row per unit; writes carry the version read
 * (0 = new) and a stale one is refused, as for narratives.
 */

import type { UnitCode } from "@cchc/domain/OrgUnit";
import { ReportSettingsConflict, ReportSettingsNotFound } from "@cchc/domain/report-settings/ReportSettingsErrors";
import type { SignerAuthority } from "@cchc/domain/report-settings/SignerAuthority";
import { Clock, Context, Effect } from "effect";
import { overDatabase } from "../OverDatabase.js";
import { fromRow, toRow } from "./ReportSettingRows.js";

export { ReportSettingsConflict, ReportSettingsNotFound } from "@cchc/domain/report-settings/ReportSettingsErrors";

/** Who signs for whom: see `@cchc/domain` SignerAuthority. */
export { type SignerAuthority, signerAuthorities } from "@cchc/domain/report-settings/SignerAuthority";

/** The stored header data of a unit's reports. */
export interface ReportSettings {
  readonly unit: string;
  /** Cơ quan chủ quản: "Ủy ban nhân dân tỉnh Đồng Tháp". */
  readonly parentBody: string;
  /** Cơ quan ban hành: "Văn phòng". */
  readonly issuingBody: string;
  /** Ký hiệu of the report: "BC-VPUBND". */
  readonly symbol: string;
  /** Địa danh of the place-and-date line: "Đồng Tháp". */
  readonly place: string;
  readonly addressee: string | null;
  readonly signer: {
    readonly authority: SignerAuthority;
    /** The head's title after the authority: "Chánh Văn phòng" (→ "KT. CHÁNH VĂN PHÒNG"). */
    readonly authorityTitle: string | null;
    /** The signer's own title: "Phó Chánh Văn phòng". */
    readonly title: string;
    readonly name: string;
  };
  /** Nơi nhận, in order; the last one is the archive line "Lưu: VT, …". */
  readonly recipients: ReadonlyArray<string>;
}

/** Stored settings with their version. */
export interface StoredReportSettings extends ReportSettings {
  readonly version: number;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

/** Repository of report settings. */
export class ReportSettingsRepo extends Context.Tag("@cchc/db/ReportSettingsRepo")<
  ReportSettingsRepo,
  {
    readonly get: (unit: UnitCode) => Effect.Effect<StoredReportSettings, ReportSettingsNotFound>;
    /** Stores the settings of `s.unit`; `version` is the one read (0 when there were none). */
    readonly put: (s: ReportSettings, version: number, actor: string) => Effect.Effect<StoredReportSettings, ReportSettingsConflict>;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = overDatabase(ReportSettingsRepo, (kysely) => {
    const find = (unit: string) =>
      Effect.promise(() => kysely.selectFrom("report_setting").selectAll().where("unit_code", "=", unit).executeTakeFirst());
    return {
      get: (unit) =>
        find(unit).pipe(Effect.flatMap((r) => (r ? Effect.succeed(fromRow(r)) : Effect.fail(new ReportSettingsNotFound({ unit }))))),
      put: (s, version, actor) =>
        Effect.gen(function* () {
          const now = new Date(yield* Clock.currentTimeMillis).toISOString();
          const cur = yield* find(s.unit);
          const current = cur?.version ?? 0;
          if (current !== version)
            return yield* Effect.fail(new ReportSettingsConflict({ unit: s.unit, expectedVersion: version, currentVersion: current }));
          const values = { ...toRow(s), updated_by: actor, updated_at: now, version: current + 1 };
          const row = cur
            ? yield* Effect.promise(() =>
                kysely
                  .updateTable("report_setting")
                  .set(values)
                  .where("unit_code", "=", s.unit)
                  .where("version", "=", current)
                  .returningAll()
                  .executeTakeFirst(),
              )
            : yield* Effect.promise(() =>
                kysely
                  .insertInto("report_setting")
                  .values({ unit_code: s.unit, ...values })
                  .onConflict((oc) => oc.doNothing())
                  .returningAll()
                  .executeTakeFirst(),
              );
          if (!row) {
            const again = yield* find(s.unit);
            return yield* Effect.fail(
              new ReportSettingsConflict({ unit: s.unit, expectedVersion: version, currentVersion: again?.version ?? 0 }),
            );
          }
          return fromRow(row);
        }),
    };
  });
}
