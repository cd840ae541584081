import { preset } from "@cchc/vitest-config";

// Tests that start API server processes (not part of `npm test`; CI runs them as their own step,
// `npm run test:instances -w @cchc/api`, with TEST_DATABASE_URL). Their JSON report sits beside
// the unit tests' one, so the CI summary counts them too.
export default preset({
  include: ["instances/**/*.test.ts"],
  testTimeout: 120_000,
  hookTimeout: 660_000,
  reporters: ["default", ["json", { outputFile: ".test-results/instances.json" }]],
});
