import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import DeadlinesScreen from "../src/deadlines/DeadlinesScreen";
import { parseDays } from "../src/deadlines/ReminderRulesPanel";
import { answer, fakeFetch, fakeHost, renderWithApp, type Wire } from "./support/Fakes";

afterEach(cleanup);

const H1: Wire<"listDeadlines">["items"][number] = {
  id: "submission:DT.VPUBND:2022-H1",
  unit: "DT.VPUBND",
  kind: "submission",
  title: "Gửi báo cáo cải cách hành chính 6 tháng đầu năm 2022",
  dueOn: "2022-06-16",
  doneOn: null,
  roles: ["editor"],
  link: "/bao-cao?unit=DT.VPUBND&period=2022-H1",
  state: "due-soon",
  workingDaysLeft: 1,
};
const PAR: Wire<"listDeadlines">["items"][number] = {
  ...H1,
  id: "par-index:DT-SO-2021:DT.VPUBND:submit",
  kind: "par-index",
  title: "Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2021 (DT-SO-2021) và gửi thẩm định",
  dueOn: "2022-01-17",
  doneOn: "2022-01-15",
  link: "/chi-so?unit=DT.VPUBND&period=2021-Y",
  state: "done",
  workingDaysLeft: -100,
};
const TOKEN: Wire<"listCalendarTokens">["items"][number] = {
  id: "t1",
  unit: "DT.VPUBND",
  prefix: "cchccal_abcdef",
  createdAt: "2022-06-15T02:00:00.000Z",
  revokedAt: null,
};

describe("Hạn và nhắc việc", () => {
  it("reads the days of the 'before' rules, refusing anything but whole days 1..60", () => {
    expect(parseDays("5, 1")).toEqual([5, 1]);
    expect(parseDays("1,10,10")).toEqual([10, 1]);
    expect(parseDays("")).toEqual([]);
    expect(parseDays("0")).toBeUndefined();
    expect(parseDays("2.5")).toBeUndefined();
    expect(parseDays("năm")).toBeUndefined();
  });

  it("lists the deadlines with their state, creates a calendar link shown once, saves rules and shows the log", async () => {
    let tokens: ReadonlyArray<typeof TOKEN> = [];
    const asked: string[] = [];
    const { fetch, calls } = fakeFetch({
      "GET /api/v1/units/DT.VPUBND/deadlines": (_i, url) => {
        asked.push(url.search);
        return answer("listDeadlines", { unit: "DT.VPUBND", asOf: "2022-06-15", items: [PAR, H1] });
      },
      "GET /api/v1/calendar-tokens": () => answer("listCalendarTokens", { items: tokens }),
      "POST /api/v1/calendar-tokens": () => {
        tokens = [TOKEN];
        return answer(
          "createCalendarToken",
          {
            token: "cchccal_abcdefXYZ",
            url: "https://cchc.example/api/v1/units/DT.VPUBND/calendar.ics?token=cchccal_abcdefXYZ",
            info: TOKEN,
          },
          201,
        );
      },
      "GET /api/v1/units/DT.VPUBND/reminder-rules": answer("getReminderRules", {
        unit: "DT.VPUBND",
        custom: false,
        rules: [{ kind: "before", workingDays: 5 }, { kind: "on-day" }],
      }),
      "PUT /api/v1/units/DT.VPUBND/reminder-rules": (init) => ({
        body: { unit: "DT.VPUBND", custom: true, rules: (JSON.parse(String(init?.body)) as { rules: unknown }).rules },
      }),
      "GET /api/v1/reminders/deliveries": answer("listMailDeliveries", {
        items: [
          {
            id: 1,
            username: "bientap.vp",
            day: "2022-06-16",
            recipient: "bientap.vp@dongthap.example",
            subject: "CCHC: 3 việc cần làm",
            status: "sent",
            attempts: 1,
            items: 3,
            lastError: null,
            sentAt: "2022-06-16T00:00:00.000Z",
            createdAt: "2022-06-15T23:59:00.000Z",
            nextAttemptAt: "2022-06-16T00:00:00.000Z",
          },
        ],
      }),
    });
    renderWithApp(() => <DeadlinesScreen />, { fetch, host: fakeHost("/han?unit=DT.VPUBND&period=2022-H1&lang=vi") });
    const row = await screen.findByTestId(`deadline-${H1.id}`);
    expect(within(row).getByText("Sắp đến hạn")).toBeTruthy();
    expect(within(row).getByText(/còn 1 ngày làm việc/)).toBeTruthy();
    expect(within(row).getByRole("link").getAttribute("href")).toBe(H1.link);
    const par = screen.getByTestId(`deadline-${PAR.id}`);
    expect(within(par).getByText("Đã xong")).toBeTruthy();
    expect(within(par).getByText(/xong ngày 15\/1\/2022/)).toBeTruthy();
    expect(within(par).getByText("Chỉ số CCHC")).toBeTruthy();
    expect(screen.getByText("Tình trạng tính đến ngày 15/6/2022.")).toBeTruthy();
    expect(asked).toEqual([""]);

    // the calendar link: shown once after creation, the list refetched with the new token
    expect(await screen.findByText("Chưa có đường dẫn lịch nào.")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Tạo đường dẫn lịch" }));
    const url = (await screen.findByTestId("calendar-url")) as HTMLInputElement;
    expect(url.value).toBe("https://cchc.example/api/v1/units/DT.VPUBND/calendar.ics?token=cchccal_abcdefXYZ");
    expect(await screen.findByText(/cchccal_abcdef… · DT\.VPUBND · tạo ngày 15\/6\/2022/)).toBeTruthy();
    expect(calls.filter((c) => c.method === "POST").map((c) => c.body)).toEqual([{ unit: "DT.VPUBND" }]);

    // the rules: a bad day is refused before asking the server; good ones are sent and shown
    const before = await screen.findByLabelText("Nhắc trước (số ngày làm việc, cách nhau bởi dấu phẩy)");
    expect((before as HTMLInputElement).value).toBe("5");
    fireEvent.input(before, { target: { value: "0" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu quy tắc" }));
    expect(await screen.findByText("Số ngày làm việc phải là số nguyên từ 1 đến 60, cách nhau bởi dấu phẩy.")).toBeTruthy();
    expect(calls.some((c) => c.method === "PUT")).toBe(false);
    fireEvent.input(before, { target: { value: "7, 2" } });
    fireEvent.input(screen.getByLabelText("Nhắc hằng tuần khi quá hạn, tối đa số tuần (0: không nhắc)"), { target: { value: "3" } });
    fireEvent.click(screen.getByRole("button", { name: "Lưu quy tắc" }));
    expect(await screen.findByText("Đã lưu quy tắc nhắc việc.")).toBeTruthy();
    expect(calls.find((c) => c.method === "PUT")?.body).toEqual({
      rules: [
        { kind: "before", workingDays: 7 },
        { kind: "before", workingDays: 2 },
        { kind: "on-day" },
        { kind: "overdue-weekly", maxWeeks: 3 },
      ],
    });
    await waitFor(() => expect(screen.getByTestId("reminder-rules").textContent).toContain("Hằng tuần khi quá hạn (tối đa 3 tuần)"));

    // the sending log
    const log = await screen.findByTestId("delivery-log");
    expect(within(log).getByText("Đã gửi")).toBeTruthy();
    expect(within(log).getByText("bientap.vp <bientap.vp@dongthap.example>")).toBeTruthy();
  });
});
