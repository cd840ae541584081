/**
 * Handlers of the narrative text of a unit's period by report section (endpoints:
 * `@cchc/contract/endpoints/Narratives`). Writes are recorded in the audit trail with the text
 * before and after; the rates the new text states follow it (`ClaimsFollowText`).
 */
import * as Narratives from "@cchc/contract/endpoints/Narratives";
import { NarrativeRepo } from "@cchc/db/narratives/NarrativeRepo";
import { actorOf } from "@cchc/domain/access/Principal";
import { Effect } from "effect";
import { CurrentPrincipal } from "../auth/CurrentPrincipal.js";
import { handle } from "../http/Route.js";
import { resolveScope } from "../values/Scope.js";
import { followClaims } from "./ClaimsFollowText.js";

/** Section ids of the default report outline: see `@cchc/contract/endpoints/Narratives`. */
export const SECTION = Narratives.SECTION;

/** Narrative routes. */
export const narrativeRoutes = [
  handle(Narratives.listNarratives, ({ params }) =>
    Effect.gen(function* () {
      const scope = yield* resolveScope(params.unit, params.period);
      const items = yield* Effect.flatMap(NarrativeRepo, (r) => r.list(scope.unit.code, scope.window.code));
      return { items, total: items.length };
    }),
  ),
  handle(Narratives.getNarrative, ({ params }) =>
    Effect.gen(function* () {
      const scope = yield* resolveScope(params.unit, params.period);
      return yield* Effect.flatMap(NarrativeRepo, (r) => r.get(scope.unit.code, scope.window.code, params.section));
    }),
  ),
  handle(Narratives.putNarrative, ({ params, body }) =>
    Effect.gen(function* () {
      const scope = yield* resolveScope(params.unit, params.period);
      const actor = actorOf(yield* CurrentPrincipal);
      const repo = yield* NarrativeRepo;
      const old = yield* Effect.either(repo.get(scope.unit.code, scope.window.code, params.section));
      const saved = yield* repo.put(
        scope.unit.code,
        scope.window.code,
        params.section,
        body.text,
        body.version,
        actor.name ?? "api",
        body.note,
        actor,
      );
      const oldText = old._tag === "Right" ? old.right.text : "";
      const claimsFollowed = yield* followClaims(scope.unit.code, scope.window.code, oldText, saved.text, actor);
      return { ...saved, claimsFollowed };
    }),
  ),
];
