import { expect, test } from "@playwright/test";
import { htmlPages, skipReason } from "./pages";

test.describe("every page stays on its origin and logs no errors", () => {
  for (const p of htmlPages) {
    for (const colorScheme of ["light", "dark"] as const) {
      test(`${p.type} ${p.path} (${colorScheme})`, async ({ page }) => {
        test.skip(skipReason(p) !== undefined, skipReason(p));
        const requests: string[] = [];
        const errors: string[] = [];
        page.on("request", (request) => requests.push(request.url()));
        page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
        page.on("console", (message) => {
          if (message.type() !== "error") return;
          // The browser reports the 404 status of the page it was asked for; that is the page working.
          const ownStatus = p.status === 404 && message.location().url === page.url() && /404/.test(message.text());
          if (!ownStatus) errors.push(`console: ${message.text()} (${message.location().url})`);
        });

        await page.emulateMedia({ colorScheme });
        const response = await page.goto(p.path);
        expect(response?.status()).toBe(p.status);
        // Scroll to the end so anything drawn or loaded on scroll (charts, lazy chunks) gets its chance to fail.
        await page.evaluate(async () => {
          for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
            window.scrollTo(0, y);
            await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 30)));
          }
        });
        await page.waitForLoadState("networkidle");

        const origin = new URL(page.url()).origin;
        const foreign = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin);
        expect(requests.length).toBeGreaterThan(0);
        expect(foreign).toEqual([]);
        expect(errors).toEqual([]);
      });
    }
  }
});
