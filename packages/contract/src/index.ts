/** The contract of the public API `/api/v1`: endpoints, errors and the client. */
export * from "./Api.js";
export * from "./Client.js";
export * from "./Endpoint.js";
export * from "./ErrorBody.js";
export * from "./HttpErrors.js";
export * from "./ImplicitErrors.js";
export * from "./Paging.js";
export * from "./RowId.js";
export * from "./Versioned.js";
