import { describe, expect, it } from "vitest";
import { palette, type PaletteMode, type PaletteToken } from "@/components/palette";

function relativeLuminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => {
    const value = parseInt(hex.slice(start, start + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = channels;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(a: string, b: string): number {
  const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

const modes: PaletteMode[] = ["light", "dark"];
const textTokens: PaletteToken[] = ["ink", "muted", "accentStrong"];
const backgrounds: PaletteToken[] = ["surface", "surfaceAlt"];

describe("contrastRatio", () => {
  it("matches the WCAG reference values", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#ffffff")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#ffffff", "#ffffff")).toBe(1);
  });
});

describe("palette", () => {
  it("uses six-digit hex colours only", () => {
    for (const mode of modes) {
      for (const value of Object.values(palette[mode])) {
        expect(value).toMatch(/^#[0-9a-f]{6}$/);
      }
    }
  });

  for (const mode of modes) {
    for (const background of backgrounds) {
      for (const token of textTokens) {
        it(`${mode}: ${token} on ${background} meets WCAG AA (4.5:1)`, () => {
          const ratio = contrastRatio(palette[mode][token], palette[mode][background]);
          expect(ratio).toBeGreaterThanOrEqual(4.5);
        });
      }
    }

    it(`${mode}: series colours stand out from the surface (3:1)`, () => {
      for (const token of ["accent", "held", "lowerBound", "derived", "focus"] as const) {
        expect(contrastRatio(palette[mode][token], palette[mode].surface)).toBeGreaterThanOrEqual(3);
      }
    });
  }
});
