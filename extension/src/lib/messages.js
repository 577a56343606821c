// Messages that the content script, popup and options page send to the service worker.
export const MSG = Object.freeze({
  GET_THREAD: 'getThread',
  LIST_THREADS: 'listThreads',
  DRAFT: 'draft',
  SET_STATE: 'setState',
  OPEN_THREAD: 'openThread',
  OPEN_URL: 'openUrl',
  GET_STATUS: 'getStatus',
  SET_SERVER: 'setServer',
  SIGN_IN: 'signIn',
  SIGN_OUT: 'signOut',
  GET_SETTINGS: 'getSettings',
  PUT_SETTINGS: 'putSettings',
});

/** What a content script (running inside Gmail) may ask for. Everything else needs an extension page. */
export const CONTENT_SCRIPT_MESSAGES = new Set([
  MSG.GET_THREAD, MSG.LIST_THREADS, MSG.DRAFT, MSG.SET_STATE, MSG.OPEN_URL,
]);
