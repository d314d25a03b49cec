/* Restores the AMD `define` hidden by amd-guard-begin.js (see there). */
(function (global) {
    'use strict';
    if (global.__prodopsSavedDefine !== undefined) {
        global.define = global.__prodopsSavedDefine;
    }
    try { delete global.__prodopsSavedDefine; } catch (e) { global.__prodopsSavedDefine = undefined; }
})(window);
