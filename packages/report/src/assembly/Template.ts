/**
 * A report template is data: an outline of sections (numbering is computed, never typed) whose
 * blocks are sentences with placeholders, narrative slots and generated lists and tables.
 *
 * Placeholders, inside `{…}`:
 * - `{tthc.hoso.tiepnhan@province}` — an indicator value of the province (`@unit`, the default, is
 *   the report's unit); `{tthc.hoso.tiepnhanmoi[channel=online]@province}` a disaggregated value;
 *   a rate indicator of the catalogue is computed from its definition; `|02` pads a number below
 *   10 with a zero ("07 quyết định"), `|bare` drops "đồng" from money.
 * - `{period.label}` "6 tháng đầu năm 2022", `{period.labelInline}` (lower-case first letter,
 *   "quý I năm 2022"), `{period.start}`, `{period.end}` ("15/12/2021"), `{period.year}`,
 *   `{period.next}` (the next reporting period, "quý III năm 2022"), `{figures.asOf}`,
 *   `{unit.name}`, `{province.name}`.
 */
import { AreaCode } from "@cchc/domain/Area";
import { Schema } from "effect";
import { NarrativeSection } from "./ReportInput.js";

/** A sentence with placeholders (its "- "/"+ " marker is part of the text). */
export const TextBlock = Schema.Struct({
  kind: Schema.Literal("text"),
  text: Schema.String,
  /** Only for periods that start before this day ("YYYY-MM-DD"), e.g. district figures before 2025-07-01. */
  until: Schema.optional(Schema.String),
  /** Only for periods that start on or after this day (figures without the district level from 2025-07-01). */
  from: Schema.optional(Schema.String),
});

/** The paragraphs the author wrote for a section; `lead` is put before the first one. */
export const NarrativeBlock = Schema.Struct({
  kind: Schema.Literal("narrative"),
  section: NarrativeSection,
  lead: Schema.optional(Schema.String),
  /** Put after the first paragraph when there is a lead ("- … (Dự án: " + name + "):"). */
  trail: Schema.optional(Schema.String),
  /** Number the paragraphs "1. ", "2. "… (directions for the next period). */
  numbered: Schema.optional(Schema.Boolean),
  /** Whether a missing narrative is worth a warning (default true). */
  required: Schema.optional(Schema.Boolean),
});

/** An unnumbered bold line. */
export const SubheadingBlock = Schema.Struct({ kind: Schema.Literal("subheading"), text: Schema.String });

/** The documents issued in the period (by the unit, the province or anyone), optionally of one area. */
export const DocumentsBlock = Schema.Struct({
  kind: Schema.Literal("documents"),
  lead: Schema.String,
  issuer: Schema.Literal("unit", "province", "any"),
  area: Schema.optional(AreaCode),
});

/** Progress of the unit's reform plan, computed from its tasks. */
export const PlanProgressBlock = Schema.Struct({ kind: Schema.Literal("plan-progress"), lead: Schema.String });

/** Tasks assigned by the government or the province, as counts. */
export const AssignedTasksBlock = Schema.Struct({
  kind: Schema.Literal("assigned-tasks"),
  lead: Schema.String,
  source: Schema.Literal("government", "province"),
});

/** The inspections held in the period. */
export const InspectionsBlock = Schema.Struct({ kind: Schema.Literal("inspections"), lead: Schema.String });

/** Activities of one kind; for training, the people counted are checked against `checkIndicator`. */
export const ActivitiesBlock = Schema.Struct({
  kind: Schema.Literal("activities"),
  lead: Schema.String,
  activity: Schema.Literal("training", "model", "it", "communication"),
  checkIndicator: Schema.optional(Schema.String),
});

/** Appendix tables: the figures by area, the computed rates with formulas, the plan's tasks. */
export const TableBlock = Schema.Struct({
  kind: Schema.Literal("figures-table", "rates-table", "tasks-table"),
  caption: Schema.String,
});

/** Any block of a template section. */
export const TemplateBlock = Schema.Union(
  TextBlock,
  NarrativeBlock,
  SubheadingBlock,
  DocumentsBlock,
  PlanProgressBlock,
  AssignedTasksBlock,
  InspectionsBlock,
  ActivitiesBlock,
  TableBlock,
);
export type TemplateBlock = typeof TemplateBlock.Type;

/** A section of the outline; `numbered: false` sections get no number and do not count. */
export interface TemplateSection {
  readonly id: string;
  readonly title: string;
  readonly numbered?: boolean | undefined;
  /** Leave the section out when none of its blocks produced content (numbers close up). */
  readonly omitWhenEmpty?: boolean | undefined;
  readonly blocks: ReadonlyArray<TemplateBlock>;
  readonly children?: ReadonlyArray<TemplateSection> | undefined;
}

/** Schema of a template section (recursive). */
export const TemplateSection: Schema.Schema<TemplateSection> = Schema.Struct({
  id: Schema.String,
  title: Schema.String,
  numbered: Schema.optional(Schema.Boolean),
  omitWhenEmpty: Schema.optional(Schema.Boolean),
  blocks: Schema.Array(TemplateBlock),
  children: Schema.optional(Schema.Array(Schema.suspend((): Schema.Schema<TemplateSection> => TemplateSection))),
});

/** A whole template: its summary line, body outline and appendix. */
export const Template = Schema.Struct({
  id: Schema.String,
  name: Schema.String,
  summary: Schema.String,
  sections: Schema.Array(TemplateSection),
  appendixTitle: Schema.String,
  appendix: Schema.Array(TemplateSection),
}).annotations({ identifier: "ReportTemplate" });
export type Template = typeof Template.Type;
