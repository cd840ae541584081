import { cleanup, fireEvent, screen, waitFor, within } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../src/shell/App";
import { demoUnits, fakeFetch, fakeHost, renderWithApp } from "./support/Fakes";

afterEach(cleanup);

const session = {
  user: { id: "1", username: "bientap.dt", displayName: "Biên tập viên cấp tỉnh", mustChangePassword: false, disabled: false, grants: [] },
  via: "session",
  csrfToken: "csrf-1",
  expiresAt: "2022-06-15T08:00:00.000Z",
  token: null,
};

describe("Sign-in", () => {
  it("shows the sign-in screen on 401, signs in, then lists the units and sends the CSRF token on writes", async () => {
    let signedIn = false;
    const { fetch, calls } = fakeFetch({
      "GET /api/v1/auth/me": () =>
        signedIn ? { body: session } : { status: 401, body: { error: { code: "AUTH_REQUIRED", message: "Cần đăng nhập." } } },
      "POST /api/v1/auth/sign-in": () => {
        signedIn = true;
        return { body: session };
      },
      "GET /api/v1/org-units": () =>
        signedIn ? { body: demoUnits() } : { status: 401, body: { error: { code: "AUTH_REQUIRED", message: "Cần đăng nhập." } } },
    });
    let csrf: string | null = null;
    const spy: typeof fetch = async (input, init) => {
      if (init?.method === "POST" && input.endsWith("/auth/sign-out")) csrf = new Headers(init.headers).get("x-csrf-token");
      return fetch(input, init);
    };
    renderWithApp(() => <App />, { fetch: spy, host: fakeHost("/") });
    fireEvent.input(await screen.findByLabelText("Tên đăng nhập"), { target: { value: "bientap.dt" } });
    fireEvent.input(screen.getByLabelText("Mật khẩu"), { target: { value: "cchc-demo-2022" } });
    fireEvent.click(screen.getByRole("button", { name: "Đăng nhập" }));
    const tree = await screen.findByRole("navigation", { name: "Cây đơn vị" });
    expect(within(tree).getByText("Sở Nội vụ")).toBeTruthy();
    expect(screen.getByText("Biên tập viên cấp tỉnh")).toBeTruthy();
    expect(calls.find((c) => c.path === "/api/v1/auth/sign-in")?.body).toEqual({ username: "bientap.dt", password: "cchc-demo-2022" });
    fireEvent.click(screen.getByRole("button", { name: "Đăng xuất" }));
    expect(await screen.findByLabelText("Tên đăng nhập")).toBeTruthy();
    expect(csrf).toBe("csrf-1");
  });

  it("leads an account with a one-time password to change it before anything else, then opens the app", async () => {
    let mustChange = true;
    const me = () => ({ body: { ...session, user: { ...session.user, mustChangePassword: mustChange } } });
    const { fetch, calls } = fakeFetch({
      "GET /api/v1/auth/me": me,
      "POST /api/v1/auth/password": () => {
        mustChange = false;
        return { body: { changed: true, csrfToken: "csrf-2", endedSessions: 1, revokedTokens: 0 } };
      },
      "GET /api/v1/org-units": () =>
        mustChange
          ? { status: 403, body: { error: { code: "PASSWORD_CHANGE_REQUIRED", message: "Cần đổi mật khẩu." } } }
          : { body: demoUnits() },
    });
    renderWithApp(() => <App />, { fetch, host: fakeHost("/") });
    expect(await screen.findByRole("heading", { name: "Đổi mật khẩu" })).toBeTruthy();
    fireEvent.input(screen.getByLabelText("Mật khẩu hiện tại"), { target: { value: "mot-lan-123456" } });
    fireEvent.input(screen.getByLabelText("Mật khẩu mới"), { target: { value: "ngan" } });
    fireEvent.input(screen.getByLabelText("Nhập lại mật khẩu mới"), { target: { value: "ngan" } });
    fireEvent.click(screen.getByRole("button", { name: "Đổi mật khẩu" }));
    expect(await screen.findByText("Mật khẩu mới phải có ít nhất 10 ký tự.")).toBeTruthy();
    fireEvent.input(screen.getByLabelText("Mật khẩu mới"), { target: { value: "mat-khau-moi-2026" } });
    fireEvent.input(screen.getByLabelText("Nhập lại mật khẩu mới"), { target: { value: "mat-khau-moi-2026" } });
    fireEvent.click(screen.getByRole("button", { name: "Đổi mật khẩu" }));
    const tree = await screen.findByRole("navigation", { name: "Cây đơn vị" });
    expect(within(tree).getByText("Sở Nội vụ")).toBeTruthy();
    expect(calls.filter((c) => c.path === "/api/v1/auth/password").map((c) => c.body)).toEqual([
      { currentPassword: "mot-lan-123456", newPassword: "mat-khau-moi-2026" },
    ]);
    expect(calls.filter((c) => c.path === "/api/v1/org-units").length).toBeGreaterThan(0);
  });

  it("shows the API's message when the password is wrong", async () => {
    const { fetch } = fakeFetch({
      "GET /api/v1/auth/me": { status: 401, body: { error: { code: "AUTH_REQUIRED", message: "Cần đăng nhập." } } },
      "POST /api/v1/auth/sign-in": {
        status: 401,
        body: { error: { code: "SIGN_IN_FAILED", message: "Tên đăng nhập hoặc mật khẩu không đúng." } },
      },
    });
    renderWithApp(() => <App />, { fetch, host: fakeHost("/") });
    fireEvent.input(await screen.findByLabelText("Tên đăng nhập"), { target: { value: "x" } });
    fireEvent.input(screen.getByLabelText("Mật khẩu"), { target: { value: "y" } });
    fireEvent.click(screen.getByRole("button", { name: "Đăng nhập" }));
    expect(await screen.findByText("Tên đăng nhập hoặc mật khẩu không đúng.")).toBeTruthy();
    expect(screen.getByText(/Kiểm tra lại tên đăng nhập và mật khẩu/)).toBeTruthy();
  });

  it("shows the demo accounts and password only when the server says it holds the demo data", async () => {
    const out = { status: 401, body: { error: { code: "AUTH_REQUIRED", message: "Cần đăng nhập." } } };
    const asked: string[] = [];
    const health = (demo: boolean | undefined) =>
      fakeFetch({
        "GET /api/v1/auth/me": out,
        "GET /api/v1/health": () => {
          asked.push(String(demo));
          return { body: { status: "ok", database: "pglite", version: "1", ...(demo === undefined ? {} : { demo }) } };
        },
      }).fetch;

    renderWithApp(() => <App />, { fetch: health(true), host: fakeHost("/") });
    expect(await screen.findByTestId("demo-accounts")).toBeTruthy();
    expect(screen.getByText(/mật khẩu cchc-demo-2022/)).toBeTruthy();
    cleanup();

    for (const demo of [false, undefined]) {
      renderWithApp(() => <App />, { fetch: health(demo), host: fakeHost("/") });
      await screen.findByLabelText("Tên đăng nhập");
      // give the health answer time to arrive: the hint must still not be there
      await waitFor(() => expect(asked.at(-1)).toBe(String(demo)));
      await new Promise((ok) => setTimeout(ok, 20));
      expect(screen.queryByText(/cchc-demo-2022/)).toBeNull();
      cleanup();
    }
  });
});
