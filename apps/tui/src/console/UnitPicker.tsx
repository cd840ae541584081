/** @jsxRuntime classic */
/**
 * Choosing a unit: the tree, indented, filtered as the user types (without diacritics: "vp ubnd"
 * finds "Văn phòng UBND tỉnh"), ↑↓ to move and Enter to choose.
 */
import type { ApiClient, OrgUnitView, UnitNode } from "../api/ApiClient.js";
import { matches } from "./Fold.js";
import { Frame, type Notice } from "./Frame.js";
import { useTheme } from "./Theme.js";
// biome-ignore lint/correctness/noUnusedImports: React is the factory of the classic JSX runtime (see Ui.ts).
import { React, Text, useEffect, useMemo, useState } from "./Ui.js";
import { useKeys } from "./use-keys.js";

/** Props of the unit picker. */
export interface UnitPickerProps {
  readonly api: ApiClient;
  readonly context?: string | undefined;
  readonly rows?: number;
  readonly onPick: (unit: OrgUnitView) => void;
  readonly onQuit: () => void;
}

interface Row {
  readonly depth: number;
  readonly unit: UnitNode;
}

const flatten = (nodes: ReadonlyArray<UnitNode>, depth = 0): ReadonlyArray<Row> =>
  nodes.flatMap((n) => [{ depth, unit: n }, ...flatten(n.children, depth + 1)]);

/** Renders the picker. */
export const UnitPicker = ({ api, context, rows = 14, onPick, onQuit }: UnitPickerProps) => {
  const theme = useTheme();
  const [all, setAll] = useState<ReadonlyArray<Row> | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [filter, setFilter] = useState("");
  const [cursor, setCursor] = useState(0);

  useEffect(() => {
    let live = true;
    api.units().then(
      (list) => live && setAll(flatten(list.tree)),
      (e: unknown) => live && setNotice({ status: "error", text: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const shown = useMemo(
    () => (all ?? []).filter((r) => filter === "" || matches(`${r.unit.code} ${r.unit.name} ${r.unit.shortName ?? ""}`, filter)),
    [all, filter],
  );
  const at = Math.min(cursor, Math.max(0, shown.length - 1));

  useKeys((input, key) => {
    if (key.upArrow) setCursor(Math.max(0, at - 1));
    else if (key.downArrow) setCursor(Math.min(shown.length - 1, at + 1));
    else if (key.pageDown) setCursor(Math.min(shown.length - 1, at + rows));
    else if (key.pageUp) setCursor(Math.max(0, at - rows));
    else if (key.return) {
      const row = shown[at];
      if (row) onPick(row.unit);
    } else if (key.escape) {
      if (filter) setFilter("");
      else onQuit();
    } else if (key.backspace || key.delete) setFilter((f) => f.slice(0, -1));
    else if (input && !key.ctrl && !key.meta && !key.tab) {
      setFilter((f) => (f + input).normalize("NFC"));
      setCursor(0);
    }
  });

  const start = Math.max(0, Math.min(at - Math.floor(rows / 2), shown.length - rows));
  return (
    <Frame
      screen="Chọn đơn vị"
      context={context}
      notice={notice ?? (all === null ? { status: "info", text: "Đang tải danh sách đơn vị…" } : null)}
      keys={[
        ["gõ chữ", "lọc"],
        ["↑↓", "chọn"],
        ["Enter", "mở"],
        ["Esc", filter ? "xóa lọc" : "thoát"],
      ]}
    >
      <Text>
        Lọc: {filter}█ <Text color={theme.text.muted}>({shown.length} đơn vị)</Text>
      </Text>
      {shown.slice(start, start + rows).map((r, i) => {
        const selected = start + i === at;
        return (
          <Text key={r.unit.code} inverse={selected} wrap="truncate-end">
            {selected ? "›" : " "} {"  ".repeat(filter ? 0 : r.depth)}
            {r.unit.code} <Text color={selected ? undefined : theme.text.muted}>{r.unit.name}</Text>
          </Text>
        );
      })}
    </Frame>
  );
};
