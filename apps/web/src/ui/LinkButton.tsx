/** A button that looks like a link: the small action beside an item of a list (revoke, mark read). */
import type { JSX } from "solid-js";

/** Props of `LinkButton`. */
export interface LinkButtonProps {
  readonly onClick: () => void;
  readonly children: JSX.Element;
}

/** A `<button class="link-button">`. */
export const LinkButton = (props: LinkButtonProps): JSX.Element => (
  <button type="button" class="link-button" onClick={() => props.onClick()}>
    {props.children}
  </button>
);
