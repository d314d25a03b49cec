/*
 * Rich text editing with Quill 2 (vendor/quill, installed at build time): one accessible wrapper for the PRD page and
 * the template admin page.
 *  - Content in and out is HTML. Incoming HTML (already sanitized by the server) is never inserted into the page as
 *    markup: Quill's clipboard parses it in an inert document (DOMParser: no scripts, no event handlers, no loads) and
 *    keeps only the formats listed below; links are restricted by Quill to http(s)/mailto/tel/sms.
 *  - The toolbar is our own markup: real <button>s with translated accessible names, no pickers.
 *  - Tab and Shift+Tab move focus out of the editor (Quill would insert tab characters: a keyboard trap).
 */
(function (global) {
    'use strict';
    var ProdOps = global.ProdOps = global.ProdOps || {};
    var ui = ProdOps.ui;

    /** The formats the server's sanitizer keeps: paragraphs, headings, lists, emphasis, code, quotes, links. */
    var FORMATS = ['header', 'bold', 'italic', 'underline', 'strike', 'code', 'link', 'list', 'blockquote', 'code-block'];
    /** Quill's default key bindings that capture Tab. */
    var TAB_BINDINGS = ['tab', 'indent', 'outdent', 'remove tab', 'table tab', 'indent code-block', 'outdent code-block'];
    /** Toolbar: [format, value, message key], null = separator. */
    var TOOLBAR = [
        ['header', '2', 'prodops.richtext.heading2'], ['header', '3', 'prodops.richtext.heading3'], null,
        ['bold', null, 'prodops.richtext.bold'], ['italic', null, 'prodops.richtext.italic'], ['code', null, 'prodops.richtext.code'],
        ['link', null, 'prodops.richtext.link'], null,
        ['list', 'bullet', 'prodops.richtext.bullets'], ['list', 'ordered', 'prodops.richtext.numbers'],
        ['blockquote', null, 'prodops.richtext.quote'], ['code-block', null, 'prodops.richtext.codeblock'], null,
        ['clean', null, 'prodops.richtext.clean']
    ];

    function available() {
        return typeof global.Quill === 'function';
    }

    function toolbar(t, label) {
        var bar = ui.h('div', {className: 'prodops-richtext-toolbar', role: 'toolbar', 'aria-label': label});
        var group = ui.h('span', {className: 'ql-formats'});
        bar.appendChild(group);
        TOOLBAR.forEach(function (entry) {
            if (entry === null) {
                group = ui.h('span', {className: 'ql-formats'});
                bar.appendChild(group);
                return;
            }
            var name = t(entry[2]);
            group.appendChild(ui.h('button', {type: 'button', className: 'ql-' + entry[0], value: entry[1] || null,
                'aria-label': name, title: name}));
        });
        rovingFocus(bar);
        return bar;
    }

    /**
     * WAI-ARIA toolbar pattern: the toolbar is one Tab stop; arrow keys, Home and End move between its buttons (an
     * editor per section would otherwise put fourteen Tab stops in front of each section's text).
     */
    function rovingFocus(bar) {
        var buttons = Array.prototype.slice.call(bar.querySelectorAll('button'));
        buttons.forEach(function (button, index) {
            button.tabIndex = index === 0 ? 0 : -1;
        });
        bar.addEventListener('keydown', function (event) {
            var index = buttons.indexOf(global.document.activeElement);
            if (index < 0) {
                return;
            }
            var next = {ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1}[event.key];
            if (next === undefined) {
                return;
            }
            event.preventDefault();
            next = (next + buttons.length) % buttons.length;
            buttons[index].tabIndex = -1;
            buttons[next].tabIndex = 0;
            buttons[next].focus();
        });
    }

    /**
     * Creates an editor inside container.
     * options: t, html, readOnly, labelledBy, describedBy, label (toolbar name), placeholder, onChange(), onBlur()
     * Returns {getHtml(), setHtml(html), isEmpty(), focus(), element, quill} or, without Quill, a text fallback.
     */
    function create(container, options) {
        var t = options.t;
        if (!available()) {
            return fallback(container, options);
        }
        var wrapper = ui.h('div', {className: 'prodops-richtext' + (options.readOnly ? ' is-readonly' : '')});
        var bar = options.readOnly ? null : toolbar(t, options.label || t('prodops.richtext.toolbar'));
        var editorHost = ui.h('div', {className: 'prodops-richtext-editor'});
        if (bar) {
            wrapper.appendChild(bar);
        }
        wrapper.appendChild(editorHost);
        container.appendChild(wrapper);

        var bindings = {};
        TAB_BINDINGS.forEach(function (name) {
            bindings[name] = false;
        });
        var quill = new global.Quill(editorHost, {
            theme: 'snow',
            readOnly: Boolean(options.readOnly),
            formats: FORMATS,
            placeholder: options.readOnly ? '' : (options.placeholder || ''),
            bounds: wrapper,
            modules: {toolbar: bar ? {container: bar} : false, keyboard: {bindings: bindings}}
        });
        var root = quill.root;
        if (options.readOnly) {
            root.removeAttribute('contenteditable');
            root.setAttribute('tabindex', '-1');
            root.removeAttribute('role');
        } else {
            root.setAttribute('role', 'textbox');
            root.setAttribute('aria-multiline', 'true');
        }
        if (options.labelledBy) {
            root.setAttribute('aria-labelledby', options.labelledBy);
        }
        if (options.describedBy) {
            root.setAttribute('aria-describedby', options.describedBy);
        }
        if (!options.readOnly) {
            labelLinkTooltip(quill, t);
        }

        function setHtml(html) {
            var delta = quill.clipboard.convert({html: html || ''});
            quill.setContents(delta, 'silent');
            quill.history.clear();
        }

        function isEmpty() {
            return quill.getText().replace(/\s+/g, '') === '';
        }

        function getHtml() {
            if (isEmpty()) {
                return '';
            }
            // Quill 2.0.3's getSemanticHTML writes every space as &nbsp; (quill issue #4509); text blots escape '&',
            // so the entity only ever comes from that replacement
            return quill.getSemanticHTML().replace(/&nbsp;/g, ' ');
        }

        setHtml(options.html);
        if (options.onChange) {
            quill.on('text-change', function (delta, old, source) {
                if (source === 'user') {
                    options.onChange();
                }
            });
        }
        if (options.onBlur) {
            wrapper.addEventListener('focusout', function (event) {
                if (!wrapper.contains(event.relatedTarget)) {
                    options.onBlur();
                }
            });
        }
        return {
            element: wrapper, quill: quill, getHtml: getHtml, setHtml: setHtml, isEmpty: isEmpty,
            focus: function () { quill.focus(); }
        };
    }

    /** Quill's link tooltip: give its URL field a name and a neutral example. */
    function labelLinkTooltip(quill, t) {
        var tooltip = quill.theme && quill.theme.tooltip;
        if (!tooltip || !tooltip.textbox) {
            return;
        }
        tooltip.textbox.setAttribute('aria-label', t('prodops.richtext.linkurl'));
        tooltip.textbox.setAttribute('data-link', 'https://example.com');
    }

    /** Without Quill (should not happen): a plain textarea; the text is sent as escaped paragraphs. */
    function fallback(container, options) {
        var text = ui.h('textarea', {className: 'prodops-textarea', rows: '6', 'aria-labelledby': options.labelledBy || null,
            'aria-describedby': options.describedBy || null, readonly: options.readOnly ? 'readonly' : null});
        function textOf(html) {
            var doc = new DOMParser().parseFromString(html || '', 'text/html');
            return doc.body.textContent || '';
        }
        text.value = textOf(options.html);
        if (options.onChange) {
            text.addEventListener('input', options.onChange);
        }
        container.appendChild(text);
        return {
            element: text, quill: null,
            getHtml: function () {
                return text.value.split(/\n{2,}/).filter(function (p) { return p.trim(); }).map(function (p) {
                    var node = global.document.createElement('p');
                    node.textContent = p;
                    return node.outerHTML;
                }).join('');
            },
            setHtml: function (html) { text.value = textOf(html); },
            isEmpty: function () { return !text.value.trim(); },
            focus: function () { text.focus(); }
        };
    }

    ProdOps.richText = {create: create, available: available};
})(window);
