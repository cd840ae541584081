/** @jsxRuntime classic */
/**
 * Entering and correcting the figures of one area. Typed values are checked at once with the
 * domain rule the server applies (`checkValue`); Ctrl+S / s saves every changed field with the
 * version it was read at. A field someone else changed meanwhile is a conflict shown with the
 * stored value and ours; nothing typed is lost when a save fails.
 */
import type { ApiClient, IndicatorView, StoredValue, ValidationFindingView } from "../api/ApiClient.js";
import { formatValue } from "../cli/commands/ValuesGetCommand.js";
import { numberField, recordOf } from "../cli/Details.js";
import { ServerRefused } from "../cli/Failure.js";
import { parseNumber } from "../files/NumberText.js";
import type { AreaInfo } from "./AreaStatus.js";
import { Frame, type Notice } from "./Frame.js";
import { statusSymbol, useTheme } from "./Theme.js";
// biome-ignore lint/correctness/noUnusedImports: React is the factory of the classic JSX runtime (see Ui.ts).
import { Box, React, Text, useCallback, useEffect, useState } from "./Ui.js";
import { useKeys } from "./use-keys.js";
import { fieldsOf, optionLabel, type ValueField } from "./ValueFields.js";

/** Props of the form. */
export interface ValueFormProps {
  readonly api: ApiClient;
  readonly unit: string;
  readonly period: string;
  readonly area: AreaInfo;
  readonly context: string;
  readonly rows?: number;
  readonly onBack: () => void;
}

/** A value typed but not yet stored. */
interface Draft {
  readonly text: string;
  readonly value: number | null;
  readonly problem: string | null;
}

/** A save refused because the stored value changed since it was read. */
interface Conflict {
  readonly key: string;
  readonly stored: { readonly value: number | null; readonly version: number | null };
  readonly mine: number;
}

const storedOf = (details: unknown): { value: number | null; version: number | null } => {
  const d = recordOf(details);
  const s = d.stored ?? d.current ?? d.existing ?? details;
  return { value: numberField(s, "value"), version: numberField(s, "version") };
};

