/** @jsxRuntime classic */
/**
 * Choosing a reporting period: the periods of a year with their date windows (computed by the
 * domain, regime nd09), ←→ to change year, typing to filter ("h1", "quy"), Enter to choose.
 */
import type { PeriodView } from "../api/ApiClient.js";
import { matches } from "./Fold.js";
import { Frame } from "./Frame.js";
import { useTheme } from "./Theme.js";
// biome-ignore lint/correctness/noUnusedImports: React is the factory of the classic JSX runtime (see Ui.ts).
import { React, Text, useEffect, useMemo, useState } from "./Ui.js";
import { useKeys } from "./use-keys.js";

/** Props of the period picker. */
export interface PeriodPickerProps {
  readonly year: number;
  readonly context?: string | undefined;
  readonly onPick: (period: PeriodView) => void;
  readonly onBack: () => void;
}

const dmy = (d: string): string => d.split("-").reverse().join("/");

/** Renders the picker. */
export const PeriodPicker = ({ year: initialYear, context, onPick, onBack }: PeriodPickerProps) => {
  const theme = useTheme();
  const [year, setYear] = useState(initialYear);
  const [periods, setPeriods] = useState<ReadonlyArray<PeriodView>>([]);
  const [filter, setFilter] = useState("");
  const [cursor, setCursor] = useState(0);

  useEffect(() => {
    let live = true;
    // The domain (and Effect with it) is loaded after the first screen, not before it.
    void import("@cchc/domain/Period").then((Period) => {
      const list = Period.periodsOf(year, "nd09").flatMap((code) => {
        const w = Period.window(code, "nd09");
        return w._tag === "Right" ? [{ ...w.right, code: String(w.right.code) }] : [];
      });
      if (live) setPeriods(list);
    });
    return () => {
      live = false;
    };
  }, [year]);

  const shown = useMemo(() => periods.filter((p) => filter === "" || matches(`${p.code} ${p.label}`, filter)), [periods, filter]);
  const at = Math.min(cursor, Math.max(0, shown.length - 1));

  useKeys((input, key) => {
    if (key.upArrow) setCursor(Math.max(0, at - 1));
    else if (key.downArrow) setCursor(Math.min(shown.length - 1, at + 1));
    else if (key.leftArrow) setYear(year - 1);
    else if (key.rightArrow) setYear(year + 1);
    else if (key.return) {
      const p = shown[at];
      if (p) onPick(p);
    } else if (key.escape) {
      if (filter) setFilter("");
      else onBack();
    } else if (key.backspace || key.delete) setFilter((f) => f.slice(0, -1));
    else if (input && !key.ctrl && !key.meta && !key.tab) {
      setFilter((f) => f + input);
      setCursor(0);
    }
  });

  const rows = 14;
  const start = Math.max(0, Math.min(at - Math.floor(rows / 2), shown.length - rows));
  return (
    <Frame
      screen={`Chọn kỳ báo cáo — năm ${year}`}
      context={context}
      keys={[
        ["gõ chữ", "lọc"],
        ["↑↓", "chọn"],
        ["←→", "năm"],
        ["Enter", "mở"],
        ["Esc", filter ? "xóa lọc" : "quay lại"],
      ]}
    >
      <Text>
        Lọc: {filter}█ <Text color={theme.text.muted}>(chốt số liệu theo Nghị định 09/2019: ngày 15 đến ngày 14)</Text>
      </Text>
      {shown.slice(start, start + rows).map((p, i) => {
        const selected = start + i === at;
        return (
          <Text key={p.code} inverse={selected} wrap="truncate-end">
            {selected ? "›" : " "} {p.code.padEnd(8)} {p.label.padEnd(22)} {dmy(p.start)} – {dmy(p.end)}
          </Text>
        );
      })}
    </Frame>
  );
};
