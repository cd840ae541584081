/**
 * The validation rules the form runs as you type: the server's catalogue rules. When the served
 * catalogue is the one shipped in the domain package (same year and version) its rules are used
 * directly; otherwise (an administrator changed the catalogue) they are read from the API, per
 * indicator, so the form never runs rules the server does not.
 */
import * as Catalogue from "@cchc/domain/indicators/Catalogue";
import type { Rule } from "@cchc/domain/validation/Rule";
import type { CatalogueBody } from "../api/Answers";
import type { Api } from "../api/Api";

/** The rules of the served catalogue. */
export const rulesOf = async (api: Api, catalogue: CatalogueBody): Promise<ReadonlyArray<Rule>> => {
  const shipped = Catalogue.shippedFor(catalogue.year);
  if (shipped && shipped.version === catalogue.version) return shipped.rules;
  const details = await Promise.all(catalogue.indicators.map((i) => api.indicatorRules(i.code, catalogue.year)));
  const byCode = new Map<string, Rule>();
  for (const d of details) for (const r of d.rules) byCode.set(r.code, r);
  return [...byCode.values()];
};
