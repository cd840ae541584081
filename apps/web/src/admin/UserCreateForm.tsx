/**
 * "Tạo người dùng": username, full name and a first role on a unit of the administrator's
 * subtrees (chosen by name). The API gives the new account a one-time password, handed to the
 * screen to show once.
 */
import { type Role, roleLabelVi } from "@cchc/domain/access/Role";
import { createSignal, For, type JSX } from "solid-js";
import type { UserBody } from "../api/Answers";
import { useApp } from "../shell/AppContext";
import { messageOf } from "../ui/ErrorNotice";
import { InlineSubmit } from "../ui/InlineSubmit";
import { UnitSelect } from "../ui/UnitSelect";

/** Roles offered, most common first. */
export const offeredRoles: ReadonlyArray<Role> = ["editor", "approver", "viewer", "admin"];

/** Props of `UserCreateForm`. */
export interface UserCreateFormProps {
  /** The units the administrator may give roles on (null: every unit). */
  readonly roots: ReadonlyArray<string> | null;
  readonly onCreated: (user: UserBody, oneTimePassword: string | null) => void;
}

/** The form creating a user. */
export const UserCreateForm = (props: UserCreateFormProps): JSX.Element => {
  const { api, t } = useApp();
  const [username, setUsername] = createSignal("");
  const [displayName, setDisplayName] = createSignal("");
  const [role, setRole] = createSignal<Role>("editor");
  const [unit, setUnit] = createSignal("");
  const [state, setState] = createSignal({ busy: false, message: "" });
  const create = async (e: Event) => {
    e.preventDefault();
    if (unit() === "") {
      setState({ busy: false, message: t().unitMissing });
      return;
    }
    setState({ busy: true, message: "" });
    try {
      const made = await api.createUser({
        username: username().trim(),
        displayName: displayName().trim(),
        grants: [{ role: role(), unit: unit() }],
      });
      setState({ busy: false, message: "" });
      setUsername("");
      setDisplayName("");
      props.onCreated(made.user, made.oneTimePassword);
    } catch (err) {
      setState({ busy: false, message: messageOf(t(), err) });
    }
  };
  return (
    <form class="panel task-edit" onSubmit={create} aria-labelledby="user-create-title">
      <h2 id="user-create-title">{t().userCreateTitle}</h2>
      <label class="field">
        <span class="field-label">{t().userName}</span>
        <input value={username()} onInput={(e) => setUsername(e.currentTarget.value)} autocomplete="off" />
      </label>
      <label class="field field-wide">
        <span class="field-label">{t().userDisplayName}</span>
        <input value={displayName()} onInput={(e) => setDisplayName(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span class="field-label">{t().roleRole}</span>
        <select onChange={(e) => setRole(e.currentTarget.value as Role)}>
          <For each={offeredRoles}>
            {(r) => (
              <option value={r} selected={r === role()}>
                {roleLabelVi[r]}
              </option>
            )}
          </For>
        </select>
      </label>
      <UnitSelect label={t().roleUnit} roots={props.roots} value={unit()} onChange={setUnit} placeholder={t().chooseUnit} />
      <InlineSubmit busy={state().busy} problem={state().message}>
        {t().userCreate}
      </InlineSubmit>
    </form>
  );
};
