/**
 * Handlers of the administration of users, roles and API tokens (endpoints:
 * `@cchc/contract/endpoints/Accounts`). An administrator manages the users and roles of
 * their subtree; anyone signed in manages their own tokens. A token's secret is shown once, at
 * creation; lists show only its prefix.
 */
import * as Accounts from "@cchc/contract/endpoints/Accounts";
import { AccountRepo } from "@cchc/db/accounts/AccountRepo";
import * as Password from "@cchc/db/accounts/Password";
import { TokenRepo } from "@cchc/db/accounts/TokenRepo";
import { AuditLog } from "@cchc/db/audit/AuditLog";
import { actorOf } from "@cchc/domain/access/Principal";
import { Clock, Effect } from "effect";
import { handle } from "../http/Route.js";
import { demand, reachableUnits } from "./AccessControl.js";
import { DEFAULT_TOKEN_DAYS, tokenView, userView } from "./Bodies.js";
import { CurrentPrincipal } from "./CurrentPrincipal.js";
import { rolesChanged, tokenRevoked } from "./SessionEvents.js";

const record = (action: string, entity: string, entityId: string | null, unit: string | null, before: unknown, after: unknown) =>
  Effect.gen(function* () {
    const p = yield* CurrentPrincipal;
    yield* Effect.flatMap(AuditLog, (a) => a.record({ actor: actorOf(p), action, entity, entityId, unit, before, after }));
  });

/** Changes the roles of `username` with `change`, ends what the old roles allowed and records the grants before and after. */
const changeRoles = <E, R>(
  username: string,
  action: "role.grant" | "role.revoke",
  unit: string,
  change: (accounts: AccountRepo["Type"], userId: string) => Effect.Effect<unknown, E, R>,
) =>
  Effect.gen(function* () {
    const accounts = yield* AccountRepo;
    const before = yield* accounts.find(username);
    yield* change(accounts, before.id);
    yield* rolesChanged(before.id);
    const after = yield* accounts.get(before.id);
    yield* record(action, "user", before.id, unit, { grants: before.grants }, { grants: after.grants });
    return userView(after);
  });

/** Account administration routes. */
export const accountRoutes = [
  handle(Accounts.listUsers, () =>
    Effect.gen(function* () {
      const users = yield* Effect.flatMap(AccountRepo, (a) => a.list());
      const reach = yield* reachableUnits("admin");
      const visible = reach === "*" ? users : users.filter((u) => u.grants.some((g) => reach.includes(g.unit)));
      return { items: visible.map(userView) };
    }),
  ),
  handle(Accounts.createUser, ({ body }) =>
    Effect.gen(function* () {
      for (const g of body.grants ?? []) yield* demand("admin", g.unit);
      const oneTime = body.password === undefined ? Password.generate() : null;
      const user = yield* Effect.flatMap(AccountRepo, (a) =>
        a.create({
          username: body.username,
          displayName: body.displayName,
          password: body.password ?? (oneTime as string),
          mustChangePassword: oneTime !== null,
          grants: body.grants ?? [],
        }),
      );
      yield* record("user.create", "user", user.id, body.grants?.[0]?.unit ?? null, null, userView(user));
      return { user: userView(user), oneTimePassword: oneTime };
    }),
  ),
  handle(Accounts.grantRole, ({ params, body }) =>
    changeRoles(params.username, "role.grant", body.unit, (accounts, id) => accounts.grant(id, body)),
  ),
  handle(Accounts.revokeRole, ({ params, query }) =>
    changeRoles(params.username, "role.revoke", query.unit, (accounts, id) => accounts.revoke(id, query)),
  ),
  handle(Accounts.listTokens, ({ query }) =>
    Effect.gen(function* () {
      const p = yield* CurrentPrincipal;
      const accounts = yield* AccountRepo;
      const tokens = yield* TokenRepo;
      if (query.username === undefined || query.username === p.username)
        return { items: (yield* tokens.list(p.userId ?? "")).map(tokenView) };
      const owner = yield* accounts.find(query.username);
      const list = yield* tokens.list(owner.id);
      const visible: Array<(typeof list)[number]> = [];
      for (const t of list)
        if (yield* Effect.match(demand("admin", t.unit), { onFailure: () => false, onSuccess: () => true })) visible.push(t);
      if (visible.length === 0 && list.length > 0) yield* demand("admin", list[0]?.unit);
      return { items: visible.map(tokenView) };
    }),
  ),
  handle(Accounts.createToken, ({ body }) =>
    Effect.gen(function* () {
      const p = yield* CurrentPrincipal;
      const accounts = yield* AccountRepo;
      // A token may mint tokens only with the admin scope: a leaked read token must not become a write token.
      if (p.via === "token") yield* demand("admin", body.unit);
      const forOther = body.username !== undefined && body.username.toLowerCase() !== p.username;
      if (forOther) yield* demand("admin", body.unit);
      const owner = forOther ? yield* accounts.find(body.username as string) : yield* Effect.orDie(accounts.get(p.userId ?? ""));
      const now = yield* Clock.currentTimeMillis;
      const created = yield* Effect.flatMap(TokenRepo, (t) =>
        t.create({
          userId: owner.id,
          name: body.name,
          scopes: [...new Set(body.scopes)],
          unit: body.unit,
          expiresAt: new Date(now + (body.expiresInDays ?? DEFAULT_TOKEN_DAYS) * 86_400_000),
          createdBy: p.username,
        }),
      );
      yield* record("token.create", "token", created.info.id, body.unit === "*" ? null : body.unit, null, tokenView(created.info));
      return { token: created.secret, info: tokenView(created.info) };
    }),
  ),
  handle(Accounts.revokeToken, ({ params }) =>
    Effect.gen(function* () {
      const p = yield* CurrentPrincipal;
      const tokens = yield* TokenRepo;
      const before = yield* tokens.get(params.id);
      // A user revokes their own tokens from a session; a token may revoke itself (`cchc logout`).
      if (before.userId !== p.userId || (p.via === "token" && p.tokenId !== before.id)) yield* demand("admin", before.unit);
      const after = yield* tokenRevoked(params.id);
      yield* record("token.revoke", "token", after.id, after.unit === "*" ? null : after.unit, tokenView(before), tokenView(after));
      return tokenView(after);
    }),
  ),
];
