/**
 * Ink and React for the console, loaded with `await import()` here rather than imported where
 * used. Why: the program is one bundle, and a bundler hoists every static import of an external
 * package to the top of it, so a static `import "ink"` anywhere would load Ink (≈250 ms) for every
 * non-interactive command too. Console files use the classic JSX runtime (`/** @jsxRuntime classic *\/`)
 * with `React` from this module for the same reason (the automatic runtime would import
 * `react/jsx-runtime` statically).
 */
const ink = await import("ink");
/** React itself: the classic JSX runtime compiles `<Box/>` to `React.createElement(Box)`. */
export const React = (await import("react")).default;

export type { Key } from "ink";
export type { ReactNode } from "react";

/** Ink components and hooks. */
export const { Box, Text, render, useApp, useInput, useStdin, useStdout } = ink;

/** React hooks and context. */
export const { useState, useEffect, useRef, useMemo, useCallback, useContext, createContext } = React;
