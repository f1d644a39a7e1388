export { default } from "@/app/(site)/@languages/page";
