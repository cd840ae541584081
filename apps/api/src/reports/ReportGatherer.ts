/**
 * Gathers everything one report needs for (unit, period) into a ReportInput, through the
 * repositories of the app layer: the unit and its province, the header stored in the unit's
 * report settings (or defaults of Nghị định 30/2020 derived from the units), the period window,
 * the applicable catalogue, the values of the unit and of its province, the documents issued in
 * the period with the documents they implement, the plan and its adopting document, the reform
 * records, and the validation findings of both units (dated events included).
 */
import { CatalogueRepo } from "@cchc/db/catalogue/CatalogueRepo";
import { DocumentRepo } from "@cchc/db/documents/DocumentRepo";
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { type ReportSettings, ReportSettingsRepo } from "@cchc/db/report-settings/ReportSettingsRepo";
import { ValueRepo } from "@cchc/db/values/ValueRepo";
import type { AreaCode } from "@cchc/domain/Area";
import type { RegisterEntry } from "@cchc/domain/documents/RegisterEntry";
import type { LocalDate } from "@cchc/domain/LocalDate";
import type { OrgUnit } from "@cchc/domain/OrgUnit";
import * as Period from "@cchc/domain/Period";
import type { Finding } from "@cchc/domain/validation/Finding";
import type { ReportDocumentRef, ReportFinding, ReportHeader, ReportInput } from "@cchc/report/assembly/ReportInput";
import { Effect, Option } from "effect";
import { findingsFor } from "../validation/Findings.js";
import { catalogueEntries } from "./CatalogueEntries.js";
import { loadRecords } from "./ReportTables.js";

/** Options of a report: its date (default: the end of the period) and a document number. */
export interface GatherOptions {
  readonly date?: LocalDate | undefined;
  readonly number?: string | undefined;
}

/** The province a unit belongs to (the unit itself when it is one; the root when none is a province). */
const provinceOf = (units: typeof OrgUnitRepo.Service, unit: OrgUnit): Effect.Effect<OrgUnit> =>
  Effect.gen(function* () {
    if (unit.kind === "province") return unit;
    // Ancestors come root first: the nearest province is the last one.
    const up = yield* units.ancestors(unit.code).pipe(Effect.orDie);
    return up.findLast((u) => u.kind === "province") ?? up[0] ?? unit;
  });

/** "Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp" → "Văn phòng": the issuing body without its parent's name. */
export const issuingBodyOf = (name: string): string => name.replace(/\s+(Ủy ban nhân dân|UBND)\b.*$/u, "").trim() || name;

/** "Tỉnh Đồng Tháp" → "Ủy ban nhân dân tỉnh Đồng Tháp"; "Thành phố Cao Lãnh" → "Ủy ban nhân dân thành phố Cao Lãnh". */
export const committeeOf = (name: string): string =>
  /^(Ủy ban nhân dân|UBND)\b/u.test(name) ? name : `Ủy ban nhân dân ${name.charAt(0).toLocaleLowerCase("vi")}${name.slice(1)}`;

/**
 * Header data of a unit without stored settings, by its level (Nghị định 30/2020, Phụ lục I): a
 * province, district or commune reports as its People's Committee, which has no cơ quan chủ quản
 * line and abbreviates "UBND" ("/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN"); a department or office
 * reports under the province's People's Committee with its own abbreviation. Nơi nhận never names
 * the unit itself: a People's Committee reports to the level above and to the Sở Nội vụ / Bộ Nội vụ.
 */
export const defaultSettings = (unit: OrgUnit, parentBody: string, province: OrgUnit): ReportSettings => {
  const place = province.shortName ?? province.name.replace(/^Tỉnh\s+/u, "");
  const committee = unit.kind === "people-committee" || unit.kind === "province" || unit.kind === "district" || unit.kind === "commune";
  if (committee) {
    const above =
      unit.kind === "province" || (unit.kind === "people-committee" && unit.parentCode === province.code)
        ? ["Bộ Nội vụ"]
        : unit.kind === "commune" && unit.parentCode !== province.code
          ? ["UBND cấp huyện (b/c)", "Phòng Nội vụ"]
          : ["UBND Tỉnh (b/c)", "Sở Nội vụ"];
    return {
      unit: unit.code,
      parentBody: "",
      issuingBody: committeeOf(unit.name),
      symbol: "BC-UBND",
      place,
      addressee: null,
      signer: { authority: "TM.", authorityTitle: "Ủy ban nhân dân", title: "Chủ tịch", name: "" },
      recipients: [...above, "Lưu: VT"],
    };
  }
  const abbreviation =
    unit.shortName && /^[\p{Lu}\d&]+$/u.test(unit.shortName) ? unit.shortName : (unit.code.split(".").at(-1) ?? unit.code);
  return {
    unit: unit.code,
    parentBody,
    issuingBody: issuingBodyOf(unit.name),
    symbol: `BC-${abbreviation}`,
    place,
    addressee: null,
    signer: { authority: null, authorityTitle: null, title: "Thủ trưởng cơ quan", name: "" },
    recipients: ["UBND Tỉnh (b/c)", "Sở Nội vụ", "Lưu: VT"],
  };
};

