import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Api } from "@cchc/contract/Api";
import { ApiFailure, ApiUnreachable, ContractMismatch } from "@cchc/contract/Client";
import { describe, expect, it } from "vitest";
import { callerOf, cliFailureOf } from "../../src/api/Call.js";
import { makeLazyApiClient } from "../../src/api/LazyApiClient.js";
import { ExitCode, ServerRefused, ServerUnreachable, UsageInvalid } from "../../src/cli/Failure.js";
import { OperationCancelled } from "../../src/files/AtomicWrite.js";

const SERVER = "http://127.0.0.1:9";

describe("the client's failures as the CLI's", () => {
  it("an error answer keeps its status, code, message and details; 4xx exit 2, 5xx exit 3", () => {
    const refused = cliFailureOf(
      SERVER,
      Api.putValue,
      new ApiFailure({
        status: 409,
        code: "VALUE_CONFLICT",
        message: "Số liệu đã được người khác sửa.",
        details: { current: { value: 1 } },
      }),
    );
    expect(refused).toBeInstanceOf(ServerRefused);
    expect(refused).toMatchObject({ status: 409, code: "VALUE_CONFLICT", message: "Số liệu đã được người khác sửa.", exitCode: 2 });
    expect(refused).toHaveProperty("details", { current: { value: 1 } });
    const down = cliFailureOf(SERVER, Api.getPeriod, new ApiFailure({ status: 502, code: "HTTP_502", message: "Bad Gateway" }));
    expect(down).toMatchObject({ code: "HTTP_502", message: "Máy chủ trả lỗi 502 cho GET /periods/:code", exitCode: ExitCode.unreachable });
  });

  it("a password to change says how; no answer is ServerUnreachable; a foreign answer is a 502; a refused input a usage error", () => {
    const password = cliFailureOf(
      SERVER,
      Api.listOrgUnits,
      new ApiFailure({ status: 403, code: "PASSWORD_CHANGE_REQUIRED", message: "Cần đổi mật khẩu." }),
    );
    expect(password).toMatchObject({ message: expect.stringContaining("cchc login") });
    const unreachable = cliFailureOf(SERVER, Api.listOrgUnits, new ApiUnreachable({ message: "ECONNREFUSED" }));
    expect(unreachable).toBeInstanceOf(ServerUnreachable);
    expect(unreachable).toMatchObject({ exitCode: ExitCode.unreachable, message: expect.stringContaining(`${SERVER} (ECONNREFUSED)`) });
    const foreign = cliFailureOf(
      SERVER,
      Api.listOrgUnits,
      new ContractMismatch({ operationId: "listOrgUnits", where: "answer", message: "is missing items" }),
    );
    expect(foreign).toMatchObject({ status: 502, code: "CONTRACT_MISMATCH", exitCode: ExitCode.unreachable });
    const input = cliFailureOf(SERVER, Api.putValue, new ContractMismatch({ operationId: "putValue", where: "input", message: "value" }));
    expect(input).toBeInstanceOf(UsageInvalid);
  });

  it("the user's own cancellation is OperationCancelled, whatever the client said", () => {
    const abort = new AbortController();
    abort.abort();
    expect(cliFailureOf(SERVER, Api.getReport, new ApiUnreachable({ message: "aborted" }), abort.signal)).toBeInstanceOf(
      OperationCancelled,
    );
  });

  it("calls go through the contract: path filled from params, bearer token sent, answer decoded, refusal mapped", async () => {
    const seen: Array<{ url: string; auth: string | null }> = [];
    const original = globalThis.fetch;
    globalThis.fetch = async (input, init) => {
      const url = String(input);
      seen.push({ url, auth: new Headers(init?.headers).get("authorization") });
      return url.endsWith("/periods/2022-H1")
        ? Response.json({
            code: "2022-H1",
            regime: "nd09",
            start: "2021-12-15",
            end: "2022-06-14",
            label: "6 tháng đầu năm 2022",
            labelEn: "H1 2022",
          })
        : Response.json({ error: { code: "PERIOD_CODE_INVALID", message: "Mã kỳ không hợp lệ" } }, { status: 400 });
    };
    try {
      const p = await callerOf(Api, { baseUrl: `${SERVER}/`, token: "t0k" })("getPeriod", { params: { code: "2022-H1" } });
      expect(p.end).toBe("2022-06-14");
      expect(seen).toEqual([{ url: `${SERVER}/api/v1/periods/2022-H1`, auth: "Bearer t0k" }]);
      // The lazy client loads the real one on its first call, and fails as it does.
      const refused = await makeLazyApiClient({ baseUrl: SERVER })
        .period("2022-X9")
        .catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(ServerRefused);
      expect(refused).toMatchObject({ status: 400, code: "PERIOD_CODE_INVALID", message: "Mã kỳ không hợp lệ", exitCode: ExitCode.usage });
    } finally {
      globalThis.fetch = original;
    }
  });
});

/** The modules a file imports at run time (not `import type`), relative ones resolved to files. */
const staticImports = (file: string): ReadonlyArray<string> =>
  [...readFileSync(file, "utf8").matchAll(/^import\s+(?!type\s)[^;]*?from\s+"([^"]+)";/gms)].map((m) => {
    const spec = m[1] ?? "";
    return spec.startsWith(".") ? resolve(dirname(file), spec.replace(/\.js$/, existsTs(resolve(dirname(file), spec)))) : spec;
  });

const existsTs = (jsPath: string): string => {
  try {
    readFileSync(jsPath.replace(/\.js$/, ".ts"));
    return ".ts";
  } catch {
    return ".tsx";
  }
};

describe("start-up", () => {
  it("nothing the program imports before a command runs or the console draws reaches Effect or the contract", () => {
    const src = fileURLToPath(new URL("../../src/", import.meta.url));
    const seen = new Set<string>();
    const heavy: string[] = [];
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of staticImports(file)) {
        if (spec.startsWith("/")) walk(spec);
        else if (/^(effect|@cchc\/(contract|domain|report))(\/|$)/.test(spec)) heavy.push(`${file.slice(src.length)} → ${spec}`);
      }
    };
    // The program, the console's start and the app it draws (screens load the rest when they need it).
    for (const entry of ["main.tsx", "console/Start.ts", "console/App.tsx"]) walk(resolve(src, entry));
    expect(seen.has(resolve(src, "api/LazyApiClient.ts"))).toBe(true);
    expect(seen.has(resolve(src, "api/HttpApiClient.ts"))).toBe(false);
    expect(heavy).toEqual([]);
  });
});
