/**
 * An in-app link: a real `<a href>` (so it opens in a new tab and can be copied) whose plain
 * click goes through the router, and so through its unsaved-changes guard.
 */
import { type JSX, splitProps } from "solid-js";
import type { Place } from "../router/Router";
import { useApp } from "./AppContext";

/** Props of `Link`. */
export interface LinkProps extends Omit<JSX.AnchorHTMLAttributes<HTMLAnchorElement>, "href" | "onClick"> {
  readonly to: Partial<Place>;
}

/** A link to a place of the app. */
export const Link = (props: LinkProps): JSX.Element => {
  const { router } = useApp();
  const [own, rest] = splitProps(props, ["to", "children"]);
  return (
    <a
      {...rest}
      href={router.href(own.to)}
      onClick={(e) => {
        if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        router.go(own.to);
        if (own.to.focus) queueMicrotask(() => document.getElementById(own.to.focus ?? "")?.scrollIntoView?.({ block: "center" }));
      }}
    >
      {own.children}
    </a>
  );
};
