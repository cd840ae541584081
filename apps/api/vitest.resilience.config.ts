import { preset } from "@cchc/vitest-config";

// `npm run test:resilience`: the fuzzer over the OpenAPI document, kill -9 and database outage
// runs against real server processes, and the access matrix generated from the route list. Files
// run one after the other: each starts servers and databases of its own.
export default preset({
  include: ["resilience/**/*.test.ts", "test/auth/AccessMatrix.test.ts"],
  testTimeout: 240_000,
  hookTimeout: 240_000,
  fileParallelism: false,
  maxWorkers: 1,
  reporters: ["default", ["json", { outputFile: ".test-results/resilience.json" }]],
});
