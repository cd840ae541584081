/**
 * How the terminal client calls the API: the contract's one client (`makeClient(Api, …)`), which
 * encodes each input and decodes each answer with the endpoint's Schemas, and the translation of
 * its failures into the CLI's own, with their Vietnamese messages and exit codes:
 * - `ApiFailure` (the server answered with an error) → `ServerRefused` (exit 2 for 4xx, 3 for 5xx),
 *   keeping the server's code, message and details;
 * - `ApiUnreachable` (no answer: refused connection, unknown host, timeout) → `ServerUnreachable` (exit 3);
 * - `ContractMismatch`: an answer the contract does not describe (a server of another version) →
 *   `ServerRefused` 502 (exit 3); an input it refuses → `UsageInvalid` (exit 2);
 * - the user's own cancellation (Ctrl+C, Esc) → `OperationCancelled`.
 *
 * It takes the endpoints to call (`Api`, every endpoint, or a feature's few) and loads Effect with
 * the contract's client: it is imported only once a call is made (see LazyApiClient.ts), never on
 * the way to the console's first frame.
 */
import type { AnswerOf, AnyEndpoint } from "@cchc/contract";
import { ApiFailure, ApiUnreachable, type CallInput, type Client, ContractMismatch, makeClient, runCall } from "@cchc/contract/Client";
import { Effect, Schema } from "effect";
import { ServerRefused, ServerUnreachable, UsageInvalid } from "../cli/Failure.js";
import { OperationCancelled } from "../files/AtomicWrite.js";

/** Where and how the client calls the API. */
export interface HttpClientOptions {
  /** The server's address, without `/api/v1`. */
  readonly baseUrl: string;
  /** An API token, sent as `Authorization: Bearer …`. */
  readonly token?: string | undefined;
  /** Milliseconds before a request that got no answer is abandoned (default 2 minutes). */
  readonly timeoutMs?: number;
  /** Headers of every call (a session's cookie and CSRF token). */
  readonly headers?: Readonly<Record<string, string>>;
  /** Sees each answer before it is decoded (sign-in reads its Set-Cookie). */
  readonly onResponse?: (res: Response) => void;
}

/** Endpoints by operationId: `Api`, or some of them. */
export type Endpoints = Readonly<Record<string, AnyEndpoint>>;

/** One call of an endpoint of `C` by its operationId, as a Promise that rejects with a CLI failure. */
export type Caller<C extends Endpoints> = <K extends keyof C & string>(name: K, input: CallInput<C[K]>) => Promise<AnswerOf<C[K]>>;

/** The server's address without trailing slashes. */
export const serverOf = (baseUrl: string): string => baseUrl.replace(/\/+$/, "");

/** Why a request got no answer, in a few words: the system's code (ECONNREFUSED…) or a timeout. */
export const networkReason = (e: unknown): string => {
  const cause = e instanceof Error ? e.cause : undefined;
  if (cause instanceof Error && "code" in cause && typeof cause.code === "string") return cause.code;
  if (e instanceof Error && e.name === "TimeoutError") return "hết thời gian chờ";
  if (cause instanceof Error) return cause.message;
  return e instanceof Error ? e.message : String(e);
};

/** `fetch` with the client's timeout, and a failure that says why the server was not reached. */
const fetchOf = (options: HttpClientOptions): typeof globalThis.fetch => {
  const timeoutMs = options.timeoutMs ?? 120_000;
  return async (url, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    let res: Response;
    try {
      res = await fetch(url, { ...init, signal });
    } catch (e) {
      throw new Error(networkReason(e));
    }
    options.onResponse?.(res);
    return res;
  };
};

/** The contract's client of `contract` for these options. */
export const contractClient = <const C extends Endpoints>(contract: C, options: HttpClientOptions): Client<C> => {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  return makeClient(contract, { baseUrl: `${serverOf(options.baseUrl)}/api/v1`, fetch: fetchOf(options), headers: () => headers });
};

const PASSWORD_HINT = " Chạy `cchc login` trong terminal để đặt mật khẩu mới, hoặc đổi trên giao diện web.";

/** The CLI failure of a failed call of `endpoint`. */
export const cliFailureOf = (server: string, endpoint: AnyEndpoint, error: unknown, signal?: AbortSignal): unknown => {
  if (signal?.aborted) return new OperationCancelled();
  if (error instanceof ApiFailure) {
    const message = error.code.startsWith("HTTP_")
      ? `Máy chủ trả lỗi ${error.status} cho ${endpoint.method.toUpperCase()} ${endpoint.path}`
      : error.message + (error.code === "PASSWORD_CHANGE_REQUIRED" ? PASSWORD_HINT : "");
    return new ServerRefused(error.status, error.code, message, error.details);
  }
  if (error instanceof ApiUnreachable) return new ServerUnreachable(server, error.message);
  if (error instanceof ContractMismatch)
    return error.where === "input"
      ? new UsageInvalid(`Dữ liệu gửi cho ${endpoint.operationId} không hợp lệ: ${error.message}`)
      : new ServerRefused(
          502,
          "CONTRACT_MISMATCH",
          `Câu trả lời của máy chủ ${server} cho ${endpoint.method.toUpperCase()} ${endpoint.path} không đúng hợp đồng API mà cchc biết (máy chủ và cchc khác phiên bản?): ${error.message}`,
          undefined,
        );
  return error;
};

/** Calls of the endpoints of `contract` by operationId, failing with the CLI's failures. */
export const callerOf = <const C extends Endpoints>(contract: C, options: HttpClientOptions): Caller<C> => {
  const client = contractClient(contract, options);
  const server = serverOf(options.baseUrl);
  return async (name, input) => {
    try {
      return await runCall(client[name](input));
    } catch (e) {
      const endpoint = contract[name];
      throw endpoint === undefined ? e : cliFailureOf(server, endpoint, e, input.signal);
    }
  };
};

/**
 * The JSON of a raw answer (an endpoint that also answers files, asked for JSON) decoded with
 * `schema`; an answer it does not describe fails as the client's own answers do.
 */
export const decodeAnswer = async <A, I>(
  schema: Schema.Schema<A, I>,
  endpoint: AnyEndpoint,
  baseUrl: string,
  res: Response,
): Promise<A> => {
  const name = endpoint.operationId;
  const decoded = Effect.tryPromise({
    try: (): Promise<unknown> => res.json(),
    catch: (e) => new ContractMismatch({ operationId: name, where: "answer", message: e instanceof Error ? e.message : String(e) }),
  }).pipe(
    Effect.flatMap((json) =>
      Schema.decodeUnknown(schema)(json).pipe(
        Effect.mapError((e) => new ContractMismatch({ operationId: name, where: "answer", message: e.message })),
      ),
    ),
  );
  try {
    return await runCall(decoded);
  } catch (e) {
    throw cliFailureOf(serverOf(baseUrl), endpoint, e);
  }
};
