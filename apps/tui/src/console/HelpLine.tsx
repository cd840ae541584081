/** @jsxRuntime classic */
/**
 * The line of keys at the bottom of every screen: "↑↓ chọn · Enter mở · q thoát".
 */
import { useTheme } from "./Theme.js";
// biome-ignore lint/correctness/noUnusedImports: React is the factory of the classic JSX runtime (see Ui.ts).
import { Box, React, Text } from "./Ui.js";

/** A key and what it does. */
export type KeyHint = readonly [key: string, action: string];

/** Props of the help line. */
export interface HelpLineProps {
  readonly keys: ReadonlyArray<KeyHint>;
}

/** Renders the key hints, wrapped to the terminal width. */
export const HelpLine = ({ keys }: HelpLineProps) => {
  const theme = useTheme();
  return (
    <Box flexWrap="wrap">
      {keys.map(([key, action], i) => (
        <Text key={key}>
          {i > 0 ? " · " : ""}
          <Text bold color={theme.text.key}>
            {key}
          </Text>{" "}
          {action}
        </Text>
      ))}
    </Box>
  );
};
