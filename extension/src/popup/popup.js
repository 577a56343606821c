import { renderPopup } from './render.js';
import { MSG } from '../lib/messages.js';

const app = document.getElementById('app');
const dueEl = document.getElementById('due');
const state = { status: null, list: null, error: null };

const send = async (msg) => {
  try {
    return (await chrome.runtime.sendMessage(msg)) || { ok: false, error: { message: 'No answer from Hearback.' } };
  } catch (e) {
    return { ok: false, error: { message: e.message } };
  }
};

const on = {
  signIn: async () => {
    const r = await send({ type: MSG.SIGN_IN });
    if (!r.ok) state.error = r.error.message;
    await load(true);
  },
  openOptions: () => chrome.runtime.openOptionsPage(),
  openThread: async (threadId) => {
    const r = await send({ type: MSG.OPEN_THREAD, threadId });
    if (r.ok) window.close();
  },
};

function draw() {
  renderPopup(document, app, state, on);
  const n = state.list && state.status && state.status.signedIn ? state.list.dueToday : 0;
  dueEl.textContent = n > 0 ? `${n} due today` : '';
}

async function load(force) {
  const st = await send({ type: MSG.GET_STATUS });
  state.status = st.ok ? st.data : { signedIn: false };
  if (state.status.signedIn) {
    const r = await send({ type: MSG.LIST_THREADS, force });
    if (r.ok) {
      state.list = r.data;
      state.error = null;
    } else if (r.error && r.error.status === 401) {
      const again = await send({ type: MSG.GET_STATUS });
      state.status = again.ok ? again.data : state.status;
    } else {
      state.error = r.error.message;
    }
  }
  document.body.dataset.ready = 'true';
  draw();
}

document.getElementById('refresh').addEventListener('click', () => load(true));
document.getElementById('options').addEventListener('click', () => chrome.runtime.openOptionsPage());
load(false);
