import type * as LocalDate from "@cchc/domain/LocalDate";
import { describe, expect, it } from "vitest";
import * as Deadline from "../../src/deadlines/Deadline.js";
import { assessedYear, type ParAssessmentInput, parIndexSteps, selfAssessmentDue } from "../../src/deadlines/ParIndexSteps.js";

const d = (s: string) => s as LocalDate.LocalDate;

/** The steps of DT.SNV for one assessment of framework `DT-SO-<year>`, steps given as [command, day]. */
const stepsOf = (
  year: number,
  state: ParAssessmentInput["state"],
  steps: ReadonlyArray<readonly [ParAssessmentInput["steps"][number]["command"], string]>,
) => parIndexSteps("DT.SNV", [{ framework: `DT-SO-${year}`, year, state, steps: steps.map(([command, on]) => ({ command, on: d(on) })) }]);

describe("PAR Index steps as deadlines", () => {
  it("makes the self-assessment of year Y due on 15/01 of Y+1, moved to a working day", () => {
    expect(selfAssessmentDue(2021)).toBe("2022-01-17"); // 15/01/2022 is a Saturday
    expect(selfAssessmentDue(2022)).toBe("2023-01-16"); // a Sunday
    expect(selfAssessmentDue(2023)).toBe("2024-01-15"); // a Monday
    expect(assessedYear([2021, 2022])).toBe(2022);
    expect(assessedYear([])).toBeUndefined();
  });

  it("gives a draft only the submission, open and overdue after its day", () => {
    const [submit, ...rest] = stepsOf(2022, "draft", []);
    expect(rest).toEqual([]);
    expect(submit).toMatchObject({
      id: "par-index:DT-SO-2022:DT.SNV:submit",
      kind: "par-index",
      dueOn: "2023-01-16",
      doneOn: null,
      roles: ["editor"],
      link: "/chi-so?unit=DT.SNV&period=2022-Y",
    });
    expect(Deadline.stateOf(submit as Deadline.Deadline, d("2023-01-17"))).toBe("overdue");
  });

  it("keeps the first submission as done after a return, and opens the appraisal from the last submission", () => {
    const list = stepsOf(2022, "submitted", [
      ["submit", "2023-01-10"],
      ["return", "2023-01-20"],
      ["submit", "2023-02-10"],
    ]);
    expect(list.map((x) => [x.id, x.dueOn, x.doneOn, x.roles])).toEqual([
      ["par-index:DT-SO-2022:DT.SNV:submit", "2023-01-16", "2023-01-10", ["editor"]],
      ["par-index:DT-SO-2022:DT.SNV:appraise", "2023-03-10", null, ["approver"]],
    ]);
  });

  it("counts the appraisal from the submission deadline when submitted early, done on the last appraisal", () => {
    const list = stepsOf(2021, "published", [
      ["submit", "2022-01-05"],
      ["appraise", "2022-02-01"],
      ["publish", "2022-02-05"],
    ]);
    // 20 working days after 17/01/2022, across the Tết holiday (31/01–04/02/2022)
    expect(list[1]).toMatchObject({ dueOn: "2022-02-21", doneOn: "2022-02-01" });
  });
});
