/**
 * Organisation units in storage: the tree, one unit, ancestors and subtrees as of a day, and the
 * chain of successors of the 2025 reform. A unit is stored only when it meets the domain's
 * validity and successor rules (`OrgUnit.check`).
 */
import type { LocalDate } from "@cchc/domain/LocalDate";
import { check, type OrgUnit, type OrgUnitInvalid, successorChain, type UnitKind } from "@cchc/domain/OrgUnit";
import { OrgUnitDuplicate, OrgUnitNotFound, OrgUnitParentMissing } from "@cchc/domain/OrgUnitErrors";
import { Context, Effect, Either } from "effect";
import { sql } from "kysely";
import { overDatabase } from "../OverDatabase.js";
import { rowsOf } from "../RowsOf.js";
import { fromRow, toRow } from "./OrgUnitRows.js";

export { OrgUnitDuplicate, OrgUnitNotFound, OrgUnitParentMissing } from "@cchc/domain/OrgUnitErrors";

/** Filters for listing units. */
export interface OrgUnitQuery {
  readonly kind?: UnitKind;
  readonly asOf?: LocalDate;
}

const validOn = (day: LocalDate | undefined) =>
  day === undefined ? sql<boolean>`true` : sql<boolean>`valid_from <= ${day}::date and (valid_to is null or valid_to >= ${day}::date)`;

/** Repository of organisation units. */
export class OrgUnitRepo extends Context.Tag("@cchc/db/OrgUnitRepo")<
  OrgUnitRepo,
  {
    readonly list: (q?: OrgUnitQuery) => Effect.Effect<ReadonlyArray<OrgUnit>>;
    readonly get: (code: string) => Effect.Effect<OrgUnit, OrgUnitNotFound>;
    /** Stores a new unit; refused when its window or successor link breaks the domain rules. */
    readonly insert: (unit: OrgUnit) => Effect.Effect<void, OrgUnitDuplicate | OrgUnitParentMissing | OrgUnitInvalid>;
    /** The units that took over from this one, in order (empty when it has no successor). */
    readonly successors: (code: string) => Effect.Effect<ReadonlyArray<OrgUnit>, OrgUnitNotFound>;
    /** The unit and every unit under it, valid on `asOf` when given (the unit itself first). */
    readonly subtree: (code: string, asOf?: LocalDate) => Effect.Effect<ReadonlyArray<OrgUnit>, OrgUnitNotFound>;
    /** The chain from the root down to the unit's parent (root first). */
    readonly ancestors: (code: string) => Effect.Effect<ReadonlyArray<OrgUnit>, OrgUnitNotFound>;
  }
