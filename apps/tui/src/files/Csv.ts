/**
 * A small RFC 4180 CSV reader: quoted fields with commas, doubled quotes and line breaks, CRLF or
 * LF; each record keeps the line it starts on, for error messages.
 */

/** One record and the (1-based) line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: ReadonlyArray<string>;
}

/** A quote left open at the end of the file. */
export class CsvQuoteUnclosed extends Error {
  readonly _tag = "CsvQuoteUnclosed";
  constructor(readonly line: number) {
    super(`dấu ngoặc kép mở ở dòng ${line} không được đóng`);
  }
}

/** Parses CSV text (delimiter `,` or `;`) into records; blank lines are skipped. */
export const parseCsv = (text: string, delimiter = ","): ReadonlyArray<CsvRecord> => {
  const records: Array<CsvRecord> = [];
  let fields: Array<string> = [];
  let field = "";
  let line = 1;
  let start = 1;
  let quoted = false;
  let quoteLine = 0;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === "")) records.push({ line: start, fields });
    fields = [];
    field = "";
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === "") {
      quoted = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      start = line;
    } else field += ch;
  }
  if (quoted) throw new CsvQuoteUnclosed(quoteLine);
  if (field !== "" || fields.length > 0) endRecord();
  return records;
};

/** The delimiter of a header line: `;` when it has more of them than commas (Excel in vi-VN). */
export const sniffDelimiter = (text: string): "," | ";" => {
  const first = text.slice(0, text.search(/\r?\n|$/));
  return (first.match(/;/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? ";" : ",";
};
