import { preset } from "@cchc/vitest-config";

export default preset();
