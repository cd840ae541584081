import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bearer, tokenFor } from "../support/Credentials.js";
import { databases, json, useTestApp } from "../support/TestApp.js";

const sampleCsv = readFileSync(new URL("../../../../docs/examples/dossiers-sample.csv", import.meta.url), "utf8");
const BULK = "/api/v1/dossiers/bulk";
const BATCH = "/api/v1/dossiers/batch";
const STATS = "/api/v1/units/DT/periods/2022-H1/dossier-stats";

/** The sample under another source name: a bulk load needs a source without records. */
const asSource = (source: string): string => sampleCsv.replaceAll("\nDT-MOTCUA,", `\n${source},`);

/** A body sent in small pieces, as a streamed upload arrives. */
const streamed = (bytes: Uint8Array): ReadableStream<Uint8Array> =>
  new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 97) controller.enqueue(bytes.slice(at, at + 97));
      controller.close();
    },
  });

const post = (body: string | Uint8Array, type = "text/csv", headers: Record<string, string> = {}): RequestInit =>
  ({
    method: "POST",
    body: streamed(typeof body === "string" ? new TextEncoder().encode(body) : body),
    headers: { "content-type": type, ...headers },
    duplex: "half",
  }) as RequestInit;

describe.each(databases())("bulk first load of dossiers on $name", (db) => {
  const testApp = useTestApp(db);
  const stats = async () => (await json(await testApp().app.request(STATS))).total;

  it("loads a streamed CSV whole; the statistics then equal those of a normal import of the same records", async () => {
    const { app } = testApp();
    const before = await stats();
    const res = await app.request(BULK, post(asSource("BULK-A")));
    expect(res.status).toBe(200);
    expect(await json(res)).toMatchObject({ lines: 51, inserted: 50, superseded: 1 });
    const afterBulk = await stats();
    expect(afterBulk.received).toBeGreaterThan(before.received);

    // a normal import of the same records under another source doubles every count exactly
    const normal = await json(
      await app.request(BATCH, { method: "POST", body: asSource("BULK-B"), headers: { "content-type": "text/csv" } }),
    );
    expect(normal).toEqual({ lines: 51, inserted: 50, updated: 0, unchanged: 1 });
    const afterBoth = await stats();
    expect(afterBoth.received - afterBulk.received).toBe(afterBulk.received - before.received);
    expect(afterBoth.resolved - afterBulk.resolved).toBe(afterBulk.resolved - before.resolved);
    expect(afterBoth.pending - afterBulk.pending).toBe(afterBulk.pending - before.pending);

    // the bulk-loaded source now takes normal batches, which find every record already there
    const again = await json(
      await app.request(BATCH, { method: "POST", body: asSource("BULK-A"), headers: { "content-type": "text/csv" } }),
    );
    expect(again).toEqual({ lines: 51, inserted: 0, updated: 0, unchanged: 51 });
  });

  it("refuses a source that has records, a bad line, a non-UTF-8 byte and another media type; nothing is stored", async () => {
    const { app } = testApp();
    await app.request(BULK, post(asSource("BULK-C")));
    const before = await stats();

    const taken = await app.request(BULK, post(asSource("BULK-C")));
    expect(taken.status).toBe(400);
    const takenBody = await json(taken);
    expect(takenBody.error.code).toBe("DOSSIER_BATCH_INVALID");
    expect(takenBody.error.details[0]).toMatchObject({ line: 2, field: "source", reason: "source-not-empty" });

    const lines = asSource("BULK-D").split("\n");
    lines[9] = (lines[9] as string).replace(/,(province|district|commune),/, ",tinh,");
    const bad = await json(await app.request(BULK, post(lines.join("\n"))));
    expect(bad.error.details).toEqual([expect.objectContaining({ line: 10, field: "procedureLevel" })]);

    const text = asSource("BULK-E");
    const cut = text.split("\n").slice(0, 4).join("\n").length + 1;
    const bytes = new TextEncoder().encode(text);
    const latin1 = new Uint8Array([...bytes.slice(0, cut), 0xe1, ...bytes.slice(cut)]);
    const enc = await json(await app.request(BULK, post(latin1)));
    expect(enc.error.code).toBe("DOSSIER_BATCH_INVALID");
    expect(enc.error.details[0]).toMatchObject({ line: 5, reason: "encoding-invalid" });

    const type = await app.request(BULK, post(asSource("BULK-F"), "application/x-ndjson"));
    expect(type.status).toBe(415);
    expect(await stats()).toEqual(before);
  });

  it("refuses units outside the caller's dossier rights, line by line, and a viewer outright", async () => {
    const t = testApp();
    const before = await stats();
    const office = await tokenFor(t, "bientap.vp");
    const res = await t.app.request(BULK, post(asSource("BULK-G"), "text/csv", bearer(office)));
    const body = await json(res);
    expect([res.status, body.error.code]).toEqual([400, "DOSSIER_BATCH_INVALID"]);
    expect(body.error.details.every((d: { reason: string }) => d.reason === "unit-not-allowed")).toBe(true);
    const viewer = await tokenFor(t, "xem.dt");
    expect((await t.app.request(`${BULK}?unit=DT`, post(asSource("BULK-H"), "text/csv", bearer(viewer)))).status).toBe(403);
    expect(await stats()).toEqual(before);
  });
});
