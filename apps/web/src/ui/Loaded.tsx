/**
 * What a screen shows of data it reads: the failure with "Thử lại" when reading failed, "Đang
 * tải…" while it loads, then the content made from the data.
 */
import { type Accessor, type JSX, type Resource, Show } from "solid-js";
import { useApp } from "../shell/AppContext";
import { ErrorNotice } from "./ErrorNotice";

/** Props of `Loaded`. */
export interface LoadedProps<T> {
  readonly resource: Resource<T>;
  readonly onRetry: () => void;
  readonly children: (value: Accessor<NonNullable<T>>) => JSX.Element;
}

/** The failure, the loading line, or the content of a resource. */
export const Loaded = <T,>(props: LoadedProps<T>): JSX.Element => {
  const { t } = useApp();
  return (
    <Show when={!props.resource.error} fallback={<ErrorNotice error={props.resource.error} onRetry={props.onRetry} />}>
      <Show when={props.resource()} fallback={<p class="muted">{t().loading}</p>}>
        {(value) => props.children(value)}
      </Show>
    </Show>
  );
};
