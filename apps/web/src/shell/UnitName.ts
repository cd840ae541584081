/**
 * The name of the unit in the URL, for titles ("Văn phòng Ủy ban nhân dân tỉnh Đồng Tháp");
 * its code while the units load or when they cannot be read.
 */
import { type Accessor, createMemo, createResource } from "solid-js";
import { useApp } from "./AppContext";

/** The current unit's name, reactive. */
export const useUnitName = (): Accessor<string> => {
  const { api, router } = useApp();
  const [units] = createResource(() => api.units().catch(() => null));
  return createMemo(() => units()?.items.find((u) => u.code === router.place().unit)?.name ?? router.place().unit);
};
