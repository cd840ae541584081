/**
 * What a client sends for a record kind of a unit's period (activities, inspections): where the
 * record belongs, checked with the messages a form shows, and the fields of a correction.
 */
import { Schema } from "effect";
import { AreaCode } from "./Area.js";
import { PeriodCode } from "./Period.js";

/** The unit (described for the kind: "Đơn vị thực hiện, ví dụ DT.VPUBND"), period and reform area of a record. */
export const placeFields = (unitDescription: string) => ({
  unit: Schema.String.pipe(Schema.nonEmptyString({ message: () => "Mã đơn vị không được để trống" })).annotations({
    description: unitDescription,
  }),
  period: PeriodCode,
  area: AreaCode.annotations({
    message: () => ({ message: `Lĩnh vực phải là một trong: ${AreaCode.literals.join(", ")}`, override: true }),
  }),
});

/** Each field optional and exact (absent = unchanged, never `undefined`), as a correction takes it. */
export type PatchFields<Fields extends Readonly<Record<string, Schema.Schema.All>>> = {
  readonly [K in keyof Fields]: Schema.optionalWith<Fields[K], { exact: true }>;
};

/** The fields of a correction: the input fields of the kind, in their order, each optional. */
export const patchFields = <Fields extends Readonly<Record<string, Schema.Schema.All>>>(fields: Fields): PatchFields<Fields> =>
  Object.fromEntries(
    Object.entries(fields).map(([name, field]) => [name, Schema.optionalWith(field, { exact: true })]),
  ) as PatchFields<Fields>;
