/**
 * The saved login of `cchc login`: `$XDG_CONFIG_HOME/cchc/config.json` (default
 * `~/.config/cchc/config.json`) holding the API address, the API token and who it belongs to.
 * The token is a secret: the folder is 700 and the file 600, written to a temporary file in the
 * same folder and renamed over the old one, so a crash never leaves a half-written or
 * world-readable file.
 */
import { randomBytes } from "node:crypto";
import { chmod, mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { homedir } from "node:os";
import { dirname, isAbsolute, join } from "node:path";

/** What `cchc login` saves. */
export interface SavedLogin {
  /** The API server the token is for (normalised, see `sameApi`). */
  readonly api: string;
  readonly token: string;
  /** Id of the token on the server, to revoke it at logout. */
  readonly tokenId: string;
  readonly user: { readonly username: string; readonly displayName: string };
  readonly scopes: ReadonlyArray<string>;
  /** The unit subtree the token is limited to ("*" = every unit). */
  readonly unit: string;
  /** ISO instant; null when the token does not expire. */
  readonly expiresAt: string | null;
  readonly createdAt: string;
}

/** Path of the configuration file for the given environment. */
export const configPath = (env: NodeJS.ProcessEnv): string => {
  const xdg = env.XDG_CONFIG_HOME?.trim();
  // The XDG spec says to ignore a relative XDG_CONFIG_HOME.
  const base = xdg && isAbsolute(xdg) ? xdg : join(env.HOME?.trim() || homedir(), ".config");
  return join(base, "cchc", "config.json");
};

/** An API address in one spelling: lower-case scheme and host, no default port, no trailing slash. */
export const normalizeApi = (url: string): string => {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname.replace(/\/+$/, "")}`;
  } catch {
    return url.trim().replace(/\/+$/, "");
  }
};

/** Whether two API addresses name the same server. */
export const sameApi = (a: string, b: string): boolean => normalizeApi(a) === normalizeApi(b);

const isSavedLogin = (v: unknown): v is SavedLogin => {
  const o = v as Record<string, unknown> | null;
  return (
    typeof o === "object" &&
    o !== null &&
    typeof o.api === "string" &&
    typeof o.token === "string" &&
    typeof o.tokenId === "string" &&
    typeof (o.user as Record<string, unknown> | undefined)?.username === "string"
  );
};

/** The saved login, or undefined when there is none (or the file is not one of ours). */
export const readLogin = async (path: string): Promise<SavedLogin | undefined> => {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return undefined;
  }
  try {
    const parsed: unknown = JSON.parse(text);
    return isSavedLogin(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
};

/** The saved token for `api`, when the saved login is for that server. */
export const tokenFor = (login: SavedLogin | undefined, api: string): string | undefined =>
  login && sameApi(login.api, api) ? login.token : undefined;

/** Writes the login atomically: folder 700, file 600, temporary file renamed over the target. */
export const writeLogin = async (path: string, login: SavedLogin): Promise<void> => {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  // mkdir leaves an existing folder as it was, and the mode above is narrowed by the umask anyway.
  await chmod(dir, 0o700);
  const tmp = join(dir, `.config.json.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const handle = await open(tmp, "wx", 0o600);
  try {
    await handle.chmod(0o600);
    await handle.writeFile(`${JSON.stringify(login, null, 2)}\n`, "utf8");
    await handle.sync();
    await handle.close();
    await rename(tmp, path);
  } catch (e) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw e;
  }
};

/** Removes the saved login. */
export const removeLogin = async (path: string): Promise<void> => {
  await rm(path, { force: true });
};
