import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import AdminScreen from "../src/admin/AdminScreen";
import type { GrantBody, SessionBody, UserBody } from "../src/api/Answers";
import { SessionProvider } from "../src/shell/Session";
import { decodedUnits, demoUnits, fakeFetch, fakeHost, renderWithApp } from "./support/Fakes";

afterEach(cleanup);

const units = demoUnits();
const me = (grants: ReadonlyArray<GrantBody>): SessionBody["user"] => ({
  id: "u0",
  username: "quantri.vp",
  displayName: "Quản trị VP",
  mustChangePassword: false,
  disabled: false,
  grants,
});
const xem: UserBody = {
  id: "u1",
  username: "xem.vp",
  displayName: "Người xem",
  mustChangePassword: false,
  disabled: false,
  grants: [{ role: "viewer", unit: "DT.VPUBND" }],
};

const renderAs = (user: SessionBody["user"], fetch: Parameters<typeof renderWithApp>[1]["fetch"]) =>
  renderWithApp(
    () => (
      <SessionProvider user={() => user} units={() => decodedUnits(units.items)}>
        <AdminScreen />
      </SessionProvider>
    ),
    { fetch, host: fakeHost("/quan-tri?unit=DT.VPUBND&period=2022-H1&lang=vi") },
  );

describe("Quản trị", () => {
  it("tells a non-administrator the screen is not theirs and asks the API nothing about users", async () => {
    const { fetch, calls } = fakeFetch({ "GET /api/v1/org-units": { body: units } });
    renderAs(me([{ role: "editor", unit: "DT.VPUBND" }]), fetch);
    expect(await screen.findByText(/Chỉ quản trị viên của một nhánh/)).toBeTruthy();
    expect(calls.some((c) => c.path === "/api/v1/users")).toBe(false);
  });

  it("lists users with roles by unit name, offers units of the admin's branch only, disables and resets with the one-time password shown", async () => {
    let current = xem;
    const { fetch, calls } = fakeFetch({
      "GET /api/v1/org-units": { body: units },
      "GET /api/v1/users": () => ({ body: { items: [current] } }),
      "PATCH /api/v1/users/xem.vp": (init) => {
        current = { ...current, disabled: JSON.parse(String(init?.body)).disabled };
        return { body: { user: current, endedSessions: 1, revokedTokens: 0 } };
      },
      "POST /api/v1/users/xem.vp/password-reset": () => {
        current = { ...current, mustChangePassword: true };
        return { body: { user: current, oneTimePassword: "Mot-Lan-123456", endedSessions: 0, revokedTokens: 0 } };
      },
    });
    renderAs(me([{ role: "admin", unit: "DT.VPUBND" }]), fetch);
    // the row is drawn again when the user changes: found afresh each time
    const rowOf = () => screen.getByText("xem.vp", { selector: "td" }).closest("tr") as HTMLTableRowElement;
    await screen.findByText("xem.vp", { selector: "td" });
    await within(rowOf()).findByText(/Xem — Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp/);
    const unitChoices = within(screen.getByRole("form", { name: "Tạo người dùng" })).getByLabelText("Đơn vị") as HTMLSelectElement;
    await waitFor(() => expect(unitChoices.options.length).toBeGreaterThan(1));
    expect([...unitChoices.options].map((o) => o.value).filter(Boolean)).toEqual(["DT.VPUBND", "DT.VPUBND.CTTDT"]);

    fireEvent.click(within(rowOf()).getByRole("button", { name: "Khóa tài khoản" }));
    await waitFor(() => expect(within(rowOf()).getByText("Đã khóa")).toBeTruthy());
    expect(within(rowOf()).getByRole("button", { name: "Mở khóa" })).toBeTruthy();
    expect(calls.find((c) => c.method === "PATCH")?.body).toEqual({ disabled: true });
    expect(screen.getByTestId("admin-notice").textContent).toMatch(/Đã khóa xem\.vp/);

    window.confirm = () => true;
    fireEvent.click(within(rowOf()).getByRole("button", { name: "Đặt lại mật khẩu" }));
    expect((await screen.findByTestId("one-time-password")).textContent).toBe("Mot-Lan-123456");
    expect(within(rowOf()).getByText(/phải đổi mật khẩu/)).toBeTruthy();
  });
});
