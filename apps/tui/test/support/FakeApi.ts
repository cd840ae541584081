/**
 * A test double of the API client: the same `ApiClient` interface over in-memory data, with
 * versioned values (a stale version is a 409 conflict like the server's), and hooks to hold
 * dossier batches so a test can watch the progress bar.
 */

import { IndicatorCode } from "@cchc/domain/indicators/Indicator";
import * as LocalDate from "@cchc/domain/LocalDate";
import { OrgUnit } from "@cchc/domain/OrgUnit";
import { Schema } from "effect";
import type { ApiClient, BulkValueRow, IndicatorView, StoredValue, TaskView, UnitList, ValueInput } from "../../src/api/ApiClient.js";
import { ServerRefused } from "../../src/cli/Failure.js";

/** The double and what tests inspect. */
export interface FakeApi extends ApiClient {
  readonly stored: Map<string, StoredValue>;
  readonly batches: Array<string>;
  readonly tasksList: Array<TaskView>;
  /** Set to make each dossier batch wait for the returned promise. */
  batchGate: (() => Promise<void>) | null;
}

/** A unit as the API answers it (decoded with the domain's Schema: codes and days are checked). */
const unit = (code: string, name: string, shortName: string | null, kind: string, parentCode: string | null) =>
  Schema.decodeUnknownSync(OrgUnit)({
    code,
    name,
    shortName,
    kind,
    parentCode,
    validFrom: "2000-01-01",
    validTo: null,
    successorCode: null,
  });

const units: UnitList = (() => {
  const dt = unit("DT", "Tỉnh Đồng Tháp", "Đồng Tháp", "province", null);
  const vp = unit("DT.VPUBND", "Văn phòng Ủy ban nhân dân tỉnh", "VP UBND tỉnh", "department", "DT");
  const stp = unit("DT.STP", "Sở Tư pháp", null, "department", "DT");
  return {
    items: [dt, vp, stp],
    tree: [
      {
        ...dt,
        children: [
          { ...stp, children: [] },
          { ...vp, children: [] },
        ],
      },
    ],
  };
})();

/** The indicators the double serves. */
export const fakeIndicators: ReadonlyArray<IndicatorView> = [
  {
    code: IndicatorCode.make("tthc.pakn.tiepnhan"),
    area: "procedure",
    nameVi: "PAKN tiếp nhận",
    unitVi: "phản ánh, kiến nghị",
    valueType: "count",
    dimensions: [],
  },
  {
    code: IndicatorCode.make("tthc.pakn.dagiaiquyet"),
    area: "procedure",
    nameVi: "PAKN đã giải quyết",
    unitVi: "phản ánh, kiến nghị",
    valueType: "count",
    dimensions: [],
  },
  {
    code: IndicatorCode.make("bomay.bienche.congchuc"),
    area: "apparatus",
    nameVi: "Biên chế công chức",
    unitVi: "biên chế",
    valueType: "count",
    dimensions: [],
  },
];

const key = (unit: string, period: string, indicator: string, d: string) => `${unit}|${period}|${indicator}|${d}`;

