/**
 * An API failure said to a person: the API's own Vietnamese message, what to do about it, and
 * the stable code to quote to an administrator. A route the server does not have yet reads as
 * "chưa có" rather than as an error.
 */
import { type JSX, Show } from "solid-js";
import { ApiFailure, isMissingRoute } from "../api/Http";
import type { Dictionary } from "../i18n/Dictionary";
import { useApp } from "../shell/AppContext";

/** The hint for a failure: what the person can do next. */
export const hintOf = (t: Dictionary, e: unknown): string => {
  if (!(e instanceof ApiFailure)) return t.hintServer;
  if (e.code === "NETWORK") return t.hintNetwork;
  if (e.code === "CONTRACT_MISMATCH") return t.hintContractMismatch;
  if (isMissingRoute(e)) return t.notAvailableHint;
  if (e.code === "SIGN_IN_FAILED") return t.hintSignIn;
  if (e.status === 429) return t.hintThrottled;
  if (e.status === 400 || e.status === 422) return t.hintRequestInvalid;
  if (e.status === 401) return t.hintUnauthorized;
  if (e.status === 403) return t.hintForbidden;
  if (e.status === 404) return t.hintNotFound;
  if (e.code === "DOCUMENT_IN_USE") return t.hintDocumentInUse;
  if (e.status === 409) return t.hintConflict;
  return t.hintServer;
};

/** The message of a failure: the API's message, or the network text. */
export const messageOf = (t: Dictionary, e: unknown): string => {
  if (e instanceof ApiFailure) {
    if (e.code === "NETWORK") return t.errorNetwork;
    if (isMissingRoute(e)) return t.notAvailable;
    return e.message;
  }
  return e instanceof Error ? e.message : String(e);
};

/** Props of `ErrorNotice`. */
export interface ErrorNoticeProps {
  readonly error: unknown;
  /** What could not be done, when the notice stands beside other content ("Không đọc được nhiệm vụ…"). */
  readonly title?: string;
  readonly onRetry?: () => void;
}

/** Shows a failure with its hint and, when given, a retry button. */
export const ErrorNotice = (props: ErrorNoticeProps): JSX.Element => {
  const { t } = useApp();
  const missing = () => isMissingRoute(props.error);
  return (
    <div class={missing() ? "notice notice-missing" : "notice notice-error"} role={missing() ? "status" : "alert"}>
      <Show when={props.title}>{(title) => <p class="notice-title">{title()}</p>}</Show>
      <p classList={{ "notice-title": !props.title }}>{messageOf(t(), props.error)}</p>
      <p>{hintOf(t(), props.error)}</p>
      <Show when={props.error instanceof ApiFailure && !missing() ? props.error.code : undefined}>
        {(code) => <p class="muted">{t().errorCode(code())}</p>}
      </Show>
      <Show when={props.onRetry}>
        {(retry) => (
          <button type="button" class="button" onClick={() => retry()()}>
            {t().retry}
          </button>
        )}
      </Show>
    </div>
  );
};
