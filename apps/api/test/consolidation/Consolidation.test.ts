/**
 * Consolidation up a generated tree of units: leaves' approved figures add up to their parents',
 * parents' approved consolidations add up to the root's; children not approved are listed as
 * missing; one body's facts are not consolidated; rates are recomputed from the counts; an
 * approved parent refuses a new consolidation.
 */

import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { ValueRepo } from "@cchc/db/values/ValueRepo";
import type { OrgUnit } from "@cchc/domain/OrgUnit";
import { UnitCode } from "@cchc/domain/OrgUnit";
import { PeriodCode } from "@cchc/domain/Period";
import { computeRate } from "@cchc/domain/VnRate";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { jsonInit } from "../support/Credentials.js";
import { databases, json, useTestApp } from "../support/TestApp.js";
import { loadCatalogue, writeFigures } from "../workflow/Fixtures.js";

const PERIOD = "2022-H1";

// A small deterministic generator, so the tree is "random" but every run sees the same one.
const lcg = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

interface Node {
  readonly code: string;
  readonly children: ReadonlyArray<Node>;
}

const generate = (rand: () => number): Node => {
  const mid = Array.from({ length: 2 + Math.floor(rand() * 3) }, (_, i) => {
    const code = `CT.H${i + 1}`;
    return { code, children: Array.from({ length: 1 + Math.floor(rand() * 4) }, (_, j) => ({ code: `${code}.X${j + 1}`, children: [] })) };
  });
  return { code: "CT", children: mid };
};

const unit = (code: string, parentCode: string | null): OrgUnit =>
  ({
    code,
    name: `Đơn vị ${code}`,
    shortName: null,
    kind: parentCode === null ? "province" : "commune",
    parentCode,
    validFrom: "2008-01-01",
    validTo: null,
    successorCode: null,
  }) as OrgUnit;

describe.each(databases())("consolidation on $name", (db) => {
  const testApp = useTestApp(db);
  const base = (u: string) => `/api/v1/units/${u}/periods/${PERIOD}`;
  const post = (path: string, body?: unknown) =>
    testApp().app.request(path, body === undefined ? { method: "POST" } : jsonInit("POST", body));
  const approve = async (u: string) => {
    expect((await post(`${base(u)}/submit`, {})).status).toBe(200);
    expect((await post(`${base(u)}/approve`, {})).status).toBe(200);
  };

  it("adds up a generated tree level by level, recomputing rates", async () => {
    const t = testApp();
    await loadCatalogue(t);
    const rand = lcg(20220614);
    const root = generate(rand);
    await t.run(
      Effect.gen(function* () {
        const repo = yield* OrgUnitRepo;
        yield* Effect.orDie(repo.insert(unit(root.code, null)));
        for (const m of root.children) {
          yield* Effect.orDie(repo.insert(unit(m.code, root.code)));
          for (const leaf of m.children) yield* Effect.orDie(repo.insert(unit(leaf.code, m.code)));
        }
      }),
    );
    const leaves = root.children.flatMap((m) => m.children);
    const figures = new Map<string, { received: number; resolved: number; quota: number }>();
    for (const leaf of leaves) {
      const received = 1 + Math.floor(rand() * 500);
      const f = { received, resolved: Math.floor(rand() * received), quota: 1 + Math.floor(rand() * 40) };
      figures.set(leaf.code, f);
      await writeFigures(t, leaf.code, PERIOD, {
        "tthc.pakn.tiepnhan": f.received,
        "tthc.pakn.dagiaiquyet": f.resolved,
        "bomay.bienche.congchuc": f.quota,
        "tthc.thutuc.tong": 1788,
      });
    }
    // Every leaf approved except the last one of the first district.
    const skipped = root.children[0]?.children.at(-1)?.code as string;
    for (const leaf of leaves) if (leaf.code !== skipped) await approve(leaf.code);

    for (const m of root.children) {
      const res = await post(`${base(m.code)}/consolidate`);
      expect(res.status).toBe(200);
      const body = await json(res);
      const approvedLeaves = m.children.filter((c) => c.code !== skipped);
      expect(body.included).toEqual(approvedLeaves.map((c) => c.code));
      expect(body.missing).toEqual(m.children.filter((c) => c.code === skipped).map((c) => c.code));
      const sum = (k: "received" | "resolved" | "quota") => approvedLeaves.reduce((a, c) => a + (figures.get(c.code)?.[k] ?? 0), 0);
      const byCode = Object.fromEntries(body.values.map((v: { indicator: string; value: number }) => [v.indicator, v.value]));
      const none = approvedLeaves.length === 0;
      expect(byCode).toEqual(
        none
          ? {}
          : { "tthc.pakn.tiepnhan": sum("received"), "tthc.pakn.dagiaiquyet": sum("resolved"), "bomay.bienche.congchuc": sum("quota") },
      );
      expect(body.skipped).toEqual(none ? [] : ["tthc.thutuc.tong"]);
      expect(body.stored).toBe(none ? 0 : 3);
      await approve(m.code);
    }

    const top = await json(await post(`${base("CT")}/consolidate`));
    expect(top.included).toEqual(root.children.map((m) => m.code));
    expect(top.missing).toEqual([]);
    const counted = leaves
      .filter((l) => l.code !== skipped)
      .map((l) => figures.get(l.code) as { received: number; resolved: number; quota: number });
    const received = counted.reduce((a, f) => a + f.received, 0);
    const resolved = counted.reduce((a, f) => a + f.resolved, 0);
    expect(top.values.find((v: { indicator: string }) => v.indicator === "tthc.pakn.tiepnhan").value).toBe(received);
    const rate = top.rates.find((r: { code: string }) => r.code === "tthc.pakn.tyle");
    expect(rate.value).toBe(computeRate(resolved, received, 1));

    // the consolidated figures are stored with source "consolidated" and feed the parent's report
    const stored = await t.run(
      Effect.flatMap(ValueRepo, (r) => r.list(UnitCode.make("CT"), PeriodCode.make(PERIOD))).pipe(Effect.provide(ValueRepo.layer)),
    );
    expect(stored.find((v) => v.indicator === "tthc.pakn.tiepnhan")).toMatchObject({ value: received, source: "consolidated" });
    await approve("CT");
    const again = await post(`${base("CT")}/consolidate`);
    expect(again.status).toBe(409);
    expect((await json(again)).error.code).toBe("PERIOD_LOCKED");
  });
});
