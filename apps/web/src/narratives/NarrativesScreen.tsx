/**
 * "Thuyết minh": the report's narrative sections of the chosen unit and period, in the order of
 * the report outline, each shown as text with the figures it states highlighted. Those who may
 * write the unit's data (while no approval locks the period: `lockStateOf`, as /hoat-dong) open a
 * section in the editor, where the text is checked as they type and saved with its version.
 */
import { decimalsOf } from "@cchc/domain/indicators/ClaimChange";
import { formatPercent } from "@cchc/domain/VnRate";
import { createEffect, createMemo, createSignal, For, type JSX, on, onCleanup, Show } from "solid-js";
import type { NarrativeSaved } from "../api/Answers";
import { LockNotice } from "../entry/LockNotice";
import { usePeriodData } from "../entry/UsePeriodData";
import { useApp } from "../shell/AppContext";
import { UnitScreenHead } from "../shell/UnitScreenHead";
import { Loaded } from "../ui/Loaded";
import { SavedNotice } from "../ui/SavedNotice";
import { NarrativeEditor } from "./NarrativeEditor";
import { MarkedText } from "./NarrativeText";
import { sectionsToShow } from "./Sections";

/** The narrative screen. */
const NarrativesScreen = (): JSX.Element => {
  const { api, router, t } = useApp();
  const { key, data, refetch, mutate, loaded, lock } = usePeriodData(async (unit, period) => ({
    items: await api.narratives(unit, period),
  }));
  const [editing, setEditing] = createSignal(router.place().focus.replace(/^section-/, ""));
  const [dirty, setDirty] = createSignal(false);
  const [message, setMessage] = createSignal("");
  // another unit or period: the open editor holds the previous one's text and version, so it closes
  const scope = createMemo(() => `${key().unit}|${key().period}`);
  createEffect(
    on(
      scope,
      () => {
        setEditing("");
        setDirty(false);
        setMessage("");
      },
      { defer: true },
    ),
  );
  router.setGuard(() => (editing() && dirty() ? t().narrativeUnsaved : null));
  onCleanup(() => router.setGuard(null));
  const byId = (id: string) => loaded()?.items.find((n) => n.section === id) ?? null;
  const saved = (n: NarrativeSaved) => {
    const d = loaded();
    if (d) mutate({ ...d, items: [...d.items.filter((x) => x.section !== n.section), n] });
    setEditing("");
    setDirty(false);
    const followed = (n.claimsFollowed ?? []).map(
      (c) =>
        `${c.rate}${c.disaggregation ? ` [${c.disaggregation}]` : ""} ${c.stated === null ? t().narrativeClaimWithdrawn : formatPercent(c.stated, decimalsOf(c.stated))}`,
    );
    setMessage(
      [
        t().narrativeSaved(t().narrativeSection(n.section)),
        ...(followed.length > 0 ? [t().narrativeClaimsFollowed(followed.join("; "))] : []),
      ].join(" "),
    );
  };
  const open = (id: string) => {
    if (editing() && dirty() && !globalThis.confirm?.(t().narrativeUnsaved)) return;
    setMessage("");
    setDirty(false);
    setEditing(id);
  };
  return (
    <article class="screen" aria-labelledby="narr-title">
      <UnitScreenHead titleId="narr-title" title={t().narrativesTitle} intro={t().narrativesIntro} />
      <LockNotice lock={lock()} loaded={Boolean(loaded())} />
      <SavedNotice message={message()} />
      <Loaded resource={data} onRetry={refetch}>
        {(d) => (
          <For each={sectionsToShow(d().items.map((n) => n.section))}>
            {(id) => (
              <section class="panel" id={`section-${id}`} aria-labelledby={`section-${id}-title`} data-section={id}>
                <h2 id={`section-${id}-title`}>{t().narrativeSection(id)}</h2>
                <Show
                  when={editing() === id && !lock().readOnly}
                  fallback={
                    <>
                      <Show when={byId(id)?.text} fallback={<p class="muted">{t().narrativeEmpty}</p>}>
                        {(text) => (
                          <div class="narrative-text" data-testid={`narrative-${id}`}>
                            <For each={text().split(/\n\s*\n/)}>
                              {(p) => (
                                <p>
                                  <MarkedText text={p} findings={[]} />
                                </p>
                              )}
                            </For>
                          </div>
                        )}
                      </Show>
                      <p class="muted">{t().narrativeVersion(byId(id)?.version ?? 0, byId(id)?.updatedBy ?? "")}</p>
                      <Show when={!lock().readOnly}>
                        <button type="button" class="button" onClick={() => open(id)}>
                          {byId(id) ? t().narrativeEdit : t().narrativeWrite}
                          <span class="visually-hidden"> {t().narrativeSection(id)}</span>
                        </button>
                      </Show>
                    </>
                  }
                >
                  <NarrativeEditor
                    unit={router.place().unit}
                    period={router.place().period}
                    section={id}
                    narrative={byId(id)}
                    onSaved={saved}
                    onCancel={() => {
                      setEditing("");
                      setDirty(false);
                    }}
                    onDirty={setDirty}
                  />
                </Show>
              </section>
            )}
          </For>
        )}
      </Loaded>
    </article>
  );
};

export default NarrativesScreen;
