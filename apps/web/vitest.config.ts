/**
 * Component tests: Solid components rendered in jsdom. Solid must resolve to its browser,
 * development build (not the server build Node would pick), so it is inlined and the
 * conditions are set.
 */
import solid from "vite-plugin-solid";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [solid()],
  resolve: { conditions: ["development", "browser"] },
  test: {
    environment: "jsdom",
    include: ["test/**/*.test.tsx"],
    server: { deps: { inline: [/solid-js/, /@solidjs\/testing-library/] } },
    testTimeout: 20_000,
    pool: "forks",
    maxWorkers: 1,
    // a JSON report beside the console one, as the shared preset writes: CI sums them all
    reporters: ["default", ["json", { outputFile: ".test-results/vitest.json" }]],
  },
});
