/**
 * A period written with its window, computed by the domain's `Period.window` (the function the
 * API uses): for titles, and for the period line while the API's answer is on its way.
 */

import type { PeriodWindow } from "@cchc/domain/Period";
import * as Period from "@cchc/domain/Period";
import * as VnDate from "@cchc/domain/VnDate";
import { Either } from "effect";

/** A window written for people: its label and dates. */
export const windowText = (w: Pick<PeriodWindow, "label" | "labelEn" | "start" | "end">, lang: "vi" | "en" = "vi"): string =>
  `${lang === "en" ? w.labelEn : w.label} (${VnDate.formatWindow(w.start, w.end)})`;

/** The label of a period with its window, or the code when it is not valid. */
export const periodText = (code: string, lang: "vi" | "en" = "vi"): string =>
  Either.match(Period.window(code), {
    onLeft: () => code,
    onRight: (w) => windowText(w, lang),
  });
