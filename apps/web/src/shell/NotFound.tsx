/**
 * The page of an unknown path: says so (rather than showing the dashboard as if the link were
 * right) and offers the way back.
 */
import type { JSX } from "solid-js";
import { useApp } from "./AppContext";
import { Link } from "./Link";

/** The "không tìm thấy" page. */
export const NotFound = (): JSX.Element => {
  const { t } = useApp();
  return (
    <article class="screen" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t().notFoundTitle}</h1>
      <p>{t().notFoundText(typeof location === "undefined" ? "" : location.pathname)}</p>
      <p>
        <Link to={{ screen: "dashboard" }}>{t().notFoundBack}</Link>
      </p>
    </article>
  );
};
