// Progressive enhancements on every page, bundled into one inline script (src/lib/inline-script.ts).
// Everything here is optional: without it the pages read, link and switch script (losing only the
// reader's place); search needs it to open.
import './theme-toggle.ts';
import './keep-place.ts';
import './file-links.ts';
import './toc-open.ts';
import '../components/search/client/loader.ts';
import './reader-loader.ts';
import './print-date.ts';