/** Makes a fresh double; `values` are stored at version 1. */
export const makeFakeApi = (values: ReadonlyArray<BulkValueRow> = []): FakeApi => {
  const stored = new Map<string, StoredValue>();
  for (const v of values)
    stored.set(key(v.unit, v.period, v.indicator, v.disaggregation), {
      indicator: v.indicator,
      disaggregation: v.disaggregation,
      value: v.value,
      version: 1,
    });
  const tasksList: Array<TaskView> = [
    {
      id: 1,
      area: "procedure",
      title: "Rà soát thủ tục hành chính",
      status: "in-progress",
      deadline: LocalDate.make(2022, 6, 30),
      progress: 40,
      startedOn: null,
      version: 1,
    },
    {
      id: 2,
      area: "procedure",
      title: "Công bố danh mục TTHC",
      status: "done",
      deadline: LocalDate.make(2022, 3, 31),
      progress: 100,
      startedOn: LocalDate.make(2022, 1, 10),
      version: 1,
    },
  ];
  const api: FakeApi = {
    baseUrl: "http://fake",
    stored,
    batches: [],
    tasksList,
    batchGate: null,
    units: async () => units,
    period: async (code) => ({
      code,
      regime: "nd09",
      start: LocalDate.make(2021, 12, 15),
      end: LocalDate.make(2022, 6, 14),
      label: "6 tháng đầu năm 2022",
      labelEn: "First half of 2022",
    }),
    indicators: async () => fakeIndicators,
    values: async (unit, period) => [...stored.entries()].filter(([k]) => k.startsWith(`${unit}|${period}|`)).map(([, v]) => v),
    setValue: async (unit, period, input: ValueInput) => {
      const k = key(unit, period, input.indicator, input.disaggregation);
      const old = stored.get(k);
      if (old && input.version !== old.version)
        throw new ServerRefused(409, "VALUE_CONFLICT", "Số liệu đã được người khác sửa.", { stored: old });
      const next = {
        indicator: input.indicator,
        disaggregation: input.disaggregation,
        value: input.value,
        version: (old?.version ?? 0) + 1,
      };
      stored.set(k, next);
      return next;
    },
    bulkValues: async (rows, dryRun) => {
      const changes = rows.map((r) => {
        const old = stored.get(key(r.unit, r.period, r.indicator, r.disaggregation));
        return {
          ...r,
          action: !old ? ("insert" as const) : old.value === r.value ? ("unchanged" as const) : ("update" as const),
          before: old?.value ?? null,
          after: r.value,
        };
      });
      if (!dryRun)
        for (const r of rows)
          await api.setValue(r.unit, r.period, {
            ...r,
            version: stored.get(key(r.unit, r.period, r.indicator, r.disaggregation))?.version ?? null,
          });
      return { dryRun, changes, findings: [] };
    },
    submit: async () => ({ deadline: "2022-06-16", timeliness: "on-time" as const }),
    validate: async (unit, period) => {
      const get = (i: string) => stored.get(key(unit, period, i, ""))?.value;
      const received = get("tthc.pakn.tiepnhan");
      const resolved = get("tthc.pakn.dagiaiquyet");
      return received !== undefined && resolved !== undefined && resolved > received
        ? [
            {
              rule: "pakn.resolved-le-received",
              area: "procedure",
              importance: "error" as const,
              message: "PAKN đã giải quyết lớn hơn PAKN tiếp nhận",
            },
          ]
        : [];
    },
    tasks: async () => tasksList,
    updateTask: async (id, update) => {
      const i = tasksList.findIndex((t) => t.id === id);
      const old = tasksList[i];
      if (old === undefined) throw new ServerRefused(404, "TASK_NOT_FOUND", "Không có nhiệm vụ này.", undefined);
      const day = (d: string | null | undefined) => (d === undefined ? undefined : d === null ? null : LocalDate.isLocalDate(d) ? d : null);
      const startedOn = day(update.startedOn);
      const t: TaskView = {
        ...old,
        ...(update.status === undefined ? {} : { status: update.status }),
        ...(update.progress === undefined ? {} : { progress: update.progress }),
        ...(startedOn === undefined ? {} : { startedOn }),
        version: old.version + 1,
      };
      tasksList[i] = t;
      return t;
    },
    report: async () => {
      const text = new TextEncoder().encode("BÁO CÁO\n");
      return {
        size: text.byteLength,
        contentType: "text/plain",
        body: (async function* () {
          yield text;
        })(),
      };
    },
    dossierBatch: async (csv) => {
      if (api.batchGate) await api.batchGate();
      api.batches.push(csv);
      const lines = csv.trim().split("\n").length - 1;
      return { accepted: lines, rejected: 0, raw: { lines, inserted: lines, updated: 0, unchanged: 0 } };
    },
    dossierBulk: async () => {
      throw new Error("the fake API has no bulk load");
    },
    loadDemo: async () => ({ added: 0 }),
  };
  return api;
};
