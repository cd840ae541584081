/**
 * The ranking of a framework's units under a parent: each unit's final total computed as its
 * assessment is (formulas recomputed), ties sharing a rank, and the change against the previous
 * year's framework.
 */
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { maxScoreOf } from "@cchc/domain/par-index/Framework";
import { rank } from "@cchc/domain/par-index/Ranking";
import { Effect } from "effect";
import { framework, frameworks, totalsOf } from "./ParIndexService.js";

/** The ranking of the units of the framework's level under a parent, with the change against the previous year. */
export const ranking = (code: string, parent: string) =>
  Effect.gen(function* () {
    const f = yield* framework(code);
    const units = (yield* Effect.flatMap(OrgUnitRepo, (r) => r.subtree(parent))).filter((u) => u.code !== parent && u.kind === f.level);
    const all = yield* frameworks;
    const previous = f.previous === undefined ? undefined : all.find((x) => x.code === f.previous);
    const rows = yield* Effect.forEach(units, (u) =>
      Effect.gen(function* () {
        const t = yield* totalsOf(f, u.code);
        if (!t.exists) return [];
        const prev = previous ? yield* totalsOf(previous, u.code) : undefined;
        return [
          {
            unit: u.code,
            name: u.name,
            state: t.state,
            total: t.total.final,
            byArea: t.byArea,
            change: prev?.exists ? Math.round((t.total.final - prev.total.final) * 100) / 100 : null,
            previousTotal: prev?.exists ? prev.total.final : null,
          },
        ];
      }),
    );
    const ranked = rank(
      rows.flat(),
      (r) => r.total,
      (r) => r.unit,
    );
    return {
      framework: f,
      maxScore: maxScoreOf(f),
      previous: previous?.code ?? null,
      items: ranked.map((r) => ({ ...r.item, rank: r.rank })),
    };
  });
