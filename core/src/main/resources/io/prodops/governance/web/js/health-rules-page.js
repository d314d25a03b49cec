/*
 * Portfolio health rules and settings, for ops managers: each rule type on or off with its colour and, where it takes
 * one, its number of days; save the draft with its revision (409: who saved; the form keeps the changes), field errors
 * of the API next to their inputs (rules[1].days), publish with a note, the published versions; the initiative types
 * and the target date field. Ops-authored text only ever reaches the page as text nodes and input values.
 */
(function (global) {
    'use strict';
    var ProdOps = global.ProdOps;
    var ui = ProdOps.ui;
    var h = ui.h;
    var document = global.document;
    var TYPES = ['TARGET_PASSED_NOT_DONE', 'NOT_READY_NEAR_TARGET', 'PRD_NOT_APPROVED_NEAR_TARGET', 'EXPERIMENT_SRM', 'NO_TARGET_DATE'];
    var WITH_DAYS = {NOT_READY_NEAR_TARGET: 7, PRD_NOT_APPROVED_NEAR_TARGET: 30};

    function init() {
        var root = document.getElementById('prodops-rules');
        if (!root) {
            return;
        }
        var t = ui.messages(root);
        var base = root.getAttribute('data-rest-base');
        var container = document.getElementById('prodops-rules-root');
        var live = document.getElementById('prodops-rules-live');
        var state = {draft: null, settings: null};
        var el = {};

        function message(target, kind, text, extra) {
            var box = ui.showMessage(target, kind, text, extra);
            if (kind === 'error') {
                box.focus();
            } else {
                ui.announce(live, text); // the words, not the icon
            }
        }

        /* ------------------------------------------------------------ rules */

        function ruleRow(type, rule) {
            var id = 'prodops-hr-' + type;
            var on = h('input', {type: 'checkbox', id: id + '-on', checked: Boolean(rule), className: 'prodops-hr-on'});
            var color = h('select', {id: id + '-color', className: 'select prodops-hr-color'}, ['RED', 'AMBER'].map(function (c) {
                return h('option', {value: c, text: t('prodops.ui.status.' + c), selected: (rule ? rule.color : defaultColour(type)) === c});
            }));
            var days = WITH_DAYS[type] ? h('input', {type: 'number', id: id + '-days', className: 'text short-field prodops-hr-days', min: '0', max: '3650',
                value: rule && rule.days !== undefined ? rule.days : WITH_DAYS[type]}) : null;
            function sync() {
                color.disabled = !on.checked;
                if (days) {
                    days.disabled = !on.checked;
                }
            }
            on.addEventListener('change', sync);
            sync();
            return h('fieldset', {className: 'prodops-fieldset prodops-hr-rule', 'data-type': type}, [
                h('legend', {text: t('prodops.rulespage.rule.' + type)}),
                h('p', {className: 'prodops-meta', text: t('prodops.rulespage.rule.' + type + '.help')}),
                h('span', {className: 'prodops-checkbox'}, [on, h('label', {'for': on.id, text: t('prodops.rulespage.enabled')})]),
                h('div', {className: 'field-group'}, [h('label', {'for': color.id, text: t('prodops.rulespage.colour')}), color,
                    h('p', {id: color.id + '-error', className: 'error prodops-field-error'})]),
                days ? h('div', {className: 'field-group'}, [h('label', {'for': days.id, text: t('prodops.rulespage.days')}), days,
                    h('p', {id: days.id + '-error', className: 'error prodops-field-error'})]) : null
            ]);
        }

        function defaultColour(type) {
            return type === 'TARGET_PASSED_NOT_DONE' || type === 'NOT_READY_NEAR_TARGET' ? 'RED' : 'AMBER';
        }

        /** The rules of the form, in type order, with data-field set to the index each gets in the request. */
        function formRules() {
            var rules = [];
            TYPES.forEach(function (type) {
                var id = 'prodops-hr-' + type;
                var color = document.getElementById(id + '-color');
                var days = document.getElementById(id + '-days');
                color.removeAttribute('data-field');
                if (days) {
                    days.removeAttribute('data-field');
                }
                if (!document.getElementById(id + '-on').checked) {
                    return;
                }
                var index = rules.length;
                var rule = {type: type, color: color.value};
                color.setAttribute('data-field', 'rules[' + index + '].color');
                if (days) {
                    rule.days = days.value === '' ? null : Number(days.value);
                    days.setAttribute('data-field', 'rules[' + index + '].days');
                }
                rules.push(rule);
            });
            return rules;
        }

        function rulesSection() {
            var draft = state.draft;
            var byType = {};
            (draft.rules || []).forEach(function (r) { byType[r.type] = r; });
            el.rulesMessages = h('div', {id: 'prodops-hr-messages'});
            var note = h('input', {type: 'text', className: 'text', id: 'prodops-hr-note', maxlength: '1000', autocomplete: 'off'});
            var form = h('form', {className: 'aui prodops-form', id: 'prodops-hr-form', novalidate: true, onSubmit: function (event) {
                event.preventDefault();
                saveDraft(form);
            }}, [
                el.rulesMessages,
                h('p', {className: 'prodops-meta', id: 'prodops-hr-status', text: draft.publishedVersion
                    ? t('prodops.rulespage.published', draft.publishedVersion) + (draft.unpublishedChanges ? ' ' + t('prodops.rulespage.unpublished') : '')
                    : t('prodops.rulespage.neverPublished')}),
                h('p', {className: 'prodops-meta', text: t('prodops.rulespage.green')}),
                TYPES.map(function (type) { return ruleRow(type, byType[type]); }),
                h('div', {className: 'buttons'}, h('button', {type: 'submit', className: 'aui-button', id: 'prodops-hr-save', text: t('prodops.rulespage.save')})),
                h('div', {className: 'field-group'}, [h('label', {'for': 'prodops-hr-note', text: t('prodops.rulespage.note')}), note]),
                h('div', {className: 'buttons'}, h('button', {type: 'button', className: 'aui-button aui-button-primary', id: 'prodops-hr-publish',
                    text: t('prodops.rulespage.publish'), onClick: function () { publish(form, note); }}))
            ]);
            return h('section', {className: 'prodops-section', 'aria-labelledby': 'prodops-hr-heading'}, [
                h('h2', {id: 'prodops-hr-heading', text: t('prodops.rulespage.rules')}), form]);
        }

        function saveDraft(form) {
            ui.clearFieldErrors(form);
            return ProdOps.request('PUT', base + '/portfolio/health-rules', {rules: formRules(), revision: state.draft.revision}).then(function (response) {
                if (response.status === 200) {
                    state.draft = response.body;
                    message(el.rulesMessages, 'success', t('prodops.rulespage.saved'));
                    document.getElementById('prodops-hr-status').textContent = t('prodops.rulespage.unpublished');
                    return true;
                }
                if (response.status === 409) {
                    message(el.rulesMessages, 'error', ui.conflictText(response, t, 'prodops.rulespage.conflict'));
                } else {
                    var errors = ui.fieldErrors(response);
                    message(el.rulesMessages, 'error', ui.errorMessage(response, t), errors.length ? ui.placeFieldErrors(form, errors) : null);
                }
                return false;
            });
        }

        function publish(form, note) {
            saveDraft(form).then(function (saved) {
                if (!saved) {
                    return;
                }
                ProdOps.request('POST', base + '/portfolio/health-rules/publish', {note: note.value.trim(), revision: state.draft.revision}).then(function (response) {
                    if (response.status === 200) {
                        note.value = '';
                        message(el.rulesMessages, 'success', t('prodops.rulespage.publishedAs', response.body.publishedVersion));
                        document.getElementById('prodops-hr-status').textContent = t('prodops.rulespage.published', response.body.publishedVersion);
                        loadDraft();
                        loadVersions();
                    } else {
                        message(el.rulesMessages, 'error', response.status === 409 ? ui.conflictText(response, t, 'prodops.rulespage.conflict')
                            : ui.errorMessage(response, t));
                    }
                });
            });
        }

        function loadDraft() {
            return ProdOps.request('GET', base + '/portfolio/health-rules').then(function (response) {
                if (response.status === 200) {
                    state.draft = response.body;
                }
            });
        }

        /* ------------------------------------------------------------ versions */

        function loadVersions() {
            ProdOps.request('GET', base + '/portfolio/health-rules/versions?size=50').then(function (response) {
                ui.clear(el.versions);
                if (response.status !== 200) {
                    el.versions.appendChild(h('p', {className: 'prodops-message is-error', role: 'alert', text: ui.errorMessage(response, t)}));
                    return;
                }
                var versions = ui.listOf(response.body);
                if (!versions.length) {
                    el.versions.appendChild(h('p', {className: 'prodops-meta', text: t('prodops.rulespage.versions.none')}));
                    return;
                }
                el.versions.appendChild(h('table', {className: 'aui prodops-table prodops-versions-table', 'aria-labelledby': 'prodops-hr-versions-heading'}, [
                    h('thead', null, h('tr', null, ['version', 'note', 'by', 'at', 'rules'].map(function (c) {
                        return h('th', {scope: 'col', text: t('prodops.rulespage.versions.' + c)});
                    }))),
                    h('tbody', null, versions.map(function (v) {
                        return h('tr', {'data-version': String(v.version)}, [h('th', {scope: 'row', text: String(v.version)}), h('td', {text: v.note || ''}),
                            h('td', {text: ui.userName(v.publishedBy)}), h('td', null, ui.time(v.publishedAt)), h('td', {className: 'prodops-number', text: String(v.ruleCount)})]);
                    }))
                ]));
            });
        }

        /* ------------------------------------------------------------ settings */

        function settingsSection() {
            var s = state.settings;
            el.settingsMessages = h('div', {id: 'prodops-hs-messages'});
            var types = h('input', {type: 'text', className: 'text long-field', value: (s.initiativeTypes || []).join(', '), autocomplete: 'off'});
            var field = h('input', {type: 'text', className: 'text', value: s.targetDateField || '', autocomplete: 'off', placeholder: 'duedate'});
            var form = h('form', {className: 'aui prodops-form', id: 'prodops-hs-form', novalidate: true, onSubmit: function (event) {
                event.preventDefault();
                ui.clearFieldErrors(form);
                var body = {initiativeTypes: types.value.split(',').map(function (v) { return v.trim(); }).filter(Boolean),
                    targetDateField: field.value.trim() || null, revision: state.settings.revision};
                ProdOps.request('PUT', base + '/portfolio/settings', body).then(function (response) {
                    if (response.status === 200) {
                        state.settings = response.body;
                        message(el.settingsMessages, 'success', t('prodops.rulespage.settings.saved'));
                    } else if (response.status === 409) {
                        message(el.settingsMessages, 'error', ui.conflictText(response, t, 'prodops.rulespage.conflict'));
                    } else {
                        var errors = ui.fieldErrors(response);
                        message(el.settingsMessages, 'error', ui.errorMessage(response, t), errors.length ? ui.placeFieldErrors(form, errors) : null);
                    }
                });
            }}, [
                el.settingsMessages,
                ui.field({id: 'prodops-hs-types', field: 'initiativeTypes', label: t('prodops.rulespage.settings.types'), required: true,
                    help: t('prodops.rulespage.settings.types.help'), control: types}),
                ui.field({id: 'prodops-hs-date', field: 'targetDateField', label: t('prodops.rulespage.settings.date'),
                    help: t('prodops.rulespage.settings.date.help'), control: field}),
                h('div', {className: 'buttons'}, h('button', {type: 'submit', className: 'aui-button', id: 'prodops-hs-save', text: t('prodops.rulespage.settings.save')}))
            ]);
            return h('section', {className: 'prodops-section', 'aria-labelledby': 'prodops-hs-heading'}, [
                h('h2', {id: 'prodops-hs-heading', text: t('prodops.rulespage.settings')}), form]);
        }

        Promise.all([ProdOps.request('GET', base + '/portfolio/health-rules'), ProdOps.request('GET', base + '/portfolio/settings')]).then(function (answers) {
            container.removeAttribute('aria-busy');
            var failed = answers.filter(function (a) { return a.status !== 200; })[0];
            if (failed) {
                ui.clear(container).appendChild(h('p', {className: 'prodops-message is-error', role: 'alert', text: t('prodops.rulespage.error', ui.errorMessage(failed, t))}));
                return;
            }
            state.draft = answers[0].body;
            state.settings = answers[1].body;
            el.versions = h('div', {id: 'prodops-hr-versions'});
            ui.clear(container);
            ui.append(container, [rulesSection(),
                h('section', {className: 'prodops-section', 'aria-labelledby': 'prodops-hr-versions-heading'}, [
                    h('h2', {id: 'prodops-hr-versions-heading', text: t('prodops.rulespage.versions')}), el.versions]),
                settingsSection()]);
            loadVersions();
        });
    }

    ui.onReady(init);
})(window);
