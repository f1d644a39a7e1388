import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { htmlPages, skipReason } from "./pages";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(" ")) }));
}

test.describe("axe: no serious or critical violations", () => {
  // axe walks every node of the long dashboard: seconds alone, far more on a busy CI machine.
  test.describe.configure({ timeout: 120_000 });
  for (const p of htmlPages) {
    for (const colorScheme of ["light", "dark"] as const) {
      test(`${p.type} ${p.path} in ${colorScheme}`, async ({ page }) => {
        test.skip(skipReason(p) !== undefined, skipReason(p));
        await page.emulateMedia({ colorScheme });
        const response = await page.goto(p.path);
        expect(response?.status()).toBe(p.status);
        await page.waitForLoadState("networkidle");
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  }
});

interface FocusStop {
  tag: string;
  name: string;
  outlineStyle: string;
  outlineWidth: number;
  boxShadow: string;
  visible: boolean;
}

/** Tabs through the whole page and records each focused element and how its focus is drawn. */
async function tabWalk(page: Page, maxStops = 200): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < maxStops; i += 1) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return {
        tag: el.tagName.toLowerCase(),
        name: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim().slice(0, 60),
        outlineStyle: style.outlineStyle,
        outlineWidth: Number.parseFloat(style.outlineWidth),
        boxShadow: style.boxShadow,
        visible: rect.width > 0 && rect.height > 0 && style.visibility !== "hidden",
        matchesFocusVisible: el.matches(":focus-visible"),
        key: el.outerHTML.slice(0, 200) + rect.top + rect.left,
      };
    });
    if (!stop) break;
    if (stops.length > 0 && stop.key === (stops[0] as FocusStop & { key: string }).key) break;
    stops.push(stop);
  }
  return stops;
}

test("the axe check fails on a page with a serious violation", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/");
  // Inject only after hydration, which would otherwise drop nodes it did not render: a drawn canvas proves React ran
  // (networkidle alone can come first on a loaded machine).
  await page.waitForLoadState("networkidle");
  await expect(page.locator("[data-chart-state]").first()).toHaveAttribute("data-chart-state", "canvas", { timeout: 30_000 });
  await page.evaluate(() => {
    const faint = document.createElement("p");
    faint.textContent = "Faint text";
    faint.style.color = "#eeeeee";
    faint.style.background = "#ffffff";
    document.querySelector("main")?.append(faint, document.createElement("button"));
  });
  await expect(page.getByText("Faint text")).toBeVisible();
  expect((await seriousViolations(page)).map((v) => v.rule)).toEqual(expect.arrayContaining(["button-name", "color-contrast"]));
});

test.describe("keyboard", () => {
  test("every control on the dashboard is reachable by Tab and shows a visible focus ring", async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto("/");
    const interactive = await page
      .locator("a[href], button, summary, input, select, textarea, [tabindex]:not([tabindex='-1'])")
      .evaluateAll((els) => els.filter((el) => !(el as HTMLElement).closest("[hidden], [inert]")).length);
    const stops = await tabWalk(page, interactive + 10);
    expect(stops.length).toBeGreaterThanOrEqual(interactive);
    expect(stops[0]?.name).toBe("Skip to content");
    for (const stop of stops) {
      expect(stop.visible, `${stop.tag} “${stop.name}” is visible when focused`).toBe(true);
      const ring = (stop.outlineStyle !== "none" && stop.outlineWidth >= 2) || stop.boxShadow !== "none";
      expect(ring, `${stop.tag} “${stop.name}” draws a focus ring (outline ${stop.outlineStyle} ${stop.outlineWidth}px)`).toBe(true);
    }
  });

  test("the skip link moves focus past the header to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);
    await page.keyboard.press("Tab");
    const inMain = await page.evaluate(() => Boolean(document.activeElement?.closest("main")));
    expect(inMain).toBe(true);
  });
});

test.describe("reduced motion", () => {
  for (const p of htmlPages) {
    test(`${p.type} ${p.path} runs no transition or animation longer than 0.01 ms`, async ({ page }) => {
      test.skip(skipReason(p) !== undefined, skipReason(p));
      await page.emulateMedia({ reducedMotion: "reduce" });
      await page.goto(p.path);
      const moving = await page.evaluate(() => {
        const seconds = (list: string) => list.split(",").map((v) => (v.trim().endsWith("ms") ? parseFloat(v) / 1000 : parseFloat(v)));
        const offenders: string[] = [];
        for (const el of Array.from(document.querySelectorAll("*"))) {
          for (const pseudo of [null, "::before", "::after"]) {
            const style = getComputedStyle(el, pseudo);
            const transition = Math.max(...seconds(style.transitionDuration)) + Math.max(0, ...seconds(style.transitionDelay));
            const animation = style.animationName !== "none" ? Math.max(...seconds(style.animationDuration)) : 0;
            if (transition > 0.00001 || animation > 0.00001) offenders.push(`${el.tagName.toLowerCase()}${pseudo ?? ""}.${el.className}`);
          }
        }
        // A clamped 0.01 ms transition can be caught mid-flight; only longer ones count as motion.
        const long = (a: Animation) => Number(a.effect?.getTiming().duration ?? 0) > 0.01;
        return { offenders, running: document.getAnimations().filter((a) => a.playState === "running" && long(a)).length };
      });
      expect(moving).toEqual({ offenders: [], running: 0 });
    });
  }

  for (const reducedMotion of ["reduce", "no-preference"] as const) {
    test(`a component added later is clamped by the global rule only under ${reducedMotion}`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion });
      await page.goto("/");
      const durations = await page.evaluate(() => {
        const probe = document.createElement("div");
        probe.style.transition = "opacity 2s";
        probe.style.animation = "spin 3s infinite";
        document.body.append(probe);
        const style = getComputedStyle(probe);
        return [style.transitionDuration, style.animationDuration];
      });
      expect(durations).toEqual(reducedMotion === "reduce" ? ["1e-05s", "1e-05s"] : ["2s", "3s"]);
    });
  }
});
