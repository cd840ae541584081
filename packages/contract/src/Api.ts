/**
 * The whole contract of `/api/v1`: every endpoint by its operationId, for `makeClient(Api, …)`.
 * A feature adds its endpoints module here.
 */
import * as Inspections from "./endpoints/Inspections.js";

/** Every endpoint of the API by operationId. */
export const Api = {
  ...Inspections,
};

/** The contract's type. */
export type Api = typeof Api;
