/** The synthetic province's dossier file of the dossier benches, written to disk as it is generated. */
import { createWriteStream } from "node:fs";
import { csvHeader, csvLines, provinceOptions } from "../src/dossiers/SyntheticDossiers.js";

/** The file's columns as a table's columns, for the bare COPY the benches compare with. */
export const fileColumns = `source text, dossier_id text, procedure_code text, procedure_level text, unit_code text, channel text,
  received_at timestamptz, appointment_date date, extension_date date, resolved_at timestamptz, outcome text,
  dossier_digitised boolean, result_digitised boolean, paid_online boolean, updated_at timestamptz`;

/** Writes `rows` data lines (and the header) to `path`, 10.000 lines at a time. */
export const writeSyntheticCsv = async (path: string, rows: number): Promise<void> => {
  const out = createWriteStream(path);
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once("drain", () => r())));
  await write(`${csvHeader}\n`);
  let buffer: string[] = [];
  for (const line of csvLines(provinceOptions, rows)) {
    buffer.push(line);
    if (buffer.length === 10_000) {
      await write(`${buffer.join("\n")}\n`);
      buffer = [];
    }
  }
  if (buffer.length > 0) await write(`${buffer.join("\n")}\n`);
  await new Promise<void>((r) => out.end(() => r()));
};
