/** @jsxRuntime classic */
import { render } from "ink-testing-library";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiClient, TaskView } from "../../src/api/ApiClient.js";
import { makeHttpApiClient } from "../../src/api/HttpApiClient.js";
import { App } from "../../src/console/App.js";
import { makeTheme } from "../../src/console/Theme.js";
// biome-ignore lint/correctness/noUnusedImports: React is the factory of the classic JSX runtime (see Ui.ts).
import { React } from "../../src/console/Ui.js";
import { KEY, tick, waitFor } from "../support/Keys.js";
import { startServer, type TestServer } from "../support/Processes.js";

let server: TestServer;
let api: ApiClient;

beforeAll(async () => {
  server = await startServer();
  api = makeHttpApiClient({ baseUrl: server.url, token: server.token });
}, 300_000);
afterAll(async () => {
  await server?.stop();
});

const type = async (stdin: { write: (s: string) => void }, text: string) => {
  for (const ch of text) {
    stdin.write(ch);
    await tick(5);
  }
};

/** The order the tasks screen lists them in: by area, then status. */
const screenOrder = (tasks: ReadonlyArray<TaskView>) =>
  [...tasks].sort((a, b) => a.area.localeCompare(b.area) || a.status.localeCompare(b.status));

describe("the console's tasks screen against a real server", () => {
  it("lists the demo plan's tasks of DT.VPUBND for 2022 and moves one's progress through the API", async () => {
    const before = await api.tasks("DT.VPUBND", "2022-H1");
    expect(before).toHaveLength(12);
    const app = render(
      <App api={api} theme={makeTheme(false)} cwd={process.cwd()} today="2022-06-20" initialYear={2022} onExit={() => undefined} />,
    );
    try {
      await waitFor(app.lastFrame, "DT.VPUBND", 15_000);
      await type(app.stdin, "van phong uy ban");
      await waitFor(app.lastFrame, /› DT\.VPUBND\s/);
      app.stdin.write(KEY.enter);
      await waitFor(app.lastFrame, "2022-H1");
      await type(app.stdin, "h1");
      await waitFor(app.lastFrame, /› 2022-H1/);
      app.stdin.write(KEY.enter);
      await waitFor(app.lastFrame, /Tổng: \d+ lỗi/, 15_000);
      app.stdin.write("t");
      await waitFor(app.lastFrame, "Nhiệm vụ — ");
      app.stdin.write(KEY.tab);
      await waitFor(app.lastFrame, "Nhiệm vụ — tất cả lĩnh vực");
      const listed = screenOrder(before);
      // The header shows before the tasks arrive from the server: wait for the list itself.
      const all = await waitFor(app.lastFrame, listed[0]?.title.slice(0, 30) ?? "", 15_000);
      for (const t of listed) expect(all).toContain(t.title.slice(0, 30));

      const index = listed.findIndex((t) => t.status === "in-progress" && t.progress <= 80);
      expect(index).toBeGreaterThanOrEqual(0);
      const target = listed[index] as TaskView;
      for (let i = 0; i < index; i++) {
        app.stdin.write(KEY.down);
        await tick(10);
      }
      app.stdin.write("+");
      await waitFor(app.lastFrame, `Đã cập nhật: ${target.title.slice(0, 30)}`, 10_000);
      // The list is read again after the change: the task's line shows the new progress.
      const title = target.title.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      await waitFor(app.lastFrame, new RegExp(`đang làm\\s+${target.progress + 10}% .*${title}`), 10_000);

      const after = (await api.tasks("DT.VPUBND", "2022-H1")).find((t) => t.id === target.id);
      expect(after).toMatchObject({ progress: target.progress + 10, status: "in-progress", version: target.version + 1 });
    } finally {
      app.unmount();
    }
  });
});
