/**
 * kill -9 of the server in the middle of a large `POST /values/batch`, a dossier import and a
 * report render, on PGlite (a folder) and PostgreSQL, `ROUNDS` times each: after every restart the
 * data opens, the batch is whole or absent (all its values or none), the dossier batch is whole or
 * absent (the period's received count moved by the batch size or not at all), and the report renders.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { arrayAt, isJsonObject, type JsonDocument, numberAt, objectAt, textAt, toJsonObject } from "../src/http/JsonDocument.js";
import { reportFigures } from "./support/Figures.js";
import { type RunningServer, signInTo, startServer } from "./support/Server.js";

/** Kills per database. */
const ROUNDS = Number(process.env.CCHC_KILL_ROUNDS ?? 2);
const PASSWORD = "cchc-demo-2022";
const GROUPS = 24;
const DOSSIERS = 20_000;

type Headers = Record<string, string>;
/** The JSON object answered to `GET url`; throws on a failed answer or one that is not an object. */
const get = async (url: string, headers: Headers): Promise<JsonDocument> => {
  const res = await fetch(url, { headers });
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return toJsonObject(await res.json(), `GET ${url}`);
};

/** The `items` of the list answered to `GET url` (entries that are not objects left out). */
const itemsAt = async (url: string, headers: Headers): Promise<ReadonlyArray<JsonDocument>> =>
  arrayAt(await get(url, headers), "items").filter(isJsonObject);

/** The period's received dossiers (`total.newReceived`) in the dossier statistics answered to `GET url`. */
const newReceivedAt = async (url: string, headers: Headers): Promise<number> => {
  const received = numberAt(objectAt(await get(url, headers), "total") ?? {}, "newReceived");
  if (received === undefined) throw new Error(`GET ${url}: no total.newReceived`);
  return received;
};

const periods = ["2022-M01", "2022-M02", "2022-M03", "2022-M04", "2022-M05", "2022-M06", "2022-Q1", "2022-Q2"];

const dossierCsv = (round: number): string => {
  const lines = [
    "source,dossierId,procedureCode,procedureLevel,unitCode,channel,receivedAt,appointmentDate,extensionDate,resolvedAt,outcome,dossierDigitised,resultDigitised,paidOnline,updatedAt",
  ];
  for (let i = 0; i < DOSSIERS; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    lines.push(
      `KILL-${round},K${round}-${i},1.010707,province,DT.VPUBND.TTKSTTHC,online-full,2022-03-${day}T08:00:00+07:00,2022-04-${day},,,,1,0,0,2022-03-${day}T08:00:00+07:00`,
    );
  }
  return `${lines.join("\n")}\n`;
};

interface Setup {
  readonly name: string;
  readonly env: Record<string, string>;
  readonly cleanup: () => Promise<void>;
}

const setups = (): Setup[] => {
  const dir = mkdtempSync(join(tmpdir(), "cchc-resilience-kill-"));
  const list: Setup[] = [
    { name: "pglite", env: { CCHC_DATA_DIR: dir }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) },
  ];
  const base = process.env.TEST_DATABASE_URL;
  if (base) {
    // named after the test database, so it is recognisably this run's
    const name = `${base.replace(/^.*\//, "").replace(/\W/g, "")}_kill_${process.pid}`;
    const admin = () => postgres(base.replace(/\/[^/]*$/, "/postgres"), { onnotice: () => {} });
    list.push({
      name: "postgres",
      env: { DATABASE_URL: base.replace(/\/[^/]*$/, `/${name}`) },
      cleanup: async () => {
        const sql = admin();
        await sql.unsafe(`drop database if exists ${name} with (force)`);
        await sql.end();
      },
    });
    // the database is made before the server starts (the server only migrates)
    list[1] = {
      ...(list[1] as Setup),
      env: { ...(list[1] as Setup).env, CCHC_RESILIENCE_CREATE: name },
    };
  }
  return list;
};

const created = setups();

