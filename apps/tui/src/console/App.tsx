/** @jsxRuntime classic */
/**
 * The console: choose a unit, then a period, then work from the overview of the reform areas
 * (figures, tasks, report, check, import). Ctrl+C cancels the running operation, or leaves.
 * The API client is a prop, so tests give it a double with the same interface.
 */
import type { ApiClient, OrgUnitView, PeriodView } from "../api/ApiClient.js";
import type { AreaInfo } from "./AreaStatus.js";
import { CancelContext, type CancelSlot } from "./Cancel.js";
import { type CheckFile, CheckScreen } from "./CheckScreen.js";
import { ImportScreen } from "./ImportScreen.js";
import { Overview, type OverviewAction } from "./Overview.js";
import { PeriodPicker } from "./PeriodPicker.js";
import { ReportScreen } from "./ReportScreen.js";
import { TasksScreen } from "./TasksScreen.js";
import { type Theme, ThemeContext } from "./Theme.js";
// biome-ignore lint/correctness/noUnusedImports: React is the factory of the classic JSX runtime (see Ui.ts).
import { React, useRef, useState } from "./Ui.js";
import { UnitPicker } from "./UnitPicker.js";
import { useKeys } from "./use-keys.js";
import { ValueForm } from "./ValueForm.js";

/** Props of the console. */
export interface AppProps {
  readonly api: ApiClient;
  readonly theme: Theme;
  readonly cwd: string;
  /** Today (YYYY-MM-DD), for late tasks. */
  readonly today: string;
  readonly initialYear: number;
  readonly onExit: () => void;
  readonly check?: CheckFile;
  readonly batchSize?: number;
}

type Screen = "unit" | "period" | "overview" | "values" | "tasks" | "report" | "check" | "import";

/** The console application. */
export const App = ({ api, theme, cwd, today, initialYear, onExit, check, batchSize }: AppProps) => {
  const [screen, setScreen] = useState<Screen>("unit");
  const [unit, setUnit] = useState<OrgUnitView | null>(null);
  const [period, setPeriod] = useState<PeriodView | null>(null);
  const [area, setArea] = useState<AreaInfo | undefined>(undefined);
  const cancel = useRef<(() => void) | null>(null) as CancelSlot;

  useKeys((input, key) => {
    if (key.ctrl && input === "c") {
      if (cancel.current) cancel.current();
      else onExit();
    }
  });

  const context = [unit ? `${unit.code} ${unit.shortName ?? unit.name}` : null, period ? `${period.label} (${period.code})` : null]
    .filter(Boolean)
    .join(" · ");
  const back = () => setScreen("overview");
  const onAction = (action: OverviewAction, a?: AreaInfo) => {
    if (action === "quit") onExit();
    else {
      if (a) setArea(a);
      setScreen(action === "values" ? "values" : action);
    }
  };

  /** What a picker does with the choice: keeps it, then shows the next screen. */
  const choose =
    <T,>(keep: (choice: T) => void, next: Screen) =>
    (choice: T) => {
      keep(choice);
      setScreen(next);
    };

  const body = (() => {
    if (screen === "unit" || !unit)
      return <UnitPicker api={api} context={context} onPick={choose(setUnit, period ? "overview" : "period")} onQuit={onExit} />;
    if (screen === "period" || !period)
      return <PeriodPicker year={initialYear} context={context} onPick={choose(setPeriod, "overview")} onBack={() => setScreen("unit")} />;
    switch (screen) {
      case "values":
        return area ? <ValueForm api={api} unit={unit.code} period={period.code} area={area} context={context} onBack={back} /> : null;
      case "tasks":
        return <TasksScreen api={api} unit={unit.code} period={period.code} area={area} context={context} today={today} onBack={back} />;
      case "report":
        return <ReportScreen api={api} unit={unit.code} period={period.code} context={context} cwd={cwd} onBack={back} />;
      case "check":
        return <CheckScreen context={context} cwd={cwd} onBack={back} {...(check ? { check } : {})} />;
      case "import":
        return <ImportScreen api={api} context={context} cwd={cwd} onBack={back} {...(batchSize ? { batchSize } : {})} />;
      default:
        return <Overview api={api} unit={unit.code} period={period.code} context={context} today={today} onAction={onAction} />;
    }
  })();

  return (
    <ThemeContext.Provider value={theme}>
      <CancelContext.Provider value={cancel}>{body}</CancelContext.Provider>
    </ThemeContext.Provider>
  );
};
