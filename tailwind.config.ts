import type { Config } from "tailwindcss";
import plugin from "tailwindcss/plugin";
import { paletteColorVariables, paletteRules } from "./components/palette";

// The one palette: the same variables (and the same override order) as the script-free embeds' stylesheet.
const paletteBase = plugin(({ addBase }) => {
  addBase(paletteRules());
});

export default {
  theme: {
    extend: {
      colors: paletteColorVariables(),
    },
  },
  plugins: [paletteBase],
} satisfies Config;
