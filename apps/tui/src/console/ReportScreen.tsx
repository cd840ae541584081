/** @jsxRuntime classic */
/**
 * Rendering the report to a file: choose the format (←→), edit the file name, Enter to start.
 * The download shows a progress bar; Ctrl+C cancels it and the temporary file is removed, so no
 * half-written report is left.
 */
import { resolve } from "node:path";
import type { ApiClient } from "../api/ApiClient.js";
import { OperationCancelled, writeAtomically } from "../files/AtomicWrite.js";
import { formatKilobytes, type ProgressState } from "../ops/Progress.js";
import { useCancel } from "./Cancel.js";
import { Frame, type Notice } from "./Frame.js";
import { ProgressBar } from "./ProgressBar.js";
import { TextField } from "./TextField.js";
// biome-ignore lint/correctness/noUnusedImports: React is the factory of the classic JSX runtime (see Ui.ts).
import { React, Text, useState } from "./Ui.js";
import { useKeys } from "./use-keys.js";

/** Formats the console offers. */
export const REPORT_FORMATS = ["docx", "md", "html", "xlsx"] as const;

/** Props of the report screen. */
export interface ReportScreenProps {
  readonly api: ApiClient;
  readonly unit: string;
  readonly period: string;
  readonly context: string;
  readonly cwd: string;
  readonly onBack: () => void;
}

/** Renders the screen. */
export const ReportScreen = ({ api, unit, period, context, cwd, onBack }: ReportScreenProps) => {
  const [format, setFormat] = useState<(typeof REPORT_FORMATS)[number]>("docx");
  const [name, setName] = useState<string | null>(null);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [abort, setAbort] = useState<AbortController | null>(null);
  const file = name ?? `bao-cao-${unit}-${period}.${format}`;
  useCancel(abort ? () => abort.abort() : null);

  const start = async () => {
    const controller = new AbortController();
    setAbort(controller);
    const startedAt = Date.now();
    setProgress({ done: 0, total: null, startedAt, now: startedAt });
    setNotice({ status: "info", text: "Đang dựng báo cáo trên máy chủ…" });
    const target = resolve(cwd, file);
    try {
      const d = await api.report(unit, period, format, controller.signal);
      const bytes = await writeAtomically(target, d.body, {
        total: d.size,
        signal: controller.signal,
        onProgress: (p) => setProgress({ done: p.done, total: p.total, startedAt, now: Date.now() }),
      });
      setNotice({ status: "ok", text: `Đã ghi ${target} (${formatKilobytes(bytes)}).` });
    } catch (e) {
      const cancelled = controller.signal.aborted || e instanceof OperationCancelled;
      setNotice(
        cancelled
          ? { status: "warning", text: "Đã hủy; không có tệp nào được ghi dở." }
          : { status: "error", text: `Không xuất được báo cáo: ${e instanceof Error ? e.message : String(e)}` },
      );
    } finally {
      setAbort(null);
    }
  };

  useKeys((_input, key) => {
    if (abort) return;
    if (key.leftArrow || key.rightArrow) {
      const i = REPORT_FORMATS.indexOf(format) + (key.rightArrow ? 1 : -1);
      setFormat(REPORT_FORMATS[(i + REPORT_FORMATS.length) % REPORT_FORMATS.length] ?? "docx");
      setName(null);
    } else if (key.escape) onBack();
  });

  return (
    <Frame
      screen="Xuất báo cáo"
      context={context}
      notice={notice}
      keys={
        abort
          ? [["Ctrl+C", "hủy"]]
          : [
              ["←→", "định dạng"],
              ["gõ", "tên tệp"],
              ["Enter", "xuất"],
              ["Esc", "quay lại"],
            ]
      }
    >
      <Text>Định dạng: {REPORT_FORMATS.map((f) => (f === format ? `[${f}]` : ` ${f} `)).join(" ")}</Text>
      <TextField
        label="Tệp"
        value={file}
        onChange={(update) => setName((n) => update(n ?? `bao-cao-${unit}-${period}.${format}`))}
        onSubmit={() => void start()}
        active={abort === null}
      />
      {progress ? <ProgressBar label="Tải" state={progress} unit="" format={formatKilobytes} /> : null}
    </Frame>
  );
};
