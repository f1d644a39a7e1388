// The page in Polish, Belarusian or Russian: the English page module, which reads the language from the route.
export { default, generateMetadata } from "@/app/(site)/page";
