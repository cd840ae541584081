/**
 * Gathers everything one report needs for (unit, period) into a ReportInput: the unit, its
 * province and the header defaults of Nghị định 30/2020 derived from them, the period window,
 * the applicable catalogue, the values of the unit and of its province, the documents issued in
 * the period (with the documents they implement), the reform records, and the validation
 * findings of both units' figures.
 */
import { CatalogueRepo } from "@cchc/db/catalogue/CatalogueRepo";
import { DocumentRepo } from "@cchc/db/documents/DocumentRepo";
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { ValueRepo } from "@cchc/db/values/ValueRepo";
import type { RegisterEntry } from "@cchc/domain/documents/RegisterEntry";
import type { Catalogue } from "@cchc/domain/indicators/Catalogue";
import type { LocalDate } from "@cchc/domain/LocalDate";
import type { OrgUnit } from "@cchc/domain/OrgUnit";
import * as Period from "@cchc/domain/Period";
import * as Validate from "@cchc/domain/validation/Validate";
import type { ReportDocumentRef, ReportHeader, ReportInput, ReportValue, ValidationFinding } from "@cchc/report/assembly/ReportInput";
import { Effect } from "effect";
import { catalogueEntries } from "./CatalogueEntries.js";
import { loadRecords } from "./ReportTables.js";

/** Options of a report: its date (default: the end of the period) and a document number. */
export interface GatherOptions {
  readonly date?: LocalDate | undefined;
  readonly number?: string | undefined;
}

/** The province a unit belongs to (the unit itself when it is one). */
const provinceOf = (units: typeof OrgUnitRepo.Service, unit: OrgUnit): Effect.Effect<OrgUnit> =>
  Effect.gen(function* () {
    let current = unit;
    for (let depth = 0; depth < 8 && current.kind !== "province" && current.parentCode !== null; depth++) {
      current = yield* units.get(current.parentCode).pipe(Effect.orDie);
    }
    return current;
  });

/** "Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp" → "Văn phòng": the issuing body without its parent's name. */
export const issuingBodyOf = (name: string): string => name.replace(/\s+(Ủy ban nhân dân|UBND)\b.*$/u, "").trim() || name;

/** Default header of a unit's report. */
const headerOf = (
  unit: OrgUnit,
  parentBody: string,
  province: OrgUnit,
  window: Period.PeriodWindow,
  options: GatherOptions,
): ReportHeader => {
  const abbreviation =
    unit.shortName && /^[\p{Lu}\d&]+$/u.test(unit.shortName) ? unit.shortName : (unit.code.split(".").at(-1) ?? unit.code);
  return {
    parentBody,
    issuingBody: issuingBodyOf(unit.name),
    number: options.number ?? null,
    symbol: `BC-${abbreviation}`,
    place: province.shortName ?? province.name.replace(/^Tỉnh\s+/u, ""),
    date: options.date ?? window.end,
    type: "Báo cáo",
    addressee: null,
    signer: { authority: null, authorityTitle: null, title: "Thủ trưởng cơ quan", name: "[Họ và tên người ký]" },
    recipients: [`${parentBody} (b/c)`, "Sở Nội vụ", "Lưu: VT"],
  };
};

const toRef = (d: RegisterEntry): ReportDocumentRef => ({
  id: String(d.id),
  type: d.type,
  number: d.number === null ? "" : d.year === null ? String(d.number) : `${d.number}/${d.year}`,
  symbol: d.symbol,
  date: d.date,
  issuer: d.issuer,
  issuerUnit: d.unit,
  summary: d.summary,
  implementsId: d.parentId === null ? null : String(d.parentId),
});

const findingsOf = (
  catalogue: Catalogue,
  values: ReadonlyArray<ReportValue>,
  claims: Parameters<typeof Validate.run>[0]["claims"],
  window: Period.PeriodWindow,
) =>
  Validate.run({
    rules: catalogue.rules,
    rates: catalogue.rates,
    indicators: catalogue.indicators,
    values,
    claims,
    events: [],
    window: { start: window.start, end: window.end, label: window.label },
  }).map(
    (f): ValidationFinding => ({
      rule: f.rule,
      importance: f.importance,
      message: f.message,
      ...(f.values[0] ? { indicator: f.values[0].indicator } : {}),
    }),
  );

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
    const year = Number(window.end.slice(0, 4));
    const catalogue = yield* (yield* CatalogueRepo).applicable(year);
    const valueRepo = yield* ValueRepo;
    const scopes = [...new Set([unit.code, province.code])];
    const stored = yield* Effect.forEach(scopes, (u) =>
      Effect.map(valueRepo.list(u, window.code), (vs) =>
        vs.map((v) => ({ unit: u, indicator: v.indicator, disaggregation: v.disaggregation, value: v.value })),
      ),
    );
    const values = stored.flat();
    const claims = yield* Effect.forEach(scopes, (u) => valueRepo.claims(u, window.code));
    const findings = scopes.flatMap((u, i) =>
      findingsOf(
        catalogue,
        values.filter((v) => v.unit === u),
        claims[i] ?? [],
        window,
      ),
    );
    const documents = yield* DocumentRepo;
    const issued = yield* Effect.forEach(scopes, (u) => documents.list({ unit: u, from: window.start, to: window.end, limit: 500 }));
    const entries = issued.flatMap((r) => r.items);
    const known = new Set(entries.map((d) => d.id));
    const parents = yield* Effect.forEach(
      [...new Set(entries.flatMap((d) => (d.parentId !== null && !known.has(d.parentId) ? [d.parentId] : [])))],
      (id) => Effect.option(documents.get(id)),
    );
    const records = yield* loadRecords(unit.code, province.code, window.code, year, window.end);
    const input: ReportInput = {
      unit: {
        code: unit.code,
        name: unit.name,
        shortName: unit.shortName ?? undefined,
        parentName: parentBody,
        provinceCode: province.code,
        provinceName: province.name,
      },
      period: window,
      header: headerOf(unit, parentBody, province, window, options),
      values,
      catalogue: catalogueEntries(catalogue),
      documents: [...entries, ...parents.flatMap((p) => (p._tag === "Some" ? [p.value] : []))].map(toRef),
      planTasks: records.planTasks,
      assignedTasks: records.assignedTasks,
      inspections: records.inspections,
      activities: records.activities,
      narratives: records.narratives,
      findings,
    };
    return input;
  });
