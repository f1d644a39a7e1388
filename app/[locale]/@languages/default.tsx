export { default } from "@/app/(site)/@languages/default";
