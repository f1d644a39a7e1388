// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { EmbedDocument } from "@/components/embed/embed-document";
import { renderStaticMarkup } from "@/components/embed/static-markup";
import { buildChartModel } from "@/data/chart-data";
import { EMBED_ATTRIBUTES, embedRuntimeScript } from "@/data/embed-runtime";
import { parseThemeQuery } from "@/data/query-params";
import type { Locale } from "@/data/text/locales";
import { makeDataset } from "../fixtures/dataset-factory";

const data = makeDataset();

/** The embed of a locale at `?search`, with its runtime run: the notices a reader sees. */
function noticesAt(locale: Locale, search: string): string[] {
  const html = renderStaticMarkup(
    <EmbedDocument model={buildChartModel("releases-by-round", data, {}, locale)} sourceLine="S" pageUrl="p" csvUrl="c" dataAsOf="D" />,
  );
  document.body.innerHTML = html.slice(html.indexOf("<body>") + 6, html.indexOf("</body>"));
  window.history.replaceState(null, "", `/embed/releases-by-round?${search}`);
  new Function(embedRuntimeScript())();
  return [...document.querySelectorAll(`[${EMBED_ATTRIBUTES.notice}]`)].map((n) => n.textContent!);
}

afterEach(() => {
  document.body.innerHTML = "";
});

describe("the embed runtime's notice in the embed's language", () => {
  it("Polish and Russian embeds say what they ignored in their language, the value neutralised as in English", () => {
    expect(noticesAt("pl", "theme=purple")).toEqual([
      "Pominięto theme=„purple”: oczekiwano light, dark lub auto. Wyświetlany jest jasny motyw.",
    ]);
    expect(noticesAt("ru", "theme=%3Cb%3Ex")).toEqual([
      "Параметр theme=«?b?x» пропущен: ожидалось light, dark или auto. Показана светлая тема.",
    ]);
    expect(noticesAt("ru", "theme=dark")).toEqual([]);
  });

  it("English keeps the runtime's own words, the same as the one query parser's", () => {
    expect(noticesAt("en", "theme=purple")).toEqual([`${parseThemeQuery("?theme=purple").notices[0]} Showing the light theme.`]);
  });
});
