// The language switcher of the Polish, Belarusian and Russian pages: the same slot as English, with the locale in its params.
export { default } from "@/app/(site)/@languages/[...path]/page";