/** The header of the report: stored settings, with number and date from the request. */
export const headerOf = (s: ReportSettings, window: Period.PeriodWindow, options: GatherOptions): ReportHeader => ({
  parentBody: s.parentBody,
  issuingBody: s.issuingBody,
  number: options.number ?? null,
  symbol: s.symbol,
  place: s.place,
  date: options.date ?? window.end,
  type: "Báo cáo",
  addressee: s.addressee,
  signer: { ...s.signer },
  recipients: [...s.recipients],
});

const pad = (n: number): string => String(n).padStart(2, "0");

const toRef = (d: RegisterEntry, areas: ReadonlyMap<number, AreaCode>): ReportDocumentRef => {
  const area = areas.get(d.id);
  return {
    id: String(d.id),
    type: d.type,
    // "09/2019" for a decree numbered with its year ("Nghị định số 09/2019/NĐ-CP").
    number: d.number === null ? "" : d.year === null ? String(d.number) : `${pad(d.number)}/${d.year}`,
    symbol: d.symbol,
    date: d.date,
    issuer: d.issuer,
    // Only what the unit itself issued counts as its work; received documents are cited, not listed.
    ...(d.direction === "issued" ? { issuerUnit: d.unit } : {}),
    summary: d.summary,
    ...(area === undefined ? {} : { area }),
    implementsId: d.parentId === null ? null : String(d.parentId),
  };
};

/** A validation finding as the report shows it. */
export const toReportFinding = (unit: string, f: Finding): ReportFinding => {
  const indicator = f.values[0]?.indicator ?? (f.subject?.type === "rate" ? f.subject.ref.split("[")[0] : undefined);
  return { rule: f.rule, importance: f.importance, message: f.message, unit, ...(indicator ? { indicator } : {}) };
};

/** The documents of `unit` dated in the period, plus the documents they (and the plan) implement, up the chain. */
const documentsOf = (unit: string, window: Period.PeriodWindow, planDocumentId: number | null) =>
  Effect.gen(function* () {
    const repo = yield* DocumentRepo;
    const issued = yield* repo.list({ unit, from: window.start, to: window.end, limit: 1000 });
    // A document without a number (the report being written, a draft) cannot be cited.
    const byId = new Map(issued.items.filter((d) => d.number !== null).map((d) => [d.id, d]));
    const wanted = [...byId.values()].map((d) => d.parentId);
    if (planDocumentId !== null) wanted.push(planDocumentId);
    for (let i = 0; i < wanted.length && i < 200; i++) {
      const id = wanted[i];
      if (id === null || id === undefined || byId.has(id)) continue;
      const found = Option.getOrNull(yield* Effect.option(repo.get(id)));
      if (found === null) continue;
      byId.set(found.id, found);
      wanted.push(found.parentId);
    }
    return [...byId.values()];
  });

/** Loads the input of the report of `unitCode` for `periodCode`. */
export const gather = (unitCode: string, periodCode: string, options: GatherOptions = {}) =>
  Effect.gen(function* () {
    const window = yield* Period.window(periodCode);
    const units = yield* OrgUnitRepo;
    const unit = yield* units.get(unitCode);
    const province = yield* provinceOf(units, unit);
    // The parent body of a provincial department is the province's People's Committee.
    const committees = yield* units.list({ kind: "people-committee" });
    const parentBody =
      committees.find((c) => c.parentCode === province.code)?.name ?? `Ủy ban nhân dân ${province.name.replace(/^Tỉnh/u, "tỉnh")}`;
    const stored = yield* Effect.option((yield* ReportSettingsRepo).get(unit.code));
    const settings = Option.getOrElse(stored, () => defaultSettings(unit, parentBody, province));
    const year = Number(window.end.slice(0, 4));
    const catalogue = yield* (yield* CatalogueRepo).applicable(year);
    const valueRepo = yield* ValueRepo;
    const scopes = unit.code === province.code ? [unit] : [unit, province];
    const values = (yield* Effect.forEach(scopes, (u) =>
      Effect.map(valueRepo.list(u.code, window.code), (vs) =>
        vs.map((v) => ({
          unit: u.code,
          indicator: v.indicator,
          disaggregation: v.disaggregation,
          value: v.value,
          ...(v.asOf ? { asOf: v.asOf } : {}),
        })),
      ),
    )).flat();
    const findings = (yield* Effect.forEach(scopes, (u) =>
      Effect.map(findingsFor({ unit: u, window, catalogue }), (fs) => fs.map((f) => toReportFinding(u.code, f))),
    )).flat();
    const records = yield* loadRecords(unit.code, province.code, window.code, year, window.end);
    const documents = yield* documentsOf(unit.code, window, records.plan?.documentId ?? null);
    const input: ReportInput = {
      unit: {
        code: unit.code,
        name: unit.name,
        shortName: unit.shortName ?? undefined,
        parentName: settings.parentBody,
        provinceCode: province.code,
        provinceName: province.name,
      },
      period: window,
      header: headerOf(settings, window, options),
      values,
      catalogue: catalogueEntries(catalogue),
      documents: documents.map((d) => toRef(d, records.documentAreas)),
      ...(records.plan === null
        ? {}
        : {
            plan: {
              title: records.plan.title,
              documentId: records.plan.documentId === null ? null : String(records.plan.documentId),
            },
          }),
      planTasks: records.planTasks,
      assignedTasks: records.assignedTasks,
      inspections: records.inspections,
      activities: records.activities,
      narratives: records.narratives,
      findings,
    };
    return input;
  });
