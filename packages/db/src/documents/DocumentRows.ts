/**
 * The `document` table's rows and the domain's `RegisterEntry`, in one place: `fromRow` decodes a
 * row with the domain's Schema (direction, type, symbol, date and period) and adds the number and
 * reference the domain derives, so a row the domain does not allow is a defect naming the table;
 * `toRow` gives the columns of an input, with the keys the register searches and dedupes on.
 */

import { numberingYear, numberSymbol, RegisterEntry, type RegisterEntryInput, referenceText } from "@cchc/domain/documents/RegisterEntry";
import { foldDiacritics } from "@cchc/domain/Text";
import { Schema } from "effect";
import { rowDecoder } from "../RowDecoder.js";
import type { RowOf } from "../Schema.js";

const decode = rowDecoder("document", RegisterEntry.pipe(Schema.omit("numberSymbol", "reference")));

/** The registered document a row stores. */
export const fromRow = (r: RowOf<"document">): RegisterEntry => {
  const { id, version, ...base } = decode({
    id: r.id,
    unit: r.unit_code,
    direction: r.direction,
    type: r.type_code,
    number: r.number,
    year: r.number_year,
    symbol: r.symbol,
    date: r.issued_on,
    issuer: r.issuer,
    summary: r.summary,
    parentId: r.parent_id,
    reportedIn: r.reported_in,
    version: r.version,
  });
  return { id, ...base, numberSymbol: numberSymbol(base), reference: referenceText(base), version };
};

/** The columns an input writes, with its numbering year and search keys. */
export const toRow = (d: RegisterEntryInput) => ({
  unit_code: d.unit,
  direction: d.direction,
  type_code: d.type,
  number: d.number,
  number_year: d.year,
  symbol: d.symbol,
  issued_on: d.date,
  issuer: d.issuer.normalize("NFC"),
  summary: d.summary.normalize("NFC"),
  parent_id: d.parentId,
  reported_in: d.reportedIn,
  numbering_year: numberingYear(d),
  issuer_key: foldDiacritics(d.issuer),
  search_text: foldDiacritics(`${numberSymbol(d)} ${d.issuer} ${d.summary}`),
});
