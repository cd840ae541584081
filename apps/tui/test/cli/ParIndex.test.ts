import { describe, expect, it } from "vitest";
import { serverPerFile } from "../support/FileServer.js";
import { cchc } from "../support/Processes.js";

const online = serverPerFile();
const env = online.env;

const api = async (path: string) =>
  (
    await fetch(`${online.server.url}/api/v1${path}`, { headers: { authorization: `Bearer ${online.server.token}` } })
  ).json() as Promise<any>;

describe("cchc par-index against a real server", () => {
  it("show prints a unit's criteria and totals as the API computes them; --json is the API's answer", async () => {
    const a = await api("/par-index/DT-SO-2022/units/DT.STTTT");
    const r = await cchc(["par-index", "show", "--framework", "DT-SO-2022", "--unit", "DT.STTTT"], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("đã công bố");
    expect(r.stdout).toContain(`điểm cuối cùng ${a.total.final.toFixed(2).replace(".", ",")}`);
    expect(r.stdout).toMatch(/7\.1\s.*số liệu/);
    const j = await cchc(["par-index", "show", "--framework", "DT-SO-2022", "--unit", "DT.STTTT", "--json"], { env });
    expect(JSON.parse(j.stdout)).toEqual(a);
    const bad = await cchc(["par-index", "show", "--framework", "KHONG-CO", "--unit", "DT.SNV"], { env });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("KHONG-CO");
  });

  it("ranking prints ranks, totals and the change against the previous year", async () => {
    const rk = await api("/par-index/DT-SO-2022/ranking?parent=DT");
    const r = await cchc(["par-index", "ranking", "--framework", "DT-SO-2022", "--parent", "DT"], { env });
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    for (const item of rk.items) {
      const line = lines.find((l) => l.includes(` ${item.unit} `));
      expect(line, item.unit).toBeDefined();
      expect(line).toMatch(new RegExp(`^\\s*${item.rank}\\s`));
      expect(line).toContain(item.total.toFixed(2).replace(".", ","));
    }
    const j = await cchc(["par-index", "ranking", "--framework", "DT-SO-2022", "--parent", "DT", "--json"], { env });
    expect(JSON.parse(j.stdout).items.map((x: any) => [x.unit, x.rank])).toEqual(rk.items.map((x: any) => [x.unit, x.rank]));
  });
});
