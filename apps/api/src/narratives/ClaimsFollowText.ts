/**
 * Stated rates follow the narrative text (issue #16): after a section is saved, the rates its new
 * text states — read by the extractor's claim rows, the same phrases the checker's rate rule
 * compares with the counts — become the unit's stated rates for the period, and a rate the old
 * text stated that the new one no longer does is withdrawn, when the stored claim is still the
 * figure the old text stated (a claim corrected elsewhere since is left alone). Each change goes
 * through `ValueRepo.setClaim`: versioned, locked after approval, audited.
 */
import type { ClaimFollowed } from "@cchc/contract/endpoints/Narratives";
import { ValueRepo } from "@cchc/db/values/ValueRepo";
import type { Actor } from "@cchc/domain/access/Principal";
import type { ClaimChange } from "@cchc/domain/indicators/ClaimChange";
import { IndicatorCode } from "@cchc/domain/indicators/Indicator";
import type { UnitCode } from "@cchc/domain/OrgUnit";
import type { PeriodCode } from "@cchc/domain/Period";
import { extractFigures } from "@cchc/report/extract/ExtractFigures";
import { Effect, Either, Schema } from "effect";

// The extractor's claims name rates of its pattern table, whose codes are catalogue codes (its
// tests check them): decoding one cannot fail.
const rateCode = Schema.decodeSync(IndicatorCode);

const keyOf = (rate: string, disaggregation: string): string => `${rate}|${disaggregation}`;

/** Brings the stated rates of (unit, period) in line with a section's text, from `oldText` to `newText`. */
export const followClaims = (unit: UnitCode, period: PeriodCode, oldText: string, newText: string, actor: Actor) =>
  Effect.gen(function* () {
    const before = extractFigures(oldText).claims;
    const after = extractFigures(newText).claims;
    if (before.length === 0 && after.length === 0) return [] as ReadonlyArray<ClaimFollowed>;
    const repo = yield* ValueRepo;
    const stored = new Map((yield* repo.versionedClaims(unit, period)).map((c) => [keyOf(c.rate, c.disaggregation), c]));
    const changed: ClaimFollowed[] = [];
    const apply = (change: ClaimChange) =>
      // a claim changed meanwhile elsewhere (409) stays as it is: the editor sees it among the findings
      Effect.map(Effect.either(repo.setClaim(unit, period, change, actor)), (r) => {
        if (Either.isRight(r)) changed.push({ rate: change.rate, disaggregation: change.disaggregation, stated: change.stated });
      });
    const stillStated = new Set(after.map((c) => keyOf(c.indicator, c.disaggregation)));
    for (const c of after) {
      const current = stored.get(keyOf(c.indicator, c.disaggregation));
      if (current?.stated === c.statedValue) continue;
      yield* apply({
        rate: rateCode(c.indicator),
        disaggregation: c.disaggregation,
        stated: c.statedValue,
        version: current?.version ?? 0,
        qualifier: current?.qualifier ?? "exact",
      });
    }
    for (const c of before) {
      const key = keyOf(c.indicator, c.disaggregation);
      const current = stored.get(key);
      if (stillStated.has(key) || current === undefined || current.stated !== c.statedValue) continue;
      yield* apply({ rate: rateCode(c.indicator), disaggregation: c.disaggregation, stated: null, version: current.version });
    }
    return changed as ReadonlyArray<ClaimFollowed>;
  });
