/** @jsxRuntime classic */
/**
 * A progress bar with counts and the time left, for long operations (render, import).
 */
import { bar, describe, type ProgressState } from "../ops/Progress.js";
import { useTheme } from "./Theme.js";
// biome-ignore lint/correctness/noUnusedImports: React is the factory of the classic JSX runtime (see Ui.ts).
import { React, Text } from "./Ui.js";

/** Props of the progress bar. */
export interface ProgressBarProps {
  readonly label: string;
  readonly state: ProgressState;
  readonly unit: string;
  readonly format?: (n: number) => string;
  readonly width?: number;
}

/** Renders "Nhập hồ sơ [████░░░░] 45% · 4.500/10.000 dòng · còn khoảng 12 giây". */
export const ProgressBar = ({ label, state, unit, format, width = 30 }: ProgressBarProps) => {
  const theme = useTheme();
  return (
    <Text>
      {label} <Text color={theme.accent}>[{bar(state, width)}]</Text> {describe(state, unit, format)}
    </Text>
  );
};
