/**
 * Where a validation finding is fixed: the record that causes it. A figure rule points at its
 * first figure in data entry; a stated rate (claim) at the claim in data entry, with the rate the
 * counts give, so that "dùng số tính được" can write it; a dated event at the inspection or
 * activity on "Hoạt động" or at the document in the register.
 */
import { keyText } from "@cchc/domain/indicators/Value";
import type { ValidationFinding } from "../api/Answers";
import type { Place } from "../router/Router";

/** A stated rate a finding names, with the rate computed from the counts (null when it cannot be). */
export interface ClaimRef {
  readonly rate: string;
  readonly disaggregation: string;
  readonly computed: number | null;
}

/** Where to go to fix a finding, and the claim it is about. */
export interface FindingTarget {
  readonly to: Partial<Place>;
  /** Which record: "figure", "claim", "inspection", "activity" or "document". */
  readonly record: "figure" | "claim" | "inspection" | "activity" | "document";
  readonly claim?: ClaimRef;
}

/** The element id of a stated rate's row in data entry. */
export const claimAnchor = (rate: string, disaggregation: string): string =>
  `claim-${keyText({ indicator: rate, disaggregation }).replace(/[^a-zA-Z0-9-]+/g, "_")}`;

const splitRef = (ref: string): { readonly indicator: string; readonly disaggregation: string } => {
  const m = /^([^[]+)(?:\[(.*)\])?$/.exec(ref);
  return { indicator: m?.[1] ?? ref, disaggregation: m?.[2] ?? "" };
};

/** The target of a finding; null when it names nothing to open. */
export const targetOf = (f: ValidationFinding): FindingTarget | null => {
  if (f.subject?.type === "rate") {
    const { indicator, disaggregation } = splitRef(f.subject.ref);
    return {
      record: "claim",
      to: { screen: "entry", focus: claimAnchor(indicator, disaggregation) },
      claim: { rate: indicator, disaggregation, computed: f.right },
    };
  }
  if (f.subject?.type === "event") {
    const [kind, id] = f.subject.ref.split(":");
    if (kind === "inspection") return { record: "inspection", to: { screen: "activities", focus: `inspection-${id}` } };
    if (kind === "activity") return { record: "activity", to: { screen: "activities", focus: `activity-${id}` } };
    if (kind === "document") return { record: "document", to: { screen: "documents", focus: `document-${id}` } };
    return null;
  }
  const first = f.values[0];
  return first ? { record: "figure", to: { screen: "entry", focus: first.indicator } } : null;
};
