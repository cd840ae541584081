import type { ColumnType, Generated } from "kysely";

/** Table `document`: the document register (issued and received). */
export interface DocumentTable {
  readonly id: Generated<number>;
  readonly unit_code: string;
  readonly direction: string;
  readonly type_code: string;
  readonly number: number | null;
  /** The year written inside a normative number ("61/2018/NĐ-CP"). */
  readonly number_year: number | null;
  readonly symbol: string;
  readonly issued_on: string;
  readonly issuer: string;
  readonly summary: string;
  readonly parent_id: number | null;
  readonly reported_in: string | null;
  readonly numbering_year: number;
  readonly issuer_key: string;
  /** Folded text (no diacritics, lower case) for search. */
  readonly search_text: string;
  readonly version: ColumnType<number, number | undefined, number>;
}

/** Tables of the documents feature. */
export interface DocumentTables {
  readonly document: DocumentTable;
}
