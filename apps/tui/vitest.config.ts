import { preset } from "@cchc/vitest-config";

// The bundle the process tests run is built once, before the files start (see GlobalSetup.ts).
export default preset({ globalSetup: ["test/support/GlobalSetup.ts"] });
