/** Optimistic concurrency in requests: see `@cchc/contract` Versioned. */
export { RemovalQuery, Removed, Version } from "@cchc/contract/Versioned";
