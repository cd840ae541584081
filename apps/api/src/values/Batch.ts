/**
 * The groups of `POST /values/batch` made ready to write: access to every group's unit is checked
 * first (write-values; before anything about the units is looked up, so a refused caller learns
 * nothing), then each group's unit, period and catalogue are resolved and its values checked.
 * Every problem of every group is answered at once as a 400 naming its place
 * (`body.groups[1].unit`, `body.groups[1].values[3].value`); nothing is written before all pass.
 */
import type { ValueWrite } from "@cchc/db/values/ValueRepo";
import { Effect, Either } from "effect";
import { demand } from "../auth/AccessControl.js";
import type { FieldIssue } from "../http/ApiError.js";
import { toHttpFailure } from "../http/errors.js";
import { RequestInvalid } from "../http/RequestErrors.js";
import { BATCH_VALUES_LIMIT } from "./Bodies.js";
import { checkItems, type RawWrite, type WriterSource } from "./Entry.js";
import { resolveScope, type Scope } from "./Scope.js";

/** A group as received. */
export interface RawGroup {
  readonly unit: string;
  readonly period: string;
  readonly values: ReadonlyArray<RawWrite>;
}

/** A group ready to write: its resolved scope and its checked values. */
export interface ReadyGroup {
  readonly scope: Scope;
  readonly writes: ReadonlyArray<ValueWrite>;
}

// An unknown unit is the unit field's problem; an invalid period or one without a catalogue, the period's.
const scopeIssue = (e: { readonly _tag: string }, at: string): FieldIssue => ({
  path: e._tag === "OrgUnitNotFound" ? `${at}.unit` : `${at}.period`,
  message: toHttpFailure(e)?.message ?? "không dùng được",
});

/** Checks access, resolves and checks every group; fails with the issues of all groups together. */
export const prepareGroups = (groups: ReadonlyArray<RawGroup>, source: WriterSource) =>
  Effect.gen(function* () {
    for (const unit of new Set(groups.map((g) => g.unit))) yield* demand("write-values", unit);
    const issues: FieldIssue[] = [];
    const total = groups.reduce((n, g) => n + g.values.length, 0);
    if (total > BATCH_VALUES_LIMIT)
      issues.push({ path: "body.groups", message: `tối đa ${BATCH_VALUES_LIMIT} số liệu trong một lần gửi (đang có ${total})` });
    const ready: ReadyGroup[] = [];
    const seen = new Map<string, number>();
    for (const [i, g] of groups.entries()) {
      const at = `body.groups[${i}]`;
      const scope = yield* Effect.either(resolveScope(g.unit, g.period));
      if (Either.isLeft(scope)) {
        issues.push(scopeIssue(scope.left, at));
        continue;
      }
      const key = `${scope.right.unit.code}|${scope.right.window.code}`;
      const first = seen.get(key);
      if (first !== undefined) issues.push({ path: at, message: `trùng với body.groups[${first}] (cùng đơn vị và kỳ)` });
      seen.set(key, i);
      const checked = checkItems(scope.right.catalogue, g.values, at, source);
      issues.push(...checked.issues);
      ready.push({ scope: scope.right, writes: checked.writes });
    }
    return issues.length > 0 ? yield* Effect.fail(new RequestInvalid({ issues })) : ready;
  });
