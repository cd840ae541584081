import type { DossierBlock } from "@cchc/domain/dossiers/DossierStats";
import { cleanup, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { GrantBody } from "../src/api/Answers";
import DossiersScreen from "../src/dossiers/DossiersScreen";
import { SessionProvider } from "../src/shell/Session";
import { storedValue, valuesAnswer, workflowAnswer } from "./support/Answers";
import { answer, decodedUnits, demoUnits, fakeFetch, fakeHost, renderWithApp, type Wire } from "./support/Fakes";

afterEach(cleanup);

const base = "/api/v1/units/DT/periods/2022-H1";
const empty: DossierBlock = {
  received: 0,
  carriedOver: 0,
  newReceived: 0,
  newByGroup: { online: 0, offline: 0 },
  newByChannel: { "online-full": 0, "online-partial": 0, "in-person": 0, post: 0 },
  resolved: 0,
  resolvedByTimeliness: { early: 0, "on-time": 0, late: 0 },
  resolvedExtended: 0,
  returned: 0,
  withdrawn: 0,
  rejected: 0,
  pending: 0,
  pendingByState: { within: 0, overdue: 0 },
  newDigitised: 0,
  newPaidOnline: 0,
  resolvedResultDigitised: 0,
};
const stats: Wire<"getDossierStats"> = {
  unit: "DT",
  period: { code: "2022-H1", regime: "nd09", start: "2021-12-15", end: "2022-06-14", label: "6 tháng đầu năm 2022" },
  total: empty,
  byLevel: { province: empty, district: empty, commune: empty },
  byChannel: { "online-full": empty, "online-partial": empty, "in-person": empty, post: empty },
  serviceIndicators: [],
};
const v = (indicator: string, value: number, disaggregation = "") => storedValue(indicator, disaggregation, value);
const values = [
  v("tthc.hoso.tiepnhan", 335445),
  v("tthc.hoso.tiepnhanmoi", 321375),
  v("tthc.hoso.tiepnhanmoi", 60705, "channel=online"),
  v("tthc.hoso.dagiaiquyet", 305733),
  v("tthc.hoso.dagiaiquyet", 265055, "timeliness=early"),
  v("tthc.hoso.dagiaiquyet", 34539, "timeliness=on-time"),
  v("tthc.hoso.dagiaiquyet", 6139, "timeliness=late"),
];

const renderAs = (grants: ReadonlyArray<GrantBody>) => {
  const fake = fakeFetch({
    [`GET ${base}/dossier-stats`]: answer("getDossierStats", stats),
    [`GET ${base}/values`]: answer("listValues", valuesAnswer("DT", "2022-H1", values)),
    [`GET ${base}/workflow`]: answer("getReportWorkflow", workflowAnswer("DT", "2022-H1")),
  });
  const user = { id: "u", username: "x", displayName: "X", mustChangePassword: false, disabled: false, grants };
  renderWithApp(
    () => (
      <SessionProvider user={() => user} units={() => decodedUnits(demoUnits().items)}>
        <DossiersScreen />
      </SessionProvider>
    ),
    { fetch: fake.fetch, host: fakeHost("/ho-so?unit=DT&period=2022-H1&lang=vi") },
  );
};

describe("DossiersScreen", () => {
  it("shows the stored figures the Vietnamese way with the rates they allow and their formulas", async () => {
    renderAs([{ unit: "DT", role: "viewer" }]);
    const reported = await screen.findByTestId("dossiers-reported");
    expect(reported.querySelector('td[data-column="received"]')?.textContent).toBe("335.445");
    // nothing stored for carried-over dossiers: a dash, not a zero
    expect(reported.querySelector('td[data-column="carriedOver"]')?.textContent).toBe("—");
    const rates = screen.getByTestId("reported-indicators");
    expect(rates.querySelector('tr[data-code="tthc.hoso.dunghan.tyle"]')?.textContent).toMatch(/\(299\.594\).*\(305\.733\).*98,0%/);
    expect(rates.querySelector('tr[data-code="tthc.hoso.tructuyen.tyle"]')?.textContent).toMatch(/\(60\.705\).*\(321\.375\).*18,9%/);
    // the rates that need records (digitised, paid online) are not made up from stored figures
    expect(rates.querySelectorAll("tbody tr")).toHaveLength(2);
    expect(screen.getByText("Chưa có hồ sơ nào của đơn vị trong kỳ được nhập.")).toBeTruthy();
    // a viewer gets no import
    expect(screen.queryByText("Nhập hồ sơ từ tệp CSV")).toBeNull();
  });

  it("offers the CSV import to an editor of the unit", async () => {
    renderAs([{ unit: "DT", role: "editor" }]);
    await screen.findByTestId("dossiers-reported");
    expect(screen.getByRole("heading", { name: "Nhập hồ sơ từ tệp CSV" })).toBeTruthy();
  });
});
