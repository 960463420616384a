// Options page: starts each section's module (packs.js, subscriptions.js, history.js, sites.js) once the page's text is localised.
// A section of its own adds its module to SECTIONS and its <section> to options.html, nothing else.
import { localize } from '../shared/i18n.js';
import { initHistory } from './history.js';
import { initPacks } from './packs.js';
import { initSites } from './sites.js';
import { initSubscriptions } from './subscriptions.js';

const SECTIONS = [initPacks, initSubscriptions, initHistory, initSites];

async function main() {
  localize();
  for (const init of SECTIONS) await init();
  document.body.dataset.ready = 'true';
}

main();