/** Renders the form. */
export const ValueForm = ({ api, unit, period, area, context, rows = 9, onBack }: ValueFormProps) => {
  const theme = useTheme();
  const [indicators, setIndicators] = useState<ReadonlyArray<IndicatorView> | null>(null);
  const [values, setValues] = useState<ReadonlyArray<StoredValue>>([]);
  const [drafts, setDrafts] = useState<ReadonlyMap<string, Draft>>(new Map());
  const [editing, setEditing] = useState<string | null>(null);
  const [text, setText] = useState("");
  const [cursor, setCursor] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [findings, setFindings] = useState<ReadonlyArray<ValidationFindingView>>([]);
  const [saving, setSaving] = useState(false);
  const [check, setCheck] = useState<((def: IndicatorView, n: number) => string | null) | null>(null);

  const refresh = useCallback(async () => {
    const [v, f] = await Promise.all([
      api.values(unit, period),
      api.validate(unit, period).catch(() => [] as ReadonlyArray<ValidationFindingView>),
    ]);
    setValues(v);
    setFindings(f.filter((x) => x.area === area.code));
  }, [api, unit, period, area.code]);

  useEffect(() => {
    void Promise.all([api.indicators(), refresh(), import("@cchc/domain/indicators/Value")]).then(
      ([inds, , Value]) => {
        setIndicators(inds);
        setCheck(() => (def: IndicatorView, n: number) => {
          const r = Value.checkValue({ code: def.code, valueType: def.valueType }, n);
          return r._tag === "Left" ? Value.describeTypeProblem(r.left) : null;
        });
      },
      (e: unknown) => setNotice({ status: "error", text: e instanceof Error ? e.message : String(e) }),
    );
  }, [api, refresh]);

  const fields: ReadonlyArray<ValueField> = indicators ? fieldsOf(indicators, area.code, values) : [];
  const at = Math.min(cursor, Math.max(0, fields.length - 1));
  const current = fields[at];

  const confirmEdit = (field: ValueField, raw: string) => {
    const trimmed = raw.trim();
    const next = new Map(drafts);
    if (trimmed === "") next.delete(field.key);
    else {
      const n = parseNumber(trimmed);
      const problem = n === undefined ? `"${trimmed}" không phải là số` : (check?.(field.indicator, n) ?? null);
      next.set(field.key, { text: trimmed, value: n ?? null, problem });
    }
    setDrafts(next);
    setEditing(null);
  };

  const save = async (only?: { key: string; version: number | null }) => {
    const pending = fields.filter((f) => drafts.has(f.key) && (!only || f.key === only.key));
    const bad = pending.filter((f) => drafts.get(f.key)?.problem);
    if (bad.length) {
      setNotice({ status: "error", text: `Còn ${bad.length} ô sai, chưa lưu: ${bad.map((f) => f.key).join(", ")}` });
      return;
    }
    if (pending.length === 0) {
      setNotice({ status: "info", text: "Không có thay đổi để lưu." });
      return;
    }
    setSaving(true);
    const left = new Map(drafts);
    let saved = 0;
    let failure: Notice | null = null;
    for (const f of pending) {
      const d = drafts.get(f.key);
      if (!d || d.value === null) continue;
      const version = only ? only.version : (f.stored?.version ?? null);
      try {
        await api.setValue(unit, period, { indicator: f.indicator.code, disaggregation: f.disaggregation, value: d.value, version });
        left.delete(f.key);
        saved++;
      } catch (e) {
        if (e instanceof ServerRefused && e.status === 409) {
          setConflict({ key: f.key, stored: storedOf(e.details), mine: d.value });
          failure = { status: "warning", text: `Xung đột ở ${f.key}: người khác đã sửa số liệu này.` };
        } else
          failure = {
            status: "error",
            text: `Không lưu được ${f.key}: ${e instanceof Error ? e.message : String(e)} — giá trị bạn nhập vẫn được giữ.`,
          };
        break;
      }
    }
    setDrafts(left);
    await refresh().catch(() => undefined);
    setSaving(false);
    setNotice(failure ?? { status: "ok", text: `Đã lưu ${saved} số liệu.` });
  };

  useKeys((input, key) => {
    if (conflict) {
      if (input === "g") {
        setConflict(null);
        void save({ key: conflict.key, version: conflict.stored.version });
      } else if (input === "b" || key.escape) {
        const next = new Map(drafts);
        next.delete(conflict.key);
        setDrafts(next);
        setConflict(null);
        setNotice({ status: "info", text: `Giữ giá trị đang lưu của ${conflict.key}.` });
      }
      return;
    }
    if (editing !== null && current) {
      if (key.return) confirmEdit(current, text);
      else if (key.escape) setEditing(null);
      else if (key.backspace || key.delete) setText((t) => t.slice(0, -1));
      else if (input && !key.ctrl && !key.meta && /^[\d.,\s-]+$/.test(input)) setText((t) => t + input);
      return;
    }
    if (key.upArrow) setCursor(Math.max(0, at - 1));
    else if (key.downArrow) setCursor(Math.min(fields.length - 1, at + 1));
    else if (key.pageDown) setCursor(Math.min(fields.length - 1, at + rows));
    else if (key.pageUp) setCursor(Math.max(0, at - rows));
    else if (key.return && current) {
      setEditing(current.key);
      setText(drafts.get(current.key)?.text ?? (current.stored ? String(current.stored.value) : ""));
    } else if ((input === "s" && !key.ctrl) || (key.ctrl && input === "s")) void save();
    else if (input === "x" && current) {
      const next = new Map(drafts);
      next.delete(current.key);
      setDrafts(next);
    } else if (key.escape) {
      if (drafts.size)
        setNotice({
          status: "warning",
          text: `Còn ${drafts.size} thay đổi chưa lưu: s để lưu, x để bỏ từng ô; Esc lần nữa để quay lại và bỏ hết.`,
        });
      if (drafts.size === 0 || notice?.text.startsWith("Còn")) onBack();
    }
  }, !saving);

  const start = Math.max(0, Math.min(at - Math.floor(rows / 2), fields.length - rows));
  return (
    <Frame
      screen={`Nhập số liệu — ${area.shortVi}`}
      context={context}
      notice={notice ?? (indicators === null ? { status: "info", text: "Đang tải chỉ tiêu và số liệu…" } : null)}
      keys={
        conflict
          ? [
              ["g", "ghi đè bằng giá trị của bạn"],
              ["b", "bỏ giá trị của bạn"],
            ]
          : editing
            ? [
                ["số", "gõ giá trị"],
                ["Enter", "xong"],
                ["Esc", "thôi"],
              ]
            : [
                ["↑↓", "chọn"],
                ["Enter", "sửa"],
                ["x", "bỏ sửa"],
                ["s", "lưu"],
                ["Esc", "quay lại"],
              ]
      }
    >
      <Text bold>
        {"  "}
        {"Chỉ tiêu".padEnd(44)} {"Đang lưu".padStart(16)} {"Của bạn".padStart(14)}
      </Text>
      {fields.length === 0 && indicators !== null ? <Text>Lĩnh vực này chưa có chỉ tiêu nào.</Text> : null}
      {fields.slice(start, start + rows).map((f, i) => {
        const selected = start + i === at;
        const d = drafts.get(f.key);
        const name = f.disaggregation
          ? `  └ ${optionLabel[f.disaggregation] ?? f.disaggregation}`
          : `${f.indicator.nameVi} (${f.indicator.unitVi})`;
        const mine = editing === f.key ? `${text}█` : d ? d.text : "";
        return (
          <Text key={f.key} inverse={selected} wrap="truncate-end">
            {selected ? "›" : " "} {name.slice(0, 43).padEnd(44)} {(f.stored ? formatValue(f.stored.value) : "—").padStart(16)}{" "}
            <Text color={d?.problem ? theme.status.error : theme.status.info}>{mine.padStart(14)}</Text>
            {d?.problem ? ` ${statusSymbol.error}` : d ? " *" : ""}
          </Text>
        );
      })}
      {current ? (
        <Text color={theme.text.muted} wrap="truncate-end">
          {current.key}
          {current.stored ? ` · phiên bản ${current.stored.version}` : " · chưa có số liệu"}
        </Text>
      ) : null}
      {current && drafts.get(current.key)?.problem ? (
        <Text color={theme.status.error}>
          {statusSymbol.error} {drafts.get(current.key)?.problem}
        </Text>
      ) : null}
      {conflict ? (
        <Box flexDirection="column" borderStyle="single" paddingX={1}>
          <Text color={theme.status.warning}>
            {statusSymbol.warning} Xung đột: {conflict.key} đã được người khác sửa.
          </Text>
          <Text>
            Đang lưu: {conflict.stored.value === null ? "?" : formatValue(conflict.stored.value)} (phiên bản{" "}
            {conflict.stored.version ?? "?"}) · Của bạn: {formatValue(conflict.mine)}
          </Text>
        </Box>
      ) : null}
      {findings.slice(0, 2).map((f) => (
        <Text key={`${f.rule}|${f.message}`} color={theme.status[f.importance]} wrap="truncate-end">
          {statusSymbol[f.importance]} {f.message}
        </Text>
      ))}
      {findings.length > 2 ? <Text color={theme.text.muted}>… và {findings.length - 2} phát hiện khác</Text> : null}
    </Frame>
  );
};
