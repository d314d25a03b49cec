/* Quill's UMD bundle registers an anonymous AMD module instead of window.Quill when the page has an AMD loader
   (Jira's almond `define`), which the loader refuses. Hide `define` while quill.js runs; amd-guard-end.js restores it.
   The three files are consecutive in one web-resource module, so nothing else runs in between. */
(function (global) {
    'use strict';
    global.__prodopsSavedDefine = global.define;
    global.define = undefined;
})(window);
