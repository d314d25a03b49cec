/*
 * The full PRD page: section editors by kind with per-section autosave (debounced; each write carries that section's
 * revision; a 409 names who changed it and when, keeps the writer's text and offers to load theirs), completeness and
 * status, submit for review, approve / request changes, history, template upgrade with preview, and "Create PRD".
 * All data is written with textContent or as input values (see prodops-ui.js); rich text goes through Quill.
 */
(function (global) {
    'use strict';
    var ProdOps = global.ProdOps;
    var ui = ProdOps.ui;
    var h = ui.h;
    var AUTOSAVE_DELAY = 1200;

    function init() {
        var root = global.document.getElementById('prodops-prd');
        if (!root) {
            return;
        }
        var t = ui.messages(root);
        var base = root.getAttribute('data-rest-base');
        var issueKey = root.getAttribute('data-issue-key');
        var canEdit = root.getAttribute('data-can-edit') === 'true';
        var userKey = root.getAttribute('data-user-key') || '';
        var container = global.document.getElementById('prodops-prd-root');
        var live = global.document.getElementById('prodops-prd-live');
        var heading = global.document.getElementById('prodops-prd-heading');

        var state = {prd: null, templateSections: {}, latestVersion: null, controllers: {}, order: [], refreshTimer: null};
        var aside = h('aside', {className: 'prodops-prd-aside', 'aria-labelledby': 'prodops-prd-summary-heading'});
        var banner = h('div', {className: 'prodops-upgrade-slot'});
        var sectionsPanel = h('div', {className: 'prodops-sections'});
        var historyPanel = h('div', {className: 'prodops-history'});

        /** Whether the caller may edit sections now: Edit permission (the API says so per PRD) and not in review. */
        function editable(prd) {
            var may = prd && prd.canEdit !== undefined ? Boolean(prd.canEdit) : canEdit;
            return may && prd.status !== 'IN_REVIEW';
        }

        function mayEdit(prd) {
            return prd && prd.canEdit !== undefined ? Boolean(prd.canEdit) : canEdit;
        }

        function url(suffix) {
            return ProdOps.prd.url(base, issueKey, suffix);
        }

        function say(text) {
            ui.announce(live, text);
        }

        function done() {
            container.setAttribute('aria-busy', 'false');
        }

        /* ------------------------------------------------------------ loading */

        function load(focusHeading) {
            container.setAttribute('aria-busy', 'true');
            return ProdOps.request('GET', url()).then(function (r) {
                if (r.status === 200) {
                    return loadTemplate(r.body).then(function () {
                        state.prd = r.body;
                        renderPrd();
                        if (focusHeading) {
                            heading.focus();
                        }
                    });
                }
                if (r.status === 404 && r.body && r.body.error === 'PRD_NOT_FOUND') {
                    renderCreate();
                    return null;
                }
                renderError(ui.errorMessage(r, t));
                return null;
            }).then(done, function (error) {
                renderError(String(error));
                done();
            });
        }

        /** Guidance, columns, items and roles come from the template version the PRD uses; the latest version for the banner. */
        function loadTemplate(prd) {
            var template = prd.template || {};
            state.templateSections = {};
            state.latestVersion = template.latestVersion || prd.latestTemplateVersion || null;
            var described = (prd.sections || []).some(function (s) { return 'guidance' in s || 'columns' in s || 'roles' in s; });
            if (!template.key || (described && state.latestVersion)) {
                return Promise.resolve(); // the PRD carries guidance, columns, items, roles and the latest version itself
            }
            var key = encodeURIComponent(template.key);
            var calls = [ProdOps.request('GET', base + '/templates/' + key + '/versions/' + encodeURIComponent(template.version)).then(function (r) {
                if (r.status === 200 && r.body) {
                    var doc = r.body.template && r.body.template.sections ? r.body.template : r.body;
                    (doc.sections || []).forEach(function (section) {
                        state.templateSections[section.key] = section;
                    });
                }
            })];
            if (!state.latestVersion) {
                calls.push(ProdOps.request('GET', base + '/templates/' + key).then(function (r) {
                    if (r.status === 200 && r.body && r.body.publishedVersion) {
                        state.latestVersion = r.body.publishedVersion;
                    }
                }));
            }
            return Promise.all(calls);
        }

        function renderError(message) {
            ui.clear(container).appendChild(h('div', {className: 'prodops-panel prodops-error-panel', role: 'alert'}, [
                h('p', {text: t('prodops.prd.load.error', message)}),
                h('button', {type: 'button', className: 'aui-button', text: t('prodops.ui.retry'), onClick: function () { load(false); }})
            ]));
        }

        /* ------------------------------------------------------------ no PRD yet */

        function renderCreate() {
            var panel = h('section', {className: 'prodops-panel prodops-create-panel', 'aria-labelledby': 'prodops-prd-create-heading'}, [
                h('h2', {id: 'prodops-prd-create-heading', text: t('prodops.prd.none.heading')}),
                h('p', {text: t('prodops.prd.none.text', issueKey)})
            ]);
            if (canEdit) {
                panel.appendChild(ProdOps.prd.createForm({base: base, issueKey: issueKey, t: t, onCreated: function (prd) {
                    say(t('prodops.ui.create.done'));
                    loadTemplate(prd).then(function () {
                        state.prd = prd;
                        renderPrd();
                        heading.focus();
                    });
                }}));
            } else {
                panel.appendChild(h('p', {className: 'prodops-meta', text: t('prodops.prd.none.readonly')}));
            }
            ui.clear(container).appendChild(panel);
        }

        /* ------------------------------------------------------------ the PRD */

        function renderPrd() {
            state.controllers = {};
            state.order = [];
            var tabs = ui.tabs(t('prodops.prd.tabs'), [
                {id: 'sections', label: t('prodops.prd.tab.sections'), panel: sectionsPanel},
                {id: 'history', label: t('prodops.prd.tab.history'), panel: historyPanel, onShow: loadHistory}
            ], 'sections');
            var main = h('div', {className: 'prodops-prd-main'}, [banner, tabs.element]);
            ui.clear(container).appendChild(h('div', {className: 'prodops-prd-layout'}, [main, aside]));
            renderSections();
            renderAside();
            renderBanner();
        }

        function templateSection(section) {
            return state.templateSections[section.key] || {};
        }

        function renderSections() {
            ui.clear(sectionsPanel);
            var current = [];
            var archived = [];
            (state.prd.sections || []).forEach(function (section) {
                (section.archived ? archived : current).push(section);
            });
            var list = h('div', {className: 'prodops-section-list'});
            var canWrite = editable(state.prd);
            state.renderedEditable = canWrite;
            if (mayEdit(state.prd) && state.prd.status === 'IN_REVIEW') {
                sectionsPanel.appendChild(h('p', {className: 'prodops-message is-info prodops-inreview-note'}, [
                    h('span', {'aria-hidden': 'true', text: '\u2139 '}), t('prodops.prd.inreview.locked')]));
            }
            current.forEach(function (section) {
                list.appendChild(sectionBlock(section, canWrite));
            });
            sectionsPanel.appendChild(list);
            if (archived.length) {
                var details = h('details', {className: 'prodops-archived'}, [
                    h('summary', {text: t('prodops.prd.archived.heading', archived.length)}),
                    h('p', {className: 'prodops-meta', text: t('prodops.prd.archived.help')})
                ]);
                archived.forEach(function (section) {
                    details.appendChild(sectionBlock(section, false));
                });
                sectionsPanel.appendChild(details);
            }
        }

        function sectionId(section, part) {
            return 'prodops-section-' + part + '-' + String(section.key).replace(/[^A-Za-z0-9_-]/g, '_');
        }

        /** One section: heading with required/filled markers, guidance, editor (or read-only view), save state. */
        function sectionBlock(section, editable) {
            var tpl = templateSection(section);
            var headingId = sectionId(section, 'heading');
            var guidanceId = sectionId(section, 'guidance');
            var guidance = section.guidance || tpl.guidance;
            var title = section.title || tpl.title || section.key;
            var filled = h('span', {className: 'prodops-filled'});
            var stateLine = h('p', {className: 'prodops-save-state'});
            var problem = h('div', {className: 'prodops-section-problem', hidden: true});
            var block = h('section', {className: 'prodops-section' + (section.archived ? ' is-archived' : ''), id: sectionId(section, 'block'),
                'aria-labelledby': headingId, 'data-section': section.key, 'data-kind': section.kind}, [
                h('header', {className: 'prodops-section-header'}, [
                    h('h2', {id: headingId, className: 'prodops-section-title', tabindex: '-1'}, [
                        title,
                        section.required ? h('span', {className: 'prodops-required'}, [
                            h('span', {'aria-hidden': 'true', text: ' *'}),
                            h('span', {className: 'prodops-required-text', text: t('prodops.prd.required')})
                        ]) : null
                    ]),
                    filled
                ]),
                guidance ? h('p', {id: guidanceId, className: 'prodops-guidance', text: guidance}) : null
            ]);
            var options = {
                t: t, title: title, content: section.content, labelledBy: headingId, describedBy: guidance ? guidanceId : null,
                columns: section.columns || tpl.columns, roles: section.roles || tpl.roles, live: live, names: knownUsers(state.prd)
            };
            var controller = {section: section, block: block, filled: filled, stateLine: stateLine, problem: problem, headingId: headingId};
            if (editable) {
                controller = sectionController(section, options, controller);
                block.appendChild(controller.editor.element);
                state.controllers[section.key] = controller;
                state.order.push(section.key);
            } else {
                block.appendChild(ProdOps.sections.view(section.kind, section.content, options));
            }
            block.appendChild(problem);
            block.appendChild(stateLine);
            showFilled(controller);
            showSaved(controller);
            return block;
        }

        /** Display names of the users this PRD mentions elsewhere (people sections hold user keys only). */
        function knownUsers(prd) {
            var names = {};
            function add(user) {
                if (user && typeof user === 'object' && user.key && user.displayName) {
                    names[user.key] = user.displayName;
                }
            }
            add(prd.createdBy);
            add(prd.updatedBy);
            (prd.reviewers || []).forEach(function (r) { add(r.user); });
            (prd.sections || []).forEach(function (s) { add(s.updatedBy); });
            return names;
        }

        function showFilled(controller) {
            var section = controller.section;
            ui.clear(controller.filled);
            controller.filled.className = 'prodops-filled ' + (section.filled ? 'is-filled' : 'is-empty');
            ui.append(controller.filled, [
                h('span', {'aria-hidden': 'true', text: section.filled ? '\u2713 ' : '\u25CB '}),
                section.filled ? t('prodops.prd.filled') : t('prodops.prd.notfilled')
            ]);
        }

        function showSaved(controller) {
            var section = controller.section;
            controller.stateLine.className = 'prodops-save-state';
            controller.stateLine.textContent = section.updatedAt
                ? t('prodops.prd.lastsaved', ui.userName(section.updatedBy), ui.timeText(section.updatedAt)) : '';
        }

        /* ------------------------------------------------------------ autosave */

        function sectionController(section, options, controller) {
            controller.revision = section.revision;
            controller.dirty = false;
            controller.saving = false;
            controller.again = false;
            controller.conflict = null;
            controller.timer = null;
            controller.idle = [];
            options.onChange = function () {
                controller.dirty = true;
                setState(controller, 'unsaved', t('prodops.prd.unsaved'));
                if (!controller.conflict) {
                    global.clearTimeout(controller.timer);
                    controller.timer = global.setTimeout(function () { save(controller); }, AUTOSAVE_DELAY);
                }
            };
            options.onBlur = function () {
                if (controller.dirty && !controller.conflict) {
                    global.clearTimeout(controller.timer);
                    save(controller);
                }
            };
            controller.editor = ProdOps.sections.editor(section.kind, options);
            return controller;
        }

        function setState(controller, kind, text) {
            controller.stateLine.className = 'prodops-save-state is-' + kind;
            controller.stateLine.textContent = text;
        }

        function settle(controller) {
            if (!controller.saving && !controller.timer) {
                var waiting = controller.idle;
                controller.idle = [];
                waiting.forEach(function (resolve) { resolve(); });
            }
        }

        function save(controller) {
            global.clearTimeout(controller.timer);
            controller.timer = null;
            if (controller.conflict) {
                settle(controller);
                return;
            }
            if (controller.saving) {
                controller.again = true;
                return;
            }
            if (!controller.dirty) {
                settle(controller);
                return;
            }
            controller.saving = true;
            controller.again = false;
            var content = controller.editor.getContent();
            var sent = JSON.stringify(content);
            setState(controller, 'saving', t('prodops.prd.saving'));
            var sectionUrl = url('/sections/' + encodeURIComponent(controller.section.key));
            ProdOps.request('PUT', sectionUrl, {content: content, revision: controller.revision}).then(function (r) {
                controller.saving = false;
                if (r.status === 200) {
                    hideProblem(controller);
                    applySectionWrite(controller, r.body);
                    if (JSON.stringify(controller.editor.getContent()) === sent) {
                        controller.dirty = false;
                        setState(controller, 'saved', t('prodops.prd.saved', ui.timeText(controller.section.updatedAt || new Date().toISOString())));
                    }
                } else if (r.status === 409 && r.body && r.body.error && r.body.error !== 'STALE_REVISION') {
                    showProblem(controller, r); // e.g. PRD_IN_REVIEW: the PRD changed state; show the current one
                    scheduleRefresh();
                } else if (r.status === 409) {
                    showConflict(controller, r);
                } else {
                    showProblem(controller, r);
                }
                if (controller.dirty && !controller.conflict && controller.again && r.status === 200) {
                    save(controller);
                    return;
                }
                settle(controller);
            });
        }

        /** A section write answers with the PRD or with the section; either way the page's state follows. */
        function applySectionWrite(controller, body) {
            var key = controller.section.key;
            var updated = null;
            if (body && Array.isArray(body.sections)) {
                updatePrdKeepingEditors(body);
                updated = findSection(body, key);
            } else if (body && body.key === key) {
                updated = body;
                replaceSection(body);
                scheduleRefresh();
            }
            if (updated) {
                controller.section = updated;
                controller.revision = updated.revision;
            }
            showFilled(controller);
        }

        function findSection(prd, key) {
            return (prd.sections || []).filter(function (s) { return s.key === key; })[0] || null;
        }

        function replaceSection(section) {
            var sections = state.prd.sections || [];
            for (var i = 0; i < sections.length; i++) {
                if (sections[i].key === section.key) {
                    sections[i] = section;
                }
            }
        }

        /** New PRD-level state (status, completeness, reviewers, filled flags) without touching what people are typing. */
        function updatePrdKeepingEditors(prd, message) {
            state.prd = prd;
            if (editable(prd) !== state.renderedEditable) {
                renderSections(); // submitted (read-only in review) or back from review: nothing typed is pending here
                renderAside(message);
                renderBanner();
                return;
            }
            Object.keys(state.controllers).forEach(function (key) {
                var controller = state.controllers[key];
                var fresh = findSection(prd, key);
                if (fresh) {
                    controller.section = fresh;
                    if (!controller.dirty && !controller.saving && !controller.conflict && fresh.revision !== controller.revision) {
                        controller.editor.setContent(fresh.content); // someone else saved this section; nothing local to lose
                        controller.revision = fresh.revision;
                        showSaved(controller);
                    }
                    showFilled(controller);
                }
            });
            renderAside(message);
            renderBanner();
        }

        /** After a write that returned only the section: fetch the PRD's status and completeness (debounced). */
        function scheduleRefresh() {
            global.clearTimeout(state.refreshTimer);
            state.refreshTimer = global.setTimeout(function () {
                ProdOps.request('GET', url()).then(function (r) {
                    if (r.status === 200) {
                        updatePrdKeepingEditors(r.body);
                    }
                });
            }, 300);
        }

        function showProblem(controller, r) {
            var box = ui.clear(controller.problem);
            box.hidden = false;
            box.className = 'prodops-section-problem prodops-message is-error';
            box.setAttribute('role', 'alert');
            var errors = ui.fieldErrors(r);
            box.appendChild(h('p', {text: t('prodops.prd.notsaved', ui.errorMessage(r, t))}));
            if (errors.length) {
                box.appendChild(h('ul', null, errors.map(function (e) {
                    var where = e.row !== undefined ? ' ' + t('prodops.ui.error.row', e.row, e.column === undefined ? '' : e.column) : '';
                    return h('li', {text: (e.field ? e.field + ': ' : '') + e.message + where});
                })));
            }
            setState(controller, 'error', t('prodops.prd.unsaved'));
        }

        function hideProblem(controller) {
            controller.problem.hidden = true;
            ui.clear(controller.problem);
        }

        /** 409: someone else saved this section. Keep the writer's text; offer their version or saving over it. */
        function showConflict(controller, r) {
            var current = r.body && r.body.current || {};
            controller.conflict = current;
            var box = ui.clear(controller.problem);
            box.hidden = false;
            box.className = 'prodops-section-problem prodops-conflict prodops-message is-warning';
            box.setAttribute('role', 'alert');
            var load = h('button', {type: 'button', className: 'aui-button prodops-conflict-load', text: t('prodops.prd.conflict.load')});
            var keep = h('button', {type: 'button', className: 'aui-button prodops-conflict-keep', text: t('prodops.prd.conflict.keep')});
            box.appendChild(h('p', {className: 'prodops-conflict-text'}, [
                h('span', {'aria-hidden': 'true', text: '\u26A0 '}),
                ui.conflictText(r, t, 'prodops.prd.conflict')
            ]));
            box.appendChild(h('div', {className: 'prodops-conflict-buttons'}, [load, ' ', keep]));
            setState(controller, 'error', t('prodops.prd.unsaved'));
            load.addEventListener('click', function () { loadTheirs(controller); });
            keep.addEventListener('click', function () {
                controller.conflict = null;
                hideProblem(controller);
                if (current.revision !== undefined) {
                    controller.revision = current.revision;
                    controller.dirty = true;
                    save(controller);
                    controller.editor.focus();
                } else {
                    refetchRevision(controller).then(function () { save(controller); });
                }
            });
        }

        function refetchRevision(controller) {
            return ProdOps.request('GET', url()).then(function (r) {
                var fresh = r.status === 200 ? findSection(r.body, controller.section.key) : null;
                if (fresh) {
                    controller.revision = fresh.revision;
                }
            });
        }

        /** Loads the stored version into the editor and keeps the writer's own version below it to copy from. */
        function loadTheirs(controller) {
            var mine = controller.editor.getContent();
            ProdOps.request('GET', url()).then(function (r) {
                if (r.status !== 200) {
                    showProblem(controller, r);
                    return;
                }
                var fresh = findSection(r.body, controller.section.key);
                controller.conflict = null;
                controller.dirty = false;
                hideProblem(controller);
                if (fresh) {
                    controller.section = fresh;
                    controller.revision = fresh.revision;
                    controller.editor.setContent(fresh.content);
                }
                updatePrdKeepingEditors(r.body);
                var copyId = ui.uid('prodops-mine');
                var copy = h('details', {className: 'prodops-mine', open: true}, [
                    h('summary', {text: t('prodops.prd.conflict.mine')}),
                    h('p', {className: 'prodops-meta', id: copyId, text: t('prodops.prd.conflict.mine.help')}),
                    h('textarea', {className: 'prodops-textarea prodops-mine-text', readonly: true, rows: '5', 'aria-describedby': copyId,
                        'aria-label': t('prodops.prd.conflict.mine'), value: ProdOps.sections.plainText(controller.section.kind, mine, t)}),
                    h('button', {type: 'button', className: 'aui-button aui-button-subtle', text: t('prodops.ui.dismiss'),
                        onClick: function (event) { event.target.closest('details').remove(); controller.editor.focus(); }})
                ]);
                controller.problem.hidden = false;
                controller.problem.className = 'prodops-section-problem';
                controller.problem.removeAttribute('role');
                controller.problem.appendChild(copy);
                showSaved(controller);
                say(t('prodops.prd.conflict.loaded'));
                controller.editor.focus();
            });
        }

        /** Resolves once every section has saved what was typed (before PRD-level actions). */
        function flushAll() {
            return Promise.all(state.order.map(function (key) {
                var controller = state.controllers[key];
                return new Promise(function (resolve) {
                    controller.idle.push(resolve);
                    if (controller.timer || (controller.dirty && !controller.saving)) {
                        save(controller);
                    } else {
                        settle(controller);
                    }
                });
            })).then(function () {
                return Object.keys(state.controllers).every(function (key) {
                    var c = state.controllers[key];
                    return !c.dirty && !c.conflict;
                });
            });
        }

        global.addEventListener('beforeunload', function (event) {
            var pending = Object.keys(state.controllers).some(function (key) {
                var c = state.controllers[key];
                return c.dirty || c.saving;
            });
            if (pending) {
                event.preventDefault();
                event.returnValue = '';
            }
        });

        /* ------------------------------------------------------------ summary, review, submit */

        /** message: optional {text, kind: 'success'|'error'} shown above the actions (they are re-rendered). */
        function renderAside(message) {
            var prd = state.prd;
            ui.clear(aside);
            aside.appendChild(h('h2', {id: 'prodops-prd-summary-heading', className: 'prodops-aside-heading', tabindex: '-1', text: t('prodops.prd.summary')}));
            if (message) {
                aside.appendChild(h('p', {className: 'prodops-message prodops-aside-message is-' + message.kind,
                    role: message.kind === 'error' ? 'alert' : null}, [
                    h('span', {'aria-hidden': 'true', text: message.kind === 'error' ? '\u26A0 ' : '\u2713 '}), message.text]));
            }
            aside.appendChild(ProdOps.prd.summary(prd, t));
            var updated = prd.updatedAt ? h('p', {className: 'prodops-meta prodops-updated',
                text: t('prodops.prd.updated', ui.userName(prd.updatedBy), ui.timeText(prd.updatedAt))}) : null;
            ui.append(aside, updated);
            aside.appendChild(actions(prd));
            aside.appendChild(contents(prd));
        }

        function isReviewer(prd) {
            if (prd.canReview !== undefined) {
                return Boolean(prd.canReview);
            }
            return Boolean(userKey) && (prd.reviewers || []).some(function (r) { return ui.userKey(r.user) === userKey; });
        }

        function actions(prd) {
            var box = h('div', {className: 'prodops-actions'});
            if (mayEdit(prd) && (prd.status === 'DRAFT' || prd.status === 'CHANGES_REQUESTED')) {
                box.appendChild(submitForm(prd));
            }
            if (prd.status === 'IN_REVIEW' && isReviewer(prd)) {
                box.appendChild(reviewForm(prd));
            } else if (prd.status === 'IN_REVIEW') {
                box.appendChild(h('p', {className: 'prodops-meta', text: t('prodops.prd.review.waiting')}));
            }
            if (prd.status === 'APPROVED') {
                box.appendChild(h('p', {className: 'prodops-meta', text: t('prodops.prd.review.approved')}));
            }
            return box;
        }

        function submitForm(prd) {
            var inputId = 'prodops-prd-reviewers';
            var helpId = 'prodops-prd-reviewers-help';
            var errorId = 'prodops-prd-reviewers-error';
            var input = h('input', {type: 'text', id: inputId, className: 'text', autocomplete: 'off',
                'aria-describedby': helpId + ' ' + errorId,
                value: (prd.reviewers || []).map(function (r) { return ui.userKey(r.user); }).join(', ')});
            var error = h('p', {id: errorId, className: 'error prodops-field-error'});
            var status = h('p', {className: 'prodops-status', role: 'status'});
            var button = h('button', {type: 'submit', className: 'aui-button aui-button-primary', id: 'prodops-prd-submit', text: t('prodops.prd.submit')});
            var form = h('form', {className: 'aui prodops-form prodops-submit-form', novalidate: true, 'aria-labelledby': 'prodops-prd-submit-heading'}, [
                h('h3', {id: 'prodops-prd-submit-heading', text: t('prodops.prd.submit.heading')}),
                h('div', {className: 'field-group'}, [
                    h('label', {'for': inputId, text: t('prodops.prd.reviewers.label')}),
                    input,
                    h('p', {id: helpId, className: 'prodops-meta', text: t('prodops.prd.reviewers.help')}),
                    error
                ]),
                h('div', {className: 'buttons-container'}, button),
                status
            ]);
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                var reviewers = input.value.split(/[,;\s]+/).map(function (s) { return s.trim(); }).filter(function (s) { return s; });
                error.textContent = '';
                input.removeAttribute('aria-invalid');
                if (!reviewers.length) {
                    error.textContent = t('prodops.prd.reviewers.required');
                    input.setAttribute('aria-invalid', 'true');
                    input.focus();
                    return;
                }
                button.disabled = true;
                ProdOps.showStatus(status, t('prodops.prd.submitting'), null);
                flushAll().then(function (clean) {
                    if (!clean) {
                        button.disabled = false;
                        ProdOps.showStatus(status, t('prodops.prd.submit.unsaved'), 'error');
                        return null;
                    }
                    return ProdOps.request('POST', url('/submit'), {reviewers: reviewers, revision: state.prd.revision}).then(function (r) {
                        button.disabled = false;
                        prdAction(r, status, t('prodops.prd.submitted'), function (errors) {
                            errors.forEach(function (e) {
                                if (String(e.field || '').indexOf('reviewers') === 0) {
                                    error.textContent = t('prodops.prd.reviewers.label') + ': ' + e.message;
                                    input.setAttribute('aria-invalid', 'true');
                                }
                            });
                            input.focus();
                        });
                    });
                });
            });
            return form;
        }

        function reviewForm(prd) {
            var commentId = 'prodops-prd-review-comment';
            var comment = h('textarea', {id: commentId, className: 'textarea prodops-textarea', rows: '3'});
            var status = h('p', {className: 'prodops-status', role: 'status'});
            var approve = h('button', {type: 'button', className: 'aui-button aui-button-primary', id: 'prodops-prd-approve', text: t('prodops.prd.review.approve')});
            var changes = h('button', {type: 'button', className: 'aui-button', id: 'prodops-prd-request-changes', text: t('prodops.prd.review.changes')});
            var mine = (prd.reviewers || []).filter(function (r) { return ui.userKey(r.user) === userKey; })[0] || {};
            function send(decision) {
                approve.disabled = true;
                changes.disabled = true;
                ProdOps.request('POST', url('/reviews'), {decision: decision, comment: comment.value, revision: state.prd.revision}).then(function (r) {
                    approve.disabled = false;
                    changes.disabled = false;
                    prdAction(r, status, t(decision === 'APPROVE' ? 'prodops.prd.review.approved.done' : 'prodops.prd.review.changes.done'));
                });
            }
            approve.addEventListener('click', function () { send('APPROVE'); });
            changes.addEventListener('click', function () {
                if (!comment.value.trim()) {
                    ProdOps.showStatus(status, t('prodops.prd.review.comment.required'), 'error');
                    comment.focus();
                    return;
                }
                send('REQUEST_CHANGES');
            });
            return h('div', {className: 'prodops-form prodops-review-form', role: 'group', 'aria-labelledby': 'prodops-prd-review-heading'}, [
                h('h3', {id: 'prodops-prd-review-heading', text: t('prodops.prd.review.heading')}),
                mine.decision ? h('p', {className: 'prodops-meta', text: t('prodops.prd.review.yours', t('prodops.ui.status.' + mine.decision))}) : null,
                h('div', {className: 'field-group'}, [h('label', {'for': commentId, text: t('prodops.prd.review.comment')}), comment]),
                h('div', {className: 'buttons-container'}, [approve, ' ', changes]),
                status
            ]);
        }

        /** Result of a PRD-level action (submit, review, upgrade). */
        function prdAction(r, status, doneText, onFieldErrors) {
            if (r.status === 200 || r.status === 201) {
                updatePrdKeepingEditors(r.body, {text: doneText, kind: 'success'});
                say(doneText);
                var summaryHeading = global.document.getElementById('prodops-prd-summary-heading');
                if (summaryHeading) {
                    summaryHeading.focus();
                }
                return true;
            }
            if (r.status === 409) {
                var conflict = ui.conflictText(r, t, 'prodops.prd.conflict.prd');
                ProdOps.showStatus(status, conflict, 'error');
                ProdOps.request('GET', url()).then(function (fresh) {
                    if (fresh.status === 200) {
                        updatePrdKeepingEditors(fresh.body, {text: conflict, kind: 'error'});
                    }
                });
                return false;
            }
            ProdOps.showStatus(status, ui.errorMessage(r, t), 'error');
            if (r.status === 400 && onFieldErrors) {
                onFieldErrors(ui.fieldErrors(r));
            }
            return false;
        }

        /** The section index: links with their filled state. */
        function contents(prd) {
            var sections = (prd.sections || []).filter(function (s) { return !s.archived; });
            return h('nav', {className: 'prodops-contents', 'aria-labelledby': 'prodops-prd-contents-heading'}, [
                h('h3', {id: 'prodops-prd-contents-heading', text: t('prodops.prd.contents')}),
                h('ol', null, sections.map(function (section) {
                    var title = section.title || section.key;
                    return h('li', {className: section.filled ? 'is-filled' : 'is-empty'}, [
                        h('span', {className: 'prodops-contents-mark', 'aria-hidden': 'true', text: section.filled ? '\u2713' : '\u25CB'}),
                        h('a', {href: '#' + sectionId(section, 'block'), onClick: function (event) {
                            var target = global.document.getElementById(sectionId(section, 'heading'));
                            if (target) {
                                event.preventDefault();
                                target.scrollIntoView({block: 'start'});
                                target.focus();
                            }
                        }}, [title, h('span', {className: 'prodops-visually-hidden',
                            text: ' (' + (section.filled ? t('prodops.prd.filled') : t('prodops.prd.notfilled'))
                                + (section.required ? ', ' + t('prodops.prd.required') : '') + ')'})]),
                        section.required ? h('span', {className: 'prodops-required-mark', 'aria-hidden': 'true', text: ' *'}) : null
                    ]);
                }))
            ]);
        }

        /* ------------------------------------------------------------ template upgrade */

        function renderBanner() {
            ui.clear(banner);
            var prd = state.prd;
            var current = prd.template && prd.template.version;
            var newer = prd.upgradeAvailable !== undefined ? prd.upgradeAvailable
                : Boolean(state.latestVersion && current && Number(state.latestVersion) > Number(current));
            state.latestVersion = prd.template && prd.template.latestVersion || state.latestVersion;
            if (!mayEdit(prd) || !newer || !state.latestVersion) {
                return;
            }
            var preview = h('div', {className: 'prodops-upgrade-preview', hidden: true});
            var previewButton = h('button', {type: 'button', className: 'aui-button', id: 'prodops-upgrade-preview', text: t('prodops.prd.upgrade.preview')});
            banner.appendChild(h('section', {className: 'prodops-message is-info prodops-upgrade', 'aria-labelledby': 'prodops-upgrade-heading'}, [
                h('h2', {id: 'prodops-upgrade-heading', className: 'prodops-upgrade-heading'}, [
                    h('span', {'aria-hidden': 'true', text: '\u2B06 '}),
                    t('prodops.prd.upgrade.heading', prd.template.name || prd.template.key, state.latestVersion, current)
                ]),
                h('p', {text: t('prodops.prd.upgrade.text')}),
                previewButton,
                preview
            ]));
            previewButton.addEventListener('click', function () {
                previewButton.disabled = true;
                var version = encodeURIComponent(state.latestVersion);
                Promise.all([
                    ProdOps.request('GET', url('/upgrade-preview?version=' + version)),
                    // the titles of sections the new version adds (the preview names them by key)
                    ProdOps.request('GET', base + '/templates/' + encodeURIComponent(prd.template.key) + '/versions/' + version)
                ]).then(function (results) {
                    var r = results[0];
                    previewButton.disabled = false;
                    ui.clear(preview);
                    preview.hidden = false;
                    if (r.status !== 200) {
                        preview.appendChild(h('p', {className: 'prodops-status is-error', role: 'alert', text: ui.errorMessage(r, t)}));
                        return;
                    }
                    var titles = {};
                    var doc = results[1].status === 200 && results[1].body ? results[1].body : {};
                    (doc.sections || []).forEach(function (s) { titles[s.key] = s.title; });
                    renderPreview(preview, r.body, titles);
                });
            });
        }

        function previewState(section) {
            var value = String(section.change || section.state || section.action || section.status || '').toUpperCase();
            if (section.archived || value.indexOf('ARCHIV') === 0 || value === 'REMOVED') {
                return 'archived';
            }
            if (section.added === true || section.isNew || value === 'ADDED' || value === 'NEW') {
                return 'added';
            }
            return 'kept';
        }

        function renderPreview(preview, body, newTitles) {
            var headingId = ui.uid('prodops-preview-heading');
            preview.appendChild(h('h3', {id: headingId, tabindex: '-1', text: t('prodops.prd.upgrade.preview.heading', state.latestVersion)}));
            var sections = body && Array.isArray(body.sections) ? body.sections : null;
            if (!sections && body && (Array.isArray(body.kept) || Array.isArray(body.added) || Array.isArray(body.archived))) {
                var titles = {};
                Object.keys(newTitles || {}).forEach(function (k) { titles[k] = newTitles[k]; });
                (state.prd.sections || []).forEach(function (s) { titles[s.key] = s.title || s.key; });
                sections = [];
                ['kept', 'archived', 'added'].forEach(function (group) {
                    (body[group] || []).forEach(function (key) {
                        sections.push({key: key, title: titles[key] || key, change: group});
                    });
                });
            }
            if (sections) {
                preview.appendChild(h('ul', {className: 'prodops-preview-list'}, sections.map(function (section) {
                    var kind = previewState(section);
                    return h('li', {className: 'prodops-preview-' + kind}, [
                        h('span', {className: 'prodops-preview-tag'}, [
                            h('span', {'aria-hidden': 'true', text: kind === 'added' ? '+ ' : kind === 'archived' ? '\u2212 ' : '= '}),
                            t('prodops.prd.upgrade.' + kind)
                        ]),
                        ' ',
                        h('span', {text: section.title || section.key})
                    ]);
                })));
            } else {
                preview.appendChild(ui.valueTree(body));
            }
            var status = h('p', {className: 'prodops-status', role: 'status'});
            var apply = h('button', {type: 'button', className: 'aui-button aui-button-primary', id: 'prodops-upgrade-apply',
                text: t('prodops.prd.upgrade.apply', state.latestVersion)});
            var cancel = h('button', {type: 'button', className: 'aui-button aui-button-subtle', text: t('prodops.ui.cancel')});
            preview.appendChild(h('div', {className: 'buttons-container'}, [apply, ' ', cancel]));
            preview.appendChild(status);
            global.document.getElementById(headingId).focus();
            cancel.addEventListener('click', function () {
                preview.hidden = true;
                global.document.getElementById('prodops-upgrade-preview').focus();
            });
            apply.addEventListener('click', function () {
                apply.disabled = true;
                flushAll().then(function (clean) {
                    if (!clean) {
                        apply.disabled = false;
                        ProdOps.showStatus(status, t('prodops.prd.submit.unsaved'), 'error');
                        return null;
                    }
                    var version = Number(state.latestVersion);
                    return ProdOps.request('POST', url('/upgrade'), {version: version, revision: state.prd.revision}).then(function (r) {
                        apply.disabled = false;
                        if (r.status === 200 || r.status === 201) {
                            say(t('prodops.prd.upgrade.done', version));
                            load(true);
                        } else if (r.status === 409) {
                            ProdOps.showStatus(status, ui.conflictText(r, t, 'prodops.prd.conflict.prd'), 'error');
                        } else {
                            ProdOps.showStatus(status, ui.errorMessage(r, t), 'error');
                        }
                    });
                });
            });
        }

        /* ------------------------------------------------------------ history */

        var historyPage = 0;

        function loadHistory() {
            historyPage = 0;
            ui.clear(historyPanel).appendChild(h('p', {className: 'prodops-loading', text: t('prodops.ui.loading')}));
            fetchHistory(true);
        }

        function fetchHistory(fresh) {
            ProdOps.request('GET', url('/history?page=' + historyPage + '&size=50')).then(function (r) {
                if (fresh) {
                    ui.clear(historyPanel);
                }
                if (r.status !== 200) {
                    historyPanel.appendChild(h('p', {className: 'prodops-status is-error', role: 'alert', text: ui.errorMessage(r, t)}));
                    return;
                }
                var events = ui.listOf(r.body);
                var table = historyPanel.querySelector('table');
                if (!table) {
                    if (!events.length) {
                        historyPanel.appendChild(h('p', {className: 'prodops-meta', text: t('prodops.prd.history.none')}));
                        return;
                    }
                    table = h('table', {className: 'aui prodops-history-table'}, [
                        h('caption', {className: 'prodops-visually-hidden', text: t('prodops.prd.tab.history')}),
                        h('thead', null, h('tr', null, [
                            h('th', {scope: 'col', text: t('prodops.prd.history.when')}),
                            h('th', {scope: 'col', text: t('prodops.prd.history.who')}),
                            h('th', {scope: 'col', text: t('prodops.prd.history.what')}),
                            h('th', {scope: 'col', text: t('prodops.prd.history.details')})
                        ])),
                        h('tbody')
                    ]);
                    historyPanel.appendChild(table);
                }
                var tbody = table.tBodies[0];
                events.forEach(function (event) {
                    tbody.appendChild(h('tr', null, [
                        h('td', null, ui.time(event.at || event.when || event.timestamp || event.createdAt)),
                        h('td', {text: ui.userName(event.user || event.who || event.actor || event.by)}),
                        h('td', null, [String(event.action || event.type || ''), event.changeCount > 1
                            ? h('span', {className: 'prodops-meta', text: ' ' + t('prodops.prd.history.changes', event.changeCount)}) : null]),
                        h('td', null, historyDetails(event))
                    ]));
                });
                var more = historyPanel.querySelector('.prodops-history-more');
                if (more) {
                    more.remove();
                }
                var total = r.body && typeof r.body.total === 'number' ? r.body.total : events.length;
                if (tbody.rows.length < total) {
                    historyPanel.appendChild(h('button', {type: 'button', className: 'aui-button prodops-history-more', text: t('prodops.prd.history.more'),
                        onClick: function () {
                            historyPage += 1;
                            fetchHistory(false);
                        }}));
                }
            });
        }

        function historyDetails(event) {
            var details = event.summary !== undefined ? event.summary : event.details !== undefined ? event.details
                : event.what !== undefined ? event.what : event.change !== undefined ? event.change : event.after;
            if (details === undefined || details === null || details === '') {
                return event.section ? h('span', {text: String(event.section)}) : h('span', {text: ''});
            }
            return typeof details === 'object' ? ui.valueTree(details) : h('span', {text: String(details)});
        }

        load(false);
    }

    ProdOps.ui.onReady(init);
})(window);
