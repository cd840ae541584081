/** @jsxRuntime classic */
/**
 * Checking a report file (.txt, .md, .docx) offline with the report checker, then paging
 * through its findings: ↑↓ one finding, PgUp/PgDn a page, each with its line, importance (symbol
 * and word), message and suggested correction.
 */
import { resolve } from "node:path";
import type { CheckResult } from "@cchc/report/check/Finding";
import { Frame, type Notice } from "./Frame.js";
import { TextField } from "./TextField.js";
import { type Status, statusSymbol, statusWord, useTheme } from "./Theme.js";
// biome-ignore lint/correctness/noUnusedImports: React is the factory of the classic JSX runtime (see Ui.ts).
import { Box, React, Text, useState } from "./Ui.js";
import { useKeys } from "./use-keys.js";

/** Checks a file; the default reads and checks it with the report package. */
export type CheckFile = (path: string) => Promise<CheckResult>;

/** The real file checker (loaded when first used). */
export const checkFile: CheckFile = async (path) => {
  const [{ readReportText }, { checkReport }] = await Promise.all([
    import("../files/ReportFile.js"),
    import("@cchc/report/check/CheckReport"),
  ]);
  return checkReport(await readReportText(path));
};

/** Props of the check screen. */
export interface CheckScreenProps {
  readonly context: string;
  readonly cwd: string;
  readonly check?: CheckFile;
  readonly pageSize?: number;
  readonly onBack: () => void;
}

/** Renders the screen. */
export const CheckScreen = ({ context, cwd, check = checkFile, pageSize = 5, onBack }: CheckScreenProps) => {
  const theme = useTheme();
  const [path, setPath] = useState("");
  const [result, setResult] = useState<CheckResult | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [cursor, setCursor] = useState(0);

  const run = (p: string) => {
    setNotice({ status: "info", text: `Đang soát ${p}…` });
    check(resolve(cwd, p)).then(
      (r) => {
        setResult(r);
        setCursor(0);
        const errors = r.findings.filter((f) => f.severity === "error").length;
        setNotice({
          status: errors ? "error" : r.findings.length ? "warning" : "ok",
          text: `${r.findings.length} phát hiện, ${errors} lỗi.`,
        });
      },
      (e: unknown) => setNotice({ status: "error", text: e instanceof Error ? e.message : String(e) }),
    );
  };

  const findings = result?.findings ?? [];
  useKeys((_input, key) => {
    if (key.upArrow) setCursor(Math.max(0, cursor - 1));
    else if (key.downArrow) setCursor(Math.min(findings.length - 1, cursor + 1));
    else if (key.pageDown || key.rightArrow) setCursor(Math.min(findings.length - 1, cursor + pageSize));
    else if (key.pageUp || key.leftArrow) setCursor(Math.max(0, cursor - pageSize));
    else if (key.escape) {
      setResult(null);
      setNotice(null);
    }
  }, result !== null);

  const page = Math.floor(cursor / pageSize);
  const pages = Math.max(1, Math.ceil(findings.length / pageSize));
  return (
    <Frame
      screen="Soát lỗi tệp báo cáo"
      context={context}
      notice={notice}
      keys={
        result
          ? [
              ["↑↓", "phát hiện"],
              ["PgUp/PgDn ←→", "trang"],
              ["Esc", "tệp khác"],
            ]
          : [
              ["gõ", "đường dẫn tệp"],
              ["Enter", "soát"],
              ["Esc", "quay lại"],
            ]
      }
    >
      <TextField label="Tệp (.txt, .md, .docx)" value={path} onChange={setPath} onSubmit={run} onCancel={onBack} active={result === null} />
      {result ? (
        <Text color={theme.text.muted}>
          Kỳ: {result.period ? `${result.period.code} (${result.period.start} – ${result.period.end})` : "không xác định"} · trang{" "}
          {page + 1}/{pages}
        </Text>
      ) : null}
      {findings.slice(page * pageSize, page * pageSize + pageSize).map((f, i) => {
        const st: Status = f.severity;
        const selected = page * pageSize + i === cursor;
        return (
          <Box key={`${f.index}-${f.rule}`} flexDirection="column">
            <Text inverse={selected} wrap="truncate-end">
              <Text color={selected ? undefined : theme.status[st]}>
                {statusSymbol[st]} {statusWord[st]}
              </Text>{" "}
              dòng {f.line}:{f.column} · {f.rule}
            </Text>
            <Text wrap="truncate-end">
              {"  "}
              {f.message}
            </Text>
            {f.suggestion && selected ? <Text color={theme.status.ok} wrap="truncate-end">{`  → ${f.suggestion}`}</Text> : null}
          </Box>
        );
      })}
    </Frame>
  );
};
