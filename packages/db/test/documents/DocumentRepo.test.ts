import type { RegisterEntryInput } from "@cchc/domain/documents/RegisterEntry";
import { expect } from "@effect/vitest";
import { Effect } from "effect";
import { loadDemoUnits } from "../../src/demo/DemoLoader.js";
import { DocumentRepo } from "../../src/documents/DocumentRepo.js";
import { onTestDatabases } from "../support/OnTestDatabases.js";

const doc = (over: Partial<Omit<RegisterEntryInput, "date">> & { readonly date?: string } = {}): RegisterEntryInput =>
  ({
    unit: "DT.VPUBND",
    direction: "issued",
    type: "CV",
    number: 7,
    year: null,
    symbol: "VPUBND-KSTTHC",
    date: "2022-01-13",
    issuer: "Văn phòng Ủy ban nhân dân Tỉnh",
    summary: "việc phối hợp thực hiện nhiệm vụ cải cách hành chính năm 2022",
    parentId: null,
    reportedIn: "2022-H1",
    ...over,
  }) as RegisterEntryInput;

onTestDatabases("DocumentRepo", DocumentRepo.layer, "register", (it) => {
  it.effect("registers, finds without diacritics, refuses duplicates, updates and removes", () =>
    Effect.gen(function* () {
      yield* loadDemoUnits;
      const repo = yield* DocumentRepo;
      const a = yield* repo.insert(doc());
      expect(a).toMatchObject({ numberSymbol: "07/VPUBND-KSTTHC", version: 1 });
      const dup = yield* Effect.flip(repo.insert(doc({ summary: "khác" })));
      expect(dup).toMatchObject({ _tag: "DocumentDuplicate", existingId: a.id });
      const unnumbered = yield* repo.insert(
        doc({ type: "BC", number: null, symbol: "BC-VPUBND", summary: "Công tác cải cách hành chính" }),
      );
      yield* repo.insert(doc({ type: "BC", number: null, symbol: "BC-VPUBND", summary: "Công tác cải cách hành chính" }));
      expect(unnumbered.numberSymbol).toBe("/BC-VPUBND");
      expect((yield* repo.list({ q: "PHOI HOP" })).items.map((d) => d.id)).toEqual([a.id]);
      expect((yield* repo.list({ type: "BC" })).total).toBe(2);
      const orphan = yield* Effect.flip(repo.insert(doc({ number: 8, parentId: 9999 })));
      expect(orphan._tag).toBe("DocumentParentInvalid");
      const child = yield* repo.insert(doc({ number: 22, date: "2022-02-28", parentId: a.id }));
      const moved = yield* repo.update(child.id, doc({ number: 23, date: "2022-02-28", parentId: a.id }));
      expect(moved).toMatchObject({ numberSymbol: "23/VPUBND-KSTTHC", version: 2 });
      yield* repo.remove(a.id);
      expect((yield* repo.get(child.id)).parentId).toBeNull();
      expect((yield* Effect.flip(repo.get(a.id)))._tag).toBe("DocumentNotFound");
    }),
  );
});
