import { MSG } from '../lib/messages.js';
import { permissionPatternFor, serverOrigin } from '../lib/origins.js';

const DEFAULT_SERVER = 'https://hearback.example.app';
const DEMO_SERVER = 'http://localhost:8080';
const $ = (id) => document.getElementById(id);

const send = async (msg) => {
  try {
    return (await chrome.runtime.sendMessage(msg)) || { ok: false, error: { message: 'No answer from Hearback.' } };
  } catch (e) {
    return { ok: false, error: { message: e.message } };
  }
};

function say(id, text, error = false) {
  const el = $(id);
  el.textContent = text;
  el.classList.toggle('error', error);
}

async function refreshAccount() {
  const st = await send({ type: MSG.GET_STATUS });
  const s = st.ok ? st.data : { signedIn: false };
  $('server-url').value = s.serverUrl || DEFAULT_SERVER;
  $('sign-in').disabled = false;
  $('sign-out').disabled = !s.signedIn;
  $('sign-in').textContent = s.signedIn ? 'Sign in again' : 'Sign in with Google';
  if (s.authError === 'expired') say('account-status', 'Your sign-in has expired. Sign in again.', true);
  else if (s.signedIn) say('account-status', s.email ? `Signed in as ${s.email}.` : 'Signed in.');
  else say('account-status', 'Not signed in.');
  for (const el of $('settings-form').elements) el.disabled = !s.signedIn;
  document.body.dataset.signedIn = String(!!s.signedIn);
  if (s.signedIn) await loadSettings();
  document.body.dataset.ready = 'true';
}

async function loadSettings() {
  const r = await send({ type: MSG.GET_SETTINGS });
  if (!r.ok) {
    say('settings-status', r.error.message, true);
    return;
  }
  $('zone').value = r.data.zone || '';
  $('country').value = r.data.country || '';
  $('preset').value = (r.data.preset || 'balanced').toLowerCase();
  if (r.data.email) say('account-status', `Signed in as ${r.data.email}.`);
}

function fillZones() {
  try {
    const list = $('zones');
    for (const z of Intl.supportedValuesOf('timeZone')) {
      const o = document.createElement('option');
      o.value = z;
      list.append(o);
    }
  } catch {
    // free text still works
  }
}

// Must run synchronously inside the click: chrome.permissions.request needs the user's gesture.
function saveServer() {
  say('server-status', '');
  let origin;
  try {
    origin = serverOrigin($('server-url').value);
  } catch (e) {
    say('server-status', e.message, true);
    return;
  }
  const declared = chrome.runtime.getManifest().optional_host_permissions || [];
  const pattern = permissionPatternFor(origin, declared);
  if (!pattern) {
    say('server-status', `This version of Hearback can only connect to: ${declared.join(', ')}`, true);
    return;
  }
  chrome.permissions.request({ origins: [pattern] }).then(async (granted) => {
    if (!granted) {
      say('server-status', 'Chrome did not allow Hearback to reach that server, so nothing changed.', true);
      return;
    }
    const r = await send({ type: MSG.SET_SERVER, url: origin });
    if (r.ok) say('server-status', `Saved. Hearback will use ${r.data.serverUrl}. Sign in below.`);
    else say('server-status', r.error.message, true);
    await refreshAccount();
  }, (e) => say('server-status', e.message, true));
}

$('save-server').addEventListener('click', saveServer);
$('use-demo').addEventListener('click', () => {
  $('server-url').value = DEMO_SERVER;
  saveServer();
});
$('use-default').addEventListener('click', () => {
  $('server-url').value = DEFAULT_SERVER;
  saveServer();
});

$('sign-in').addEventListener('click', async () => {
  say('account-error', '');
  $('sign-in').disabled = true;
  const r = await send({ type: MSG.SIGN_IN });
  if (!r.ok) say('account-error', r.error.message, true);
  await refreshAccount();
});

$('sign-out').addEventListener('click', async () => {
  await send({ type: MSG.SIGN_OUT });
  say('settings-status', '');
  await refreshAccount();
});

$('settings-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  say('settings-status', '');
  const settings = {
    zone: $('zone').value.trim(),
    country: $('country').value.trim().toUpperCase(),
    preset: $('preset').value,
  };
  const r = await send({ type: MSG.PUT_SETTINGS, settings });
  if (r.ok) {
    say('settings-status', 'Saved. Hearback plans with these settings from now on.');
    $('zone').value = r.data.zone || settings.zone;
    $('country').value = r.data.country || settings.country;
  } else {
    say('settings-status', r.error.message, true);
  }
});

fillZones();
refreshAccount();
