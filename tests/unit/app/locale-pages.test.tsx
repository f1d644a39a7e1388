// @vitest-environment jsdom
import { render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import ChangesPage, { generateMetadata as changesMetadata } from "@/app/(site)/changes/page";
import ErrorPage from "@/app/(site)/error";
import RoundPage, { generateMetadata as roundMetadata } from "@/app/(site)/rounds/[id]/page";
import RoundsPage from "@/app/(site)/rounds/page";
import SourcesPage, { generateMetadata as sourcesMetadata } from "@/app/(site)/sources/page";

// The pages read the dataset module: here the fixture (six rounds, one English source dated 1 January 2025).
vi.mock("@/data/dataset", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/data/dataset")>();
  const { makeRawDataset } = await import("../fixtures/raw-dataset");
  return { ...real, dataset: real.validateDataset(makeRawDataset()) };
});

// The fixture dataset brings its own translations (the real ones name the real entries).
vi.mock("@/data/localized", async () => (await import("../fixtures/localized-fixture")).fixtureLocalized());

const pathname = vi.hoisted(() => ({ current: "/" }));
vi.mock("next/navigation", () => ({ usePathname: () => pathname.current }));

const params = (locale?: string) => Promise.resolve(locale ? { locale } : {});
const roundParams = (id: string, locale?: string) => Promise.resolve(locale ? { id, locale } : { id });

describe("pages in the reader's language, from their route params", () => {
  it("an English round page sets its figure's label in the sentence with only its first letter lowered", async () => {
    const { container } = render(await RoundPage({ params: roundParams("2025-12") }));
    const sentence = container.querySelector("[data-figure]")!.parentElement!.textContent!;
    expect(sentence).toMatch(/^123 prisoners released in December 2025, according to /);
  });

  it("a round page in Polish: its metadata, its facts, its held counts and its quotes marked as English", async () => {
    expect(await roundMetadata({ params: roundParams("2025-12", "pl") })).toMatchObject({
      title: "December 2025 (5. runda według PISM)",
      description: "Prisoners released in December 2025: 123; każda liczba ze źródłem.",
    });
    expect((await roundMetadata({ params: roundParams("2025-12") })).title).toBe("December 2025 (PISM's fifth round)");
    const { container } = render(await RoundPage({ params: roundParams("2025-12", "pl") }));
    expect(screen.getByRole("heading", { level: 2, name: "Co podają źródła" })).toBeTruthy();
    expect(screen.getByText("Zweryfikowane źródła nie podają rozmów przed tym uwolnieniem.")).toBeTruthy();
    const held = screen.getByText("Więźniowie polityczni wciąż w więzieniach").parentElement!;
    expect(held.textContent).toContain("Przed uwolnieniem: 1197, stan na 1 września 2025 (Fixture News, 1 sty 2025)");
    expect(held.textContent).toContain("Po uwolnieniu: ponad 1000, stan na 15 grudnia 2025");
    expect(container.querySelector("[data-figure]")!.textContent).toBe("123");
    expect([...container.querySelectorAll("blockquote")].every((q) => q.getAttribute("lang") === "en")).toBe(true);
    expect(screen.getByRole("link", { name: "Porównaj z poprzednią rundą (September 2025)" }).getAttribute("href")).toBe(
      "/pl/compare/2025-09/2025-12",
    );
    expect(screen.getByRole("navigation", { name: "Pozostałe rundy" })).toBeTruthy();
  });

  it("the English round page keeps its words and its quotes carry no lang of their own", async () => {
    const { container } = render(await RoundPage({ params: roundParams("2025-12") }));
    expect(screen.getByRole("heading", { level: 2, name: "What the sources say" })).toBeTruthy();
    expect(container.querySelector("blockquote[lang]")).toBeNull();
  });

  it("all rounds in Russian: the count of rounds in its plural", async () => {
    render(await RoundsPage({ params: params("ru") }));
    expect(screen.getByRole("heading", { level: 1, name: "Все раунды" })).toBeTruthy();
    expect(screen.getByText(/^6 раундов освобождений по датам/)).toBeTruthy();
  });

  it("sources in Russian: metadata, headings, the source's record and its citation", async () => {
    expect(await sourcesMetadata({ params: params("ru") })).toMatchObject({
      title: "Источники",
      description: "Все источники обзора: полное описание каждого и все цифры, процитированные из него.",
    });
    render(await SourcesPage({ params: params("ru") }));
    expect(screen.getByText(/^1 источник: две аналитические записки PISM Spotlight/)).toBeTruthy();
    const entry = screen.getByRole("article");
    expect(within(entry).getByText("Опубликовано").nextElementSibling!.textContent).toBe(
      "1 января 2025 г. (по странице или её метаданным)",
    );
    expect(within(entry).getByText("Тип").nextElementSibling!.textContent).toBe("Сообщение, язык: английский");
    expect(within(entry).getByText("Как цитировать").nextElementSibling!.textContent).toBe(
      "«A report on releases», Fixture News, 1 января 2025 г., https://example.org/report.",
    );
    expect(screen.getByRole("heading", { level: 2, name: "Где источники расходятся" })).toBeTruthy();
  });

  it("changes in Belarusian: each release with its version and date", async () => {
    expect((await changesMetadata({ params: params("be") })).title).toBe("Змены");
    render(await ChangesPage({ params: params("be") }));
    expect(screen.getByRole("heading", { level: 1, name: "Што змянілася ў даных" })).toBeTruthy();
    const release = screen.getByRole("heading", { level: 2 });
    expect(release.textContent).toBe("Версія 1.0.0, 1 студзеня 2026 г.");
    expect(release.querySelector("time")!.getAttribute("dateTime")).toBe("2026-01-01");
    expect(screen.getByRole("link", { name: "Atom-стужку" }).getAttribute("href")).toBe("/feed.xml");
  });

  it("the error page speaks the language of the address it failed on", () => {
    pathname.current = "/ru/rounds/2025-12";
    render(<ErrorPage error={new Error("x")} reset={() => {}} />);
    expect(screen.getByRole("heading", { name: "На этой странице произошла ошибка" })).toBeTruthy();
    expect(screen.getByRole("link", { name: "Вернуться к обзору" }).getAttribute("href")).toBe("/ru");
  });
});
