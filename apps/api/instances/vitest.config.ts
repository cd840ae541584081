import { preset } from "@cchc/vitest-config";

// Tests that start API server processes (not part of `npm test`; CI runs them as their own step).
export default preset({ include: ["instances/**/*.test.ts"], testTimeout: 120_000, hookTimeout: 660_000 });
