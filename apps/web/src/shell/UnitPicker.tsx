/**
 * The unit chooser: the unit tree from `GET /org-units`, a search box (name or code, with or
 * without diacritics) and the chosen unit kept in the URL. On wide screens the tree is open.
 */
import type { OrgUnit, OrgUnitNode } from "@cchc/domain/OrgUnit";
import { foldDiacritics } from "@cchc/domain/Text";
import { createMemo, createResource, createSignal, For, type JSX, Show } from "solid-js";
import { Loaded } from "../ui/Loaded";
import { useApp } from "./AppContext";

/** Props of `UnitPicker`. */
export interface UnitPickerProps {
  /** Whether the tree starts open (wide screens). */
  readonly initiallyOpen?: boolean;
}

const ancestorsOf = (items: ReadonlyArray<OrgUnit>, code: string): Set<string> => {
  const byCode = new Map(items.map((u) => [u.code as string, u]));
  const out = new Set<string>();
  let cur = byCode.get(code)?.parentCode ?? null;
  while (cur !== null && !out.has(cur)) {
    out.add(cur);
    cur = byCode.get(cur)?.parentCode ?? null;
  }
  return out;
};

/** Chooses the unit of the view. */
export const UnitPicker = (props: UnitPickerProps): JSX.Element => {
  const { api, router, t } = useApp();
  const [units, { refetch }] = createResource(() => api.units());
  const [open, setOpen] = createSignal(props.initiallyOpen ?? true);
  const [query, setQuery] = createSignal("");
  const [expanded, setExpanded] = createSignal<ReadonlySet<string>>(new Set());
  // reading a failed resource throws, so its items are read only when it loaded
  const items = createMemo(() => (units.error ? [] : (units()?.items ?? [])));
  const current = createMemo(() => items().find((u) => u.code === router.place().unit));
  const matches = createMemo(() => {
    const q = foldDiacritics(query().trim());
    if (!q) return null;
    return items().filter((u) => foldDiacritics(`${u.name} ${u.shortName ?? ""} ${u.code}`).includes(q));
  });
  const isOpen = (node: OrgUnitNode, depth: number) =>
    depth === 0 || expanded().has(node.code) || ancestorsOf(items(), router.place().unit).has(node.code);
  const toggle = (code: string) => {
    const next = new Set(expanded());
    if (next.has(code)) next.delete(code);
    else next.add(code);
    setExpanded(next);
  };
  const choose = (code: string) => {
    router.go({ unit: code });
  };
  const label = (u: OrgUnit) => (
    <>
      <span class="unit-name">{u.name}</span> <span class="unit-code">{u.code}</span>
    </>
  );
  const Node = (p: { node: OrgUnitNode; depth: number }): JSX.Element => (
    <li>
      <div class="unit-row">
        <Show when={p.node.children.length > 0} fallback={<span class="tree-spacer" aria-hidden="true" />}>
          <button
            type="button"
            class="tree-toggle"
            aria-expanded={isOpen(p.node, p.depth) ? "true" : "false"}
            aria-label={isOpen(p.node, p.depth) ? t().unitCollapse(p.node.name) : t().unitExpand(p.node.name)}
            onClick={() => toggle(p.node.code)}
          >
            {isOpen(p.node, p.depth) ? "−" : "+"}
          </button>
        </Show>
        <button
          type="button"
          class="unit-choice"
          aria-current={p.node.code === router.place().unit ? "true" : undefined}
          onClick={() => choose(p.node.code)}
        >
          {label(p.node)}
        </button>
      </div>
      <Show when={p.node.children.length > 0 && isOpen(p.node, p.depth)}>
        <ul class="unit-tree-level">
          <For each={p.node.children}>{(child) => <Node node={child} depth={p.depth + 1} />}</For>
        </ul>
      </Show>
    </li>
  );
  return (
    <section class="unit-picker" aria-labelledby="unit-picker-title">
      <div class="picker-head">
        <h2 id="unit-picker-title" class="picker-title">
          {t().unit}
        </h2>
        <button
          type="button"
          class="button button-quiet"
          aria-expanded={open() ? "true" : "false"}
          aria-controls="unit-picker-panel"
          onClick={() => setOpen(!open())}
        >
          <Show when={current()} fallback={router.place().unit}>
            {(u) => label(u())}
          </Show>
        </button>
      </div>
      <Show when={open()}>
        <div id="unit-picker-panel" class="unit-panel">
          <label class="field">
            <span class="field-label">{t().unitSearch}</span>
            <input type="search" value={query()} onInput={(e) => setQuery(e.currentTarget.value)} autocomplete="off" />
          </label>
          <Loaded resource={units} onRetry={refetch}>
            {(list) => (
              <nav aria-label={t().unitTree}>
                <Show
                  when={matches()}
                  fallback={
                    <ul class="unit-tree">
                      <For each={list().tree}>{(node) => <Node node={node} depth={0} />}</For>
                    </ul>
                  }
                >
                  {(found) => (
                    <Show when={found().length > 0} fallback={<p class="muted">{t().unitNoMatch}</p>}>
                      <ul class="unit-tree">
                        <For each={found()}>
                          {(u) => (
                            <li>
                              <button
                                type="button"
                                class="unit-choice"
                                aria-current={u.code === router.place().unit ? "true" : undefined}
                                onClick={() => choose(u.code)}
                              >
                                {label(u)}
                              </button>
                            </li>
                          )}
                        </For>
                      </ul>
                    </Show>
                  )}
                </Show>
              </nav>
            )}
          </Loaded>
        </div>
      </Show>
    </section>
  );
};
