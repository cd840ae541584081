/**
 * What a screen of the unit's period reads (the activities, the narratives, the dossier figures):
 * its own data with the report's workflow state beside it, loaded again when the address names
 * another unit or period, and the lock state that workflow gives (`useLockState`). A server
 * without the workflow answers none: the screen then stays writable as it was.
 */
import { createResource } from "solid-js";
import type { WorkflowBody } from "../api/Answers";
import { useApp } from "../shell/AppContext";
import { useLockState } from "./UseLockState";

/** The screen's data of the place (`load`) with its `workflow`, the resource's actions and the lock state. */
export const usePeriodData = <T extends object>(load: (unit: string, period: string) => Promise<T>) => {
  const { api, router } = useApp();
  const key = () => ({ unit: router.place().unit, period: router.place().period });
  const [data, { refetch, mutate }] = createResource(key, async ({ unit, period }) => {
    const [own, workflow] = await Promise.all([load(unit, period), api.workflow(unit, period).catch(() => null as WorkflowBody | null)]);
    return { ...own, workflow };
  });
  // reading a failed resource throws: its data is read only when it loaded
  const loaded = () => (data.error ? undefined : data());
  const lock = useLockState(() => loaded()?.workflow);
  return { key, data, refetch, mutate, loaded, lock };
};
