import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { chartPictureSvg } from "@/components/charts/chart-picture";
import { buildChartConfig } from "@/components/charts/chart-config";
import { encodeChart } from "@/components/charts/encoding";
import { ChartFigure } from "@/components/chart-figure";
import { EmbedDocument } from "@/components/embed/embed-document";
import { palette } from "@/components/palette";
import { SharePanel } from "@/components/share/share-panel";
import { buildChartModel } from "@/data/chart-data";
import { shareForChart } from "@/data/chart-share";
import { dataset } from "@/data/dataset";
import { EMBED_ATTRIBUTES } from "@/data/embed-runtime";
import { BOUND_ONLY_NEAR_DECEMBER, makeDataset } from "../fixtures/dataset-factory";

/** The fixture with a lower bound as the only held count near the December round, so charts draw a bound. */
const data = makeDataset({ held: BOUND_ONLY_NEAR_DECEMBER });
const NBSP = "\u00a0";

describe("the chart encoding in the model's locale", () => {
  it("Polish: ticks without a thousands separator, the bound's words and the legend in Polish", () => {
    const encoding = encodeChart(buildChartModel("released-vs-held", data, {}, "pl"));
    expect(encoding.y.ticks.map((t) => t.lines.join(" "))).toEqual(["0", "500", "1000", "1500"]);
    expect(encoding.legend.map((l) => l.label)).toEqual([
      "Uwolnieni w rundzie",
      "Wciąż przetrzymywani (najbliższe datowane zestawienie)",
      "dolna granica (ponad)",
    ]);
    expect(encoding.labels.find((l) => l.role === "bound")!.lines).toEqual(["ponad", "1000"]);
    expect(encoding.labels.find((l) => l.role === "unit")!.lines).toEqual(["osoby"]);
  });

  it("Russian: month ticks as Russian writes them, the year keeping its “г.”", () => {
    const encoding = encodeChart(buildChartModel("held-over-time", data, {}, "ru"));
    expect(encoding.x.ticks.map((t) => t.lines)).toEqual([
      ["янв.", "2025 г."],
      ["апр.", "2025 г."],
      ["июль", "2025 г."],
      ["окт.", "2025 г."],
      ["янв.", "2026 г."],
    ]);
    expect(encoding.y.ticks.map((t) => t.lines[0])).toContain(`1${NBSP}000`);
  });

  it("Belarusian: the canvas's tooltips read the model's words", () => {
    const model = buildChartModel("released-vs-held", data, {}, "be");
    const config = buildChartConfig(model, palette.light, { reducedMotion: true });
    const afterLabel = config.options!.plugins!.tooltip!.callbacks!.afterLabel as unknown as (item: object) => string[];
    const lines = afterLabel({ datasetIndex: 1, dataIndex: 4 });
    expect(lines[0]).toMatch(/ — ніжняя мяжа: /);
    expect(lines[1]).toBe("Крыніца: Fixture News, 1 сту 2025");
  });
});

