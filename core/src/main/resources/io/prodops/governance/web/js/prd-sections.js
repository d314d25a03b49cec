/*
 * PRD section editors and read-only views by kind. Content shapes (issue 4's JSON contract):
 *   RICH_TEXT  sanitized HTML string           TABLE   [[cell, ...], ...]
 *   CHECKLIST  [{text, done}, ...]              METRICS [{name, baseline, target, actual}, ...]
 *   PEOPLE     {role: [userKey, ...], ...}      DATE    "2026-12-01" (ISO) or null
 * Every editor: {element, getContent(), setContent(content), focus()}; onChange() fires on user edits, onBlur() when
 * focus leaves the editor. Cell and item text is set as input values or text nodes only.
 */
(function (global) {
    'use strict';
    var ProdOps = global.ProdOps = global.ProdOps || {};
    var ui = ProdOps.ui;
    var h = ui.h;
    var MAX_ROWS = 200;
    var METRIC_FIELDS = ['name', 'baseline', 'target', 'actual'];

    function str(value) {
        return value === null || value === undefined ? '' : String(value);
    }

    function focusOut(element, callback) {
        if (!callback) {
            return;
        }
        element.addEventListener('focusout', function (event) {
            if (!element.contains(event.relatedTarget)) {
                callback();
            }
        });
    }

    /* ---------------------------------------------------------------- rows (TABLE and METRICS) */

    /**
     * A grid of text inputs with add/remove row. columns: [{label}], rows: array of arrays of strings.
     * toContent/fromContent convert between the content shape and arrays of strings.
     */
    function gridEditor(options, columns, toRows, fromRows) {
        var t = options.t;
        var tbody = h('tbody');
        var addButton = h('button', {type: 'button', className: 'aui-button prodops-add-row', text: t('prodops.prd.grid.addrow')});
        var limit = h('p', {className: 'prodops-meta prodops-row-limit', hidden: true, text: t('prodops.prd.grid.limit', MAX_ROWS)});
        var table = h('table', {className: 'aui prodops-grid'}, [
            h('caption', {className: 'prodops-visually-hidden', text: options.title || ''}),
            h('thead', null, h('tr', null, columns.map(function (column) {
                return h('th', {scope: 'col', text: column});
            }).concat([h('th', {scope: 'col', className: 'prodops-grid-actions'}, h('span', {className: 'prodops-visually-hidden', text: t('prodops.prd.grid.actions')}))]))),
            tbody
        ]);
        var element = h('div', {className: 'prodops-grid-editor'}, [h('div', {className: 'prodops-grid-scroll'}, table),
            h('div', {className: 'prodops-grid-buttons'}, [addButton, limit])]);

        function changed() {
            if (options.onChange) {
                options.onChange();
            }
        }

        function renumber() {
            Array.prototype.forEach.call(tbody.rows, function (row, index) {
                Array.prototype.forEach.call(row.querySelectorAll('input'), function (input, col) {
                    input.setAttribute('aria-label', t('prodops.prd.grid.cell', columns[col], index + 1));
                });
                var remove = row.querySelector('.prodops-remove-row');
                remove.setAttribute('aria-label', t('prodops.prd.grid.removerow', index + 1));
            });
            var full = tbody.rows.length >= MAX_ROWS;
            addButton.disabled = full;
            limit.hidden = !full;
        }

        function addRow(cells, focus) {
            var inputs = columns.map(function (column, col) {
                return h('input', {type: 'text', className: 'text prodops-cell', value: str(cells[col]), onInput: changed});
            });
            var remove = h('button', {type: 'button', className: 'aui-button aui-button-subtle prodops-remove-row'}, [
                h('span', {'aria-hidden': 'true', text: '\u2715 '}), t('prodops.prd.grid.remove')]);
            var row = h('tr', null, inputs.map(function (input) {
                return h('td', null, input);
            }).concat([h('td', {className: 'prodops-grid-actions'}, remove)]));
            remove.addEventListener('click', function () {
                var index = Array.prototype.indexOf.call(tbody.rows, row);
                row.remove();
                renumber();
                changed();
                var next = tbody.rows[index] || tbody.rows[index - 1];
                (next ? next.querySelector('input') : addButton).focus();
                ui.announce(options.live, t('prodops.prd.grid.removed', index + 1));
            });
            tbody.appendChild(row);
            renumber();
            if (focus) {
                inputs[0].focus();
            }
        }

        addButton.addEventListener('click', function () {
            addRow([], true);
            changed();
        });

        function setContent(content) {
            ui.clear(tbody);
            toRows(content).slice(0, MAX_ROWS).forEach(function (cells) {
                addRow(cells, false);
            });
            renumber();
        }

        function getContent() {
            return fromRows(Array.prototype.map.call(tbody.rows, function (row) {
                return Array.prototype.map.call(row.querySelectorAll('input'), function (input) {
                    return input.value;
                });
            }));
        }

        setContent(options.content);
        focusOut(element, options.onBlur);
        return {element: element, getContent: getContent, setContent: setContent, focus: function () {
            var first = tbody.querySelector('input');
            (first || addButton).focus();
        }};
    }

    function tableColumns(options) {
        var columns = (options.columns || []).slice();
        var rows = Array.isArray(options.content) ? options.content : [];
        var width = rows.reduce(function (max, row) { return Math.max(max, Array.isArray(row) ? row.length : 0); }, columns.length);
        for (var i = columns.length; i < Math.max(width, 1); i++) {
            columns.push(options.t('prodops.prd.grid.column', i + 1));
        }
        return columns;
    }

    function tableEditor(options) {
        var columns = tableColumns(options);
        return gridEditor(options, columns, function (content) {
            return (Array.isArray(content) ? content : []).map(function (row) {
                return Array.isArray(row) ? row.map(str) : [];
            });
        }, function (rows) {
            return rows;
        });
    }

    function metricsColumns(t) {
        return METRIC_FIELDS.map(function (field) {
            return t('prodops.prd.metrics.' + field);
        });
    }

    function metricsEditor(options) {
        return gridEditor(options, metricsColumns(options.t), function (content) {
            return (Array.isArray(content) ? content : []).map(function (metric) {
                metric = metric || {};
                return METRIC_FIELDS.map(function (field) { return str(metric[field]); });
            });
        }, function (rows) {
            return rows.map(function (cells) {
                var metric = {};
                METRIC_FIELDS.forEach(function (field, i) { metric[field] = cells[i]; });
                return metric;
            });
        });
    }

    /* ---------------------------------------------------------------- CHECKLIST */

    function checklistEditor(options) {
        var t = options.t;
        var list = h('ul', {className: 'prodops-checklist is-editable'});
        var addButton = h('button', {type: 'button', className: 'aui-button prodops-add-item', text: t('prodops.prd.checklist.add')});
        var element = h('div', {className: 'prodops-checklist-editor'}, [list, addButton]);

        function changed() {
            if (options.onChange) {
                options.onChange();
            }
        }

        function renumber() {
            Array.prototype.forEach.call(list.children, function (item, index) {
                item.querySelector('input[type=checkbox]').setAttribute('aria-label', t('prodops.prd.checklist.done', index + 1));
                item.querySelector('input[type=text]').setAttribute('aria-label', t('prodops.prd.checklist.item', index + 1));
                item.querySelector('.prodops-remove-item').setAttribute('aria-label', t('prodops.prd.checklist.remove', index + 1));
            });
            addButton.disabled = list.children.length >= MAX_ROWS;
        }

        function addItem(entry, focus) {
            entry = entry || {};
            var box = h('input', {type: 'checkbox', className: 'prodops-check', checked: Boolean(entry.done), onChange: changed});
            var text = h('input', {type: 'text', className: 'text prodops-check-text', value: str(entry.text), onInput: changed});
            var remove = h('button', {type: 'button', className: 'aui-button aui-button-subtle prodops-remove-item'}, [
                h('span', {'aria-hidden': 'true', text: '\u2715 '}), t('prodops.prd.grid.remove')]);
            var item = h('li', {className: 'prodops-checklist-item'}, [box, text, remove]);
            remove.addEventListener('click', function () {
                var index = Array.prototype.indexOf.call(list.children, item);
                item.remove();
                renumber();
                changed();
                var next = list.children[index] || list.children[index - 1];
                (next ? next.querySelector('input[type=text]') : addButton).focus();
                ui.announce(options.live, t('prodops.prd.checklist.removed', index + 1));
            });
            list.appendChild(item);
            renumber();
            if (focus) {
                text.focus();
            }
        }

        addButton.addEventListener('click', function () {
            addItem({}, true);
            changed();
        });

        function setContent(content) {
            ui.clear(list);
            (Array.isArray(content) ? content : []).forEach(function (entry) {
                addItem(typeof entry === 'string' ? {text: entry} : entry, false);
            });
            renumber();
        }

        setContent(options.content);
        focusOut(element, options.onBlur);
        return {
            element: element, setContent: setContent,
            getContent: function () {
                return Array.prototype.map.call(list.children, function (item) {
                    return {text: item.querySelector('input[type=text]').value, done: item.querySelector('input[type=checkbox]').checked};
                });
            },
            focus: function () {
                var first = list.querySelector('input');
                (first || addButton).focus();
            }
        };
    }

    /* ---------------------------------------------------------------- PEOPLE */

    function peopleRoles(options) {
        var roles = (options.roles || []).slice();
        var content = options.content && typeof options.content === 'object' && !Array.isArray(options.content) ? options.content : {};
        Object.keys(content).forEach(function (role) {
            if (roles.indexOf(role) < 0) {
                roles.push(role);
            }
        });
        return roles;
    }

    function splitKeys(text) {
        return text.split(/[,;\s]+/).map(function (part) { return part.trim(); }).filter(function (part) { return part; });
    }

    function peopleEditor(options) {
        var t = options.t;
        var roles = peopleRoles(options);
        var helpId = ui.uid('prodops-people-help');
        var inputs = {};
        var element = h('div', {className: 'prodops-people-editor'}, [
            h('p', {id: helpId, className: 'prodops-meta', text: t('prodops.prd.people.help')})
        ]);
        if (!roles.length) {
            element.appendChild(h('p', {className: 'prodops-meta', text: t('prodops.prd.people.noroles')}));
        }
        roles.forEach(function (role) {
            var id = ui.uid('prodops-people');
            inputs[role] = h('input', {type: 'text', id: id, className: 'text prodops-people-input', 'data-role': role,
                'aria-describedby': helpId, autocomplete: 'off', onInput: function () {
                    if (options.onChange) {
                        options.onChange();
                    }
                }});
            element.appendChild(h('div', {className: 'field-group prodops-people-role'}, [
                h('label', {'for': id, text: role}), inputs[role]
            ]));
        });

        function setContent(content) {
            var value = content && typeof content === 'object' ? content : {};
            roles.forEach(function (role) {
                inputs[role].value = (Array.isArray(value[role]) ? value[role] : []).map(ui.userKey).join(', ');
            });
        }

        setContent(options.content);
        focusOut(element, options.onBlur);
        return {
            element: element, setContent: setContent,
            getContent: function () {
                var content = {};
                roles.forEach(function (role) {
                    content[role] = splitKeys(inputs[role].value);
                });
                return content;
            },
            focus: function () {
                var first = element.querySelector('input');
                if (first) {
                    first.focus();
                }
            }
        };
    }

    /* ---------------------------------------------------------------- DATE */

    function dateEditor(options) {
        var id = ui.uid('prodops-date');
        var input = h('input', {type: 'date', id: id, className: 'text prodops-date', 'aria-labelledby': options.labelledBy,
            'aria-describedby': options.describedBy || null, onChange: function () {
                if (options.onChange) {
                    options.onChange();
                }
            }});
        var element = h('div', {className: 'prodops-date-editor'}, input);
        focusOut(element, options.onBlur);
        function setContent(content) {
            input.value = /^\d{4}-\d{2}-\d{2}$/.test(str(content)) ? content : '';
        }
        setContent(options.content);
        return {
            element: element, setContent: setContent,
            getContent: function () { return input.value ? input.value : null; },
            focus: function () { input.focus(); }
        };
    }

    /* ---------------------------------------------------------------- RICH_TEXT */

    function richTextEditor(options) {
        var element = h('div', {className: 'prodops-richtext-host'});
        var editor = ProdOps.richText.create(element, {
            t: options.t, html: typeof options.content === 'string' ? options.content : '', readOnly: false,
            labelledBy: options.labelledBy, describedBy: options.describedBy,
            label: options.t('prodops.richtext.toolbar.for', options.title || ''),
            placeholder: options.t('prodops.richtext.placeholder'), onChange: options.onChange, onBlur: options.onBlur
        });
        return {
            element: element,
            getContent: editor.getHtml,
            setContent: function (content) { editor.setHtml(typeof content === 'string' ? content : ''); },
            focus: editor.focus
        };
    }

    var EDITORS = {RICH_TEXT: richTextEditor, TABLE: tableEditor, CHECKLIST: checklistEditor, METRICS: metricsEditor,
        PEOPLE: peopleEditor, DATE: dateEditor};

    /** An editor for a section of this kind (unknown kinds are shown read-only). */
    function editor(kind, options) {
        var factory = EDITORS[kind];
        if (!factory) {
            var element = view(kind, options.content, options);
            return {element: element, getContent: function () { return options.content; }, setContent: function () {}, focus: function () {}};
        }
        return factory(options);
    }

    /* ---------------------------------------------------------------- read-only views */

    function empty(t) {
        return h('p', {className: 'prodops-meta prodops-empty', text: t('prodops.prd.empty')});
    }

    function staticGrid(columns, rows, title) {
        // a wide table scrolls sideways: the scrolling region takes the keyboard focus and has a name
        return h('div', {className: 'prodops-grid-scroll', tabindex: '0', role: 'region', 'aria-label': title || null}, h('table', {className: 'aui prodops-grid is-readonly'}, [
            h('caption', {className: 'prodops-visually-hidden', text: title || ''}),
            h('thead', null, h('tr', null, columns.map(function (column) { return h('th', {scope: 'col', text: column}); }))),
            h('tbody', null, rows.map(function (cells) {
                return h('tr', null, columns.map(function (column, i) { return h('td', {text: str(cells[i])}); }));
            }))
        ]));
    }

    /** A read-only rendering of a section's content. options: t, title, columns, roles. */
    function view(kind, content, options) {
        var t = options.t;
        if (kind === 'RICH_TEXT') {
            if (!content) {
                return empty(t);
            }
            var host = h('div', {className: 'prodops-richtext-host'});
            ProdOps.richText.create(host, {t: t, html: content, readOnly: true, labelledBy: options.labelledBy});
            return host;
        }
        if (kind === 'TABLE') {
            var rows = Array.isArray(content) ? content.filter(Array.isArray) : [];
            return rows.length ? staticGrid(tableColumns({t: t, columns: options.columns, content: rows}), rows, options.title) : empty(t);
        }
        if (kind === 'METRICS') {
            var metrics = Array.isArray(content) ? content : [];
            return metrics.length ? staticGrid(metricsColumns(t), metrics.map(function (m) {
                m = m || {};
                return METRIC_FIELDS.map(function (field) { return m[field]; });
            }), options.title) : empty(t);
        }
        if (kind === 'CHECKLIST') {
            var items = Array.isArray(content) ? content : [];
            return items.length ? h('ul', {className: 'prodops-checklist is-readonly'}, items.map(function (item) {
                item = item || {};
                return h('li', {className: 'prodops-checklist-item' + (item.done ? ' is-done' : '')}, [
                    h('span', {className: 'prodops-check-mark', 'aria-hidden': 'true', text: item.done ? '\u2611' : '\u2610'}),
                    h('span', {className: 'prodops-visually-hidden', text: (item.done ? t('prodops.prd.checklist.isdone') : t('prodops.prd.checklist.isopen')) + ': '}),
                    h('span', {text: str(item.text)})
                ]);
            })) : empty(t);
        }
        if (kind === 'PEOPLE') {
            var roles = peopleRoles({roles: options.roles, content: content});
            var value = content && typeof content === 'object' ? content : {};
            return roles.length ? h('dl', {className: 'prodops-people'}, roles.map(function (role) {
                var people = Array.isArray(value[role]) ? value[role] : [];
                var names = options.names || {};
                return [h('dt', {text: role}), h('dd', {text: people.length ? people.map(function (person) {
                    var key = ui.userKey(person);
                    return names[key] || ui.userName(person);
                }).join(', ') : '\u2014'})];
            })) : empty(t);
        }
        if (kind === 'DATE') {
            return content ? h('p', {className: 'prodops-date-value'}, h('time', {datetime: str(content), text: ui.dateText(content)})) : empty(t);
        }
        return ui.valueTree(content);
    }

    /** Content as plain text (for the "your unsaved version" copy after a conflict). */
    function plainText(kind, content, t) {
        if (kind === 'RICH_TEXT') {
            var doc = new DOMParser().parseFromString(str(content), 'text/html'); // inert document: nothing runs or loads
            return doc.body.textContent || '';
        }
        if (kind === 'TABLE') {
            return (Array.isArray(content) ? content : []).map(function (row) { return (row || []).join(' | '); }).join('\n');
        }
        if (kind === 'METRICS') {
            return (Array.isArray(content) ? content : []).map(function (m) {
                m = m || {};
                return METRIC_FIELDS.map(function (f) { return str(m[f]); }).join(' | ');
            }).join('\n');
        }
        if (kind === 'CHECKLIST') {
            return (Array.isArray(content) ? content : []).map(function (i) { return (i && i.done ? '[x] ' : '[ ] ') + str(i && i.text); }).join('\n');
        }
        if (kind === 'PEOPLE') {
            var value = content && typeof content === 'object' ? content : {};
            return Object.keys(value).map(function (role) { return role + ': ' + (value[role] || []).join(', '); }).join('\n');
        }
        return str(content);
    }

    ProdOps.sections = {editor: editor, view: view, plainText: plainText, MAX_ROWS: MAX_ROWS};
})(window);
