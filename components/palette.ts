export type PaletteMode = "light" | "dark";

export type PaletteToken =
  "ink" | "muted" | "surface" | "surfaceAlt" | "border" | "accent" | "accentStrong" | "held" | "lowerBound" | "derived" | "focus";

export type Palette = Readonly<Record<PaletteToken, `#${string}`>>;

export const palette = {
  light: {
    ink: "#1c1f24",
    muted: "#525966",
    surface: "#ffffff",
    surfaceAlt: "#f4f5f7",
    border: "#d5d8de",
    accent: "#2f62c9",
    accentStrong: "#1f4aa8",
    held: "#b3261e",
    lowerBound: "#a15c07",
    derived: "#6b4fa8",
    focus: "#2f62c9",
  },
  dark: {
    ink: "#e8eaed",
    muted: "#a3aab5",
    surface: "#14171c",
    surfaceAlt: "#1d2128",
    border: "#363c46",
    accent: "#6f9ef0",
    accentStrong: "#9dbdf5",
    held: "#f08a80",
    lowerBound: "#e7a94a",
    derived: "#b9a3ea",
    focus: "#9dbdf5",
  },
} as const satisfies Record<PaletteMode, Palette>;

export const paletteTokens = Object.keys(palette.light) as PaletteToken[];

/** Tailwind class segment and CSS custom property suffix: surfaceAlt -> surface-alt. */
export function paletteTokenSlug(token: PaletteToken): string {
  return token.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** A CSS-in-JS rule set (the shape Tailwind's addBase takes): selectors or at-rules to declarations or nested rules. */
export type CssRules = { [selector: string]: Record<string, string> | CssRules };

const cssVariable = (token: PaletteToken) => `--c-${paletteTokenSlug(token)}`;

function paletteVariables(mode: PaletteMode): Record<string, string> {
  return Object.fromEntries(paletteTokens.map((token) => [cssVariable(token), palette[mode][token]]));
}

/** Tailwind colour names to CSS variables: `text-ink` is `color: var(--c-ink)`. */
export function paletteColorVariables(): Record<string, string> {
  return Object.fromEntries(paletteTokens.map((token) => [paletteTokenSlug(token), `var(${cssVariable(token)})`]));
}

/**
 * The palette as CSS variables: light, dark from the system, `data-theme` overrides, light on paper. Order matters: the
 * overrides and print come after the system preference so an explicit choice (an embed's ?theme=) wins. Used by
 * tailwind.config.ts for the site and by paletteStylesheet() for the script-free embeds.
 */
export function paletteRules(): CssRules {
  const light = { ...paletteVariables("light"), "color-scheme": "light" };
  const dark = { ...paletteVariables("dark"), "color-scheme": "dark" };
  return {
    ":root": { ...paletteVariables("light"), "color-scheme": "light dark" },
    "@media (prefers-color-scheme: dark)": { ":root": dark },
    '[data-theme="light"]': light,
    '[data-theme="dark"]': dark,
    "@media print": { ":root, [data-theme]": light },
  };
}

/** Serialises a rule set to CSS text (declaration names are written as given). */
export function cssText(rules: CssRules): string {
  return Object.entries(rules)
    .map(([selector, body]) => {
      const entries = Object.entries(body);
      const nested = entries.some(([, value]) => typeof value === "object");
      const inner = nested ? cssText(body as CssRules) : entries.map(([name, value]) => `${name}:${value as string}`).join(";");
      return `${selector}{${inner}}`;
    })
    .join("");
}

/** The palette's CSS for documents built without Tailwind (the embeds). */
export const paletteStylesheet = () => cssText(paletteRules());