describe.each(created)("kill -9 during writes on $name", (setup) => {
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.stop();
    await setup.cleanup();
  });

  it(`keeps every batch whole or absent over ${ROUNDS} kills`, async () => {
    if (setup.env.CCHC_RESILIENCE_CREATE) {
      const sql = postgres((process.env.TEST_DATABASE_URL as string).replace(/\/[^/]*$/, "/postgres"), { onnotice: () => {} });
      await sql.unsafe(`create database ${setup.env.CCHC_RESILIENCE_CREATE}`);
      await sql.end();
    }
    const env = { ...setup.env, CCHC_ADMIN_PASSWORD: "resilience-admin-password" };
    server = await startServer(env);
    const figures = {
      database: setup.name,
      kills: 0,
      restarts: 0,
      batchesWhole: 0,
      batchesAbsent: 0,
      dossierBatchesWhole: 0,
      dossierBatchesAbsent: 0,
    };
    for (let round = 1; round <= ROUNDS; round++) {
      const h = await signInTo(server.url, "bientap.dt", PASSWORD);
      const units = (await itemsAt(`${server.url}/api/v1/org-units`, h))
        .flatMap((u) => textAt(u, "code") ?? [])
        .filter((c) => c.startsWith("DT"))
        .slice(0, GROUPS / periods.length);
      const indicators = (await itemsAt(`${server.url}/api/v1/indicators?year=2022&limit=1000`, h))
        .flatMap((i) => textAt(i, "code") ?? [])
        .slice(0, 40);
      const marker = `kill-${setup.name}-${round}`;
      const groups = units.flatMap((unit) =>
        periods.map((period) => ({ unit, period, values: indicators.map((indicator) => ({ indicator, value: round, comment: marker })) })),
      );
      const before = await newReceivedAt(`${server.url}/api/v1/units/DT/periods/2022-H1/dossier-stats`, h);

      const json = { ...h, "content-type": "application/json" };
      const inflight = [
        fetch(`${server.url}/api/v1/values/batch`, {
          method: "POST",
          headers: json,
          body: JSON.stringify({ groups, source: "imported" }),
        }).catch(() => undefined),
        fetch(`${server.url}/api/v1/dossiers/batch`, {
          method: "POST",
          headers: { ...h, "content-type": "text/csv" },
          body: dossierCsv(round),
        }).catch(() => undefined),
        fetch(`${server.url}/api/v1/reports/DT/2022-H1?format=docx`, { headers: h }).catch(() => undefined),
      ];
      await new Promise((r) => setTimeout(r, 150 + ((round * 379) % 900)));
      await server.kill9();
      figures.kills++;
      await Promise.all(inflight);

      server = await startServer(env);
      figures.restarts++;
      const h2 = await signInTo(server.url, "bientap.dt", PASSWORD);
      let found = 0;
      for (const g of groups) {
        const items = await itemsAt(`${server.url}/api/v1/units/${g.unit}/periods/${g.period}/values?limit=1000`, h2);
        found += items.filter((v) => v.comment === marker).length;
      }
      const total = groups.reduce((n, g) => n + g.values.length, 0);
      expect([0, total], `${marker}: ${found} of ${total} values`).toContain(found);
      if (found === 0) figures.batchesAbsent++;
      else figures.batchesWhole++;
      const after = await newReceivedAt(`${server.url}/api/v1/units/DT/periods/2022-H1/dossier-stats`, h2);
      expect([0, DOSSIERS], `${marker}: dossiers moved by ${after - before}`).toContain(after - before);
      if (after === before) figures.dossierBatchesAbsent++;
      else figures.dossierBatchesWhole++;
      const report = await fetch(`${server.url}/api/v1/reports/DT/2022-H1?format=docx`, { headers: h2 });
      expect(report.status).toBe(200);
    }
    // the same import left alone is stored whole: the batches above were real ones
    const live = server;
    const h3 = await signInTo(live.url, "bientap.dt", PASSWORD);
    const stats = () => newReceivedAt(`${live.url}/api/v1/units/DT/periods/2022-H1/dossier-stats`, h3);
    const base = await stats();
    const full = await fetch(`${live.url}/api/v1/dossiers/batch`, {
      method: "POST",
      headers: { ...h3, "content-type": "text/csv" },
      body: dossierCsv(99),
    });
    expect(full.status, await full.clone().text()).toBeLessThan(300);
    expect((await stats()) - base).toBe(DOSSIERS);
    reportFigures(`kill-${setup.name}`, { ...figures, groupsPerBatch: GROUPS, dossiersPerBatch: DOSSIERS });
  });
});
