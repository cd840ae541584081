/**
 * The `report_setting` table's rows and the repository's settings, in one place: `fromRow`
 * decodes a row (recipients as JSON text) with a Schema of the settings whose signer authority is
 * one of the domain's `signerAuthorities`, so a row that does not match is a defect naming the
 * table; `toRow` gives the columns of settings, text in NFC and trimmed, empty recipients dropped.
 */

import { signerAuthorities } from "@cchc/domain/report-settings/SignerAuthority";
import { Schema } from "effect";
import { camelised, rowDecoder } from "../RowDecoder.js";
import type { RowOf } from "../Schema.js";
import type { ReportSettings, StoredReportSettings } from "./ReportSettingsRepo.js";

const Stored: Schema.Schema<StoredReportSettings> = Schema.Struct({
  unit: Schema.String,
  parentBody: Schema.String,
  issuingBody: Schema.String,
  symbol: Schema.String,
  place: Schema.String,
  addressee: Schema.NullOr(Schema.String),
  signer: Schema.Struct({
    authority: Schema.NullOr(Schema.Literal(...signerAuthorities)),
    authorityTitle: Schema.NullOr(Schema.String),
    title: Schema.String,
    name: Schema.String,
  }),
  recipients: Schema.Array(Schema.String),
  version: Schema.Number,
  updatedBy: Schema.String,
  updatedAt: Schema.String,
});

const decode = rowDecoder("report_setting", Stored);

/** The stored settings a row holds. */
export const fromRow = (r: RowOf<"report_setting">): StoredReportSettings =>
  decode({
    ...camelised(r),
    unit: r.unit_code,
    signer: {
      authority: r.signer_authority,
      authorityTitle: r.signer_authority_title,
      title: r.signer_title,
      name: r.signer_name,
    },
    recipients: JSON.parse(r.recipients),
    updatedAt: (r.updated_at instanceof Date ? r.updated_at : new Date(r.updated_at)).toISOString(),
  });

const nfc = (s: string): string => s.normalize("NFC").trim();

/** The columns settings write (the unit, version and writer aside). */
export const toRow = (s: ReportSettings) => ({
  parent_body: nfc(s.parentBody),
  issuing_body: nfc(s.issuingBody),
  symbol: nfc(s.symbol),
  place: nfc(s.place),
  addressee: s.addressee === null ? null : nfc(s.addressee),
  signer_authority: s.signer.authority,
  signer_authority_title: s.signer.authorityTitle === null ? null : nfc(s.signer.authorityTitle),
  signer_title: nfc(s.signer.title),
  signer_name: nfc(s.signer.name),
  recipients: JSON.stringify(s.recipients.map(nfc).filter((r) => r !== "")),
});
