import type { Config } from "tailwindcss";
import plugin from "tailwindcss/plugin";
import { palette, paletteTokenSlug, paletteTokens, type PaletteMode } from "./components/palette";

const cssVar = (token: (typeof paletteTokens)[number]) => `--c-${paletteTokenSlug(token)}`;

function paletteVariables(mode: PaletteMode): Record<string, string> {
  return Object.fromEntries(paletteTokens.map((token) => [cssVar(token), palette[mode][token]]));
}

const light = { ...paletteVariables("light"), colorScheme: "light" };
const dark = { ...paletteVariables("dark"), colorScheme: "dark" };

// Order matters: the data-theme overrides and print come after the system
// preference so an explicit choice (e.g. an embed's ?theme=) wins, and paper is light.
const paletteBase = plugin(({ addBase }) => {
  addBase({
    ":root": { ...paletteVariables("light"), colorScheme: "light dark" },
    "@media (prefers-color-scheme: dark)": { ":root": dark },
    '[data-theme="light"]': light,
    '[data-theme="dark"]': dark,
    "@media print": { ":root, [data-theme]": light },
  });
});

export default {
  theme: {
    extend: {
      colors: Object.fromEntries(paletteTokens.map((token) => [paletteTokenSlug(token), `var(${cssVar(token)})`])),
    },
  },
  plugins: [paletteBase],
} satisfies Config;
