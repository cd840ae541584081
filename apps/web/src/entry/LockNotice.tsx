/**
 * The banner saying why the unit's data of the period cannot (or can only partly) be changed:
 * "Kỳ đã được phê duyệt ngày … bởi …", a viewer's read-only note… Shown once the screen's data
 * loaded and only when the lock state has a reason.
 */
import { type JSX, Show } from "solid-js";
import type { LockState } from "./LockState";

/** Props of `LockNotice`. */
export interface LockNoticeProps {
  readonly lock: LockState;
  /** Whether the screen's data loaded (before, the lock state is not known). */
  readonly loaded: boolean;
}

/** The lock banner. */
export const LockNotice = (props: LockNoticeProps): JSX.Element => (
  <Show when={props.loaded && props.lock.reason}>
    <p
      class="notice"
      classList={{ "notice-locked": props.lock.readOnly }}
      role="status"
      data-lock={props.lock.readOnly ? "locked" : "open"}
    >
      {props.lock.reason}
    </p>
  </Show>
);
