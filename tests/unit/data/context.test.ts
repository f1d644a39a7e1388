import { describe, expect, it } from "vitest";
import { contextFigures, heldChangeSentence } from "@/data/context";
import { makeDataset, makeFigure } from "../fixtures/dataset-factory";

const fixture = makeDataset({ figures: [makeFigure({ id: "pardoned-since-2020-viasna", value: 605, label: "Pardoned since 2020" })] });

describe("context figures", () => {
  it("the held count's change, in one sentence per language, with the number of rounds in its plural", () => {
    expect(heldChangeSentence(fixture)).toBe(
      "Viasna counted 1,265 political prisoners held on 31 December 2024 and 1,158 on 31 January 2026, after 5 rounds of releases.",
    );
    expect(heldChangeSentence(fixture, "pl")).toBe(
      "Według Wiasny więźniów politycznych było 1265 (31 grudnia 2024) i 1158 (31 stycznia 2026); w tym czasie odbyło się 5 rund uwolnień.",
    );
    expect(heldChangeSentence(fixture, "ru")).toBe(
      "По подсчётам «Весны», политзаключённых было 1\u00a0265 на 31 декабря 2024 г. и 1\u00a0158 на 31 января 2026 г.; за это время прошло 5 раундов освобождений.",
    );
  });

  it("each figure's scope in the language; figures the dataset lacks are left out", () => {
    expect(contextFigures(fixture, "be").map((c) => [c.figure.id, c.scope])).toEqual([
      ["pardoned-since-2020-viasna", "Толькі памілаванні, з 2020 года. Не ўключае вызваленых па заканчэнні тэрміну."],
    ]);
  });
});
