import { describe, expect, it } from "vitest";
import { requesterOf } from "../support/Callers.js";
import { jsonInit } from "../support/Credentials.js";
import { databases, useTestApp } from "../support/TestApp.js";

const plan = {
  unit: "DT.VPUBND",
  direction: "issued",
  type: "KH",
  number: 25,
  year: null,
  symbol: "KH-VPUBND",
  date: "2022-05-20",
  issuer: "Văn phòng Ủy ban nhân dân Tỉnh",
  summary: "tuyên truyền cải cách hành chính 6 tháng cuối năm 2022",
  parentId: null,
  reportedIn: null,
};

describe.each(databases())("document register API on $name", (db) => {
  const testApp = useTestApp(db);
  const req = requesterOf(testApp);

  it("searches the seed's documents by words without diacritics, type, dates and unit, with a total", async () => {
    const byWords = await req("/api/v1/documents?q=mot cua");
    expect(byWords.body.items.map((d: any) => d.numberSymbol)).toEqual(expect.arrayContaining(["61/2018/NĐ-CP", "468/QĐ-TTg"]));
    const plans = await req("/api/v1/documents?type=KH&from=2021-12-31&to=2021-12-31");
    expect(plans.body.items.map((d: any) => d.numberSymbol)).toEqual(["19/KH-VPUBND", "20/KH-VPUBND"]);
    expect(plans.body.items[0].reference).toBe(
      "Kế hoạch số 19/KH-VPUBND ngày 31 tháng 12 năm 2021 của Văn phòng Ủy ban nhân dân Tỉnh về cải cách hành chính năm 2022",
    );
    const paged = await req("/api/v1/documents?limit=2");
    expect(paged.body.items).toHaveLength(2);
    expect(paged.body.total).toBe(20);
    expect((await req("/api/v1/documents?unit=DT.SNV")).body.total).toBe(0);
  });

  it("registers, reads, corrects and deletes a document; refuses a duplicate with 409", async () => {
    const created = await req("/api/v1/documents", jsonInit("POST", plan));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ numberSymbol: "25/KH-VPUBND", version: 1 });
    const dup = await req("/api/v1/documents", jsonInit("POST", { ...plan, summary: "khác", issuer: "VĂN PHÒNG Ủy ban nhân dân Tỉnh" }));
    expect(dup.status).toBe(409);
    expect(dup.body.error).toMatchObject({ code: "DOCUMENT_DUPLICATE", details: { existingId: created.body.id } });
    const nextYear = await req("/api/v1/documents", jsonInit("POST", { ...plan, date: "2023-01-05" }));
    expect(nextYear.status).toBe(201);

    const kh19 = (await req("/api/v1/documents?q=19/KH-VPUBND")).body.items[0];
    const updated = await req(`/api/v1/documents/${created.body.id}`, jsonInit("PUT", { ...plan, parentId: kh19.id }));
    expect(updated.body).toMatchObject({ parentId: kh19.id, version: 2 });
    expect((await req(`/api/v1/documents/${created.body.id}`)).body.parentId).toBe(kh19.id);
    const selfParent = await req(`/api/v1/documents/${created.body.id}`, jsonInit("PUT", { ...plan, parentId: created.body.id }));
    expect(selfParent.body.error.code).toBe("DOCUMENT_PARENT_INVALID");

    expect((await req(`/api/v1/documents/${created.body.id}`, { method: "DELETE" })).body).toEqual({ deleted: true, id: created.body.id });
    expect((await req(`/api/v1/documents/${created.body.id}`)).status).toBe(404);
  });

  it("refuses to delete a document a task cites as evidence (409 DOCUMENT_IN_USE), and deletes it once the task no longer does", async () => {
    const doc = await req("/api/v1/documents", jsonInit("POST", { ...plan, number: 31, summary: "rà soát thủ tục hành chính nội bộ" }));
    expect(doc.status).toBe(201);
    const task = await req(
      "/api/v1/plans/DT.VPUBND/2022/tasks",
      jsonInit("POST", { area: "procedure", title: "Rà soát thủ tục nội bộ", leadUnit: "DT.VPUBND", evidence: [doc.body.id] }),
    );
    expect(task.status).toBe(201);

    const refused = await req(`/api/v1/documents/${doc.body.id}`, { method: "DELETE" });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toEqual({
      code: "DOCUMENT_IN_USE",
      message: `Văn bản mã ${doc.body.id} đang là minh chứng của nhiệm vụ «Rà soát thủ tục nội bộ» (mã ${task.body.id}). Gỡ minh chứng ở đó rồi mới xóa được văn bản; chưa có gì bị xóa.`,
      details: [{ kind: "task", id: task.body.id, title: "Rà soát thủ tục nội bộ" }],
    });
    expect((await req(`/api/v1/documents/${doc.body.id}`)).body).toMatchObject({ id: doc.body.id, version: 1 });
    expect((await req(`/api/v1/tasks/${task.body.id}`)).body.evidence).toEqual([doc.body.id]);

    const taken = await req(`/api/v1/tasks/${task.body.id}`, jsonInit("PUT", { evidence: [], version: task.body.version }));
    expect(taken.status).toBe(200);
    expect((await req(`/api/v1/documents/${doc.body.id}`, { method: "DELETE" })).status).toBe(200);
    expect((await req(`/api/v1/documents/${doc.body.id}`)).status).toBe(404);
  });

  it("refuses a malformed document naming the field", async () => {
    const bad = await req("/api/v1/documents", jsonInit("POST", { ...plan, symbol: "QĐ-VPUBND" }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: any) => d.path)).toContain("body.symbol");
    const date = await req("/api/v1/documents", jsonInit("POST", { ...plan, date: "2022-02-30" }));
    expect(date.body.error.details[0].path).toBe("body.date");
    expect((await req("/api/v1/documents/abc")).status).toBe(400);
  });
});
