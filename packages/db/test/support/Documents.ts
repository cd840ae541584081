/** Documents the repository tests register. */
import type { RegisterEntryInput } from "@cchc/domain/documents/RegisterEntry";
import type { LocalDate } from "@cchc/domain/LocalDate";

/** A report of Sở Nội vụ (12/BC-SNV, 30/5/2022): evidence of its civil-service tasks. */
export const snvReport: RegisterEntryInput = {
  unit: "DT.SNV",
  direction: "issued",
  type: "BC",
  number: 12,
  year: null,
  symbol: "BC-SNV",
  date: "2022-05-30" as LocalDate,
  issuer: "Sở Nội vụ",
  summary: "kết quả rà soát vị trí việc làm",
  parentId: null,
  reportedIn: null,
};
