/**
 * Styles of the page overlay, inside its shadow root so the page's CSS cannot reach them and they
 * cannot reach the page. The stated figure and its addends differ in line style and carry a text tag,
 * so the meaning does not rest on colour alone.
 */
export const OVERLAY_CSS = `
:host { all: initial; }
.box { position: absolute; box-sizing: border-box; pointer-events: none; border-radius: 2px; }
.stated { border: 3px solid #c62828; background: rgba(198, 40, 40, 0.10); }
.addend { border: 2px dashed #1565c0; background: rgba(21, 101, 192, 0.07); }
.tag { position: absolute; top: -1.35em; left: -3px; font: 600 12px/1.3 system-ui, "Microsoft YaHei", sans-serif;
  padding: 0 4px; color: #fff; white-space: nowrap; border-radius: 2px 2px 0 0; }
.stated .tag { background: #c62828; }
.addend .tag { background: #1565c0; top: 0; left: 0; font-size: 10px; padding: 0 2px; border-radius: 0 0 2px 0; }
.tip { position: absolute; width: max-content; max-width: 420px; padding: 8px 10px; pointer-events: auto; box-sizing: border-box;
  font: 13px/1.5 system-ui, "Microsoft YaHei", sans-serif; color: #1b1b1b; background: #fffbe6;
  border: 1px solid #c62828; border-left-width: 4px; border-radius: 4px; box-shadow: 0 2px 10px rgba(0,0,0,.25); }
.tip strong { display: block; font-size: 12px; color: #c62828; }
.tip small { display: block; margin-top: 2px; font-size: 12px; color: #5f6368; }
.tip .legend .key { display: inline-block; margin-right: 8px; padding: 0 4px; }
.tip .legend .stated { border: 2px solid #c62828; }
.tip .legend .addend { border: 2px dashed #1565c0; }
.tip .offscreen { color: #8a5300; font-weight: 600; }
.tip { overflow-wrap: anywhere; }
.tip button { float: right; margin: -4px -6px 0 8px; font: inherit; border: 0; background: none; cursor: pointer; }
`;
