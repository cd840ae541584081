import { cleanup, fireEvent, screen, waitFor } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { GrantBody } from "../src/api/Answers";
import NarrativesScreen from "../src/narratives/NarrativesScreen";
import { SessionProvider } from "../src/shell/Session";
import { apiError, decodedUnits, demoUnits, fakeFetch, fakeHost, renderWithApp } from "./support/Fakes";

afterEach(cleanup);

const base = "/api/v1/units/DT.VPUBND/periods/2022-H1";
const stored = {
  unit: "DT.VPUBND",
  period: "2022-H1",
  section: "direction.office",
  text: "Đến nay trên 66,7% các nhiệm vụ đã được triển khai.",
  paragraphs: ["Đến nay trên 66,7% các nhiệm vụ đã được triển khai."],
  note: null,
  version: 3,
  updatedBy: "bientap.vp",
  updatedAt: "2022-06-10T02:00:00Z",
};
const WRONG = "Tỷ lệ giải quyết PAKN đạt 97,0%, tổng số PAKN đã tiếp nhận 137, đã giải quyết 135.";
const draft = { state: "draft", locked: false, history: [], open: [] };

const renderAs = (grants: ReadonlyArray<GrantBody>, routes: Parameters<typeof fakeFetch>[0]) => {
  const fake = fakeFetch({
    [`GET ${base}/narratives`]: { body: { items: [stored], total: 1 } },
    [`GET ${base}/workflow`]: { body: draft },
    ...routes,
  });
  const user = { id: "u", username: "x", displayName: "X", mustChangePassword: false, disabled: false, grants };
  const rendered = renderWithApp(
    () => (
      <SessionProvider user={() => user} units={() => decodedUnits(demoUnits().items)}>
        <NarrativesScreen />
      </SessionProvider>
    ),
    { fetch: fake.fetch, host: fakeHost("/thuyet-minh?unit=DT.VPUBND&period=2022-H1&lang=vi") },
  );
  return { ...fake, router: rendered.router };
};

describe("NarrativesScreen", () => {
  it("shows a viewer the sections as text with their figures highlighted, without edit buttons", async () => {
    renderAs([{ unit: "DT.VPUBND", role: "viewer" }], {});
    await screen.findByText("Chỉ xem: bạn không có quyền ghi số liệu của đơn vị này.");
    expect([...document.querySelectorAll("mark.mark-figure")].map((m) => m.textContent)).toEqual(["66,7%"]);
    expect(screen.queryAllByRole("button", { name: /^Sửa|^Viết/ })).toHaveLength(0);
    expect(document.querySelector("textarea")).toBeNull();
  });

  it("checks the typed text, marks the wrong rate, and on a stale save keeps the text and says someone else saved", async () => {
    const fake = renderAs([{ unit: "DT.VPUBND", role: "editor" }], {
      "POST /api/v1/checks": (init) => {
        const text = String(init?.body ?? "");
        const at = text.indexOf("97,0%");
        return {
          body: {
            period: null,
            reportDate: null,
            findings:
              at < 0
                ? []
                : [
                    {
                      rule: "rate-mismatch",
                      severity: "error",
                      confidence: "likely",
                      line: 1,
                      column: at + 1,
                      excerpt: "97,0%",
                      message: "Tỷ lệ nêu 97,0% không khớp với số liệu: 135 / 137 = 98,5%.",
                      suggestion: "98,5%",
                      index: at,
                      length: 5,
                    },
                  ],
          },
        };
      },
      [`PUT ${base}/narratives/direction.office`]: apiError(409, "NARRATIVE_CONFLICT", "Phiên bản cũ"),
    });
    fireEvent.click(await screen.findByRole("button", { name: /^Sửa I\.1\./ }));
    const box = (await screen.findByTestId("narrative-text")) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: WRONG } });
    await waitFor(() => expect(document.querySelector("mark.mark-error")?.textContent).toBe("97,0%"), { timeout: 3000 });
    expect([...document.querySelectorAll('[data-testid="narrative-preview"] mark.mark-figure')].map((m) => m.textContent)).toEqual([
      "137",
      "135",
    ]);
    expect(screen.getByTestId("narrative-findings").textContent).toContain("135 / 137 = 98,5%");
    // the check was asked once for the typed text, with the period
    expect(fake.calls.filter((c) => c.path === "/api/v1/checks").map((c) => c.body)).toEqual([WRONG]);

    fireEvent.click(screen.getByRole("button", { name: "Lưu" }));
    await screen.findByTestId("narrative-conflict");
    expect(screen.getByTestId("narrative-conflict").textContent).toContain("Người khác vừa lưu mục này");
    expect(box.value).toBe(WRONG);
    expect(fake.calls.find((c) => c.method === "PUT")?.body).toEqual({ text: WRONG, version: 3 });
  });

  it("closes the open editor when the unit changes, so that one unit's text is never saved as another's", async () => {
    const { router } = renderAs([{ unit: "DT", role: "editor" }], {
      "GET /api/v1/units/DT.SNV/periods/2022-H1/narratives": { body: { items: [], total: 0 } },
      "GET /api/v1/units/DT.SNV/periods/2022-H1/workflow": { body: draft },
    });
    fireEvent.click(await screen.findByRole("button", { name: /^Sửa I\.1\./ }));
    await screen.findByTestId("narrative-text");
    router().go({ unit: "DT.SNV" });
    await waitFor(() => expect(screen.queryByTestId("narrative-text")).toBeNull());
    await screen.findByRole("button", { name: /^Viết I\.1\./ });
  });
});
