/**
 * The PAR Index (Chỉ số cải cách hành chính) steps of a unit as deadlines: the unit's
 * self-assessment to submit for appraisal, and — once submitted — its appraisal by the council
 * above. The frameworks carry no dates, so CCHC applies the defaults of ADR 0024: the
 * self-assessment of year Y is due on 15 January of Y+1 (moved to a working day), the appraisal
 * `PAR_APPRAISAL_WORKING_DAYS` working days after the later of that day and the submission.
 */
import * as Calendar from "../Calendar.js";
import type * as LocalDate from "../LocalDate.js";
import type { Deadline } from "./Deadline.js";

/** Month and day of year Y+1 by which a unit submits its self-assessment of year Y. */
export const PAR_SELF_ASSESSMENT_DUE = "01-15";

/** Working days the appraisal council has after the self-assessment is due (or submitted, if later). */
export const PAR_APPRAISAL_WORKING_DAYS = 20;

/** A framework that assesses the unit, with the unit's assessment under it as far as it went. */
export interface ParAssessmentInput {
  readonly framework: string;
  /** The assessed year (the last of the framework's years). */
  readonly year: number;
  /** Workflow state; "draft" for a unit that never wrote. */
  readonly state: "draft" | "submitted" | "appraised" | "published";
  /** The steps taken, oldest first, with their day (Vietnam time). */
  readonly steps: ReadonlyArray<{ readonly command: "submit" | "return" | "appraise" | "publish"; readonly on: LocalDate.LocalDate }>;
}

/** The day the self-assessment of a year is due. */
export const selfAssessmentDue = (year: number, cal: Calendar.HolidayCalendar = Calendar.vietnam): LocalDate.LocalDate =>
  Calendar.nextWorkingDayFrom(`${year + 1}-${PAR_SELF_ASSESSMENT_DUE}` as LocalDate.LocalDate, cal);

const link = (unit: string, year: number) => `/chi-so?unit=${encodeURIComponent(unit)}&period=${encodeURIComponent(`${year}-Y`)}`;

/**
 * The PAR Index deadlines of a unit: per assessment, the self-assessment submission (done on the
 * first submission, as reports are) and, when the assessment is submitted or further, its
 * appraisal (done on the last appraisal while the assessment is appraised or published).
 */
export const parIndexSteps = (
  unit: string,
  assessments: ReadonlyArray<ParAssessmentInput>,
  cal: Calendar.HolidayCalendar = Calendar.vietnam,
): ReadonlyArray<Deadline> =>
  assessments.flatMap((a): Deadline[] => {
    const due = selfAssessmentDue(a.year, cal);
    const submittedOn = a.steps.find((s) => s.command === "submit")?.on ?? null;
    const submit: Deadline = {
      id: `par-index:${a.framework}:${unit}:submit`,
      unit,
      kind: "par-index",
      title: `Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm ${a.year} (${a.framework}) và gửi thẩm định`,
      dueOn: due,
      doneOn: submittedOn,
      roles: ["editor"],
      link: link(unit, a.year),
    };
    if (a.state === "draft" || submittedOn === null) return [submit];
    const lastSubmit = a.steps.filter((s) => s.command === "submit").at(-1)?.on ?? submittedOn;
    const appraisedOn =
      a.state === "appraised" || a.state === "published" ? (a.steps.filter((s) => s.command === "appraise").at(-1)?.on ?? null) : null;
    return [
      submit,
      {
        id: `par-index:${a.framework}:${unit}:appraise`,
        unit,
        kind: "par-index",
        title: `Thẩm định Chỉ số cải cách hành chính năm ${a.year} (${a.framework}) của đơn vị`,
        dueOn: Calendar.addWorkingDays([due, lastSubmit].sort().at(-1) ?? due, PAR_APPRAISAL_WORKING_DAYS, cal),
        doneOn: appraisedOn,
        roles: ["approver"],
        link: link(unit, a.year),
      },
    ];
  });

/** The year a framework assesses: the last of its years. */
export const assessedYear = (years: ReadonlyArray<number>): number | undefined => (years.length === 0 ? undefined : Math.max(...years));
