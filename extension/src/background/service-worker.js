// Manifest V3 service worker: wires chrome.* events to src/background/background.js.
// Listeners are registered synchronously at the top level so Chrome can wake the worker for them.

import { createBackground } from './background.js';

const bg = createBackground(chrome);

// The session token stays out of reach of content scripts (they run inside Gmail's process).
try {
  chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => {});
} catch {
  // older Chrome: content scripts never read storage anyway
}

chrome.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  bg.handleMessage(msg, sender).then(sendResponse);
  return true; // answer asynchronously
});

chrome.alarms.onAlarm.addListener((alarm) => {
  bg.onAlarm(alarm).catch(() => {});
});

chrome.notifications.onClicked.addListener((id) => {
  bg.onNotificationClicked(id).catch(() => {});
});

const wake = () => {
  bg.ensureAlarm().catch(() => {});
  bg.refreshQuietly().catch(() => {});
};
chrome.runtime.onInstalled.addListener(wake);
chrome.runtime.onStartup.addListener(wake);

// For the end-to-end tests only: lets them reach the worker's logic from playwright.
globalThis.hearback = bg;
