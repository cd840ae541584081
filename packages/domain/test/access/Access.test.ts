import { Either } from "effect";
import { describe, expect, it } from "vitest";
import * as Access from "../../src/access/Access.js";
import { anonymous, type Principal } from "../../src/access/Principal.js";

const chains: Record<string, ReadonlyArray<string>> = {
  DT: ["DT"],
  "DT.VPUBND": ["DT.VPUBND", "DT"],
  "DT.VPUBND.HCQT": ["DT.VPUBND.HCQT", "DT.VPUBND", "DT"],
  "DT.SNV": ["DT.SNV", "DT"],
};
const at = (unit: string): Access.Target => ({ kind: "unit", unit, chain: chains[unit] ?? [unit] });
const user = (grants: Principal["grants"], extra: Partial<Principal> = {}): Principal => ({
  ...anonymous,
  via: "session",
  userId: "u1",
  username: "u",
  grants,
  ...extra,
});

describe("Access.decide", () => {
  it("lets a role act on its unit and the units under it, not beside or above", () => {
    const editor = user([{ role: "editor", unit: "DT.VPUBND" }]);
    expect(Access.allows(editor, "write-values", at("DT.VPUBND"))).toBe(true);
    expect(Access.allows(editor, "write-values", at("DT.VPUBND.HCQT"))).toBe(true);
    expect(Access.allows(editor, "write-values", at("DT.SNV"))).toBe(false);
    expect(Access.allows(editor, "read", at("DT"))).toBe(false);
    expect(Access.allows(editor, "approve", at("DT.VPUBND"))).toBe(false);
  });

  it("separates the roles' actions", () => {
    const on = (role: "admin" | "editor" | "approver" | "viewer") => user([{ role, unit: "DT" }]);
    expect(Access.allows(on("viewer"), "read", at("DT.SNV"))).toBe(true);
    expect(Access.allows(on("viewer"), "write-values", at("DT.SNV"))).toBe(false);
    expect(Access.allows(on("approver"), "approve", at("DT.SNV"))).toBe(true);
    expect(Access.allows(on("approver"), "write-values", at("DT.SNV"))).toBe(false);
    expect(Access.allows(on("editor"), "admin", at("DT"))).toBe(false);
    expect(Access.allows(on("admin"), "admin", at("DT.VPUBND.HCQT"))).toBe(true);
  });

  it("refuses anonymous callers with their own reason", () => {
    const e = Either.getLeft(Access.decide(anonymous, "read", at("DT")));
    expect(e._tag === "Some" && e.value.reason).toBe("unauthenticated");
  });

  it("narrows a token to its scopes and subtree", () => {
    const token = user([{ role: "admin", unit: "*" }], { via: "token", tokenId: "t", scopes: ["read"], tokenUnit: "DT.VPUBND" });
    expect(Access.allows(token, "read", at("DT.VPUBND.HCQT"))).toBe(true);
    expect(Access.allows(token, "read", at("DT.SNV"))).toBe(false);
    expect(Either.getLeft(Access.decide(token, "write-values", at("DT.VPUBND"))).pipe((o) => o._tag === "Some" && o.value.reason)).toBe(
      "token-scope",
    );
  });

  it("holds different roles on different subtrees", () => {
    const p = user([
      { role: "editor", unit: "DT.VPUBND" },
      { role: "viewer", unit: "DT.SNV" },
    ]);
    expect(Access.allows(p, "write-values", at("DT.VPUBND"))).toBe(true);
    expect(Access.allows(p, "write-values", at("DT.SNV"))).toBe(false);
    expect(Access.allows(p, "read", at("DT.SNV"))).toBe(true);
    expect(Access.subtreesFor(p, "read", (u) => chains[u] ?? [u])).toEqual(["DT.VPUBND", "DT.SNV"]);
    expect(Access.allows(p, "approve", { kind: "none" })).toBe(false);
  });

  it("lists the subtrees a token may reach", () => {
    const token = user([{ role: "viewer", unit: "DT" }], { via: "token", tokenId: "t", scopes: ["read"], tokenUnit: "DT.VPUBND" });
    expect(Access.subtreesFor(token, "read", (u) => chains[u] ?? [u])).toEqual(["DT.VPUBND"]);
    expect(Access.isGlobalAdmin(user([{ role: "admin", unit: "*" }]))).toBe(true);
    expect(Access.isGlobalAdmin(user([{ role: "admin", unit: "DT" }]))).toBe(false);
  });
});
