/**
 * `GET /audit`: the audit trail for administrators and approvers, limited to the subtrees they
 * hold that role on (a unit given in `unit` must be one of them; its whole subtree is listed).
 * Endpoint: `@cchc/contract/endpoints/Audit`.
 */
import * as Audit from "@cchc/contract/endpoints/Audit";
import { AuditLog } from "@cchc/db/audit/AuditLog";
import { OrgUnitRepo } from "@cchc/db/org-units/OrgUnitRepo";
import { Effect } from "effect";
import { reachableUnits } from "../auth/AccessControl.js";
import { handle } from "../http/Route.js";

/** Audit routes. */
export const auditRoutes = [
  handle(Audit.listAudit, ({ query }) =>
    Effect.gen(function* () {
      const reach = yield* reachableUnits("approve");
      const asked =
        query.unit === undefined
          ? undefined
          : (yield* Effect.flatMap(OrgUnitRepo, (r) => r.subtree(query.unit as string))).map((u) => u.code);
      const units = asked ?? (reach === "*" ? undefined : reach);
      // A date without a time means the whole day in Vietnam.
      const bound = (s: string | undefined, end: boolean) =>
        s === undefined
          ? undefined
          : /^\d{4}-\d{2}-\d{2}$/.test(s)
            ? new Date(`${s}T${end ? "23:59:59.999" : "00:00:00"}+07:00`)
            : new Date(s);
      const items = yield* Effect.flatMap(AuditLog, (a) =>
        a.list({
          ...(units === undefined ? {} : { units }),
          ...(query.entity === undefined ? {} : { entity: query.entity }),
          ...(query.entityId === undefined ? {} : { entityId: query.entityId }),
          ...(query.from === undefined ? {} : { from: bound(query.from, false) as Date }),
          ...(query.to === undefined ? {} : { to: bound(query.to, true) as Date }),
          ...(query.limit === undefined ? {} : { limit: query.limit }),
        }),
      );
      return { items: items.map((r) => ({ ...r, at: r.at.toISOString() })) };
    }),
  ),
];
