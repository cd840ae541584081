/**
 * The data window of the period in the URL as the API answers it (`GET /periods/{code}`), written
 * as the report states it: "6 tháng đầu năm 2022 (15/12/2021 – 14/6/2022)". While the answer is on
 * its way — or when the server has no such route — the domain's `Period.window` stands in (it is the
 * function the API uses, so the text does not jump); any other failure is said instead of a window.
 */
import { type Accessor, createMemo, createResource } from "solid-js";
import { isMissingRoute } from "../api/Http";
import { messageOf } from "../ui/ErrorNotice";
import { useApp } from "./AppContext";
import { periodText, windowText } from "./PeriodText";

/** What the period line shows: the window's text, where it comes from, or why it is missing. */
export interface PeriodLine {
  readonly text: string;
  readonly source: "api" | "domain" | "error";
}

/** The current period's window line, reactive: the API's answer once it came. */
export const usePeriodLine = (): Accessor<PeriodLine> => {
  const { api, router, t } = useApp();
  const [answer] = createResource(
    () => router.place().period,
    (code) => api.period(code),
  );
  return createMemo((): PeriodLine => {
    const { period, lang } = router.place();
    // the answer for the period shown, not one for the period just left
    const w = answer.state === "ready" ? answer() : undefined;
    if (w && w.code === period) return { text: windowText(w, lang), source: "api" };
    if (answer.state === "errored" && !isMissingRoute(answer.error))
      return { text: `${period}: ${messageOf(t(), answer.error)}`, source: "error" };
    return { text: periodText(period, lang), source: "domain" };
  });
};
