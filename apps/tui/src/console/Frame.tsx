/** @jsxRuntime classic */
/**
 * The frame of every screen: the title with the chosen unit and period, the screen's name, its
 * body, a message line and the help line of keys.
 */
import { HelpLine, type KeyHint } from "./HelpLine.js";
import { type Status, statusSymbol, useTheme } from "./Theme.js";
// biome-ignore lint/correctness/noUnusedImports: React is the factory of the classic JSX runtime (see Ui.ts).
import { Box, React, type ReactNode, Text } from "./Ui.js";

/** The console's title, also what the start-up benchmark waits for. */
export const TITLE = "CCHC — Bảng điều khiển cải cách hành chính";

/** A message under the body: what just happened. */
export interface Notice {
  readonly status: Status;
  readonly text: string;
}

/** Props of the frame. */
export interface FrameProps {
  readonly screen: string;
  readonly context?: string | undefined;
  readonly keys: ReadonlyArray<KeyHint>;
  readonly notice?: Notice | null | undefined;
  readonly children?: ReactNode;
}

/** Renders a screen inside the common frame. */
export const Frame = ({ screen, context, keys, notice, children }: FrameProps) => {
  const theme = useTheme();
  return (
    <Box flexDirection="column">
      <Box justifyContent="space-between">
        <Text bold color={theme.text.title}>
          {TITLE}
        </Text>
      </Box>
      <Text>
        <Text bold>{screen}</Text>
        {context ? <Text color={theme.text.muted}> · {context}</Text> : null}
      </Text>
      <Box flexDirection="column" marginY={1}>
        {children}
      </Box>
      {notice ? (
        <Text color={theme.status[notice.status]}>
          {statusSymbol[notice.status]} {notice.text}
        </Text>
      ) : null}
      <HelpLine keys={keys} />
    </Box>
  );
};
