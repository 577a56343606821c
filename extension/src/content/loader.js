// Content script entry (a classic script, as the manifest requires). It loads the ES modules of
// src/content/ and src/features/ from the extension itself; nothing is fetched from anywhere else.
(() => {
  try {
    if (window.top !== window) return;
    import(chrome.runtime.getURL('src/content/main.js'))
      .then((m) => m.start({ send: m.makeSend(chrome.runtime) }))
      .catch(() => {});
  } catch {
    // never throw into Gmail
  }
})();
