/** @jsxRuntime classic */
/**
 * Importing a file: values (.csv/.xlsx, dry run first, then `a` to apply all or nothing — the
 * whole file in one request and one transaction; Ctrl+C stops waiting) or
 * dossiers (.csv, sent in batches with a progress bar — counts and time left; Ctrl+C stops
 * between batches, so no batch is half-stored). Tab switches the kind.
 */
import { resolve } from "node:path";
import type { ApiClient, BulkResult, BulkValueRow } from "../api/ApiClient.js";
import { describeIssue, FileInvalid } from "../cli/Failure.js";
import { dossierBatches, fileSize } from "../files/DossierStream.js";
import type { ProgressState } from "../ops/Progress.js";
import { useCancel } from "./Cancel.js";
import { Frame, type Notice } from "./Frame.js";
import { ProgressBar } from "./ProgressBar.js";
import { TextField } from "./TextField.js";
import { statusSymbol, useTheme } from "./Theme.js";
// biome-ignore lint/correctness/noUnusedImports: React is the factory of the classic JSX runtime (see Ui.ts).
import { React, Text, useState } from "./Ui.js";
import { useKeys } from "./use-keys.js";

/** Props of the import screen. */
export interface ImportScreenProps {
  readonly api: ApiClient;
  readonly context: string;
  readonly cwd: string;
  readonly batchSize?: number;
  readonly onBack: () => void;
}

type Kind = "values" | "dossiers";

const message = (e: unknown): string =>
  e instanceof FileInvalid
    ? `${e.message.split("\n")[0]} ${e.issues.slice(0, 2).map(describeIssue).join(" ").trim()}`
    : e instanceof Error
      ? e.message
      : String(e);

/** Renders the screen. */
export const ImportScreen = ({ api, context, cwd, batchSize = 1000, onBack }: ImportScreenProps) => {
  const theme = useTheme();
  const [kind, setKind] = useState<Kind>("values");
  const [path, setPath] = useState("");
  const [notice, setNotice] = useState<Notice | null>(null);
  const [rows, setRows] = useState<ReadonlyArray<BulkValueRow> | null>(null);
  const [dry, setDry] = useState<BulkResult | null>(null);
  const [progress, setProgress] = useState<(ProgressState & { lines: number }) | null>(null);
  const [abort, setAbort] = useState<AbortController | null>(null);
  useCancel(abort ? () => abort.abort() : null);

  const runValues = async (file: string, apply: boolean, given?: ReadonlyArray<BulkValueRow>) => {
    const controller = new AbortController();
    setAbort(controller);
    try {
      const { readValuesFile } = await import("../files/ValuesFile.js");
      const list = given ?? (await readValuesFile(file));
      setRows(list);
      // The whole file is one request and one transaction: Ctrl+C stops waiting, and the server stores all or nothing.
      const r = await api.bulkValues(list, !apply, { signal: controller.signal });
      const c = { insert: 0, update: 0, unchanged: 0 };
      for (const ch of r.changes) c[ch.action]++;
      setDry(apply ? null : r);
      setNotice({
        status: r.findings.some((f) => f.importance === "error") ? "warning" : "ok",
        text: `${apply ? "Đã lưu" : "Chạy thử"}: ${apply ? "" : "sẽ "}thêm ${c.insert}, sửa ${c.update}, giữ nguyên ${c.unchanged}; ${r.findings.length} phát hiện.${apply ? "" : " Nhấn a để lưu tất cả."}`,
      });
    } catch (e) {
      setNotice(
        controller.signal.aborted
          ? { status: "warning", text: "Đã hủy chờ kết quả (máy chủ lưu tất cả hoặc không gì cả: tải lại để xem)." }
          : { status: "error", text: message(e) },
      );
    } finally {
      setAbort(null);
    }
  };

  const runDossiers = async (file: string) => {
    const controller = new AbortController();
    setAbort(controller);
    const startedAt = Date.now();
    let lines = 0;
    try {
      const total = await fileSize(file);
      setProgress({ done: 0, total, startedAt, now: startedAt, lines });
      for await (const batch of dossierBatches(file, batchSize, controller.signal)) {
        if (controller.signal.aborted) break;
        await api.dossierBatch(batch.csv, controller.signal);
        lines += batch.lines;
        setProgress({ done: batch.bytesRead, total, startedAt, now: Date.now(), lines });
      }
      setNotice(
        controller.signal.aborted
          ? { status: "warning", text: `Đã hủy sau ${lines} hồ sơ (các lô đã gửi được lưu trọn, không lô nào lưu dở).` }
          : { status: "ok", text: `Đã nhập ${lines} hồ sơ.` },
      );
    } catch (e) {
      setNotice(
        controller.signal.aborted
          ? { status: "warning", text: `Đã hủy sau ${lines} hồ sơ (không lô nào lưu dở).` }
          : { status: "error", text: `Dừng sau ${lines} hồ sơ: ${message(e)}` },
      );
    } finally {
      setAbort(null);
    }
  };

  const submit = (p: string) => {
    setDry(null);
    setProgress(null);
    const file = resolve(cwd, p);
    setNotice({ status: "info", text: `Đang đọc ${p}…` });
    if (kind === "values") void runValues(file, false);
    else void runDossiers(file);
  };

  useKeys((input, key) => {
    if (abort) return;
    if (key.tab) {
      setKind(kind === "values" ? "dossiers" : "values");
      setDry(null);
      setProgress(null);
    } else if (dry && rows && input === "a") void runValues(resolve(cwd, path), true, rows);
    else if (key.escape) {
      if (dry) setDry(null);
      else onBack();
    }
  });

  const changed = dry?.changes.filter((c) => c.action !== "unchanged") ?? [];
  return (
    <Frame
      screen={`Nhập tệp — ${kind === "values" ? "số liệu (.csv, .xlsx)" : "hồ sơ một cửa (.csv)"}`}
      context={context}
      notice={notice}
      keys={
        abort
          ? [["Ctrl+C", "hủy"]]
          : dry
            ? [
                ["a", "lưu tất cả"],
                ["Esc", "thôi"],
              ]
            : [
                ["Tab", "loại tệp"],
                ["gõ", "đường dẫn"],
                ["Enter", kind === "values" ? "chạy thử" : "nhập"],
                ["Esc", "quay lại"],
              ]
      }
    >
      <TextField label="Tệp" value={path} onChange={setPath} onSubmit={submit} active={abort === null && dry === null} />
      {kind === "values" && !dry ? <Text color={theme.text.muted}>Cột: unit,period,indicator,disaggregation,value,comment</Text> : null}
      {progress ? <ProgressBar label={`Hồ sơ: ${progress.lines}`} state={progress} unit="byte" /> : null}
      {changed.slice(0, 8).map((c) => (
        <Text key={`${c.unit}|${c.period}|${c.indicator}|${c.disaggregation}`} wrap="truncate-end">
          {c.action === "insert" ? "+" : "~"} {c.unit} {c.period} {c.indicator}
          {c.disaggregation ? `[${c.disaggregation}]` : ""}: {c.before ?? "—"} → {c.after}
        </Text>
      ))}
      {changed.length > 8 ? <Text color={theme.text.muted}>… và {changed.length - 8} thay đổi khác</Text> : null}
      {(dry?.findings ?? []).slice(0, 3).map((f) => (
        <Text key={`${f.unit}|${f.period}|${f.rule}|${f.message}`} color={theme.status[f.importance]} wrap="truncate-end">
          {statusSymbol[f.importance]} {f.message}
        </Text>
      ))}
    </Frame>
  );
};
