/**
 * How a written value is told in an answer: what was there, what is stored now (with its version)
 * and whether it changed. The value routes and the dossier routes that write values answer alike.
 */
import type { WriteResult } from "@cchc/db/values/ValueRepo";

/** The answer's line for one written value. */
export const valueChange = (r: WriteResult) => ({
  indicator: r.indicator,
  disaggregation: r.disaggregation,
  old: r.old,
  new: { value: r.stored.value, version: r.stored.version },
  changed: r.changed,
});
