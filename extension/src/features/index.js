// The one place where Gmail features are registered. Each file adds one thing a user can see;
// each exports a factory returning {name, update(ctx), stop()}. The runner (src/content/main.js)
// calls update() after Gmail's page changes, inside try/catch, so one broken feature cannot
// break the others or the page.

import { createThreadBanner } from './thread-banner.js';
import { createListBadges } from './list-badges.js';

export const FEATURES = Object.freeze([
  createThreadBanner,
  createListBadges,
]);
