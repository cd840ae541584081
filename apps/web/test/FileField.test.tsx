import { cleanup, fireEvent, render, screen } from "@solidjs/testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { FileField } from "../src/ui/FileField";

afterEach(cleanup);

describe("FileField", () => {
  it("names the hidden input by its label, hands on the chosen file, and gives the input to the form's ref", () => {
    let input: HTMLInputElement | undefined;
    const chosen: Array<File | null> = [];
    render(() => (
      <FileField ref={input} labelId="f-label" label="Chọn tệp" button="Chọn…" accept=".csv" onChoose={(f) => chosen.push(f)}>
        <span>bên cạnh</span>
      </FileField>
    ));
    const field = screen.getByLabelText("Chọn tệp") as HTMLInputElement;
    expect(field.type).toBe("file");
    expect(field.accept).toBe(".csv");
    expect(input).toBe(field);
    const file = new File(["a,b"], "ho-so.csv");
    fireEvent.change(field, { target: { files: [file] } });
    expect(chosen).toEqual([file]);
    expect(screen.getByText("bên cạnh")).toBeTruthy();
  });
});
