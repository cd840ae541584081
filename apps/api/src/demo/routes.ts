/**
 * Handler of the demo data load (endpoint: `@cchc/contract/endpoints/Demo`): idempotent, what is
 * there already is kept.
 */
import * as Demo from "@cchc/contract/endpoints/Demo";
import { loadDemo } from "@cchc/db/demo/Demo";
import { Effect } from "effect";
import { handle } from "../http/Route.js";

/** Demo route. */
export const demoRoutes = [
  handle(Demo.loadDemo, () => Effect.map(loadDemo, (steps) => ({ steps, added: steps.reduce((n, s) => n + s.added, 0) }))),
];
