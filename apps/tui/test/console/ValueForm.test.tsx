/** @jsxRuntime classic */
import { render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { makeTheme, ThemeContext } from "../../src/console/Theme.js";
// biome-ignore lint/correctness/noUnusedImports: React is the factory of the classic JSX runtime (see Ui.ts).
import { React } from "../../src/console/Ui.js";
import { ValueForm } from "../../src/console/ValueForm.js";
import { type FakeApi, makeFakeApi } from "../support/FakeApi.js";
import { KEY, tick, waitFor } from "../support/Keys.js";

const started: Array<{ unmount: () => void }> = [];
afterEach(() => {
  for (const s of started.splice(0)) s.unmount();
});

const open = (api: FakeApi) => {
  const r = render(
    <ThemeContext.Provider value={makeTheme(true)}>
      <ValueForm
        api={api}
        unit="DT"
        period="2022-H1"
        area={{ code: "procedure", shortVi: "Cải cách TTHC" }}
        context="DT · 2022-H1"
        onBack={() => undefined}
      />
    </ThemeContext.Provider>,
  );
  started.push(r);
  return r;
};

/** Edits the selected field: waits for each step to show, so a busy machine does not send keys to the wrong screen state. */
const typeValue = async (r: { stdin: { write: (s: string) => void }; lastFrame: () => string | undefined }, text: string) => {
  r.stdin.write(KEY.enter);
  await waitFor(r.lastFrame, "█");
  for (let i = 0; i < 12; i++) r.stdin.write(KEY.backspace);
  await tick();
  for (const ch of text) {
    r.stdin.write(ch);
    await tick(5);
  }
  await waitFor(r.lastFrame, `${text}█`);
  r.stdin.write(KEY.enter);
  await tick();
};

const stored = (api: FakeApi, indicator: string) => api.stored.get(`DT|2022-H1|${indicator}|`);

describe("value form", () => {
  it("edits a value and saves it; validation findings follow", async () => {
    const api = makeFakeApi([{ unit: "DT", period: "2022-H1", indicator: "tthc.pakn.dagiaiquyet", disaggregation: "", value: 135 }]);
    const r = open(api);
    await waitFor(r.lastFrame, "PAKN tiếp nhận");
    await typeValue(r, "1.370");
    await waitFor(r.lastFrame, /1\.370 \*/);
    r.stdin.write("s");
    await waitFor(r.lastFrame, "Đã lưu 1 số liệu.");
    expect(stored(api, "tthc.pakn.tiepnhan")?.value).toBe(1370);
    expect(r.lastFrame()).toMatch(/PAKN tiếp nhận \(phản ánh, kiến nghị\)\s+1\.370/);
  });

  it("refuses a value the domain rule refuses, before sending it, and keeps it for correction", async () => {
    const api = makeFakeApi();
    const r = open(api);
    await waitFor(r.lastFrame, "PAKN tiếp nhận");
    await typeValue(r, "-5");
    const frame = await waitFor(r.lastFrame, "không được âm");
    expect(frame).toContain("-5 ✗");
    r.stdin.write("s");
    await waitFor(r.lastFrame, "Còn 1 ô sai, chưa lưu");
    expect(stored(api, "tthc.pakn.tiepnhan")).toBeUndefined();
  });

  it("shows a conflict with the stored value and ours, loses nothing, and can overwrite", async () => {
    const api = makeFakeApi([{ unit: "DT", period: "2022-H1", indicator: "tthc.pakn.tiepnhan", disaggregation: "", value: 130 }]);
    const r = open(api);
    await waitFor(r.lastFrame, /PAKN tiếp nhận.*130/);
    // Someone else saves 140 after the form read version 1.
    await api.setValue("DT", "2022-H1", { indicator: "tthc.pakn.tiepnhan", disaggregation: "", value: 140, version: 1 });
    await typeValue(r, "137");
    r.stdin.write("s");
    const frame = await waitFor(r.lastFrame, "Xung đột");
    expect(frame).toContain("Đang lưu: 140 (phiên bản 2) · Của bạn: 137");
    expect(frame).toContain("g ghi đè bằng giá trị của bạn");
    expect(stored(api, "tthc.pakn.tiepnhan")?.value).toBe(140);
    expect(frame).toMatch(/137 \*/);
    r.stdin.write("g");
    await waitFor(r.lastFrame, "Đã lưu 1 số liệu.");
    expect(stored(api, "tthc.pakn.tiepnhan")).toMatchObject({ value: 137, version: 3 });
  });

  it("keeps the typed value when the save fails for another reason", async () => {
    const api = makeFakeApi();
    const failing: FakeApi = { ...api, setValue: async () => Promise.reject(new Error("mất kết nối")) };
    const r = open(failing);
    await waitFor(r.lastFrame, "PAKN tiếp nhận");
    await typeValue(r, "99");
    r.stdin.write("s");
    const frame = await waitFor(r.lastFrame, "giá trị bạn nhập vẫn được giữ");
    expect(frame).toMatch(/99 \*/);
  });
});
