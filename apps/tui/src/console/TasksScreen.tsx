/** @jsxRuntime classic */
/**
 * Tasks of the plans for the unit and period, by area and status: + / - move progress by 10%,
 * d marks done, Tab switches between all tasks and the chosen area's.
 */
import type { ApiClient, TaskUpdate, TaskView } from "../api/ApiClient.js";
import type { AreaInfo } from "./AreaStatus.js";
import { isLate, judgedOn, periodEndOf } from "./AreaStatus.js";
import { Frame, type Notice } from "./Frame.js";
import { type Status, statusSymbol, useTheme } from "./Theme.js";
// biome-ignore lint/correctness/noUnusedImports: React is the factory of the classic JSX runtime (see Ui.ts).
import { React, Text, useCallback, useEffect, useState } from "./Ui.js";
import { useKeys } from "./use-keys.js";

/** Props of the tasks screen. */
export interface TasksScreenProps {
  readonly api: ApiClient;
  readonly unit: string;
  readonly period: string;
  readonly area?: AreaInfo | undefined;
  readonly context: string;
  readonly today: string;
  readonly onBack: () => void;
}

const STATUS_VI: Record<TaskView["status"], string> = {
  done: "xong",
  "in-progress": "đang làm",
  "not-started": "chưa làm",
  cancelled: "hủy bỏ",
};

/** Renders the screen. */
export const TasksScreen = ({ api, unit, period, area, context, today, onBack }: TasksScreenProps) => {
  const theme = useTheme();
  const [tasks, setTasks] = useState<ReadonlyArray<TaskView> | null>(null);
  const [onlyArea, setOnlyArea] = useState(area !== undefined);
  const [cursor, setCursor] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  // late is judged on the period's last day once it has ended, as the web app and the overview do
  const [periodEnd, setPeriodEnd] = useState<string | null>(null);
  useEffect(() => {
    void periodEndOf(period).then(setPeriodEnd);
  }, [period]);

  const load = useCallback(() => {
    api.tasks(unit, period).then(setTasks, (e: unknown) => {
      setTasks([]);
      setNotice({ status: "error", text: `Không tải được nhiệm vụ: ${e instanceof Error ? e.message : String(e)}` });
    });
  }, [api, unit, period]);
  useEffect(load, [load]);

  const shown = (tasks ?? [])
    .filter((t) => !onlyArea || !area || t.area === area.code)
    .slice()
    .sort((a, b) => a.area.localeCompare(b.area) || a.status.localeCompare(b.status));
  const at = Math.min(cursor, Math.max(0, shown.length - 1));
  const current = shown[at];

  const update = (t: TaskView, change: Omit<TaskUpdate, "version">) => {
    api.updateTask(t.id, { ...change, version: t.version }).then(
      () => {
        setNotice({ status: "ok", text: `Đã cập nhật: ${t.title}` });
        load();
      },
      (e: unknown) => setNotice({ status: "error", text: `Không cập nhật được: ${e instanceof Error ? e.message : String(e)}` }),
    );
  };

  useKeys((input, key) => {
    if (key.upArrow) setCursor(Math.max(0, at - 1));
    else if (key.downArrow) setCursor(Math.min(shown.length - 1, at + 1));
    else if (key.tab) setOnlyArea(!onlyArea);
    else if (key.escape) onBack();
    else if (current && input === "d")
      update(current, { status: "done", progress: 100, startedOn: current.startedOn ?? today, completedOn: today });
    else if (current && (input === "+" || input === "-")) {
      // Status follows progress, with the dates the domain's consistency rule asks for.
      const p = Math.max(0, Math.min(100, current.progress + (input === "+" ? 10 : -10)));
      const status = p >= 100 ? "done" : p === 0 ? "not-started" : "in-progress";
      update(current, {
        progress: p,
        status,
        startedOn: status === "not-started" ? null : (current.startedOn ?? today),
        completedOn: status === "done" ? today : null,
      });
    }
  });

  const statusOf = (t: TaskView): Status => (t.status === "done" ? "ok" : isLate(t, judgedOn(periodEnd, today)) ? "error" : "info");
  return (
    <Frame
      screen={`Nhiệm vụ${onlyArea && area ? ` — ${area.shortVi}` : " — tất cả lĩnh vực"}`}
      context={context}
      notice={notice ?? (tasks === null ? { status: "info", text: "Đang tải nhiệm vụ…" } : null)}
      keys={[
        ["↑↓", "chọn"],
        ["+/-", "tiến độ ±10%"],
        ["d", "xong"],
        ["Tab", "lĩnh vực/tất cả"],
        ["Esc", "quay lại"],
      ]}
    >
      {tasks !== null && shown.length === 0 ? <Text>Không có nhiệm vụ nào.</Text> : null}
      {shown.slice(Math.max(0, at - 6), Math.max(0, at - 6) + 12).map((t) => {
        const st = statusOf(t);
        const selected = t === current;
        return (
          <Text key={t.id} inverse={selected} wrap="truncate-end">
            <Text color={selected ? undefined : theme.status[st]}>{statusSymbol[st]}</Text> {STATUS_VI[t.status].padEnd(12)}{" "}
            {`${t.progress}%`.padStart(4)} {t.deadline ? `hạn ${t.deadline}` : "".padEnd(14)} {t.title}
          </Text>
        );
      })}
    </Frame>
  );
};
