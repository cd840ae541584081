import { cleanup, render, screen } from "@solidjs/testing-library";
import { createSignal } from "solid-js";
import { afterEach, describe, expect, it } from "vitest";
import { createRouter, hrefOf, parsePlace } from "../src/router/Router";
import { VirtualList, visibleRange } from "../src/ui/VirtualList";
import { fakeHost } from "./support/Fakes";

afterEach(cleanup);

describe("Router", () => {
  it("reads the screen from the path and unit, period, language from the query", () => {
    expect(parsePlace("/nhap-lieu", "?unit=DT.VPUBND&period=2022-H1&lang=en", "#tthc.pakn.tiepnhan")).toEqual({
      screen: "entry",
      unit: "DT.VPUBND",
      period: "2022-H1",
      lang: "en",
      focus: "tthc.pakn.tiepnhan",
    });
    expect(parsePlace("/khong-co", "?lang=fr")).toMatchObject({ screen: "notFound", unit: "DT", period: "2022-H1", lang: "vi" });
  });

  it("writes a link that opens the same view", () => {
    const place = { screen: "report", unit: "DT.VPUBND", period: "2022-H1", lang: "vi", focus: "" } as const;
    expect(hrefOf(place)).toBe("/bao-cao?unit=DT.VPUBND&period=2022-H1&lang=vi");
    expect(parsePlace("/bao-cao", "?unit=DT.VPUBND&period=2022-H1&lang=vi")).toEqual(place);
  });

  it("pushes history entries and asks the guard before leaving", () => {
    const host = fakeHost("/", false);
    const router = createRouter(host);
    expect(router.go({ screen: "plans" })).toBe(true);
    expect(host.urls.at(-1)).toBe("/ke-hoach?unit=DT&period=2022-H1&lang=vi");
    router.setGuard(() => "Rời đi?");
    expect(router.go({ unit: "DT.SNV" })).toBe(false);
    expect(router.place().unit).toBe("DT");
    // changing only the language is not leaving
    expect(router.go({ lang: "en" })).toBe(true);
    expect(host.questions).toEqual(["Rời đi?"]);
  });
});

describe("VirtualList", () => {
  it("computes the rows in view from their offsets", () => {
    const offsets = Array.from({ length: 2001 }, (_, i) => i * 50);
    expect(visibleRange(offsets, 0, 500, 0)).toEqual([0, 10]);
    expect(visibleRange(offsets, 50_000, 500, 2)).toEqual([998, 1012]);
    expect(visibleRange(offsets, 99_990, 500, 0)).toEqual([1999, 2000]);
  });

  it("renders only a window of 2.000 rows", () => {
    const items = Array.from({ length: 2000 }, (_, i) => ({ id: String(i), title: `Nhiệm vụ số ${i + 1}` }));
    render(() => (
      <VirtualList items={items} estimate={50} label="Nhiệm vụ" keyOf={(x) => x.id}>
        {(x) => <p>{x().title}</p>}
      </VirtualList>
    ));
    expect(screen.getByText("Nhiệm vụ số 1")).toBeTruthy();
    const rendered = screen.getAllByRole("listitem").length;
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    expect(screen.queryByText("Nhiệm vụ số 2000")).toBeNull();
    expect(screen.getAllByRole("listitem")[0]?.getAttribute("aria-setsize")).toBe("2000");
  });

  it("keeps a row (its focus and local state) when its item is replaced by a newer one with the same key", async () => {
    const [items, setItems] = createSignal([
      { id: "1", title: "Nhiệm vụ một", version: 1 },
      { id: "2", title: "Nhiệm vụ hai", version: 1 },
    ]);
    render(() => (
      <VirtualList items={items()} estimate={50} label="Nhiệm vụ" keyOf={(x) => x.id}>
        {(x) => (
          <p>
            <input aria-label={`Ghi chú ${x().id}`} />
            <span data-testid={`title-${x().id}`}>{`${x().title} (phiên bản ${x().version})`}</span>
          </p>
        )}
      </VirtualList>
    ));
    const input = screen.getByLabelText("Ghi chú 1") as HTMLInputElement;
    input.value = "đang gõ";
    input.focus();
    setItems((xs) => xs.map((x) => (x.id === "1" ? { ...x, title: "Nhiệm vụ một (đã sửa)", version: 2 } : x)));
    expect(screen.getByTestId("title-1").textContent).toBe("Nhiệm vụ một (đã sửa) (phiên bản 2)");
    expect(screen.getByLabelText("Ghi chú 1")).toBe(input);
    expect(input.value).toBe("đang gõ");
    expect(document.activeElement).toBe(input);
  });
});
