// Reading aids loaded on use (reader-loader.ts): built as its own classic script
// (src/lib/lazy-scripts.ts), so it also runs from file://.
import './cite-buttons.ts';
import './cite-copy.ts';
import './highlight.ts';
import './orientation.ts';

export {};
