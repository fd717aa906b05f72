// Types Astro and Vite give modules (import.meta.env, ?url imports) without a generated .astro/ folder,
// so `npm run typecheck` works on a fresh clone before any build.
/// <reference types="astro/client" />
