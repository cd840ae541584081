/** @jsxRuntime classic */
/**
 * The status of each reform area for the chosen unit and period: figures entered / missing,
 * validation findings by importance, tasks done / late. From here every other screen opens.
 */
import type { ApiClient } from "../api/ApiClient.js";
import { type AreaInfo, type AreaStatus, areaStatuses, judgedOn, type PeriodData, periodEndOf } from "./AreaStatus.js";
import { Frame, type Notice } from "./Frame.js";
import { type Status, statusSymbol, useTheme } from "./Theme.js";
// biome-ignore lint/correctness/noUnusedImports: React is the factory of the classic JSX runtime (see Ui.ts).
import { Box, React, Text, useCallback, useEffect, useState } from "./Ui.js";
import { useKeys } from "./use-keys.js";

/** Where the overview can go. */
export type OverviewAction = "values" | "tasks" | "report" | "check" | "import" | "unit" | "period" | "quit";

/** Props of the overview. */
export interface OverviewProps {
  readonly api: ApiClient;
  readonly unit: string;
  readonly period: string;
  readonly context: string;
  readonly today: string;
  readonly onAction: (action: OverviewAction, area?: AreaInfo) => void;
}

const settle = async <A,>(p: Promise<A>): Promise<A | null> => p.catch(() => null);

/** The row status: an error, else a warning or a gap, else fine. */
export const rowStatus = (s: AreaStatus): Status =>
  s.errors > 0 ? "error" : s.warnings > 0 || s.missing > 0 || s.tasksLate > 0 ? "warning" : "ok";

/** Renders the overview. */
export const Overview = ({ api, unit, period, context, today, onAction }: OverviewProps) => {
  const theme = useTheme();
  const [areas, setAreas] = useState<ReadonlyArray<AreaInfo>>([]);
  const [data, setData] = useState<PeriodData | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [cursor, setCursor] = useState(0);
  // tasks are judged on the period's last day once it has ended, as the web app does
  const [periodEnd, setPeriodEnd] = useState<string | null>(null);

  const load = useCallback(() => {
    setNotice({ status: "info", text: "Đang tải số liệu, kết quả kiểm tra và nhiệm vụ…" });
    void Promise.all([
      import("@cchc/domain/Area"),
      periodEndOf(period),
      settle(api.indicators()),
      settle(api.values(unit, period)),
      settle(api.validate(unit, period)),
      settle(api.tasks(unit, period)),
    ]).then(([Area, end, indicators, values, findings, tasks]) => {
      setPeriodEnd(end);
      setAreas(Area.all.map((a) => ({ code: a.code, shortVi: a.shortVi })));
      setData({ indicators, values, findings, tasks });
      const failed = [
        indicators ? null : "chỉ tiêu",
        values ? null : "số liệu",
        findings ? null : "kiểm tra",
        tasks ? null : "nhiệm vụ",
      ].filter(Boolean);
      setNotice(failed.length ? { status: "warning", text: `Không tải được: ${failed.join(", ")} (máy chủ ${api.baseUrl}).` } : null);
    });
  }, [api, unit, period]);
  useEffect(load, [load]);

  const statuses = data ? areaStatuses(areas, data, judgedOn(periodEnd, today)) : [];
  const at = Math.min(cursor, Math.max(0, statuses.length - 1));
  useKeys((input, key) => {
    if (key.upArrow) setCursor(Math.max(0, at - 1));
    else if (key.downArrow) setCursor(Math.min(statuses.length - 1, at + 1));
    else if (key.return) onAction("values", statuses[at]?.area);
    else if (input === "t") onAction("tasks", statuses[at]?.area);
    else if (input === "r") onAction("report");
    else if (input === "c") onAction("check");
    else if (input === "i") onAction("import");
    else if (input === "u") onAction("unit");
    else if (input === "p" || key.escape) onAction("period");
    else if (input === "l") load();
    else if (input === "q") onAction("quit");
  });

  const errors = statuses.reduce((n, s) => n + s.errors, 0);
  const warnings = statuses.reduce((n, s) => n + s.warnings, 0);
  return (
    <Frame
      screen="Tình hình theo lĩnh vực"
      context={context}
      notice={notice}
      keys={[
        ["↑↓", "lĩnh vực"],
        ["Enter", "nhập số liệu"],
        ["t", "nhiệm vụ"],
        ["r", "xuất báo cáo"],
        ["c", "soát tệp"],
        ["i", "nhập tệp"],
        ["u/p", "đổi đơn vị/kỳ"],
        ["l", "tải lại"],
        ["q", "thoát"],
      ]}
    >
      <Text bold>
        {"  "}
        {"Lĩnh vực".padEnd(36)} {"Số liệu".padEnd(12)} {"Kiểm tra".padEnd(12)} Nhiệm vụ
      </Text>
      {statuses.map((s, i) => {
        const st = rowStatus(s);
        const selected = i === at;
        return (
          <Text key={s.area.code} inverse={selected} wrap="truncate-end">
            <Text color={selected ? undefined : theme.status[st]}>{statusSymbol[st]}</Text> {s.area.shortVi.slice(0, 35).padEnd(36)}{" "}
            {`${s.entered}/${s.indicators}${s.missing ? ` thiếu ${s.missing}` : ""}`.padEnd(12)}{" "}
            {`${s.errors} lỗi ${s.warnings} c.b`.padEnd(12)}{" "}
            {s.tasks ? `${s.tasksDone}/${s.tasks} xong${s.tasksLate ? `, ${s.tasksLate} trễ` : ""}` : "—"}
          </Text>
        );
      })}
      {data ? (
        <Box marginTop={1}>
          <Text>
            Tổng: <Text color={errors ? theme.status.error : theme.status.ok}>{errors} lỗi</Text>,{" "}
            <Text color={warnings ? theme.status.warning : theme.status.ok}>{warnings} cảnh báo</Text>. Số liệu x/y: đã nhập tổng / số chỉ
            tiêu.
          </Text>
        </Box>
      ) : null}
    </Frame>
  );
};
