/** The values' request and response shapes now live in the contract; re-exported for the api's importers. */
export * from "@cchc/contract/schemas/Values";
