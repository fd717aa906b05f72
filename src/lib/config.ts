// Placeholder: the site issue owns this file (typed site config, env overrides).
export {};
