/*
 * Gate-set administration for ops managers: list; create; edit the draft's gates (add, remove, reorder, kind, typed
 * parameters per kind); save with the draft's revision (409: who saved, the form keeps the changes); field errors of
 * the API next to their inputs (gates[2].params.jql); publish with a note; versions and the diff between two;
 * retire/unretire; the bindings of projects (optionally issue types) to gate sets. Ops-authored text is data: it only
 * ever reaches the page as text nodes and input values.
 */
(function (global) {
    'use strict';
    var ProdOps = global.ProdOps;
    var ui = ProdOps.ui;
    var h = ui.h;
    var KINDS = ['PRD_APPROVED', 'PRD_COMPLETE', 'CHILDREN_DONE', 'LINKS_RESOLVED', 'FIELD_SET', 'JQL_MATCH', 'EXPERIMENTS_DECIDED', 'SIGN_OFF'];
    var BUILT_IN_FIELDS = ['duedate', 'fixVersions', 'assignee', 'components'];

    function init() {
        var root = global.document.getElementById('prodops-gatesets');
        if (!root) {
            return;
        }
        var t = ui.messages(root);
        var base = root.getAttribute('data-rest-base');
        var container = global.document.getElementById('prodops-gatesets-root');
        var live = global.document.getElementById('prodops-gatesets-live');
        var state = {list: [], current: null, draft: null, isNew: false, dirty: false, view: 0, bindings: null};
        var listBody = h('div', {className: 'prodops-gatesets-list-body'});
        var editor = h('section', {className: 'prodops-gateset-editor', 'aria-labelledby': 'prodops-gateset-heading'});
        var bindingsBody = h('div', {className: 'prodops-bindings-body'});

        function say(text) {
            ui.announce(live, text);
        }

        function gatesetUrl(key, suffix) {
            return base + '/gatesets/' + encodeURIComponent(key) + (suffix || '');
        }

        function field(options) {
            return ui.field(options, 'prodops-gs');
        }

        function textInput(value, onInput, extra) {
            var props = {type: 'text', className: 'text', value: value === undefined || value === null ? '' : value, autocomplete: 'off', onInput: onInput};
            Object.keys(extra || {}).forEach(function (k) { props[k] = extra[k]; });
            return h('input', props);
        }

        function numberInput(value, onInput, extra) {
            var input = textInput(value, onInput, extra);
            input.type = 'number';
            return input;
        }

        function markDirty() {
            state.dirty = true;
            var flag = global.document.getElementById('prodops-gateset-dirty');
            if (flag) {
                flag.hidden = false;
            }
        }

        function confirmDiscard() {
            return !state.dirty || global.confirm(t('prodops.gatesetpage.discard'));
        }

        /* ------------------------------------------------------------ frame and list */

        function frame() {
            var toolbar = h('div', {className: 'prodops-templates-toolbar'}, [
                h('button', {type: 'button', className: 'aui-button aui-button-primary', id: 'prodops-gateset-new', text: t('prodops.gatesetpage.new'),
                    onClick: function () { if (confirmDiscard()) { startNew(); } }})
            ]);
            ui.clear(container).appendChild(toolbar);
            container.appendChild(h('div', {className: 'prodops-templates-layout'}, [
                h('section', {className: 'prodops-templates-list', 'aria-labelledby': 'prodops-gatesets-list-heading'}, [
                    h('h2', {id: 'prodops-gatesets-list-heading', text: t('prodops.gatesetpage.list')}),
                    listBody
                ]),
                editor
            ]));
            container.appendChild(h('section', {className: 'prodops-bindings', 'aria-labelledby': 'prodops-bindings-heading'}, [
                h('h2', {id: 'prodops-bindings-heading', tabindex: '-1', text: t('prodops.gatesetpage.bindings')}),
                h('p', {className: 'prodops-meta', text: t('prodops.gatesetpage.bindings.help')}),
                bindingsBody
            ]));
            container.setAttribute('aria-busy', 'false');
        }

        function loadList() {
            return ProdOps.request('GET', base + '/gatesets?size=200').then(function (r) {
                if (r.status !== 200) {
                    ui.clear(listBody).appendChild(h('p', {className: 'prodops-status is-error', role: 'alert', text: ui.errorMessage(r, t)}));
                    return;
                }
                state.list = ui.listOf(r.body);
                if (!state.list.length && r.body && Array.isArray(r.body.gatesets)) {
                    state.list = r.body.gatesets;
                }
                renderList();
            });
        }

        function renderList() {
            ui.clear(listBody);
            if (!state.list.length) {
                listBody.appendChild(h('p', {className: 'prodops-meta', text: t('prodops.gatesetpage.none')}));
                return;
            }
            listBody.appendChild(h('ul', {className: 'prodops-template-list prodops-gateset-list'}, state.list.map(function (set) {
                var selected = state.current && !state.isNew && state.current.key === set.key;
                return h('li', {className: 'prodops-template-item' + (selected ? ' is-selected' : ''), 'data-key': set.key}, [
                    h('button', {type: 'button', className: 'prodops-link-button prodops-gateset-open', 'aria-current': selected ? 'true' : null,
                        'data-key': set.key, onClick: function () { if (confirmDiscard()) { open(set.key, true); } }}, set.name || set.key),
                    h('span', {className: 'prodops-template-item-meta'}, [
                        h('span', {className: 'prodops-template-key', text: set.key}),
                        ui.lozenge(set.status, t, 'prodops-lozenge-small'),
                        h('span', {className: 'prodops-meta', text: set.publishedVersion
                            ? t('prodops.gatesetpage.version', set.publishedVersion) : t('prodops.gatesetpage.unpublished')})
                    ])
                ]);
            })));
        }

        /* ------------------------------------------------------------ model */

        function paramsModel(kind, params) {
            var p = params || {};
            return {
                threshold: typeof p.threshold === 'number' ? Math.round(p.threshold * 100) : 100,
                ignoreTypes: (p.ignoreTypes || []).join(', '),
                minCount: p.minCount === undefined || p.minCount === null ? '' : String(p.minCount),
                noChildren: p.noChildren || 'FAIL',
                linkTypes: (p.linkTypes && p.linkTypes.length ? p.linkTypes : [{name: 'Blocks', direction: 'INWARD'}]).map(function (l) {
                    return {name: l.name || '', direction: l.direction || 'INWARD'};
                }),
                field: p.field || '',
                jql: p.jql || '',
                maxResults: p.maxResults === undefined || p.maxResults === null ? '' : String(p.maxResults),
                group: p.group || ''
            };
        }

        function gateModel(gate) {
            gate = gate || {};
            var kind = gate.kind || 'PRD_APPROVED';
            return {key: gate.key || '', title: gate.title || '', kind: kind, required: gate.required !== false, params: paramsModel(kind, gate.params),
                keyTouched: Boolean(gate.key)};
        }

        function draftOf(set) {
            return {key: set.key || '', name: set.name || '', description: set.description || '', gates: (set.gates || []).map(gateModel)};
        }

        function numberOrNull(text) {
            var value = String(text).trim();
            return value === '' ? null : Number(value);
        }

        /** The contract's params of a gate's kind, from the form's model. */
        function paramsBody(gate) {
            var p = gate.params;
            switch (gate.kind) {
            case 'PRD_COMPLETE':
                return {threshold: p.threshold === '' || p.threshold === null ? null : Number(p.threshold) / 100};
            case 'CHILDREN_DONE':
                return {ignoreTypes: String(p.ignoreTypes).split(',').map(function (s) { return s.trim(); }).filter(function (s) { return s; }),
                    minCount: numberOrNull(p.minCount), noChildren: p.noChildren};
            case 'LINKS_RESOLVED':
                return {linkTypes: p.linkTypes.map(function (l) { return {name: l.name.trim(), direction: l.direction}; })};
            case 'FIELD_SET':
                return {field: p.field.trim()};
            case 'JQL_MATCH':
                return {jql: p.jql, maxResults: numberOrNull(p.maxResults)};
            case 'SIGN_OFF':
                return {group: p.group.trim()};
            default:
                return {};
            }
        }

        function gateBody(gate) {
            return {key: gate.key, title: gate.title, kind: gate.kind, required: gate.required, params: paramsBody(gate)};
        }

        function slug(text) {
            var key = String(text).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
            if (key && !/^[a-z]/.test(key)) {
                key = 'g-' + key;
            }
            return key.substring(0, 64).replace(/-+$/, '');
        }

        /* ------------------------------------------------------------ open / new */

        function open(key, focus) {
            state.view += 1;
            var view = state.view;
            return ProdOps.request('GET', gatesetUrl(key)).then(function (r) {
                if (view !== state.view) {
                    return;
                }
                if (r.status !== 200) {
                    ui.clear(editor).appendChild(h('p', {className: 'prodops-status is-error', role: 'alert', text: ui.errorMessage(r, t)}));
                    return;
                }
                show(r.body, focus);
                if (global.history && global.history.replaceState) {
                    global.history.replaceState(null, '', '#' + encodeURIComponent(key));
                }
            });
        }

        function show(set, focus, message) {
            state.current = set;
            state.isNew = false;
            state.draft = draftOf(set);
            state.dirty = false;
            renderList();
            renderEditor(message);
            if (focus) {
                global.document.getElementById('prodops-gateset-heading').focus();
            }
        }

        function startNew() {
            state.view += 1;
            state.current = {status: 'DRAFT', gates: []};
            state.isNew = true;
            state.draft = draftOf({});
            state.dirty = false;
            renderList();
            renderEditor();
            global.document.getElementById('prodops-gs-key').focus();
        }

        /* ------------------------------------------------------------ editor */

        function showMessage(kind, text, extra) {
            return ui.showMessage(global.document.getElementById('prodops-gateset-messages'), kind, text, extra);
        }

        function clearMessage() {
            var box = global.document.getElementById('prodops-gateset-messages');
            if (box) {
                ui.clear(box);
            }
            ui.clearFieldErrors(editor);
        }

        function renderEditor(message) {
            var set = state.current;
            ui.clear(editor);
            editor.appendChild(h('h2', {id: 'prodops-gateset-heading', tabindex: '-1',
                text: state.isNew ? t('prodops.gatesetpage.new.heading') : t('prodops.gatesetpage.heading', set.name || set.key)}));
            if (!state.isNew) {
                editor.appendChild(h('p', {className: 'prodops-template-meta'}, [
                    ui.lozenge(set.status, t), ' ',
                    h('span', {className: 'prodops-meta', text: t('prodops.gatesetpage.meta', set.revision === undefined ? '' : set.revision,
                        set.publishedVersion ? t('prodops.gatesetpage.version', set.publishedVersion) : t('prodops.gatesetpage.unpublished'))})
                ]));
            }
            editor.appendChild(h('div', {id: 'prodops-gateset-messages', className: 'prodops-template-messages'}));
            if (message) {
                showMessage(message.kind, message.text);
            }
            var form = editForm();
            if (state.isNew) {
                editor.appendChild(form);
                return;
            }
            var versionsPanel = h('div', {className: 'prodops-versions'});
            editor.appendChild(ui.tabs(t('prodops.gatesetpage.tabs'), [
                {id: 'edit', label: t('prodops.gatesetpage.tab.edit'), panel: form},
                {id: 'versions', label: t('prodops.gatesetpage.tab.versions'), panel: versionsPanel, onShow: function () { loadVersions(versionsPanel); }}
            ], 'edit').element);
        }

        function editForm() {
            var draft = state.draft;
            var form = h('form', {className: 'aui prodops-form prodops-gateset-form', id: 'prodops-gateset-form', novalidate: true});
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                saveDraft();
            });
            form.appendChild(h('fieldset', {className: 'prodops-fieldset'}, [
                h('legend', {text: t('prodops.gatesetpage.details')}),
                field({id: 'prodops-gs-key', field: 'key', label: t('prodops.gatesetpage.key'), required: true,
                    help: state.isNew ? t('prodops.gatesetpage.key.help') : t('prodops.gatesetpage.key.fixed'),
                    control: textInput(draft.key, function (e) { draft.key = e.target.value.trim(); markDirty(); },
                        {disabled: !state.isNew, maxlength: '31', spellcheck: 'false'})}),
                field({id: 'prodops-gs-name', field: 'name', label: t('prodops.gatesetpage.name'), required: true,
                    control: textInput(draft.name, function (e) { draft.name = e.target.value; markDirty(); }, {maxlength: '255'})}),
                field({id: 'prodops-gs-description', field: 'description', label: t('prodops.gatesetpage.description'),
                    control: h('textarea', {className: 'textarea prodops-textarea', rows: '2', value: draft.description,
                        onInput: function (e) { draft.description = e.target.value; markDirty(); }})})
            ]));
            var gateList = h('ol', {className: 'prodops-tpl-sections prodops-gates-edit', id: 'prodops-gs-gates'});
            var add = h('button', {type: 'button', className: 'aui-button', id: 'prodops-gs-add-gate', text: t('prodops.gatesetpage.gate.add')});
            add.addEventListener('click', function () {
                draft.gates.push(gateModel({}));
                markDirty();
                renderGates(gateList);
                focusGateField(draft.gates.length - 1, 'title');
                say(t('prodops.gatesetpage.gate.added', draft.gates.length));
            });
            form.appendChild(h('fieldset', {className: 'prodops-fieldset'}, [h('legend', {text: t('prodops.gatesetpage.gates')}), gateList, add]));
            renderGates(gateList);
            form.appendChild(h('div', {className: 'buttons-container prodops-template-buttons'}, [
                h('button', {type: 'submit', className: 'aui-button aui-button-primary', id: 'prodops-gateset-save',
                    text: state.isNew ? t('prodops.gatesetpage.create') : t('prodops.gatesetpage.save')}),
                ' ',
                h('span', {id: 'prodops-gateset-dirty', className: 'prodops-meta prodops-dirty', hidden: !state.dirty}, [
                    h('span', {'aria-hidden': 'true', text: '\u25CF '}), t('prodops.gatesetpage.unsaved')])
            ]));
            if (!state.isNew) {
                form.appendChild(lifecycleBlock(state.current));
            }
            return form;
        }

        function lifecycleBlock(set) {
            var note = h('input', {type: 'text', className: 'text', maxlength: '1000', autocomplete: 'off'});
            var publish = h('button', {type: 'button', className: 'aui-button aui-button-primary', id: 'prodops-gateset-publish', text: t('prodops.gatesetpage.publish')});
            var retired = set.status === 'RETIRED';
            var retire = h('button', {type: 'button', className: 'aui-button', id: retired ? 'prodops-gateset-unretire' : 'prodops-gateset-retire',
                text: retired ? t('prodops.gatesetpage.unretire') : t('prodops.gatesetpage.retire')});
            publish.addEventListener('click', function () { publishDraft(note); });
            retire.addEventListener('click', function () { lifecycle(retired ? 'unretire' : 'retire'); });
            return h('div', {className: 'prodops-template-lifecycle'}, [
                h('fieldset', {className: 'prodops-fieldset prodops-publish'}, [
                    h('legend', {text: t('prodops.gatesetpage.publish.heading')}),
                    h('p', {className: 'prodops-meta', text: t('prodops.gatesetpage.publish.help')}),
                    field({id: 'prodops-gs-note', field: 'note', label: t('prodops.gatesetpage.publish.note'), control: note}),
                    h('div', {className: 'buttons-container'}, publish)
                ]),
                h('div', {className: 'buttons-container'}, retire)
            ]);
        }

        /* ------------------------------------------------------------ gates */

        function gateFieldId(index, name) {
            return 'prodops-gs-g' + index + '-' + name;
        }

        function focusGateField(index, name) {
            var element = global.document.getElementById(gateFieldId(index, name));
            if (element) {
                element.focus();
            }
        }

        function renderGates(list) {
            ui.clear(list);
            state.draft.gates.forEach(function (gate, index) {
                list.appendChild(gateCard(gate, index, list));
            });
            if (!state.draft.gates.length) {
                list.appendChild(h('li', {className: 'prodops-meta', text: t('prodops.gatesetpage.gate.none')}));
            }
        }

        function gateCard(gate, index, list) {
            var gates = state.draft.gates;
            var prefix = 'gates[' + index + ']';
            var legend = h('legend', {text: t('prodops.gatesetpage.gate.legend', index + 1, gate.title || t('prodops.gatesetpage.gate.untitled'))});
            var keyInput = textInput(gate.key, function (e) { gate.key = e.target.value.trim(); gate.keyTouched = true; markDirty(); },
                {maxlength: '64', spellcheck: 'false'});
            var titleInput = textInput(gate.title, function (e) {
                gate.title = e.target.value;
                legend.textContent = t('prodops.gatesetpage.gate.legend', index + 1, gate.title || t('prodops.gatesetpage.gate.untitled'));
                if (!gate.keyTouched) {
                    gate.key = slug(gate.title);
                    keyInput.value = gate.key;
                }
                markDirty();
            }, {maxlength: '255'});
            var kind = h('select', {className: 'select'}, KINDS.map(function (k) {
                return h('option', {value: k, selected: k === gate.kind, text: t('prodops.gatesetpage.kind.' + k)});
            }));
            var paramsBlock = h('div', {className: 'prodops-gate-params'});
            kind.addEventListener('change', function () {
                gate.kind = kind.value;
                markDirty();
                renderParams(gate, index, paramsBlock);
                say(t('prodops.gatesetpage.gate.kindchanged', t('prodops.gatesetpage.kind.' + gate.kind)));
            });
            var required = h('input', {type: 'checkbox', id: gateFieldId(index, 'required'), checked: gate.required, 'data-field': prefix + '.required',
                onChange: function (e) { gate.required = e.target.checked; markDirty(); }});

            function move(delta, name) {
                var target = index + delta;
                if (target < 0 || target >= gates.length) {
                    return;
                }
                gates.splice(target, 0, gates.splice(index, 1)[0]);
                markDirty();
                renderGates(list);
                var again = global.document.getElementById(gateFieldId(target, name));
                if (!again || again.disabled) {
                    again = global.document.getElementById(gateFieldId(target, name === 'up' ? 'down' : 'up'));
                }
                if (again) {
                    again.focus();
                }
                say(t('prodops.gatesetpage.gate.moved', gate.title || gate.key, target + 1));
            }

            var up = h('button', {type: 'button', className: 'aui-button aui-button-subtle', id: gateFieldId(index, 'up'), disabled: index === 0,
                'aria-label': t('prodops.gatesetpage.gate.up.label', index + 1)}, [h('span', {'aria-hidden': 'true', text: '\u2191 '}), t('prodops.gatesetpage.gate.up')]);
            var down = h('button', {type: 'button', className: 'aui-button aui-button-subtle', id: gateFieldId(index, 'down'), disabled: index === gates.length - 1,
                'aria-label': t('prodops.gatesetpage.gate.down.label', index + 1)}, [h('span', {'aria-hidden': 'true', text: '\u2193 '}), t('prodops.gatesetpage.gate.down')]);
            var remove = h('button', {type: 'button', className: 'aui-button aui-button-subtle prodops-danger', id: gateFieldId(index, 'remove'),
                'aria-label': t('prodops.gatesetpage.gate.remove.label', index + 1)}, [h('span', {'aria-hidden': 'true', text: '\u2715 '}), t('prodops.gatesetpage.gate.remove')]);
            up.addEventListener('click', function () { move(-1, 'up'); });
            down.addEventListener('click', function () { move(1, 'down'); });
            remove.addEventListener('click', function () {
                gates.splice(index, 1);
                markDirty();
                renderGates(list);
                var next = global.document.getElementById(gateFieldId(Math.min(index, gates.length - 1), 'title'));
                (next || global.document.getElementById('prodops-gs-add-gate')).focus();
                say(t('prodops.gatesetpage.gate.removed', gate.title || gate.key || index + 1));
            });
            var card = h('li', {className: 'prodops-tpl-section prodops-gate-card', 'data-index': String(index)}, h('fieldset', {className: 'prodops-fieldset'}, [
                legend,
                h('div', {className: 'prodops-tpl-row'}, [
                    field({id: gateFieldId(index, 'title'), field: prefix + '.title', label: t('prodops.gatesetpage.gate.title'), required: true, control: titleInput}),
                    field({id: gateFieldId(index, 'key'), field: prefix + '.key', label: t('prodops.gatesetpage.gate.key'), required: true, control: keyInput}),
                    field({id: gateFieldId(index, 'kind'), field: prefix + '.kind', label: t('prodops.gatesetpage.gate.kind'), control: kind})
                ]),
                h('div', {className: 'prodops-checkbox'}, [required, ' ', h('label', {'for': gateFieldId(index, 'required'), text: t('prodops.gatesetpage.gate.required')})]),
                paramsBlock,
                h('div', {className: 'prodops-tpl-section-buttons', role: 'group', 'aria-label': t('prodops.gatesetpage.gate.actions', index + 1)}, [up, ' ', down, ' ', remove])
            ]));
            renderParams(gate, index, paramsBlock);
            return card;
        }

        /** The typed parameter inputs of the gate's kind; data-field names match the API's errors (gates[i].params.x). */
        function renderParams(gate, index, block) {
            ui.clear(block);
            var p = gate.params;
            var prefix = 'gates[' + index + '].params';
            function input(name, control, help, label) {
                block.appendChild(field({id: gateFieldId(index, name), field: prefix + '.' + name, label: label || t('prodops.gatesetpage.param.' + name),
                    help: help, control: control}));
            }
            function set(name) {
                return function (e) { p[name] = e.target.value; markDirty(); };
            }
            switch (gate.kind) {
            case 'PRD_COMPLETE':
                input('threshold', numberInput(p.threshold, set('threshold'), {min: '0', max: '100', step: '1'}), t('prodops.gatesetpage.param.threshold.help'));
                break;
            case 'CHILDREN_DONE':
                input('ignoreTypes', textInput(p.ignoreTypes, set('ignoreTypes')), t('prodops.gatesetpage.param.ignoreTypes.help'));
                input('minCount', numberInput(p.minCount, set('minCount'), {min: '0', step: '1'}), t('prodops.gatesetpage.param.minCount.help'));
                input('noChildren', h('select', {className: 'select', onChange: set('noChildren')}, ['FAIL', 'PASS'].map(function (v) {
                    return h('option', {value: v, selected: p.noChildren === v, text: t('prodops.gatesetpage.param.noChildren.' + v)});
                })));
                break;
            case 'LINKS_RESOLVED':
                block.appendChild(linkTypesEditor(gate, index));
                break;
            case 'FIELD_SET':
                var listId = gateFieldId(index, 'field-options');
                input('field', textInput(p.field, set('field'), {list: listId, spellcheck: 'false'}), t('prodops.gatesetpage.param.field.help'));
                block.appendChild(h('datalist', {id: listId}, BUILT_IN_FIELDS.map(function (f) { return h('option', {value: f}); })));
                break;
            case 'JQL_MATCH':
                input('jql', h('textarea', {className: 'textarea prodops-textarea', rows: '2', spellcheck: 'false', value: p.jql, onInput: set('jql')}),
                    t('prodops.gatesetpage.param.jql.help'));
                input('maxResults', numberInput(p.maxResults, set('maxResults'), {min: '0', step: '1'}), t('prodops.gatesetpage.param.maxResults.help'));
                break;
            case 'SIGN_OFF':
                input('group', textInput(p.group, set('group'), {spellcheck: 'false'}), t('prodops.gatesetpage.param.group.help'));
                break;
            default:
                block.appendChild(h('p', {className: 'prodops-meta', text: t('prodops.gatesetpage.param.none.' + gate.kind)}));
            }
        }

        function linkTypesEditor(gate, index) {
            var links = gate.params.linkTypes;
            var box = h('fieldset', {className: 'prodops-fieldset prodops-link-types'}, h('legend', {text: t('prodops.gatesetpage.param.linkTypes')}));
            var rows = h('ul', {className: 'prodops-link-type-rows'});
            function render() {
                ui.clear(rows);
                links.forEach(function (link, j) {
                    var prefix = 'gates[' + index + '].params.linkTypes[' + j + ']';
                    var remove = h('button', {type: 'button', className: 'aui-button aui-button-subtle', disabled: links.length === 1,
                        'aria-label': t('prodops.gatesetpage.param.linkTypes.remove.label', j + 1), text: t('prodops.gatesetpage.param.linkTypes.remove')});
                    remove.addEventListener('click', function () {
                        links.splice(j, 1);
                        markDirty();
                        render();
                        global.document.getElementById(gateFieldId(index, 'link-add')).focus();
                    });
                    rows.appendChild(h('li', {className: 'prodops-tpl-row'}, [
                        field({id: gateFieldId(index, 'link' + j + '-name'), field: prefix + '.name', label: t('prodops.gatesetpage.param.linkTypes.name', j + 1),
                            control: textInput(link.name, function (e) { link.name = e.target.value; markDirty(); })}),
                        field({id: gateFieldId(index, 'link' + j + '-direction'), field: prefix + '.direction', label: t('prodops.gatesetpage.param.linkTypes.direction', j + 1),
                            control: h('select', {className: 'select', onChange: function (e) { link.direction = e.target.value; markDirty(); }}, ['INWARD', 'OUTWARD'].map(function (d) {
                                return h('option', {value: d, selected: link.direction === d, text: t('prodops.gatesetpage.param.direction.' + d)});
                            }))}),
                        remove
                    ]));
                });
            }
            render();
            var add = h('button', {type: 'button', className: 'aui-button', id: gateFieldId(index, 'link-add'), text: t('prodops.gatesetpage.param.linkTypes.add')});
            add.addEventListener('click', function () {
                links.push({name: '', direction: 'INWARD'});
                markDirty();
                render();
                focusGateField(index, 'link' + (links.length - 1) + '-name');
            });
            box.appendChild(h('p', {className: 'prodops-meta', text: t('prodops.gatesetpage.param.linkTypes.help')}));
            box.appendChild(rows);
            box.appendChild(add);
            // errors about the list as a whole (gates[i].params.linkTypes) land on the add button's slot
            box.appendChild(h('p', {id: gateFieldId(index, 'link-add') + '-error', className: 'error prodops-field-error'}));
            add.setAttribute('data-field', 'gates[' + index + '].params.linkTypes');
            return box;
        }

        /* ------------------------------------------------------------ save, publish, lifecycle */

        function showErrors(r) {
            var errors = ui.fieldErrors(r);
            // the summary takes the focus (like the template page); each entry links to its field, which shows the error too
            showMessage('error', t('prodops.gatesetpage.notsaved', ui.errorMessage(r, t)), errors.length ? ui.placeFieldErrors(editor, errors) : null).focus();
        }

        function saveDraft(then) {
            clearMessage();
            var draft = state.draft;
            var body = {name: draft.name, description: draft.description, gates: draft.gates.map(gateBody)};
            var call;
            if (state.isNew) {
                body.key = draft.key;
                call = ProdOps.request('POST', base + '/gatesets', body);
            } else {
                body.revision = state.current.revision;
                call = ProdOps.request('PUT', gatesetUrl(state.current.key), body);
            }
            var button = global.document.getElementById('prodops-gateset-save');
            button.disabled = true;
            return call.then(function (r) {
                button.disabled = false;
                if (r.status === 200 || r.status === 201) {
                    var text = t('prodops.gatesetpage.saved', r.body.revision === undefined ? '' : r.body.revision);
                    show(r.body, false, {kind: 'success', text: text});
                    say(text);
                    loadList();
                    loadBindings();
                    if (!then) {
                        global.document.getElementById('prodops-gateset-save').focus();
                    }
                    return then ? then() : true;
                }
                if (r.status === 409) {
                    showConflict(r);
                } else if (r.status === 400) {
                    showErrors(r);
                } else {
                    showMessage('error', t('prodops.gatesetpage.notsaved', ui.errorMessage(r, t))).focus();
                }
                return false;
            });
        }

        /** 409: name who saved and when; the form keeps every change until the user decides. */
        function showConflict(r) {
            var current = r.body && r.body.current || {};
            var load = h('button', {type: 'button', className: 'aui-button', id: 'prodops-gateset-conflict-load', text: t('prodops.gatesetpage.conflict.load')});
            var keep = h('button', {type: 'button', className: 'aui-button', id: 'prodops-gateset-conflict-keep', text: t('prodops.gatesetpage.conflict.keep')});
            var message = showMessage('error', ui.conflictText(r, t, 'prodops.gatesetpage.conflict'), h('div', {className: 'buttons-container'}, [load, ' ', keep]));
            message.classList.add('prodops-conflict');
            load.addEventListener('click', function () {
                open(state.current.key, true).then(function () { say(t('prodops.gatesetpage.conflict.loaded')); });
            });
            keep.addEventListener('click', function () {
                var retry = function (revision) {
                    state.current.revision = revision;
                    saveDraft();
                };
                if (current.revision !== undefined) {
                    retry(current.revision);
                } else {
                    ProdOps.request('GET', gatesetUrl(state.current.key)).then(function (fresh) {
                        if (fresh.status === 200) {
                            retry(fresh.body.revision);
                        }
                    });
                }
            });
            keep.focus();
        }

        function publishDraft(note) {
            var go = function () {
                clearMessage();
                var button = global.document.getElementById('prodops-gateset-publish');
                button.disabled = true;
                var noteValue = (global.document.getElementById('prodops-gs-note') || note).value;
                return ProdOps.request('POST', gatesetUrl(state.current.key, '/publish'), {note: noteValue, revision: state.current.revision}).then(function (r) {
                    button.disabled = false;
                    if (r.status === 200 || r.status === 201) {
                        var text = t('prodops.gatesetpage.published', r.body.publishedVersion === undefined ? '' : r.body.publishedVersion);
                        show(r.body, false, {kind: 'success', text: text});
                        say(text);
                        loadList();
                        loadBindings();
                        global.document.getElementById('prodops-gateset-publish').focus();
                    } else if (r.status === 409) {
                        showConflict(r);
                    } else if (r.status === 400) {
                        showErrors(r);
                    } else {
                        showMessage('error', ui.errorMessage(r, t)).focus();
                    }
                });
            };
            if (state.dirty) {
                var noteValue = note.value;
                return saveDraft(function () {
                    global.document.getElementById('prodops-gs-note').value = noteValue;
                    return go();
                });
            }
            return go();
        }

        function lifecycle(action) {
            clearMessage();
            ProdOps.request('POST', gatesetUrl(state.current.key, '/' + action), {revision: state.current.revision}).then(function (r) {
                if (r.status === 200 || r.status === 201) {
                    var text = t('prodops.gatesetpage.' + action + '.done');
                    show(r.body, false, {kind: 'success', text: text});
                    say(text);
                    loadList();
                    var next = global.document.getElementById(action === 'retire' ? 'prodops-gateset-unretire' : 'prodops-gateset-retire');
                    if (next) {
                        next.focus();
                    }
                } else if (r.status === 409) {
                    showConflict(r);
                } else {
                    showMessage('error', ui.errorMessage(r, t)).focus();
                }
            });
        }

        /* ------------------------------------------------------------ versions and diff */

        function loadVersions(panel) {
            ui.clear(panel).appendChild(h('p', {className: 'prodops-loading', text: t('prodops.ui.loading')}));
            ProdOps.request('GET', gatesetUrl(state.current.key, '/versions')).then(function (r) {
                ui.clear(panel);
                if (r.status !== 200) {
                    panel.appendChild(h('p', {className: 'prodops-status is-error', role: 'alert', text: ui.errorMessage(r, t)}));
                    return;
                }
                var versions = ui.listOf(r.body).slice().sort(function (a, b) { return Number(b.version) - Number(a.version); });
                if (!versions.length) {
                    panel.appendChild(h('p', {className: 'prodops-meta', text: t('prodops.gatesetpage.versions.none')}));
                    return;
                }
                var view = h('div', {className: 'prodops-version-view'});
                panel.appendChild(h('table', {className: 'aui prodops-versions-table'}, [
                    h('caption', {className: 'prodops-visually-hidden', text: t('prodops.gatesetpage.tab.versions')}),
                    h('thead', null, h('tr', null, [
                        h('th', {scope: 'col', text: t('prodops.gatesetpage.versions.version')}),
                        h('th', {scope: 'col', text: t('prodops.gatesetpage.versions.note')}),
                        h('th', {scope: 'col', text: t('prodops.gatesetpage.versions.by')}),
                        h('th', {scope: 'col', text: t('prodops.gatesetpage.versions.at')}),
                        h('th', {scope: 'col'}, h('span', {className: 'prodops-visually-hidden', text: t('prodops.gatesetpage.versions.actions')}))
                    ])),
                    h('tbody', null, versions.map(function (version) {
                        return h('tr', {'data-version': String(version.version)}, [
                            h('th', {scope: 'row', text: t('prodops.gatesetpage.version', version.version)}),
                            h('td', {text: version.note || '\u2014'}),
                            h('td', {text: ui.userName(version.publishedBy || version.createdBy || version.by)}),
                            h('td', null, ui.time(version.publishedAt || version.createdAt || version.at)),
                            h('td', null, h('button', {type: 'button', className: 'aui-button aui-button-subtle prodops-version-view-button',
                                'aria-label': t('prodops.gatesetpage.versions.view.label', version.version), text: t('prodops.gatesetpage.versions.view'),
                                onClick: function () { viewVersion(version.version, view); }}))
                        ]);
                    }))
                ]));
                panel.appendChild(compareForm(versions));
                panel.appendChild(view);
            });
        }

        function viewVersion(number, view) {
            ProdOps.request('GET', gatesetUrl(state.current.key, '/versions/' + encodeURIComponent(number))).then(function (r) {
                ui.clear(view);
                if (r.status !== 200) {
                    view.appendChild(h('p', {className: 'prodops-status is-error', role: 'alert', text: ui.errorMessage(r, t)}));
                    return;
                }
                var doc = r.body.gateset && r.body.gateset.gates ? r.body.gateset : r.body;
                var headingId = ui.uid('prodops-version-heading');
                view.appendChild(h('h3', {id: headingId, tabindex: '-1', text: t('prodops.gatesetpage.versions.view.heading', number, doc.name || doc.key || '')}));
                view.appendChild(h('ol', {className: 'prodops-version-gates'}, (doc.gates || []).map(function (gate) {
                    return h('li', null, [
                        h('strong', {text: gate.title || gate.key}), ' ',
                        h('span', {className: 'prodops-meta', text: '(' + gate.key + ', ' + t('prodops.gatesetpage.kind.' + gate.kind)
                            + (gate.required ? ', ' + t('prodops.gatesetpage.gate.required') : '') + ')'}),
                        gate.params && Object.keys(gate.params).length ? ui.valueTree(gate.params) : null
                    ]);
                })));
                global.document.getElementById(headingId).focus();
            });
        }

        function compareForm(versions) {
            function options(selected) {
                return [h('option', {value: 'draft', selected: selected === 'draft', text: t('prodops.gatesetpage.diff.draft')})].concat(versions.map(function (v) {
                    return h('option', {value: String(v.version), selected: Number(v.version) === Number(selected), text: t('prodops.gatesetpage.version', v.version)});
                }));
            }
            var from = h('select', {id: 'prodops-gs-diff-from', className: 'select'}, options(versions.length > 1 ? versions[1].version : versions[0].version));
            var to = h('select', {id: 'prodops-gs-diff-to', className: 'select'}, options(versions.length > 1 ? versions[0].version : 'draft'));
            var output = h('div', {className: 'prodops-diff', id: 'prodops-gs-diff'});
            var form = h('form', {className: 'aui prodops-form prodops-compare-form', novalidate: true, 'aria-labelledby': 'prodops-gs-diff-heading'}, [
                h('h3', {id: 'prodops-gs-diff-heading', text: t('prodops.gatesetpage.diff.heading')}),
                h('div', {className: 'prodops-tpl-row'}, [
                    h('div', {className: 'field-group'}, [h('label', {'for': 'prodops-gs-diff-from', text: t('prodops.gatesetpage.diff.from')}), from]),
                    h('div', {className: 'field-group'}, [h('label', {'for': 'prodops-gs-diff-to', text: t('prodops.gatesetpage.diff.to')}), to])
                ]),
                h('div', {className: 'buttons-container'}, h('button', {type: 'submit', className: 'aui-button', id: 'prodops-gs-diff-show', text: t('prodops.gatesetpage.diff.show')})),
                output
            ]);
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                ProdOps.request('GET', gatesetUrl(state.current.key, '/diff?from=' + encodeURIComponent(from.value) + '&to=' + encodeURIComponent(to.value)))
                    .then(function (r) {
                        ui.clear(output);
                        if (r.status !== 200) {
                            output.appendChild(h('p', {className: 'prodops-status is-error', role: 'alert', text: ui.errorMessage(r, t)}));
                            return;
                        }
                        ProdOps.diff.render(output, r.body, from.value, to.value, t, 'prodops.gatesetpage.diff.');
                    });
            });
            return form;
        }

        /* ------------------------------------------------------------ bindings */

        function bindingModel(b) {
            var gateset = b.gateset && typeof b.gateset === 'object' ? b.gateset.key : b.gateset || b.gatesetKey || '';
            var project = b.projectKey || (b.project && typeof b.project === 'object' ? b.project.key : b.project) || '';
            return {project: project, issueTypes: (b.issueTypes || []).join(', '), gateset: gateset};
        }

        function loadBindings() {
            return ProdOps.request('GET', base + '/gatesets/bindings').then(function (r) {
                if (r.status !== 200) {
                    ui.clear(bindingsBody).appendChild(h('p', {className: 'prodops-status is-error', role: 'alert', text: ui.errorMessage(r, t)}));
                    return;
                }
                var list = Array.isArray(r.body) ? r.body : r.body.bindings || r.body.items || [];
                state.bindings = {revision: r.body.revision, rows: list.map(bindingModel)};
                renderBindings();
            });
        }

        function renderBindings(message) {
            var rows = state.bindings.rows;
            ui.clear(bindingsBody);
            var messages = h('div', {className: 'prodops-bindings-messages'});
            var form = h('form', {className: 'aui prodops-form prodops-bindings-form', id: 'prodops-bindings-form', novalidate: true});
            var list = h('ol', {className: 'prodops-binding-rows'});
            var choices = state.list.filter(function (s) { return s.publishedVersion; });
            rows.forEach(function (row, i) {
                var prefix = 'bindings[' + i + ']';
                var select = h('select', {className: 'select', onChange: function (e) { row.gateset = e.target.value; }},
                    [h('option', {value: '', text: t('prodops.gatesetpage.binding.choose')})].concat(choices.map(function (s) {
                        return h('option', {value: s.key, selected: s.key === row.gateset, text: s.name || s.key});
                    })));
                if (row.gateset && !choices.some(function (s) { return s.key === row.gateset; })) {
                    select.appendChild(h('option', {value: row.gateset, selected: true, text: row.gateset}));
                }
                var remove = h('button', {type: 'button', className: 'aui-button aui-button-subtle prodops-binding-remove',
                    'aria-label': t('prodops.gatesetpage.binding.remove.label', i + 1), text: t('prodops.gatesetpage.binding.remove')});
                remove.addEventListener('click', function () {
                    rows.splice(i, 1);
                    renderBindings();
                    global.document.getElementById('prodops-binding-add').focus();
                });
                list.appendChild(h('li', {className: 'prodops-tpl-row prodops-binding-row'}, [
                    field({id: 'prodops-b' + i + '-project', field: prefix + '.projectKey', label: t('prodops.gatesetpage.binding.project', i + 1), required: true,
                        control: textInput(row.project, function (e) { row.project = e.target.value.trim(); }, {spellcheck: 'false', maxlength: '255'})}),
                    field({id: 'prodops-b' + i + '-issueTypes', field: prefix + '.issueTypes', label: t('prodops.gatesetpage.binding.issueTypes', i + 1),
                        help: t('prodops.gatesetpage.binding.issueTypes.help'),
                        control: textInput(row.issueTypes, function (e) { row.issueTypes = e.target.value; })}),
                    field({id: 'prodops-b' + i + '-gateset', field: prefix + '.gateset', label: t('prodops.gatesetpage.binding.gateset', i + 1), required: true, control: select}),
                    remove
                ]));
            });
            if (!rows.length) {
                list.appendChild(h('li', {className: 'prodops-meta', text: t('prodops.gatesetpage.binding.none')}));
            }
            var add = h('button', {type: 'button', className: 'aui-button', id: 'prodops-binding-add', text: t('prodops.gatesetpage.binding.add')});
            add.addEventListener('click', function () {
                rows.push({project: '', issueTypes: '', gateset: ''});
                renderBindings();
                global.document.getElementById('prodops-b' + (rows.length - 1) + '-project').focus();
            });
            var save = h('button', {type: 'submit', className: 'aui-button aui-button-primary', id: 'prodops-bindings-save', text: t('prodops.gatesetpage.binding.save')});
            form.appendChild(messages);
            form.appendChild(list);
            form.appendChild(h('div', {className: 'buttons-container'}, [add, ' ', save]));
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                saveBindings(form, messages, save);
            });
            bindingsBody.appendChild(form);
            if (message) {
                messages.appendChild(message);
            }
        }

        function saveBindings(form, messages, button) {
            ui.clear(messages);
            ui.clearFieldErrors(form);
            var body = {revision: state.bindings.revision, bindings: state.bindings.rows.map(function (row) {
                return {projectKey: row.project, issueTypes: String(row.issueTypes).split(',').map(function (s) { return s.trim(); }).filter(function (s) { return s; }),
                    gateset: row.gateset};
            })};
            button.disabled = true;
            ProdOps.request('PUT', base + '/gatesets/bindings', body).then(function (r) {
                button.disabled = false;
                if (r.status === 200) {
                    var list = Array.isArray(r.body) ? r.body : r.body.bindings || r.body.items || state.bindings.rows;
                    state.bindings = {revision: r.body.revision, rows: list.map(bindingModel)};
                    renderBindings(h('p', {className: 'prodops-message is-success', role: 'status'}, [h('span', {'aria-hidden': 'true', text: '\u2713 '}),
                        t('prodops.gatesetpage.binding.saved')]));
                    say(t('prodops.gatesetpage.binding.saved'));
                    global.document.getElementById('prodops-bindings-save').focus();
                    return;
                }
                var text = r.status === 409 ? ui.conflictText(r, t, 'prodops.gatesetpage.binding.conflict') : t('prodops.gatesetpage.binding.notsaved', ui.errorMessage(r, t));
                var errors = ui.fieldErrors(r);
                var message = h('div', {className: 'prodops-message is-error', role: 'alert', tabindex: '-1'}, [
                    h('p', null, [h('span', {'aria-hidden': 'true', text: '\u26A0 '}), text]),
                    errors.length ? ui.placeFieldErrors(form, errors) : null
                ]);
                if (r.status === 409 && r.body && r.body.current && r.body.current.revision !== undefined) {
                    // keep the rows as typed; the next save goes over the other change on purpose
                    state.bindings.revision = r.body.current.revision;
                }
                messages.appendChild(message);
                message.focus();
            });
        }

        /* ------------------------------------------------------------ start */

        global.addEventListener('beforeunload', function (event) {
            if (state.dirty) {
                event.preventDefault();
                event.returnValue = '';
            }
        });

        frame();
        loadList().then(function () {
            var wanted = global.location.hash ? decodeURIComponent(global.location.hash.substring(1)) : null;
            if (wanted && state.list.some(function (s) { return s.key === wanted; })) {
                open(wanted, false);
            } else if (state.list.length) {
                open(state.list[0].key, false);
            } else {
                startNew();
            }
            loadBindings();
        });
    }

    ProdOps.ui.onReady(init);
})(window);
