// The not-found boundary Next puts in every page's payload: without it, Next's default 404 markup (with its own styles)
// costs every page ~0.4 KiB of gzipped inline script. Unknown addresses get app/global-not-found.tsx (out/404.html).
export { NotFoundMessage as default } from "@/components/not-found-message";
