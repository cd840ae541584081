import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { terminalColumns } from "../../src/cli/Env.js";
import { ServerRefused } from "../../src/cli/Failure.js";
import { type Input, readFirstLine, readKeys } from "../../src/cli/Prompt.js";
import { OperationCancelled } from "../../src/files/AtomicWrite.js";

/** A terminal double: records raw mode, and what the prompt wrote. */
const terminal = () => {
  const stream = new PassThrough() as PassThrough & { isTTY: boolean; setRawMode: (raw: boolean) => void; raw: Array<boolean> };
  stream.isTTY = true;
  stream.raw = [];
  stream.setRawMode = (raw) => void stream.raw.push(raw);
  let shown = "";
  return {
    input: stream as unknown as Input & { raw: Array<boolean> },
    stream,
    output: { write: (t: string) => (shown += t) },
    shown: () => shown,
  };
};

describe("prompts", () => {
  it("reads a password in raw mode without showing it; Backspace removes a character", async () => {
    const t = terminal();
    const answer = readKeys("Mật khẩu: ", t.input, t.output, false);
    t.stream.write("bi-mat-x");
    t.stream.write("\u007f");
    t.stream.write("!\r");
    expect(await answer).toBe("bi-mat-!");
    expect(t.shown()).toBe("Mật khẩu: \n");
    expect(t.input.raw).toEqual([true, false]);
  });

  it("shows what is typed when asked to echo, and Ctrl+C cancels", async () => {
    const t = terminal();
    const name = readKeys("Tên: ", t.input, t.output, true);
    t.stream.write("ab\r");
    expect(await name).toBe("ab");
    expect(t.shown()).toBe("Tên: ab\n");
    const cancelled = readKeys("Mật khẩu: ", t.input, t.output, false);
    t.stream.write("x\u0003");
    await expect(cancelled).rejects.toBeInstanceOf(OperationCancelled);
  });

  it("--password-stdin takes the first line without its line ending", async () => {
    const s = new PassThrough();
    s.end("mat-khau\r\nthua\n");
    expect(await readFirstLine(s)).toBe("mat-khau");
  });
});

describe("exit codes and widths", () => {
  it("server refusals exit 2, server faults 3", () => {
    for (const status of [400, 401, 403, 404, 409, 422, 429]) expect(new ServerRefused(status, "X", "", undefined).exitCode).toBe(2);
    for (const status of [500, 502, 503]) expect(new ServerRefused(status, "X", "", undefined).exitCode).toBe(3);
  });

  it("the output width is the terminal's, else COLUMNS, else 100", () => {
    expect(terminalColumns({ isTTY: true, columns: 80 }, { COLUMNS: "120" })).toBe(80);
    expect(terminalColumns({ isTTY: false }, { COLUMNS: "120" })).toBe(120);
    expect(terminalColumns({}, {})).toBe(100);
    expect(terminalColumns({}, { COLUMNS: "abc" })).toBe(100);
  });
});
