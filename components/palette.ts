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
