// Styles for the shadow roots of the banner and the list badges (Gmail's CSS cannot reach in, ours cannot leak out).
export const BANNER_CSS = `
:host { all: initial; display: block; margin: 8px 0 12px; }
.hb { font: 14px/20px 'Google Sans', Roboto, Arial, sans-serif; color: #1f1f1f; background: #e8f0fe;
  border: 1px solid #c2d7fb; border-radius: 12px; padding: 12px 16px; max-width: 920px; box-sizing: border-box; }
.hb-head { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; }
.hb-logo { font-weight: 600; color: #0b57d0; }
.hb-stage { background: #fff; border: 1px solid #c2d7fb; border-radius: 10px; padding: 0 8px; font-size: 12px; }
.hb-title { color: #444746; }
.hb-close { margin-left: auto; border: 0; background: transparent; font-size: 18px; line-height: 18px; cursor: pointer; color: #444746; padding: 2px 6px; border-radius: 50%; }
.hb-close:hover { background: rgba(0,0,0,.06); }
.hb-evidence { margin: 8px 0 0; color: #1f1f1f; }
.hb-next { margin: 6px 0 0; font-weight: 600; }
.hb-next.hb-due { color: #b3261e; }
.hb-reason { margin: 2px 0 0; color: #444746; font-size: 13px; }
.hb-actions { display: flex; gap: 8px; margin-top: 10px; flex-wrap: wrap; }
.hb-actions button { font: 500 14px/20px 'Google Sans', Roboto, Arial, sans-serif; border-radius: 18px; padding: 6px 14px; cursor: pointer;
  border: 1px solid #747775; background: #fff; color: #0b57d0; }
.hb-actions button.hb-primary { background: #0b57d0; border-color: #0b57d0; color: #fff; }
.hb-actions button:disabled { opacity: .6; cursor: default; }
.hb-status { margin: 8px 0 0; color: #146c2e; min-height: 0; }
.hb-status.hb-error { color: #b3261e; }
.hb-status:empty { display: none; }
`;

export const BADGE_CSS = `
:host { all: initial; display: inline-block; vertical-align: middle; margin-right: 6px; }
.hb-badge { font: 500 11px/16px 'Google Sans', Roboto, Arial, sans-serif; color: #fff; background: #b3261e;
  border-radius: 8px; padding: 0 6px; white-space: nowrap; }
`;
