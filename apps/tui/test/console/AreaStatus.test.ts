import * as LocalDate from "@cchc/domain/LocalDate";
import { describe, expect, it } from "vitest";
import type { TaskView } from "../../src/api/ApiClient.js";
import { areaStatuses, judgedOn, periodEndOf } from "../../src/console/AreaStatus.js";

const task = (id: number, deadline: string, status: TaskView["status"] = "in-progress"): TaskView => ({
  id,
  area: "direction",
  title: String(id),
  status,
  deadline: LocalDate.isLocalDate(deadline) ? deadline : null,
  progress: 50,
  startedOn: null,
  version: 1,
});

describe("tasks are judged on the period's last day, as in the web app", () => {
  it("uses the period's end once it has passed, today otherwise", async () => {
    const end = await periodEndOf("2022-H1");
    expect(end).toBe("2022-06-14");
    expect(judgedOn(end, "2026-12-02")).toBe("2022-06-14");
    expect(judgedOn(end, "2022-06-01")).toBe("2022-06-01");
    expect(await periodEndOf("khong-phai-ky")).toBeNull();
  });

  it("does not count a task due after the period's end as late in that period", async () => {
    const tasks = [task(1, "2022-05-31"), task(2, "2022-09-30"), task(3, "2022-03-31", "done")];
    const day = judgedOn(await periodEndOf("2022-H1"), "2026-12-02");
    const [s] = areaStatuses([{ code: "direction", shortVi: "Chỉ đạo" }], { indicators: [], values: [], findings: [], tasks }, day);
    expect(s).toMatchObject({ tasks: 3, tasksDone: 1, tasksLate: 1 });
    // judged on today (2026) the task due on 30/9/2022 would be late too
    expect(
      areaStatuses([{ code: "direction", shortVi: "Chỉ đạo" }], { indicators: [], values: [], findings: [], tasks }, "2026-12-02")[0]
        ?.tasksLate,
    ).toBe(2);
  });
});
