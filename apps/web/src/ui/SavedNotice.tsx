/** The notice confirming that something was done ("Đã lưu…"), shown while there is a message. */
import { type JSX, Show } from "solid-js";

/** Shows `message` as a success status; nothing when it is empty. */
export const SavedNotice = (props: { readonly message: string }): JSX.Element => (
  <Show when={props.message}>
    <p class="notice notice-ok" role="status">
      {props.message}
    </p>
  </Show>
);
