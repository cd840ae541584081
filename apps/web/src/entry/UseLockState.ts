/**
 * The lock state of the unit's data of the period for the person signed in (`lockStateOf`), kept
 * up to date with the language, the person's grants and the report's workflow state.
 */
import { type Accessor, createMemo } from "solid-js";
import type { WorkflowBody } from "../api/Answers";
import { useApp } from "../shell/AppContext";
import { useAccess } from "../shell/Session";
import { type LockState, lockStateOf } from "./LockState";

/** The reactive lock state, from the report's workflow state (null or undefined: not known). */
export const useLockState = (workflow: () => WorkflowBody | null | undefined): Accessor<LockState> => {
  const { t } = useApp();
  const access = useAccess();
  return createMemo(() => lockStateOf(t(), access.can("write-values"), workflow() ?? null));
};