describe("the chart figure, share panel, embed and picture in a locale", () => {
  // The figure links each source to /sources through the real dataset's records, so these two read the real data.
  it("real dataset: Polish figure: caption, sources label, data table and share link", () => {
    const model = buildChartModel("releases-by-round", dataset, {}, "pl");
    const html = renderToStaticMarkup(<ChartFigure model={model} shareHref="/pl/charts/releases-by-round" />);
    expect(html).toContain(">Osoby uwolnione po każdej rundzie rozmów amerykańsko-białoruskich</h3>");
    expect(html).toMatch(/Źródła?: /);
    expect(html).toContain('Tabela danych<span class="sr-only"> – Osoby uwolnione');
    expect(html).toContain('<caption class="sr-only">Dane: Osoby uwolnione');
    expect(html).toContain('Udostępnij, pobierz, cytuj<span class="sr-only">');
    expect(html).toContain('data-label="Data uwolnienia"');
  });

  it("real dataset: Polish figure with a window of the latest rounds links the chart page of the Polish edition", () => {
    const model = buildChartModel("releases-by-round", dataset, { latestRounds: 2 }, "pl");
    const html = renderToStaticMarkup(<ChartFigure model={model} />);
    const all = dataset.rounds.length;
    expect(html).toContain(`Wykres pokazuje najnowsze rundy: 2 z ${all}.`);
    expect(html).toContain('href="/pl/charts/releases-by-round"');
    expect(html).toContain(`Wszystkie rundy (${all}) na stronie wykresu`);
  });

  it("Russian share panel: its words, the Russian edition's addresses and the citation", () => {
    const model = buildChartModel("releases-by-round", data, {}, "ru");
    const share = shareForChart(model, data, "ru");
    expect(share).toMatchObject({
      pagePath: "/ru/charts/releases-by-round",
      embedPath: "/ru/embed/releases-by-round",
      oembedPath: "/ru/oembed/releases-by-round.json",
      csvPath: "/data/releases-by-round.csv",
      pngPath: "/ru/charts/releases-by-round.png",
      sourceLine: "Источник: Fixture News, 1 янв. 2025 г.",
      versionLine: "Версия набора данных 1.0.0, обновлено 1 января 2026 г.",
    });
    const html = renderToStaticMarkup(<SharePanel model={model} share={share} locale="ru" />);
    expect(html).toContain(">Поделиться, скачать, процитировать</h2>");
    expect(html).toContain("https://belarus-releases.example/ru/embed/releases-by-round");
    expect(html).toContain(">Копировать код для встраивания</button>");
    expect(html).toContain("Скачать PNG (1920 × 1280 пикс.)");
    expect(html).toContain(
      '<a href="/ru/oembed/releases-by-round.json" class="text-accent-strong underline underline-offset-2">данные oEmbed</a>',
    );
    expect(html).toContain("<code>?theme=dark</code>");
    // No doubled full stop after a date that ends in “г.”.
    expect(html).toContain("обновлено 1 января 2026 г.</p>");
    expect(html).toContain(
      "«Освобождённые после каждого раунда американо-белорусских переговоров» (график). Fixture dataset, версия набора данных 1.0.0 " +
        "(1 января 2026 г.). Данные: Fixture News, 1 янв. 2025 г. https://belarus-releases.example/ru/charts/releases-by-round (дата обращения: 1 января 2026 г.).",
    );
    expect(html).toContain("howpublished = {График, версия набора данных 1.0.0}");
  });

  it("Belarusian embed: <html lang>, words, and the theme notice for the runtime", () => {
    const model = buildChartModel("released-vs-held", data, {}, "be");
    const html = renderToStaticMarkup(
      <EmbedDocument
        model={model}
        sourceLine="Крыніца: X"
        pageUrl="https://e.test/be/charts/x"
        csvUrl="https://e.test/data/x.csv"
        dataAsOf="D"
      />,
    );
    expect(html).toMatch(/^<html lang="be">/);
    expect(html).toContain("· Вызваленні ў Беларусі</title>");
    expect(html).toContain(">Спампаваць даныя</a>");
    expect(html).toContain(">Старонка графіка, крыніцы і цытаванне</a>");
    expect(html).toContain("▲ — ніжняя мяжа: сапраўдная колькасць большая.");
    expect(html).toContain(
      `${EMBED_ATTRIBUTES.noticeText}="Параметр theme=«{value}» прапушчаны: чакалася light, dark ці auto. Паказана светлая тэма."`,
    );
  });

  it("English embed keeps lang=en and no notice attribute (the runtime's own words)", () => {
    const html = renderToStaticMarkup(
      <EmbedDocument model={buildChartModel("releases-by-round", data)} sourceLine="S" pageUrl="p" csvUrl="c" dataAsOf="D" />,
    );
    expect(html).toMatch(/^<html lang="en">/);
    expect(html).not.toContain(EMBED_ATTRIBUTES.noticeText);
  });

  it("Polish picture: notes on the marks in Polish", () => {
    const model = buildChartModel("released-vs-held", data, {}, "pl");
    const svg = chartPictureSvg(model, { credit: "Źródło: X", permalink: "https://e.test/pl/charts/x", dataAsOf: "D" });
    expect(svg).toContain("Strzałka w górę, wyblakły lub kreskowany słupek: dolna granica („ponad 1000”); prawdziwa liczba jest");
    expect(svg).toContain(">dolna granica (ponad)</text>");
  });
});
