/*
 * PRD template administration for ops managers: list; create; edit sections (add, reorder, change kind, columns /
 * items / roles, starter content with Quill); save the draft with its revision (409: who/when, the form keeps the
 * changes); publish with a note; versions and the diff between two; retire/unretire; export and import JSON.
 * Ops-authored text is data: it only ever reaches the page as text nodes and input values.
 */
(function (global) {
    'use strict';
    var ProdOps = global.ProdOps;
    var ui = ProdOps.ui;
    var h = ui.h;
    var KINDS = ['RICH_TEXT', 'TABLE', 'CHECKLIST', 'METRICS', 'PEOPLE', 'DATE'];
    /** Which list each kind edits (one entry per line), and its label. */
    var LISTS = {TABLE: 'columns', CHECKLIST: 'items', METRICS: 'items', PEOPLE: 'roles'};

    function init() {
        var root = global.document.getElementById('prodops-templates');
        if (!root) {
            return;
        }
        var t = ui.messages(root);
        var base = root.getAttribute('data-rest-base');
        var container = global.document.getElementById('prodops-templates-root');
        var live = global.document.getElementById('prodops-templates-live');

        var state = {list: [], current: null, draft: null, isNew: false, dirty: false, versions: [], view: 0};
        var listBody = h('div', {className: 'prodops-templates-list-body'});
        var editor = h('section', {className: 'prodops-template-editor', 'aria-labelledby': 'prodops-template-heading'});
        var pageStatus = h('p', {className: 'prodops-status', id: 'prodops-templates-status'});
        var fileInput = h('input', {type: 'file', id: 'prodops-import-file', accept: '.json,application/json', className: 'prodops-file'});

        function say(text) {
            ui.announce(live, text);
        }

        function templateUrl(key, suffix) {
            return base + '/templates/' + encodeURIComponent(key) + (suffix || '');
        }

        /* ------------------------------------------------------------ page frame and list */

        function frame() {
            var toolbar = h('div', {className: 'prodops-templates-toolbar'}, [
                h('button', {type: 'button', className: 'aui-button aui-button-primary', id: 'prodops-template-new', text: t('prodops.templates.new'),
                    onClick: function () { if (confirmDiscard()) { startNew(); } }}),
                h('button', {type: 'button', className: 'aui-button', id: 'prodops-templates-export-all', text: t('prodops.templates.exportall'),
                    onClick: function () { exportTemplates(null); }}),
                h('span', {className: 'prodops-import'}, [
                    h('label', {'for': 'prodops-import-file', className: 'prodops-import-label', text: t('prodops.templates.import')}),
                    fileInput
                ])
            ]);
            fileInput.addEventListener('change', importFile);
            ui.clear(container).appendChild(toolbar);
            container.appendChild(pageStatus);
            container.appendChild(h('div', {className: 'prodops-templates-layout'}, [
                h('section', {className: 'prodops-templates-list', 'aria-labelledby': 'prodops-templates-list-heading'}, [
                    h('h2', {id: 'prodops-templates-list-heading', text: t('prodops.templates.list')}),
                    listBody
                ]),
                editor
            ]));
            container.setAttribute('aria-busy', 'false');
        }

        function loadList() {
            return ProdOps.request('GET', base + '/templates?size=200').then(function (r) {
                if (r.status !== 200) {
                    ui.clear(listBody).appendChild(h('p', {className: 'prodops-status is-error', role: 'alert', text: ui.errorMessage(r, t)}));
                    return;
                }
                state.list = ui.listOf(r.body);
                renderList();
            });
        }

        function renderList() {
            ui.clear(listBody);
            if (!state.list.length) {
                listBody.appendChild(h('p', {className: 'prodops-meta', text: t('prodops.templates.none')}));
                return;
            }
            listBody.appendChild(h('ul', {className: 'prodops-template-list'}, state.list.map(function (template) {
                var selected = state.current && !state.isNew && state.current.key === template.key;
                return h('li', {className: 'prodops-template-item' + (selected ? ' is-selected' : ''), 'data-key': template.key}, [
                    h('button', {type: 'button', className: 'prodops-link-button prodops-template-open', 'aria-current': selected ? 'true' : null,
                        'data-key': template.key, onClick: function () { if (confirmDiscard()) { open(template.key, true); } }},
                        template.name || template.key),
                    h('span', {className: 'prodops-template-item-meta'}, [
                        h('span', {className: 'prodops-template-key', text: template.key}),
                        ui.lozenge(template.status, t, 'prodops-lozenge-small'),
                        h('span', {className: 'prodops-meta', text: template.publishedVersion
                            ? t('prodops.templates.version', template.publishedVersion) : t('prodops.templates.unpublished')})
                    ])
                ]);
            })));
        }

        function confirmDiscard() {
            return !state.dirty || global.confirm(t('prodops.templates.discard'));
        }

        /* ------------------------------------------------------------ model */

        function sectionModel(section) {
            section = section || {};
            return {
                key: section.key || '', title: section.title || '', kind: section.kind || 'RICH_TEXT', required: Boolean(section.required),
                guidance: section.guidance || '', starterContent: section.starterContent || '',
                columns: (section.columns || []).slice(), items: (section.items || []).slice(), roles: (section.roles || []).slice()
            };
        }

        function draftOf(template) {
            return {
                key: template.key || '', name: template.name || '', description: template.description || '',
                sections: (template.sections || []).map(function (section) {
                    var model = sectionModel(section);
                    model.open = false;
                    return model;
                })
            };
        }

        function sectionBody(section) {
            var body = {key: section.key, title: section.title, kind: section.kind, required: section.required, guidance: section.guidance};
            if ((section.kind === 'RICH_TEXT' || section.kind === 'DATE') && section.starterContent) {
                body.starterContent = section.starterContent;
            }
            if (LISTS[section.kind]) {
                body[LISTS[section.kind]] = section[LISTS[section.kind]];
            }
            return body;
        }

        function markDirty() {
            if (!state.dirty) {
                state.dirty = true;
                var flag = global.document.getElementById('prodops-template-dirty');
                if (flag) {
                    flag.hidden = false;
                }
            }
        }

        /** A section key from a title: [a-z][a-z0-9_-]{0,63}, as the API requires. */
        function slug(text) {
            var key = String(text).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
            if (key && !/^[a-z]/.test(key)) {
                key = 's-' + key;
            }
            return key.substring(0, 64).replace(/-+$/, '');
        }

        /* ------------------------------------------------------------ opening */

        function open(key, focus) {
            state.view += 1;
            var view = state.view;
            return ProdOps.request('GET', templateUrl(key)).then(function (r) {
                if (view !== state.view) {
                    return; // the user went on to another template (or a new one) meanwhile
                }
                if (r.status !== 200) {
                    ProdOps.showStatus(pageStatus, ui.errorMessage(r, t), 'error');
                    return;
                }
                show(r.body, focus);
                if (global.history && global.history.replaceState) {
                    global.history.replaceState(null, '', '#' + encodeURIComponent(key));
                }
            });
        }

        function show(template, focus, message) {
            state.current = template;
            state.isNew = false;
            state.draft = draftOf(template);
            state.dirty = false;
            renderList();
            renderEditor(message);
            if (focus) {
                global.document.getElementById('prodops-template-heading').focus();
            }
        }

        function startNew() {
            state.view += 1;
            state.current = {status: 'DRAFT', sections: []};
            state.isNew = true;
            state.draft = draftOf({});
            state.dirty = false;
            renderList();
            renderEditor();
            global.document.getElementById('prodops-tpl-key').focus();
        }

        /* ------------------------------------------------------------ editor */

        function renderEditor(message) {
            var template = state.current;
            ui.clear(editor);
            var title = state.isNew ? t('prodops.templates.new.heading') : t('prodops.templates.heading', template.name || template.key);
            editor.appendChild(h('h2', {id: 'prodops-template-heading', tabindex: '-1', text: title}));
            if (!state.isNew) {
                editor.appendChild(h('p', {className: 'prodops-template-meta'}, [
                    ui.lozenge(template.status, t), ' ',
                    h('span', {className: 'prodops-meta', text: t('prodops.templates.meta', template.revision === undefined ? '' : template.revision,
                        template.publishedVersion ? t('prodops.templates.version', template.publishedVersion) : t('prodops.templates.unpublished'))}),
                    template.unpublishedChanges ? h('span', {className: 'prodops-meta prodops-unpublished', text: ' \u00B7 ' + t('prodops.templates.unpublishedchanges')}) : null,
                    template.updatedAt ? h('span', {className: 'prodops-meta', text: ' \u00B7 ' + (template.updatedBy
                        ? t('prodops.templates.updated', ui.userName(template.updatedBy), ui.timeText(template.updatedAt))
                        : t('prodops.templates.updated.at', ui.timeText(template.updatedAt)))}) : null
                ]));
            }
            var messages = h('div', {id: 'prodops-template-messages', className: 'prodops-template-messages'});
            editor.appendChild(messages);
            if (message) {
                showMessage(message.kind, message.text);
            }
            var form = editForm();
            if (state.isNew) {
                editor.appendChild(form);
                return;
            }
            var versionsPanel = h('div', {className: 'prodops-versions'});
            var tabs = ui.tabs(t('prodops.templates.tabs'), [
                {id: 'edit', label: t('prodops.templates.tab.edit'), panel: form},
                {id: 'versions', label: t('prodops.templates.tab.versions'), panel: versionsPanel, onShow: function () { loadVersions(versionsPanel); }}
            ], 'edit');
            editor.appendChild(tabs.element);
        }

        function showMessage(kind, text, extra) {
            return ui.showMessage(global.document.getElementById('prodops-template-messages'), kind, text, extra);
        }

        function clearMessage() {
            var box = global.document.getElementById('prodops-template-messages');
            if (box) {
                ui.clear(box);
            }
            Array.prototype.forEach.call(editor.querySelectorAll('[aria-invalid="true"]'), function (field) {
                field.removeAttribute('aria-invalid');
            });
            Array.prototype.forEach.call(editor.querySelectorAll('.prodops-field-error'), function (e) {
                e.textContent = '';
            });
        }

        function field(options) {
            return ui.field(options, 'prodops-tpl');
        }

        function textInput(value, onInput, extra) {
            var props = {type: 'text', className: 'text', value: value, autocomplete: 'off', onInput: onInput};
            Object.keys(extra || {}).forEach(function (k) { props[k] = extra[k]; });
            return h('input', props);
        }

        function editForm() {
            var draft = state.draft;
            var template = state.current;
            var form = h('form', {className: 'aui prodops-form prodops-template-form', id: 'prodops-template-form', novalidate: true});
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                saveDraft();
            });
            var keyInput = textInput(draft.key, function (e) { draft.key = e.target.value.trim(); markDirty(); },
                {disabled: !state.isNew, maxlength: '31', spellcheck: 'false', required: state.isNew ? true : null});
            form.appendChild(h('fieldset', {className: 'prodops-fieldset'}, [
                h('legend', {text: t('prodops.templates.details')}),
                field({id: 'prodops-tpl-key', field: 'key', label: t('prodops.templates.key'), required: true, control: keyInput,
                    help: state.isNew ? t('prodops.templates.key.help') : t('prodops.templates.key.fixed')}),
                field({id: 'prodops-tpl-name', field: 'name', label: t('prodops.templates.name'), required: true,
                    control: textInput(draft.name, function (e) { draft.name = e.target.value; markDirty(); }, {maxlength: '255'})}),
                field({id: 'prodops-tpl-description', field: 'description', label: t('prodops.templates.description'),
                    control: h('textarea', {className: 'textarea prodops-textarea', rows: '2', value: draft.description,
                        onInput: function (e) { draft.description = e.target.value; markDirty(); }})})
            ]));

            var sectionList = h('ol', {className: 'prodops-tpl-sections', id: 'prodops-tpl-sections'});
            var addButton = h('button', {type: 'button', className: 'aui-button', id: 'prodops-tpl-add-section', text: t('prodops.templates.section.add')});
            form.appendChild(h('fieldset', {className: 'prodops-fieldset'}, [
                h('legend', {text: t('prodops.templates.sections')}),
                h('p', {className: 'prodops-meta', text: t('prodops.templates.placeholders')}),
                h('button', {type: 'button', className: 'aui-button aui-button-subtle prodops-tpl-toggle-all', id: 'prodops-tpl-toggle-all',
                    text: t('prodops.templates.section.expandall'), onClick: function (event) {
                        var anyClosed = draft.sections.some(function (sec) { return sec.open === false; });
                        draft.sections.forEach(function (sec) { sec.open = anyClosed; });
                        renderSections(sectionList);
                        event.target.textContent = t(anyClosed ? 'prodops.templates.section.collapseall' : 'prodops.templates.section.expandall');
                    }}),
                sectionList,
                addButton
            ]));
            addButton.addEventListener('click', function () {
                draft.sections.push(sectionModel({}));
                markDirty();
                renderSections(sectionList);
                focusSectionField(draft.sections.length - 1, 'title');
                say(t('prodops.templates.section.added', draft.sections.length));
            });
            renderSections(sectionList);

            var dirtyFlag = h('span', {id: 'prodops-template-dirty', className: 'prodops-meta prodops-dirty', hidden: !state.dirty}, [
                h('span', {'aria-hidden': 'true', text: '\u25CF '}), t('prodops.templates.unsaved')]);
            form.appendChild(h('div', {className: 'buttons-container prodops-template-buttons'}, [
                h('button', {type: 'submit', className: 'aui-button aui-button-primary', id: 'prodops-template-save',
                    text: state.isNew ? t('prodops.templates.create') : t('prodops.templates.save')}),
                ' ', dirtyFlag
            ]));

            if (!state.isNew) {
                form.appendChild(publishBlock(template));
            }
            return form;
        }

        function publishBlock(template) {
            var note = h('input', {type: 'text', className: 'text', id: 'prodops-tpl-note', maxlength: '1000', autocomplete: 'off'});
            var publish = h('button', {type: 'button', className: 'aui-button aui-button-primary', id: 'prodops-template-publish', text: t('prodops.templates.publish')});
            var retired = template.status === 'RETIRED';
            var retire = h('button', {type: 'button', className: 'aui-button', id: retired ? 'prodops-template-unretire' : 'prodops-template-retire',
                text: retired ? t('prodops.templates.unretire') : t('prodops.templates.retire')});
            var exportOne = h('button', {type: 'button', className: 'aui-button', id: 'prodops-template-export', text: t('prodops.templates.export')});
            publish.addEventListener('click', function () { publishDraft(note); });
            retire.addEventListener('click', function () { lifecycle(retired ? 'unretire' : 'retire'); });
            exportOne.addEventListener('click', function () { exportTemplates(template.key); });
            return h('div', {className: 'prodops-template-lifecycle'}, [
                h('fieldset', {className: 'prodops-fieldset prodops-publish'}, [
                    h('legend', {text: t('prodops.templates.publish.heading')}),
                    h('p', {className: 'prodops-meta', text: t('prodops.templates.publish.help')}),
                    field({id: 'prodops-tpl-note', field: 'note', label: t('prodops.templates.publish.note'), control: note}),
                    h('div', {className: 'buttons-container'}, publish)
                ]),
                h('div', {className: 'buttons-container'}, [retire, ' ', exportOne])
            ]);
        }

        /* ------------------------------------------------------------ sections */

        function renderSections(list) {
            ui.clear(list);
            var toggle = global.document.getElementById('prodops-tpl-toggle-all');
            if (toggle) {
                toggle.hidden = !state.draft.sections.length;
            }
            state.draft.sections.forEach(function (section, index) {
                list.appendChild(sectionCard(section, index, list));
            });
            if (!state.draft.sections.length) {
                list.appendChild(h('li', {className: 'prodops-meta prodops-tpl-nosections', text: t('prodops.templates.section.none')}));
            }
        }

        function sectionFieldId(index, name) {
            return 'prodops-tpl-s' + index + '-' + name;
        }

        function focusSectionField(index, name) {
            var element = global.document.getElementById(sectionFieldId(index, name));
            if (element) {
                element.focus();
            }
        }

        function sectionCard(section, index, list) {
            var sections = state.draft.sections;
            var legend = h('legend', {className: 'prodops-visually-hidden', text: t('prodops.templates.section.legend', index + 1, section.title || t('prodops.templates.section.untitled'))});
            var keyInput = textInput(section.key, function (e) { section.key = e.target.value.trim(); section.keyTouched = true; markDirty(); },
                {maxlength: '64', spellcheck: 'false'});
            var titleInput = textInput(section.title, function (e) {
                section.title = e.target.value;
                legend.textContent = t('prodops.templates.section.legend', index + 1, section.title || t('prodops.templates.section.untitled'));
                if (!section.keyTouched && (!section.key || section.autoKey === section.key)) {
                    section.key = slug(section.title);
                    section.autoKey = section.key;
                    keyInput.value = section.key;
                }
                markDirty();
            }, {maxlength: '255'});
            var kind = h('select', {className: 'select'}, KINDS.map(function (k) {
                return h('option', {value: k, selected: k === section.kind, text: t('prodops.templates.kind.' + k)});
            }));
            var kindBlock = h('div', {className: 'prodops-tpl-kind-fields'});
            kind.addEventListener('change', function () {
                section.kind = kind.value;
                if (section.kind === 'DATE' && !/^\d{4}-\d{2}-\d{2}$|^\{\{today}}$/.test(section.starterContent)) {
                    section.starterContent = ''; // rich-text starter content is no date
                }
                markDirty();
                renderKindFields(section, index, kindBlock);
                say(t('prodops.templates.section.kindchanged', t('prodops.templates.kind.' + section.kind)));
            });
            var required = h('input', {type: 'checkbox', id: sectionFieldId(index, 'required'), checked: section.required,
                'data-field': 'sections[' + index + '].required', onChange: function (e) { section.required = e.target.checked; markDirty(); }});
            var guidance = h('textarea', {className: 'textarea prodops-textarea', rows: '2', value: section.guidance,
                onInput: function (e) { section.guidance = e.target.value; markDirty(); }});

            function move(delta, button) {
                var target = index + delta;
                if (target < 0 || target >= sections.length) {
                    return;
                }
                sections.splice(target, 0, sections.splice(index, 1)[0]);
                markDirty();
                renderSections(list);
                var again = global.document.getElementById(sectionFieldId(target, button));
                if (!again || again.disabled) {
                    again = global.document.getElementById(sectionFieldId(target, button === 'up' ? 'down' : 'up'));
                }
                if (again) {
                    again.focus();
                }
                say(t('prodops.templates.section.moved', section.title || section.key, target + 1));
            }

            var up = h('button', {type: 'button', className: 'aui-button aui-button-subtle', id: sectionFieldId(index, 'up'), disabled: index === 0,
                'aria-label': t('prodops.templates.section.up.label', index + 1)}, [h('span', {'aria-hidden': 'true', text: '\u2191 '}), t('prodops.templates.section.up')]);
            var down = h('button', {type: 'button', className: 'aui-button aui-button-subtle', id: sectionFieldId(index, 'down'),
                disabled: index === sections.length - 1, 'aria-label': t('prodops.templates.section.down.label', index + 1)},
                [h('span', {'aria-hidden': 'true', text: '\u2193 '}), t('prodops.templates.section.down')]);
            var remove = h('button', {type: 'button', className: 'aui-button aui-button-subtle prodops-danger', id: sectionFieldId(index, 'remove'),
                'aria-label': t('prodops.templates.section.remove.label', index + 1)}, [h('span', {'aria-hidden': 'true', text: '\u2715 '}), t('prodops.templates.section.remove')]);
            up.addEventListener('click', function () { move(-1, 'up'); });
            down.addEventListener('click', function () { move(1, 'down'); });
            remove.addEventListener('click', function () {
                sections.splice(index, 1);
                markDirty();
                renderSections(list);
                var next = global.document.getElementById(sectionFieldId(Math.min(index, sections.length - 1), 'title'));
                (next || global.document.getElementById('prodops-tpl-add-section')).focus();
                say(t('prodops.templates.section.removed', section.title || section.key || index + 1));
            });

            var summaryText = h('span', {className: 'prodops-tpl-summary-text'});
            function summarize() {
                ui.clear(summaryText);
                ui.append(summaryText, [
                    h('span', {className: 'prodops-tpl-summary-title', text: (index + 1) + '. ' + (section.title || t('prodops.templates.section.untitled'))}),
                    h('span', {className: 'prodops-meta', text: ' \u00B7 ' + t('prodops.templates.kind.' + section.kind)
                        + (section.required ? ' \u00B7 ' + t('prodops.templates.section.required.short') : '')})
                ]);
            }
            summarize();
            var card = h('li', {className: 'prodops-tpl-section', 'data-index': String(index)});
            var details = h('details', {className: 'prodops-tpl-details', open: section.open !== false});
            details.addEventListener('toggle', function () { section.open = details.open; });
            details.appendChild(h('summary', {className: 'prodops-tpl-summary'}, summaryText));
            card.appendChild(details);
            titleInput.addEventListener('input', summarize);
            kind.addEventListener('change', summarize);
            required.addEventListener('change', summarize);
            details.appendChild(h('fieldset', {className: 'prodops-fieldset'}, [
                legend,
                h('div', {className: 'prodops-tpl-row'}, [
                    field({id: sectionFieldId(index, 'title'), field: 'sections[' + index + '].title', label: t('prodops.templates.section.title'),
                        required: true, control: titleInput}),
                    field({id: sectionFieldId(index, 'key'), field: 'sections[' + index + '].key', label: t('prodops.templates.section.key'),
                        required: true, control: keyInput}),
                    field({id: sectionFieldId(index, 'kind'), field: 'sections[' + index + '].kind', label: t('prodops.templates.section.kind'), control: kind})
                ]),
                h('div', {className: 'prodops-checkbox'}, [required, ' ',
                    h('label', {'for': sectionFieldId(index, 'required'), text: t('prodops.templates.section.required')})]),
                field({id: sectionFieldId(index, 'guidance'), field: 'sections[' + index + '].guidance', label: t('prodops.templates.section.guidance'),
                    help: t('prodops.templates.section.guidance.help'), control: guidance}),
                kindBlock,
                h('div', {className: 'prodops-tpl-section-buttons', role: 'group', 'aria-label': t('prodops.templates.section.actions', index + 1)}, [up, ' ', down, ' ', remove])
            ]));
            renderKindFields(section, index, kindBlock);
            return card;
        }

        /** What depends on the kind: starter content (RICH_TEXT, DATE) or the list the kind needs. */
        function renderKindFields(section, index, block) {
            ui.clear(block);
            var listName = LISTS[section.kind];
            if (listName) {
                var area = h('textarea', {className: 'textarea prodops-textarea', rows: '4',
                    value: (section[listName] || []).join('\n'), onInput: function (e) {
                        section[listName] = e.target.value.split('\n').map(function (line) { return line.trim(); }).filter(function (line) { return line; });
                        markDirty();
                    }});
                block.appendChild(field({id: sectionFieldId(index, listName), field: 'sections[' + index + '].' + listName,
                    label: t('prodops.templates.list.' + section.kind), help: t('prodops.templates.list.help'), control: area}));
            }
            if (section.kind === 'DATE') {
                block.appendChild(field({id: sectionFieldId(index, 'starterContent'), field: 'sections[' + index + '].starterContent',
                    label: t('prodops.templates.section.starter.date'), help: t('prodops.templates.section.starter.date.help'),
                    control: textInput(/^\d{4}-\d{2}-\d{2}$|^\{\{today}}$/.test(section.starterContent) ? section.starterContent : '',
                        function (e) { section.starterContent = e.target.value.trim(); markDirty(); }, {spellcheck: 'false'})}));
            }
            if (section.kind === 'RICH_TEXT') {
                var labelId = sectionFieldId(index, 'starter-label');
                var host = h('div', {className: 'prodops-tpl-starter', 'data-field': 'sections[' + index + '].starterContent', id: sectionFieldId(index, 'starterContent')});
                block.appendChild(h('div', {className: 'field-group'}, [
                    h('span', {id: labelId, className: 'prodops-label', text: t('prodops.templates.section.starter')}),
                    host,
                    h('p', {id: sectionFieldId(index, 'starterContent') + '-error', className: 'error prodops-field-error'})
                ]));
                var rich = ProdOps.richText.create(host, {t: t, html: section.starterContent, labelledBy: labelId,
                    label: t('prodops.richtext.toolbar.for', t('prodops.templates.section.starter')),
                    placeholder: t('prodops.templates.section.starter.placeholder'),
                    onChange: function () {
                        section.starterContent = rich.getHtml();
                        markDirty();
                    }});
                host.__prodopsEditor = rich;
                var created = host.querySelector('.ql-editor');
                if (created) {
                    created.setAttribute('data-field', 'sections[' + index + '].starterContent');
                }
            }
        }

        /* ------------------------------------------------------------ save, publish, lifecycle */

        function showErrors(r) {
            var errors = ui.fieldErrors(r);
            var list = ui.placeFieldErrors(editor, errors);
            var message = showMessage('error', t('prodops.templates.notsaved', ui.errorMessage(r, t)), errors.length ? list : null);
            message.setAttribute('tabindex', '-1');
            message.focus();
        }

        /** Keeps the starter content of rich-text sections in the model current (Quill reports changes lazily). */
        function collectRichText() {
            Array.prototype.forEach.call(editor.querySelectorAll('.prodops-tpl-section'), function (card) {
                var index = Number(card.getAttribute('data-index'));
                var section = state.draft.sections[index];
                var host = card.querySelector('.prodops-tpl-starter');
                if (section && host && host.__prodopsEditor) {
                    section.starterContent = host.__prodopsEditor.getHtml();
                }
            });
        }

        function saveDraft(then) {
            collectRichText();
            clearMessage();
            var draft = state.draft;
            var body = {name: draft.name, description: draft.description, sections: draft.sections.map(sectionBody)};
            var call;
            if (state.isNew) {
                body.key = draft.key;
                call = ProdOps.request('POST', base + '/templates', body);
            } else {
                body.revision = state.current.revision;
                call = ProdOps.request('PUT', templateUrl(state.current.key), body);
            }
            var button = global.document.getElementById('prodops-template-save');
            button.disabled = true;
            return call.then(function (r) {
                button.disabled = false;
                if (r.status === 200 || r.status === 201) {
                    var text = t('prodops.templates.saved', r.body.revision === undefined ? '' : r.body.revision);
                    show(r.body, false, {kind: 'success', text: text});
                    say(text);
                    loadList();
                    if (global.history && global.history.replaceState) {
                        global.history.replaceState(null, '', '#' + encodeURIComponent(r.body.key));
                    }
                    var again = global.document.getElementById('prodops-template-save');
                    if (again && !then) {
                        again.focus();
                    }
                    return then ? then() : true;
                }
                if (r.status === 409) {
                    showConflict(r);
                } else if (r.status === 400) {
                    showErrors(r);
                } else {
                    showMessage('error', t('prodops.templates.notsaved', ui.errorMessage(r, t))).focus();
                }
                return false;
            });
        }

        /** 409 on the draft: name who saved and when; the form keeps every change until the user decides. */
        function showConflict(r) {
            var current = r.body && r.body.current || {};
            var load = h('button', {type: 'button', className: 'aui-button', id: 'prodops-template-conflict-load', text: t('prodops.templates.conflict.load')});
            var keep = h('button', {type: 'button', className: 'aui-button', id: 'prodops-template-conflict-keep', text: t('prodops.templates.conflict.keep')});
            var message = showMessage('error', ui.conflictText(r, t, 'prodops.templates.conflict'), h('div', {className: 'buttons-container'}, [load, ' ', keep]));
            message.classList.add('prodops-conflict');
            load.addEventListener('click', function () {
                open(state.current.key, true).then(function () { say(t('prodops.templates.conflict.loaded')); });
            });
            keep.addEventListener('click', function () {
                if (current.revision !== undefined) {
                    state.current.revision = current.revision;
                    saveDraft();
                } else {
                    ProdOps.request('GET', templateUrl(state.current.key)).then(function (fresh) {
                        if (fresh.status === 200) {
                            state.current.revision = fresh.body.revision;
                            saveDraft();
                        }
                    });
                }
            });
            keep.focus();
        }

        function publishDraft(note) {
            var go = function () {
                clearMessage();
                var button = global.document.getElementById('prodops-template-publish');
                button.disabled = true;
                var noteValue = (global.document.getElementById('prodops-tpl-note') || note).value;
                return ProdOps.request('POST', templateUrl(state.current.key, '/publish'), {note: noteValue, revision: state.current.revision}).then(function (r) {
                    button.disabled = false;
                    if (r.status === 200 || r.status === 201) {
                        var published = r.body.publishedVersion;
                        var text = t('prodops.templates.published.done', published === undefined ? '' : published);
                        show(r.body, false, {kind: 'success', text: text});
                        say(text);
                        loadList();
                        global.document.getElementById('prodops-template-publish').focus();
                    } else if (r.status === 409) {
                        showConflict(r);
                    } else if (r.status === 400) {
                        showErrors(r);
                    } else {
                        showMessage('error', ui.errorMessage(r, t));
                    }
                });
            };
            if (state.dirty) {
                var noteValue = note.value;
                return saveDraft(function () {
                    global.document.getElementById('prodops-tpl-note').value = noteValue;
                    return go();
                });
            }
            return go();
        }

        function lifecycle(action) {
            clearMessage();
            ProdOps.request('POST', templateUrl(state.current.key, '/' + action), {revision: state.current.revision}).then(function (r) {
                if (r.status === 200 || r.status === 201) {
                    var text = t('prodops.templates.' + action + '.done');
                    show(r.body, false, {kind: 'success', text: text});
                    say(text);
                    loadList();
                    var next = global.document.getElementById(action === 'retire' ? 'prodops-template-unretire' : 'prodops-template-retire');
                    if (next) {
                        next.focus();
                    }
                } else if (r.status === 409) {
                    showConflict(r);
                } else {
                    showMessage('error', ui.errorMessage(r, t));
                }
            });
        }

        /* ------------------------------------------------------------ versions and diff */

        function loadVersions(panel) {
            ui.clear(panel).appendChild(h('p', {className: 'prodops-loading', text: t('prodops.ui.loading')}));
            ProdOps.request('GET', templateUrl(state.current.key, '/versions')).then(function (r) {
                ui.clear(panel);
                if (r.status !== 200) {
                    panel.appendChild(h('p', {className: 'prodops-status is-error', role: 'alert', text: ui.errorMessage(r, t)}));
                    return;
                }
                var versions = ui.listOf(r.body).slice().sort(function (a, b) { return Number(b.version) - Number(a.version); });
                state.versions = versions;
                if (!versions.length) {
                    panel.appendChild(h('p', {className: 'prodops-meta', text: t('prodops.templates.versions.none')}));
                    return;
                }
                var view = h('div', {className: 'prodops-version-view'});
                panel.appendChild(h('table', {className: 'aui prodops-versions-table'}, [
                    h('caption', {className: 'prodops-visually-hidden', text: t('prodops.templates.tab.versions')}),
                    h('thead', null, h('tr', null, [
                        h('th', {scope: 'col', text: t('prodops.templates.versions.version')}),
                        h('th', {scope: 'col', text: t('prodops.templates.versions.note')}),
                        h('th', {scope: 'col', text: t('prodops.templates.versions.by')}),
                        h('th', {scope: 'col', text: t('prodops.templates.versions.at')}),
                        h('th', {scope: 'col'}, h('span', {className: 'prodops-visually-hidden', text: t('prodops.templates.versions.actions')}))
                    ])),
                    h('tbody', null, versions.map(function (version) {
                        return h('tr', {'data-version': String(version.version)}, [
                            h('th', {scope: 'row', text: t('prodops.templates.version', version.version)}),
                            h('td', {text: version.note || '\u2014'}),
                            h('td', {text: ui.userName(version.publishedBy || version.createdBy || version.by)}),
                            h('td', null, ui.time(version.publishedAt || version.createdAt || version.at)),
                            h('td', null, h('button', {type: 'button', className: 'aui-button aui-button-subtle prodops-version-view-button',
                                'aria-label': t('prodops.templates.versions.view.label', version.version), text: t('prodops.templates.versions.view'),
                                onClick: function () { viewVersion(version.version, view); }}))
                        ]);
                    }))
                ]));
                panel.appendChild(compareForm(versions));
                panel.appendChild(view);
            });
        }

        function viewVersion(number, view) {
            ProdOps.request('GET', templateUrl(state.current.key, '/versions/' + encodeURIComponent(number))).then(function (r) {
                ui.clear(view);
                if (r.status !== 200) {
                    view.appendChild(h('p', {className: 'prodops-status is-error', role: 'alert', text: ui.errorMessage(r, t)}));
                    return;
                }
                var doc = r.body.template && r.body.template.sections ? r.body.template : r.body;
                var headingId = ui.uid('prodops-version-heading');
                view.appendChild(h('h3', {id: headingId, tabindex: '-1', text: t('prodops.templates.versions.view.heading', number, doc.name || doc.key || '')}));
                if (doc.description) {
                    view.appendChild(h('p', {text: doc.description}));
                }
                view.appendChild(h('ol', {className: 'prodops-version-sections'}, (doc.sections || []).map(function (section) {
                    var listName = LISTS[section.kind];
                    return h('li', null, [
                        h('strong', {text: section.title || section.key}), ' ',
                        h('span', {className: 'prodops-meta', text: '(' + section.key + ', ' + t('prodops.templates.kind.' + section.kind)
                            + (section.required ? ', ' + t('prodops.templates.section.required.short') : '') + ')'}),
                        section.guidance ? h('p', {className: 'prodops-guidance', text: section.guidance}) : null,
                        listName && (section[listName] || []).length ? h('p', {className: 'prodops-meta',
                            text: t('prodops.templates.list.' + section.kind) + ': ' + section[listName].join(', ')}) : null
                    ]);
                })));
                global.document.getElementById(headingId).focus();
            });
        }

        function compareForm(versions) {
            var fromId = 'prodops-diff-from';
            var toId = 'prodops-diff-to';
            function options(selected) {
                return [h('option', {value: 'draft', selected: selected === 'draft', text: t('prodops.templates.diff.draft')})].concat(versions.map(function (v) {
                    return h('option', {value: String(v.version), selected: Number(v.version) === Number(selected), text: t('prodops.templates.version', v.version)});
                }));
            }
            var from = h('select', {id: fromId, className: 'select'}, options(versions.length > 1 ? versions[1].version : versions[0].version));
            var to = h('select', {id: toId, className: 'select'}, options(versions.length > 1 ? versions[0].version : 'draft'));
            var output = h('div', {className: 'prodops-diff', id: 'prodops-diff'});
            var form = h('form', {className: 'aui prodops-form prodops-compare-form', novalidate: true, 'aria-labelledby': 'prodops-diff-heading'}, [
                h('h3', {id: 'prodops-diff-heading', text: t('prodops.templates.diff.heading')}),
                h('div', {className: 'prodops-tpl-row'}, [
                    h('div', {className: 'field-group'}, [h('label', {'for': fromId, text: t('prodops.templates.diff.from')}), from]),
                    h('div', {className: 'field-group'}, [h('label', {'for': toId, text: t('prodops.templates.diff.to')}), to])
                ]),
                h('div', {className: 'buttons-container'}, h('button', {type: 'submit', className: 'aui-button', id: 'prodops-diff-show', text: t('prodops.templates.diff.show')})),
                output
            ]);
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                ProdOps.request('GET', templateUrl(state.current.key, '/diff?from=' + encodeURIComponent(from.value) + '&to=' + encodeURIComponent(to.value)))
                    .then(function (r) {
                        ui.clear(output);
                        if (r.status !== 200) {
                            output.appendChild(h('p', {className: 'prodops-status is-error', role: 'alert', text: ui.errorMessage(r, t)}));
                            return;
                        }
                        ProdOps.diff.render(output, r.body, from.value, to.value, t, 'prodops.templates.diff.');
                    });
            });
            return form;
        }

        /* ------------------------------------------------------------ export and import */

        function exportTemplates(key) {
            var address = base + '/templates/export' + (key ? '?key=' + encodeURIComponent(key) : '');
            ProdOps.request('GET', address).then(function (r) {
                if (r.status !== 200) {
                    ProdOps.showStatus(pageStatus, ui.errorMessage(r, t), 'error');
                    return;
                }
                ui.download(key ? 'prodops-template-' + key + '.json' : 'prodops-templates.json', JSON.stringify(r.body, null, 2));
                ProdOps.showStatus(pageStatus, t('prodops.templates.exported'), 'success');
                say(t('prodops.templates.exported'));
            });
        }

        function importFile() {
            var file = fileInput.files && fileInput.files[0];
            if (!file) {
                return;
            }
            file.text().then(function (text) {
                var body;
                try {
                    body = JSON.parse(text);
                } catch (e) {
                    ProdOps.showStatus(pageStatus, t('prodops.templates.import.notjson', file.name), 'error');
                    fileInput.value = '';
                    return null;
                }
                return ProdOps.request('POST', base + '/templates/import', body).then(function (r) {
                    fileInput.value = '';
                    if (r.status === 200 || r.status === 201) {
                        var imported = r.body && Array.isArray(r.body.imported) ? r.body.imported : ui.listOf(r.body);
                        var count = imported.length || (r.body && r.body.key ? 1 : 0);
                        var text = t('prodops.templates.imported', count);
                        ProdOps.showStatus(pageStatus, text, 'success');
                        say(text);
                        loadList().then(function () {
                            var first = imported[0] || r.body;
                            if (first && first.key) {
                                open(first.key, false);
                            }
                        });
                    } else {
                        var errors = ui.fieldErrors(r).map(function (e) { return (e.field ? e.field + ': ' : '') + e.message; }).join('; ');
                        ProdOps.showStatus(pageStatus, t('prodops.templates.import.failed', ui.errorMessage(r, t)) + (errors ? ' ' + errors : ''), 'error');
                    }
                });
            });
        }

        global.addEventListener('beforeunload', function (event) {
            if (state.dirty) {
                event.preventDefault();
                event.returnValue = '';
            }
        });

        /** #KEY in the address opens that template (links, back and forward). */
        global.addEventListener('hashchange', function () {
            var wanted = global.location.hash ? decodeURIComponent(global.location.hash.substring(1)) : null;
            var shown = state.current && !state.isNew ? state.current.key : null;
            if (wanted && wanted !== shown && state.list.some(function (tpl) { return tpl.key === wanted; }) && confirmDiscard()) {
                open(wanted, true);
            }
        });

        frame();
        loadList().then(function () {
            var wanted = global.location.hash ? decodeURIComponent(global.location.hash.substring(1)) : null;
            var exists = wanted && state.list.some(function (tpl) { return tpl.key === wanted; });
            if (exists) {
                open(wanted, false);
            } else if (state.list.length) {
                open(state.list[0].key, false);
            } else {
                startNew();
            }
        });
    }

    ProdOps.ui.onReady(init);
})(window);
