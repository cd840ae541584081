/**
 * "Quản trị" (`/quan-tri`), for administrators of a subtree: the users of their subtrees with
 * roles by unit (shown by name), creating a user, granting and revoking roles, disabling and
 * enabling an account, and resetting a password to a one-time one — which, like a new user's, is
 * shown once. The menu offers the screen to administrators only; the API stays the judge.
 */
import { type Role, roleLabelVi } from "@cchc/domain/access/Role";
import type { OrgUnit } from "@cchc/domain/OrgUnit";
import { createMemo, createResource, createSignal, For, type JSX, Show } from "solid-js";
import type { UserBody } from "../api/Answers";
import { useApp } from "../shell/AppContext";
import { useSession } from "../shell/Session";
import { DataTable } from "../ui/DataTable";
import { ErrorNotice, messageOf } from "../ui/ErrorNotice";
import { TableHead } from "../ui/TableHead";
import { UnitSelect } from "../ui/UnitSelect";
import { offeredRoles, UserCreateForm } from "./UserCreateForm";

/** The administration screen. */
const AdminScreen = (): JSX.Element => {
  const { api, t } = useApp();
  const session = useSession();
  const adminUnits = createMemo(() => (session?.user()?.grants ?? []).filter((g) => g.role === "admin").map((g) => g.unit));
  // null: administrator of every unit (or no session information: the API answers for itself)
  const roots = () => (session === undefined || adminUnits().includes("*") ? null : adminUnits());
  const isAdmin = () => session === undefined || adminUnits().length > 0;
  const [users, { refetch, mutate }] = createResource(isAdmin, () => api.users());
  const [units] = createResource(() =>
    api.units().then(
      (l) => l.items,
      () => [] as ReadonlyArray<OrgUnit>,
    ),
  );
  const unitName = (code: string) => (code === "*" ? t().everyUnit : (units()?.find((u) => u.code === code)?.name ?? code));
  const [notice, setNotice] = createSignal<{ readonly text: string; readonly password?: string; readonly error?: boolean } | null>(null);
  const [grantUser, setGrantUser] = createSignal("");
  const [grantRole, setGrantRole] = createSignal<Role>("editor");
  const [grantUnit, setGrantUnit] = createSignal("");
  const replace = (u: UserBody) => mutate((cur) => cur?.map((x) => (x.id === u.id ? u : x)));
  const act = async (run: () => Promise<{ readonly text: string; readonly password?: string }>) => {
    setNotice(null);
    try {
      setNotice(await run());
    } catch (err) {
      setNotice({ text: messageOf(t(), err), error: true });
    }
  };
  const toggle = (u: UserBody) =>
    act(async () => {
      const r = await api.setDisabled(u.username, !u.disabled);
      replace(r.user);
      return { text: r.user.disabled ? t().userDisabledDone(u.username) : t().userEnabledDone(u.username) };
    });
  const reset = (u: UserBody) =>
    act(async () => {
      if (!window.confirm(t().userResetConfirm(u.username))) return { text: "" };
      const r = await api.resetPassword(u.username);
      replace(r.user);
      return { text: t().oneTimePassword(u.username), password: r.oneTimePassword };
    });
  const revoke = (u: UserBody, role: Role, unit: string) =>
    act(async () => {
      replace(await api.revokeRole(u.username, { role, unit }));
      return { text: t().roleRevoked };
    });
  const grant = (e: Event) => {
    e.preventDefault();
    if (grantUser() === "" || grantUnit() === "") {
      setNotice({ text: t().unitMissing, error: true });
      return;
    }
    void act(async () => {
      replace(await api.grantRole(grantUser(), { role: grantRole(), unit: grantUnit() }));
      return { text: t().roleGranted };
    });
  };
  return (
    <article class="screen" aria-labelledby="admin-title">
      <h1 id="admin-title">{t().adminTitle}</h1>
      <Show when={isAdmin()} fallback={<p class="notice notice-info">{t().adminNoRight}</p>}>
        <Show when={notice()?.text}>
          <div class={notice()?.error ? "notice notice-error" : "notice notice-ok"} role="status" data-testid="admin-notice">
            <p>{notice()?.text}</p>
            <Show when={notice()?.password}>{(pw) => <code data-testid="one-time-password">{pw()}</code>}</Show>
          </div>
        </Show>
        <UserCreateForm
          roots={roots()}
          onCreated={(u, pw) => {
            mutate((cur) => [...(cur ?? []), u]);
            setNotice({
              text: `${t().userCreated(u.username)} ${pw ? t().oneTimePassword(u.username) : ""}`,
              ...(pw ? { password: pw } : {}),
            });
          }}
        />
        <form class="panel task-edit" onSubmit={grant} aria-labelledby="role-grant-title">
          <h2 id="role-grant-title">{t().roleGrant}</h2>
          <label class="field">
            <span class="field-label">{t().userName}</span>
            <select onChange={(e) => setGrantUser(e.currentTarget.value)}>
              <option value="">—</option>
              <For each={users() ?? []}>{(u) => <option value={u.username}>{`${u.displayName} (${u.username})`}</option>}</For>
            </select>
          </label>
          <label class="field">
            <span class="field-label">{t().roleRole}</span>
            <select onChange={(e) => setGrantRole(e.currentTarget.value as Role)}>
              <For each={offeredRoles}>{(r) => <option value={r}>{roleLabelVi[r]}</option>}</For>
            </select>
          </label>
          <UnitSelect label={t().roleUnit} roots={roots()} value={grantUnit()} onChange={setGrantUnit} placeholder={t().chooseUnit} />
          <button type="submit" class="button">
            {t().roleGrant}
          </button>
        </form>
        <section class="panel" aria-labelledby="users-title">
          <h2 id="users-title">{t().usersTitle}</h2>
          <Show when={!users.error} fallback={<ErrorNotice error={users.error} onRetry={refetch} />}>
            <Show when={(users() ?? []).length > 0} fallback={<p class="muted">{users.loading ? t().loading : t().noUsers}</p>}>
              <DataTable
                class="doc-table"
                head={
                  <TableHead
                    columns={[
                      t().userName,
                      t().userDisplayName,
                      t().userRoles,
                      t().userState,
                      <span class="visually-hidden">{t().userState}</span>,
                    ]}
                  />
                }
                rows={users()}
              >
                {(u) => (
                  <tr data-username={u.username}>
                    <td>{u.username}</td>
                    <td>{u.displayName}</td>
                    <td>
                      <ul class="history-list">
                        <For each={u.grants}>
                          {(g) => (
                            <li>
                              {`${roleLabelVi[g.role]} — ${unitName(g.unit)}`}{" "}
                              <button
                                type="button"
                                class="button button-small button-quiet"
                                aria-label={t().roleRevoke(roleLabelVi[g.role], unitName(g.unit))}
                                onClick={() => void revoke(u, g.role, g.unit)}
                              >
                                ×
                              </button>
                            </li>
                          )}
                        </For>
                      </ul>
                    </td>
                    <td>
                      {u.disabled ? t().userDisabled : t().userActive}
                      {u.mustChangePassword ? ` (${t().userMustChange})` : ""}
                    </td>
                    <td>
                      <div class="button-row">
                        <button type="button" class="button button-small" onClick={() => void toggle(u)}>
                          {u.disabled ? t().userEnable : t().userDisable}
                        </button>
                        <button type="button" class="button button-small button-quiet" onClick={() => void reset(u)}>
                          {t().userReset}
                        </button>
                      </div>
                    </td>
                  </tr>
                )}
              </DataTable>
            </Show>
          </Show>
        </section>
      </Show>
    </article>
  );
};

export default AdminScreen;