>() {
  /** The repository over the Database service. */
  static readonly layer = overDatabase(OrgUnitRepo, (kysely) => {
    const get = (code: string) =>
      Effect.promise(() => kysely.selectFrom("org_unit").selectAll().where("code", "=", code).executeTakeFirst()).pipe(
        Effect.flatMap((r) => (r ? Effect.succeed(fromRow(r)) : Effect.fail(new OrgUnitNotFound({ code })))),
      );
    // The units reachable from `code` by successor links, itself included; UNION (not UNION ALL)
    // stops at a unit already reached, so even a loop left by older data ends.
    const reachable = (code: string) =>
      Effect.promise(() =>
        kysely
          .withRecursive("chain(code, successor_code)", (db) =>
            db
              .selectFrom("org_unit")
              .select(["code", "successor_code"])
              .where("code", "=", code)
              .union((db2) =>
                db2.selectFrom("org_unit as u").innerJoin("chain", "chain.successor_code", "u.code").select(["u.code", "u.successor_code"]),
              ),
          )
          .selectFrom("chain")
          .innerJoin("org_unit", "org_unit.code", "chain.code")
          .selectAll("org_unit")
          .execute(),
      ).pipe(Effect.map((rows) => new Map(rows.map((r) => [r.code, fromRow(r)]))));
    return {
      get,
      list: (q = {}) =>
        rowsOf(
          kysely
            .selectFrom("org_unit")
            .selectAll()
            .$call((b) => (q.kind === undefined ? b : b.where("kind", "=", q.kind)))
            .where(validOn(q.asOf))
            .orderBy("code"),
          fromRow,
        ),
      insert: (u) =>
        Effect.gen(function* () {
          const exists = yield* Effect.promise(() =>
            kysely.selectFrom("org_unit").select("code").where("code", "=", u.code).executeTakeFirst(),
          );
          if (exists) return yield* Effect.fail(new OrgUnitDuplicate({ code: u.code }));
          const known = u.successorCode === null ? new Map<string, OrgUnit>() : yield* reachable(u.successorCode);
          yield* check(u, (c) => known.get(c));
          const parentCode = u.parentCode;
          if (parentCode !== null) {
            const parent = yield* Effect.promise(() =>
              kysely.selectFrom("org_unit").select("code").where("code", "=", parentCode).executeTakeFirst(),
            );
            if (!parent) return yield* Effect.fail(new OrgUnitParentMissing({ code: u.code, parentCode }));
          }
          yield* Effect.promise(() => kysely.insertInto("org_unit").values(toRow(u)).execute());
        }),
      successors: (code) =>
        Effect.gen(function* () {
          const unit = yield* get(code);
          if (unit.successorCode === null) return [];
          const known = yield* reachable(unit.successorCode);
          // Stored units met the rules when written; a loop or a dangling link is a corrupted database.
          return yield* Either.match(
            successorChain(unit, (c) => known.get(c)),
            {
              onLeft: (e) => Effect.die(new Error(`chuỗi đơn vị kế thừa của ${code} hỏng: ${e.problem}`)),
              onRight: (chain) => Effect.succeed(chain),
            },
          );
        }),
      subtree: (code, asOf) =>
        get(code).pipe(
          Effect.zipRight(
            Effect.promise(() =>
              kysely
                .withRecursive("sub(code, depth)", (db) =>
                  db
                    .selectFrom("org_unit")
                    .select([sql<string>`code`.as("code"), sql<number>`0`.as("depth")])
                    .where("code", "=", code)
                    .unionAll((db2) =>
                      db2
                        .selectFrom("org_unit as u")
                        .innerJoin("sub", "sub.code", "u.parent_code")
                        .select([sql<string>`u.code`.as("code"), sql<number>`sub.depth + 1`.as("depth")]),
                    ),
                )
                .selectFrom("sub")
                .innerJoin("org_unit", "org_unit.code", "sub.code")
                .selectAll("org_unit")
                .where(sql<boolean>`sub.depth = 0 or (${validOn(asOf)})`)
                .orderBy("sub.depth")
                .orderBy("org_unit.code")
                .execute(),
            ),
          ),
          Effect.map((rows) => rows.map(fromRow)),
        ),
      // One recursive query rather than a query per level: the access check runs this on every request.
      ancestors: (code) =>
        Effect.promise(() =>
          kysely
            .withRecursive("up(code, parent_code, depth)", (db) =>
              db
                .selectFrom("org_unit")
                .select([sql<string>`code`.as("code"), sql<string | null>`parent_code`.as("parent_code"), sql<number>`0`.as("depth")])
                .where("code", "=", code)
                .unionAll((db2) =>
                  db2
                    .selectFrom("org_unit as u")
                    .innerJoin("up", "up.parent_code", "u.code")
                    .select([
                      sql<string>`u.code`.as("code"),
                      sql<string | null>`u.parent_code`.as("parent_code"),
                      sql<number>`up.depth + 1`.as("depth"),
                    ]),
                ),
            )
            .selectFrom("up")
            .innerJoin("org_unit", "org_unit.code", "up.code")
            .selectAll("org_unit")
            .select("up.depth")
            .orderBy("up.depth", "desc")
            .execute(),
        ).pipe(
          Effect.flatMap((rows) =>
            rows.length === 0 ? Effect.fail(new OrgUnitNotFound({ code })) : Effect.succeed(rows.filter((r) => r.depth > 0).map(fromRow)),
          ),
        ),
    };
  });
}
