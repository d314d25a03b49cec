/*
 * Shared UI helpers of ProdOps pages. Every piece of data (user text, ops-authored template text, server messages)
 * goes into the DOM as text nodes or attribute values - never as markup - so nothing a user writes is ever parsed or run.
 */
(function (global) {
    'use strict';
    var ProdOps = global.ProdOps = global.ProdOps || {};
    var document = global.document;
    var nextId = 0;

    /** The page's UI strings (JSON in the shell's data-messages attribute) as a lookup t(key, arg0, arg1, ...). */
    function messages(root) {
        var table = {};
        try {
            table = JSON.parse(root.getAttribute('data-messages') || '{}') || {};
        } catch (e) {
            table = {};
        }
        return function t(key) {
            var pattern = Object.prototype.hasOwnProperty.call(table, key) ? table[key] : key;
            if (arguments.length === 1) {
                return pattern; // like Texts.get without arguments: the pattern as written
            }
            return format(pattern, Array.prototype.slice.call(arguments, 1));
        };
    }

    /**
     * The MessageFormat subset our bundles use (the subset AJS.format knows too): {n}, {n,choice,0#none|1#one|1<{n} more}
     * with nested placeholders, and '' for an apostrophe. Anything else is copied as written.
     */
    function format(pattern, args) {
        var out = '';
        var i = 0;
        while (i < pattern.length) {
            var c = pattern.charAt(i);
            var end = c === '{' ? closingBrace(pattern, i) : -1;
            if (c === "'" && pattern.charAt(i + 1) === "'") {
                out += "'";
                i += 2;
            } else if (end > 0) {
                out += placeholder(pattern.substring(i + 1, end), args);
                i = end + 1;
            } else {
                out += c;
                i += 1;
            }
        }
        return out;
    }

    function closingBrace(pattern, open) {
        var depth = 0;
        for (var i = open; i < pattern.length; i++) {
            if (pattern.charAt(i) === '{') {
                depth += 1;
            } else if (pattern.charAt(i) === '}' && --depth === 0) {
                return i;
            }
        }
        return -1;
    }

    function placeholder(body, args) {
        var parts = /^\s*(\d+)\s*(?:,\s*(\w+)\s*(?:,([\s\S]*))?)?$/.exec(body);
        if (!parts) {
            return '{' + body + '}';
        }
        var value = args[Number(parts[1])];
        if (parts[2] === 'choice' && parts[3] !== undefined && value !== undefined && value !== null && !isNaN(Number(value))) {
            return format(choose(parts[3], Number(value)), args);
        }
        return value === undefined || value === null ? '' : String(value);
    }

    /** java.text.ChoiceFormat: the last option whose limit the number reaches ('#' at least, '<' more than). */
    function choose(spec, number) {
        var options = [];
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= spec.length; i++) {
            var c = spec.charAt(i);
            depth += c === '{' ? 1 : c === '}' ? -1 : 0;
            if (i === spec.length || (c === '|' && depth === 0)) {
                var option = /^\s*(-?[\d.]+)\s*([#<\u2264])([\s\S]*)$/.exec(spec.substring(start, i));
                if (option) {
                    options.push({ limit: Number(option[1]), strict: option[2] === '<', text: option[3] });
                }
                start = i + 1;
            }
        }
        var chosen = options.length ? options[0].text : '';
        options.forEach(function (o) {
            if (o.strict ? number > o.limit : number >= o.limit) {
                chosen = o.text;
            }
        });
        return chosen;
    }

    function uid(prefix) {
        nextId += 1;
        return (prefix || 'prodops') + '-' + nextId;
    }

    /**
     * Creates an element. props: text (textContent), className, on<Event> handlers, value/checked/disabled/hidden
     * (properties), anything else as an attribute. children: nodes, strings (text nodes), arrays, null (skipped).
     */
    function h(tag, props, children) {
        var element = document.createElement(tag);
        var p = props || {};
        Object.keys(p).forEach(function (name) {
            var value = p[name];
            if (value === null || value === undefined || value === false) {
                return;
            }
            if (name === 'text') {
                element.textContent = String(value);
            } else if (name === 'className') {
                element.className = value;
            } else if (name.length > 2 && name.indexOf('on') === 0 && typeof value === 'function') {
                element.addEventListener(name.substring(2).toLowerCase(), value);
            } else if (name === 'value') {
                element.value = String(value);
            } else if (name === 'checked' || name === 'disabled' || name === 'hidden' || name === 'selected' || name === 'required') {
                element[name] = Boolean(value);
            } else {
                element.setAttribute(name, value === true ? '' : String(value));
            }
        });
        append(element, children);
        return element;
    }

    function append(parent, children) {
        if (children === null || children === undefined || children === false) {
            return parent;
        }
        if (Array.isArray(children)) {
            children.forEach(function (child) {
                append(parent, child);
            });
        } else if (typeof children === 'string' || typeof children === 'number') {
            parent.appendChild(document.createTextNode(String(children)));
        } else {
            parent.appendChild(children);
        }
        return parent;
    }

    function clear(element) {
        while (element.firstChild) {
            element.removeChild(element.firstChild);
        }
        return element;
    }

    var STATUS = {
        DRAFT: {icon: '\u270E', tone: 'default'},
        IN_REVIEW: {icon: '\u25F7', tone: 'current'},
        CHANGES_REQUESTED: {icon: '\u26A0', tone: 'moved'},
        APPROVED: {icon: '\u2713', tone: 'success'},
        PUBLISHED: {icon: '\u25CF', tone: 'success'},
        RETIRED: {icon: '\u2298', tone: 'removed'},
        APPROVE: {icon: '\u2713', tone: 'success'},
        REQUEST_CHANGES: {icon: '\u26A0', tone: 'moved'},
        PENDING: {icon: '\u25CB', tone: 'default'},
        // launch readiness (issue 5): gate results and the overall verdict
        PASS: {icon: '\u2713', tone: 'success'},
        FAIL: {icon: '\u2715', tone: 'removed'},
        WAIVED: {icon: '\u21B7', tone: 'moved'},
        ERROR: {icon: '\u26A0', tone: 'removed'},
        READY: {icon: '\u2713', tone: 'success'},
        NOT_READY: {icon: '\u2715', tone: 'removed'}
    };

    /** A status lozenge: icon (decorative) + text, so the state never depends on colour alone. */
    function lozenge(status, t, extraClass) {
        var code = status || 'PENDING';
        var look = STATUS[code] || {icon: '\u25CB', tone: 'default'};
        return h('span', {className: 'prodops-lozenge prodops-lozenge-' + look.tone + (extraClass ? ' ' + extraClass : ''), 'data-status': code}, [
            h('span', {className: 'prodops-lozenge-icon', 'aria-hidden': 'true', text: look.icon}),
            h('span', {className: 'prodops-lozenge-text', text: t('prodops.ui.status.' + code)})
        ]);
    }

    /** A labelled progress bar with the percentage as visible text. */
    function progress(fraction, t, detail) {
        var value = typeof fraction === 'number' && isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) : 0;
        var percent = Math.round(value * 100);
        var labelId = uid('prodops-progress');
        var fill = h('span', {className: 'prodops-progress-fill'});
        fill.style.width = percent + '%';
        var text = t('prodops.ui.completeness.value', percent);
        return h('div', {className: 'prodops-progress' + (percent === 100 ? ' is-complete' : ''), 'data-percent': percent}, [
            h('span', {className: 'prodops-progress-track', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100',
                'aria-valuenow': String(percent), 'aria-valuetext': text, 'aria-labelledby': labelId}, fill),
            h('span', {className: 'prodops-progress-label', id: labelId}, [
                h('span', {className: 'prodops-visually-hidden', text: t('prodops.ui.completeness') + ': '}),
                h('span', {className: 'prodops-progress-value', text: text}),
                detail ? h('span', {className: 'prodops-progress-detail', text: ' ' + detail}) : null
            ])
        ]);
    }

    /** A user in a response ({key, displayName}) or a bare user key, as display text. */
    function userName(user) {
        if (!user) {
            return '';
        }
        if (typeof user === 'string') {
            return user;
        }
        return user.displayName || user.key || user.name || '';
    }

    function userKey(user) {
        if (!user) {
            return '';
        }
        return typeof user === 'string' ? user : (user.key || user.name || '');
    }

    /** An ISO timestamp as a <time> element in the reader's locale. */
    function time(iso) {
        if (!iso) {
            return h('span', {text: ''});
        }
        var date = new Date(iso);
        var text = isNaN(date.getTime()) ? String(iso) : date.toLocaleString(undefined, {dateStyle: 'medium', timeStyle: 'short'});
        return h('time', {datetime: String(iso), text: text});
    }

    function timeText(iso) {
        return time(iso).textContent;
    }

    /** An ISO date (2026-12-01) in the reader's locale, without shifting it through time zones. */
    function dateText(iso) {
        var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(iso || ''));
        if (!m) {
            return String(iso || '');
        }
        var date = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
        return date.toLocaleDateString(undefined, {dateStyle: 'medium'});
    }

    /** The items of a list response: a paged object ({items|values, total, page, size}) or a bare array. */
    function listOf(body) {
        if (Array.isArray(body)) {
            return body;
        }
        if (!body || typeof body !== 'object') {
            return [];
        }
        var names = ['items', 'values', 'results', 'templates', 'versions', 'events', 'history', 'entries'];
        for (var i = 0; i < names.length; i++) {
            if (Array.isArray(body[names[i]])) {
                return body[names[i]];
            }
        }
        return [];
    }

    /** A failed call's message for people: the server's message, or a generic one naming the HTTP status. */
    function errorMessage(response, t) {
        if (response.status === 0) {
            return t('prodops.ui.error.network');
        }
        var body = response.body;
        if (body && typeof body.message === 'string' && body.message && body.error !== 'UNREADABLE_RESPONSE') {
            return body.message;
        }
        return t('prodops.ui.error.http', response.status);
    }

    function fieldErrors(response) {
        var body = response.body;
        return body && Array.isArray(body.errors) ? body.errors : [];
    }

    /** "Olga Ops changed this at 23 Nov 2026, 10:15" from a 409's current {revision, updatedBy, updatedAt}. */
    function conflictText(response, t, key) {
        var current = response.body && response.body.current || {};
        var who = userName(current.updatedBy) || t('prodops.ui.someone');
        var when = current.updatedAt ? timeText(current.updatedAt) : t('prodops.ui.recently');
        return t(key, who, when, current.revision === undefined ? '' : current.revision);
    }

    /** Offers text as a file download (JSON exports). */
    function download(filename, text, type) {
        var blob = new Blob([text], {type: type || 'application/json'});
        var url = URL.createObjectURL(blob);
        var link = h('a', {href: url, download: filename, className: 'prodops-visually-hidden', text: filename});
        document.body.appendChild(link);
        link.click();
        global.setTimeout(function () {
            URL.revokeObjectURL(url);
            link.remove();
        }, 1000);
    }

    /**
     * Replaces what {@code container} shows with one page message: kind 'error' (role alert), 'success' or 'info'
     * (role status), an icon, the text, then {@code extra} (field-error lists, buttons). Focusable from script
     * (tabindex -1) so a page can move the focus to an error. Returns the message element.
     */
    function showMessage(container, kind, text, extra) {
        var icon = kind === 'error' ? '\u26A0 ' : kind === 'success' ? '\u2713 ' : '\u2139 ';
        var box = h('div', {className: 'prodops-message is-' + kind, role: kind === 'error' ? 'alert' : 'status', tabindex: '-1'}, [
            h('p', null, [h('span', {'aria-hidden': 'true', text: icon}), text])
        ]);
        append(box, extra || null);
        clear(container).appendChild(box);
        return box;
    }

    /** Sets a live region's text so assistive technology announces it (also when the same text repeats). */
    function announce(region, text) {
        if (!region) {
            return;
        }
        region.textContent = '';
        global.setTimeout(function () {
            region.textContent = text;
        }, 50);
    }

    /**
     * Accessible tabs (WAI-ARIA tabs pattern: arrow keys, Home/End, automatic activation).
     * items: [{id, label, panel: Element, onShow?: function}]. Returns {element, select(id)}.
     */
    function tabs(label, items, selectedId) {
        var tablist = h('div', {role: 'tablist', 'aria-label': label, className: 'prodops-tablist'});
        var panels = [];
        var buttons = [];
        var container = h('div', {className: 'prodops-tabs'}, tablist);
        items.forEach(function (item) {
            var tabId = uid('prodops-tab');
            var panelId = uid('prodops-tabpanel');
            var button = h('button', {type: 'button', role: 'tab', id: tabId, 'aria-controls': panelId, className: 'prodops-tab',
                'data-tab': item.id, text: item.label});
            var panel = h('div', {role: 'tabpanel', id: panelId, 'aria-labelledby': tabId, tabindex: '0', className: 'prodops-tabpanel',
                'data-tabpanel': item.id}, item.panel);
            button.addEventListener('click', function () {
                select(item.id);
            });
            button.addEventListener('keydown', function (event) {
                var index = buttons.indexOf(button);
                var target = null;
                if (event.key === 'ArrowRight') {
                    target = buttons[(index + 1) % buttons.length];
                } else if (event.key === 'ArrowLeft') {
                    target = buttons[(index - 1 + buttons.length) % buttons.length];
                } else if (event.key === 'Home') {
                    target = buttons[0];
                } else if (event.key === 'End') {
                    target = buttons[buttons.length - 1];
                }
                if (target) {
                    event.preventDefault();
                    select(target.getAttribute('data-tab'));
                    target.focus();
                }
            });
            tablist.appendChild(button);
            buttons.push(button);
            panels.push({item: item, panel: panel, button: button});
            container.appendChild(panel);
        });

        function select(id) {
            panels.forEach(function (p) {
                var on = p.item.id === id;
                p.button.setAttribute('aria-selected', on ? 'true' : 'false');
                p.button.tabIndex = on ? 0 : -1;
                p.button.classList.toggle('is-selected', on);
                p.panel.hidden = !on;
                if (on && p.item.onShow) {
                    p.item.onShow();
                }
            });
        }

        select(selectedId || items[0].id);
        return {element: container, select: select};
    }

    /** A plain-text value tree (objects as term/description lists, arrays as lists) for data of unknown shape. */
    function valueTree(value) {
        if (value === null || value === undefined) {
            return h('span', {className: 'prodops-meta', text: '\u2014'});
        }
        if (Array.isArray(value)) {
            return h('ul', {className: 'prodops-value-list'}, value.map(function (item) {
                return h('li', null, valueTree(item));
            }));
        }
        if (typeof value === 'object') {
            if (value.displayName && value.key) {
                return h('span', {text: userName(value)});
            }
            var dl = h('dl', {className: 'prodops-value-tree'});
            Object.keys(value).forEach(function (name) {
                dl.appendChild(h('dt', {text: name}));
                dl.appendChild(h('dd', null, valueTree(value[name])));
            });
            return dl;
        }
        return h('span', {text: String(value)});
    }

    function cssEscape(value) {
        return global.CSS && global.CSS.escape ? global.CSS.escape(value) : String(value).replace(/["\\]/g, '\\$&');
    }

    /**
     * A labelled form field with optional help and an error slot (id + '-error'); data-field names it the way the
     * API's field errors do (e.g. sections[1].title), so placeFieldErrors can find it.
     * options: id?, field, label, required?, help?, className?, control (the input element).
     */
    function field(options, idPrefix) {
        var id = options.id || uid(idPrefix || 'prodops-field');
        var errorId = id + '-error';
        var helpId = options.help ? id + '-help' : null;
        var control = options.control;
        control.id = id;
        control.setAttribute('data-field', options.field);
        control.setAttribute('aria-describedby', (helpId ? helpId + ' ' : '') + errorId);
        return h('div', {className: 'field-group' + (options.className ? ' ' + options.className : '')}, [
            h('label', {'for': id}, [options.label, options.required ? h('span', {className: 'prodops-required-mark', 'aria-hidden': 'true', text: ' *'}) : null]),
            control,
            helpId ? h('p', {id: helpId, className: 'prodops-meta prodops-help', text: options.help}) : null,
            h('p', {id: errorId, className: 'error prodops-field-error'})
        ]);
    }

    /**
     * Shows each of a 400's field errors next to the input of scope whose data-field is the error's field (opening a
     * collapsed details around it) and returns the summary list: a link to each placed error, plain text for others.
     */
    function placeFieldErrors(scope, errors) {
        var list = h('ul', {className: 'prodops-error-list'});
        errors.forEach(function (e) {
            var target = e.field ? scope.querySelector('[data-field="' + cssEscape(e.field) + '"]') : null;
            var text = (e.field ? e.field + ': ' : '') + e.message;
            if (target) {
                var holder = target.closest('details');
                if (holder) {
                    holder.open = true;
                }
                target.setAttribute('aria-invalid', 'true');
                var slot = document.getElementById(target.id + '-error');
                if (slot) {
                    slot.textContent = e.message;
                }
                list.appendChild(h('li', null, h('a', {href: '#' + target.id, text: text, onClick: function (event) {
                    event.preventDefault();
                    target.focus();
                }})));
            } else {
                list.appendChild(h('li', {text: text}));
            }
        });
        return list;
    }

    /** Removes the marks placeFieldErrors left in scope. */
    function clearFieldErrors(scope) {
        Array.prototype.forEach.call(scope.querySelectorAll('[aria-invalid="true"]'), function (input) {
            input.removeAttribute('aria-invalid');
        });
        Array.prototype.forEach.call(scope.querySelectorAll('.prodops-field-error'), function (slot) {
            slot.textContent = '';
        });
    }

    function onReady(fn) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', fn);
        } else {
            fn();
        }
    }

    /** Lets a capability's script add its own status codes (icon + tone) to lozenge(); texts: prodops.ui.status.CODE. */
    function addStatuses(looks) {
        Object.keys(looks).forEach(function (code) {
            if (!Object.prototype.hasOwnProperty.call(STATUS, code)) {
                STATUS[code] = looks[code];
            }
        });
    }

    ProdOps.ui = {
        messages: messages, format: format, uid: uid, h: h, append: append, clear: clear, lozenge: lozenge, progress: progress,
        userName: userName, userKey: userKey, time: time, timeText: timeText, dateText: dateText, listOf: listOf,
        errorMessage: errorMessage, fieldErrors: fieldErrors, conflictText: conflictText, download: download,
        announce: announce, showMessage: showMessage, tabs: tabs, valueTree: valueTree, onReady: onReady,
        cssEscape: cssEscape, field: field, placeFieldErrors: placeFieldErrors, clearFieldErrors: clearFieldErrors, addStatuses: addStatuses
    };
})(window);
