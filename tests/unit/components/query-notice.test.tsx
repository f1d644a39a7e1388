// @vitest-environment jsdom
import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { QueryNotice } from "@/components/query-notice";
import { parseThemeQuery } from "@/data/query-params";

describe("QueryNotice", () => {
  it("shows what the parser ignored in a status region", () => {
    const { notices } = parseThemeQuery("?theme=" + encodeURIComponent('"><img src=x onerror=alert(1)>'));
    const { container } = render(<QueryNotice notices={notices} />);
    const status = screen.getByRole("status");
    expect(status.textContent).toContain("Ignored theme=“???img src?x onerror?ale…”: expected light or dark or auto.");
    expect(container.querySelector("img")).toBeNull();
  });

  it("renders script-like text as text, never as markup", () => {
    const hostile = ["<script>window.pwned = true</script>", '<img src=x onerror="window.pwned = true">', "javascript:alert(1)"];
    const { container } = render(<QueryNotice notices={hostile} />);
    expect(container.querySelector("script, img, a")).toBeNull();
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual(hostile);
    expect((window as { pwned?: boolean }).pwned).toBeUndefined();
  });

  it("renders nothing when nothing was ignored", () => {
    const { container } = render(<QueryNotice notices={parseThemeQuery("theme=dark").notices} />);
    expect(container.innerHTML).toBe("");
  });

  it("says in the page's language that settings were ignored", () => {
    render(<QueryNotice notices={["x"]} locale="pl" />);
    expect(screen.getByRole("status").querySelector("p")!.textContent).toBe(
      "Część ustawień z tego adresu pominięto; zamiast nich pokazano ustawienia domyślne.",
    );
  });
});
