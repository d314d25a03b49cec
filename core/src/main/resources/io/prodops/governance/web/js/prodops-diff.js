/*
 * The diff between two versions of a versioned configuration (PRD templates, gate sets): fields of the document
 * changed, entries (sections, gates) added, removed, renamed and changed; data of any other shape as a plain value
 * tree. Shared by templates-page.js and gatesets-page.js; text only (see prodops-ui.js).
 */
(function (global) {
    'use strict';
    var ProdOps = global.ProdOps;
    var ui = ProdOps.ui;
    var h = ui.h;

    /**
     * Renders the diff response body into output under a focused heading. t is the page's message lookup, prefix the
     * page's diff strings (e.g. prodops.templates.diff.: heading, result, added, removed, renamed, changed, before,
     * after, renamedto, none, template).
     */
    function render(output, body, from, to, t, prefix) {
        function entryTitle(entry) {
            if (entry === null || entry === undefined) {
                return '';
            }
            if (typeof entry !== 'object') {
                return String(entry);
            }
            var section = entry.section && typeof entry.section === 'object' ? entry.section : entry.gate && typeof entry.gate === 'object' ? entry.gate : entry;
            return section.title || section.key || section.sectionKey || section.gateKey || (typeof entry.section === 'string' ? entry.section : '');
        }

        function fieldChanges(entry) {
            var fields = entry.fields || entry.changes || entry.changedFields || entry.fieldChanges;
            if (!fields) {
                return null;
            }
            if (!Array.isArray(fields)) {
                fields = Object.keys(fields).map(function (name) {
                    var value = fields[name];
                    return value && typeof value === 'object' && ('from' in value || 'to' in value) ? {field: name, from: value.from, to: value.to} : {field: name, to: value};
                });
            }
            return h('ul', {className: 'prodops-diff-fields'}, fields.map(function (f) {
                if (typeof f !== 'object' || f === null) {
                    return h('li', {text: String(f)});
                }
                var name = f.field || f.name || '';
                var before = 'from' in f ? f.from : f.before !== undefined ? f.before : f.old;
                var after = 'to' in f ? f.to : f.after !== undefined ? f.after : f['new'];
                return h('li', null, [
                    h('span', {className: 'prodops-diff-field', text: name}), ': ',
                    h('del', {className: 'prodops-diff-before'}, [h('span', {className: 'prodops-visually-hidden', text: t(prefix + 'before') + ' '}), display(before)]),
                    h('span', {'aria-hidden': 'true', text: ' \u2192 '}),
                    h('ins', {className: 'prodops-diff-after'}, [h('span', {className: 'prodops-visually-hidden', text: ' ' + t(prefix + 'after') + ' '}), display(after)])
                ]);
            }));
        }

        function display(value) {
            if (value === undefined || value === null || value === '') {
                return '\u2014';
            }
            if (Array.isArray(value)) {
                return value.map(function (v) { return typeof v === 'object' ? JSON.stringify(v) : String(v); }).join(', ');
            }
            return typeof value === 'object' ? JSON.stringify(value) : String(value);
        }

        var DIFF_GROUPS = [['added', '+ '], ['removed', '\u2212 '], ['renamed', '\u21C4 '], ['changed', '\u270E ']];

        /** Sections added, removed, renamed and changed fields; data of any other shape as a plain value tree. */
        function renderDiff(output, body, from, to) {
            var headingId = ui.uid('prodops-diff-result');
            output.appendChild(h('h4', {id: headingId, tabindex: '-1', text: t(prefix + 'result', from, to)}));
            var groups = {added: [], removed: [], renamed: [], changed: []};
            var recognized = false;
            // the changed fields of the document itself: "template" (PRD templates) or "gateset" (gate sets)
            var documentChanges = body && (Array.isArray(body.template) ? body.template : Array.isArray(body.gateset) ? body.gateset : []);
            if (documentChanges.length) {
                output.appendChild(h('h5', {className: 'prodops-diff-group prodops-diff-template'}, [h('span', {'aria-hidden': 'true', text: '\u270E '}),
                    t(prefix + 'template')]));
                output.appendChild(fieldChanges({fields: documentChanges}));
            }
            DIFF_GROUPS.forEach(function (g) {
                var name = g[0];
                var list = body && (body[name] || body[name + 'Sections'] || body['sections' + name.charAt(0).toUpperCase() + name.substring(1)]);
                if (Array.isArray(list)) {
                    recognized = true;
                    groups[name] = groups[name].concat(list);
                }
            });
            var changes = body && (Array.isArray(body.sections) ? body.sections : Array.isArray(body.changes) ? body.changes : null);
            if (changes) {
                recognized = true;
                changes.forEach(function (entry) {
                    var type = String(entry.change || entry.type || entry.kind || entry.action || entry.status || 'changed').toLowerCase();
                    var group = type.indexOf('add') === 0 ? 'added' : type.indexOf('remov') === 0 || type.indexOf('delet') === 0 ? 'removed'
                        : type.indexOf('renam') === 0 ? 'renamed' : 'changed';
                    groups[group].push(entry);
                });
            }
            if (!recognized) {
                output.appendChild(ui.valueTree(body));
                return;
            }
            var any = false;
            DIFF_GROUPS.forEach(function (g) {
                var name = g[0];
                if (!groups[name].length) {
                    return;
                }
                any = true;
                output.appendChild(h('h5', {className: 'prodops-diff-group prodops-diff-' + name}, [h('span', {'aria-hidden': 'true', text: g[1]}),
                    t(prefix + name, groups[name].length)]));
                output.appendChild(h('ul', {className: 'prodops-diff-list prodops-diff-' + name}, groups[name].map(function (entry) {
                    if (name === 'renamed' && typeof entry === 'object') {
                        var before = entry.from || entry.oldTitle || entry.before || entry.oldKey;
                        var after = entry.to || entry.newTitle || entry.after || entry.newKey;
                        return h('li', null, [h('del', {text: display(typeof before === 'object' ? entryTitle(before) : before)}),
                            h('span', {'aria-hidden': 'true', text: ' \u2192 '}), h('span', {className: 'prodops-visually-hidden', text: ' ' + t(prefix + 'renamedto') + ' '}),
                            h('ins', {text: display(typeof after === 'object' ? entryTitle(after) : after)}), typeof entry === 'object' ? fieldChanges(entry) : null]);
                    }
                    return h('li', null, [h('span', {className: 'prodops-diff-title', text: entryTitle(entry)}), typeof entry === 'object' ? fieldChanges(entry) : null]);
                })));
            });
            if (!any && !documentChanges.length) {
                output.appendChild(h('p', {className: 'prodops-meta', text: t(prefix + 'none')}));
            }
            global.document.getElementById(headingId).focus();
        }

        renderDiff(output, body, from, to);
    }

    ProdOps.diff = {render: render};
})(window);
