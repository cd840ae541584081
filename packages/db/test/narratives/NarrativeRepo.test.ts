import { describe, expect, layer } from "@effect/vitest";
import { Effect, Layer } from "effect";
import { loadDemoUnits } from "../../src/demo/DemoLoader.js";
import { NarrativeRepo, paragraphsOf } from "../../src/narratives/NarrativeRepo.js";
import { testDatabases } from "../../src/testing/TestDatabases.js";

describe.each(testDatabases())("NarrativeRepo on $name", (db) => {
  layer(NarrativeRepo.layer.pipe(Layer.provideMerge(db.layer)))("narratives", (it) => {
    it.effect("creates at version 0, refuses stale versions, splits paragraphs", () =>
      Effect.gen(function* () {
        yield* loadDemoUnits;
        const repo = yield* NarrativeRepo;
        const a = yield* repo.put("DT", "2022-H1", "assessment", "Một.\r\n\r\nHai.", 0, "an");
        expect(a).toMatchObject({ version: 1, paragraphs: ["Một.", "Hai."], updatedBy: "an" });
        expect((yield* Effect.flip(repo.put("DT", "2022-H1", "assessment", "x", 0, "binh")))._tag).toBe("NarrativeConflict");
        const b = yield* repo.put("DT", "2022-H1", "assessment", "Ba.", 1, "binh", "ghi chú");
        expect(b).toMatchObject({ version: 2, text: "Ba.", note: "ghi chú" });
        expect((yield* repo.list("DT", "2022-H1")).length).toBe(1);
        expect((yield* Effect.flip(repo.get("DT", "2022-H1", "directions")))._tag).toBe("NarrativeNotFound");
        expect(paragraphsOf("  a \n \n\n b ")).toEqual(["a", "b"]);
      }),
    );
  });
});
