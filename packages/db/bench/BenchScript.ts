/** What the package's benchmark scripts share: their options, medians, progress lines and exit. */

/** The value after `--name` on the command line, or `fallback`. */
export const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : fallback;
};

/** A progress line on standard error (standard output keeps the result). */
export const log = (s: string): void => {
  process.stderr.write(`${s}\n`);
};

/** The median of the figures. */
export const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

/** Runs a script's `main`: exits with the code it answers, or with 2 after logging its error. */
export const runScript = (main: () => Promise<number>): void => {
  main().then(
    (code) => process.exit(code),
    (e) => {
      log(String(e?.stack ?? e));
      process.exit(2);
    },
  );
};
