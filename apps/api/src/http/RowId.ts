/** The id of a stored row in a path: see `@cchc/contract` RowId. */
export { RowIdFromString } from "@cchc/contract/RowId";
