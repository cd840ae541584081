/**
 * The signed-in person as screens need it: their grants over the unit tree, so that a screen shows
 * only the actions the API would allow (`can`), and the units they start from (`homes`). Outside
 * a session (tests of one screen, a server without accounts) everything is shown and the API
 * answers for itself.
 */
import type { Action } from "@cchc/domain/access/Role";
import type { OrgUnit } from "@cchc/domain/OrgUnit";
import { type Accessor, createContext, type JSX, useContext } from "solid-js";
import type { SessionBody } from "../api/Answers";
import { allows, homeUnits } from "./Access";
import { useApp } from "./AppContext";

/** What the session provides. */
export interface SessionInfo {
  readonly user: Accessor<SessionBody["user"] | null>;
  readonly units: Accessor<ReadonlyArray<OrgUnit>>;
}

const Context = createContext<SessionInfo>();

/** Props of `SessionProvider`. */
export interface SessionProviderProps extends SessionInfo {
  readonly children: JSX.Element;
}

/** Provides the signed-in person to the screens. */
export const SessionProvider = (props: SessionProviderProps): JSX.Element => (
  <Context.Provider value={{ user: props.user, units: props.units }}>{props.children}</Context.Provider>
);

/** What the person may do. */
export interface AccessView {
  /** Whether the person may do `action` on `unit` (default: the unit of the view). */
  readonly can: (action: Action, unit?: string) => boolean;
  /** The highest units of the person's grants. */
  readonly homes: () => ReadonlyArray<string>;
  /** Whether grants are known (false: no session information, everything is shown). */
  readonly known: () => boolean;
}

/** The access of the signed-in person, reactive. */
export const useAccess = (): AccessView => {
  const { router } = useApp();
  const session = useContext(Context);
  const grants = () => session?.user()?.grants;
  return {
    known: () => grants() !== undefined,
    can: (action, unit) => {
      const g = grants();
      if (!session || g === undefined) return true;
      return allows(g, session.units(), action, unit ?? router.place().unit);
    },
    homes: () => {
      const g = grants();
      return session && g ? homeUnits(g, session.units()) : [];
    },
  };
};

/** The signed-in person's session, or undefined outside one. */
export const useSession = (): SessionInfo | undefined => useContext(Context);
