/*
 * The portfolio page: filters (project, owner, health, status category, quarter, text, JQL scope), grouping, sorting,
 * server-side paging of GET /portfolio (run as the caller, so only browsable initiatives appear), health by icon, text
 * and its reasons, a per-row refresh, charts with table equivalents, saved and shared views, CSV/JSON export of the
 * current view. The page's state lives in the URL (?view=&health=...), so a link reproduces it. Every value reaches
 * the DOM as text nodes or attribute values, never as markup.
 */
(function (global) {
    'use strict';
    var ProdOps = global.ProdOps;
    var ui = ProdOps.ui;
    var h = ui.h;
    var document = global.document;
    var COLOURS = ['RED', 'AMBER', 'GREEN'];
    var CATEGORIES = ['TO_DO', 'IN_PROGRESS', 'DONE'];
    var GROUPS = ['none', 'project', 'quarter', 'owner', 'health'];
    var SORTS = ['targetDate', 'key', 'summary', 'project', 'owner', 'statusCategory', 'health', 'updatedAt'];
    var COLUMNS = ['issueKey', 'summary', 'project', 'owner', 'statusCategory', 'targetDate', 'prd', 'readiness', 'experiments', 'health', 'updatedAt'];
    var SORT_OF_COLUMN = {issueKey: 'key', summary: 'summary', project: 'project', owner: 'owner', statusCategory: 'statusCategory',
        targetDate: 'targetDate', health: 'health', updatedAt: 'updatedAt'};
    var LIST_PARAMS = {project: 'projects', owner: 'owners', health: 'health', statusCategory: 'statusCategories'};
    var PAGE_SIZE = 50;

    ui.addStatuses({
        RED: {icon: '\u2715', tone: 'removed'},
        AMBER: {icon: '\u26A0', tone: 'moved'},
        GREEN: {icon: '\u2713', tone: 'success'}
    });

    function emptyFilters() {
        return {projects: [], owners: [], health: [], statusCategories: [], quarter: '', q: '', jql: ''};
    }

    /** The quarters offered: four back and eight ahead of today's. */
    function quarters() {
        var now = new Date();
        var index = now.getFullYear() * 4 + Math.floor(now.getMonth() / 3);
        var out = [];
        for (var i = index - 4; i <= index + 8; i++) {
            out.push(Math.floor(i / 4) + '-Q' + (i % 4 + 1));
        }
        return out;
    }

    function init() {
        var root = document.getElementById('prodops-portfolio');
        if (!root) {
            return;
        }
        var t = ui.messages(root);
        var base = root.getAttribute('data-rest-base');
        var contextPath = base.replace(/\/rest\/prodops\/1\.0$/, '');
        var container = document.getElementById('prodops-portfolio-root');
        var live = document.getElementById('prodops-portfolio-live');
        var state = {
            filters: emptyFilters(), groupBy: 'none', sort: {field: 'targetDate', descending: false}, columns: COLUMNS.slice(), page: 0,
            view: null, modified: false, views: [], opsManager: false, initiativeTypes: [], projects: [], owners: [], result: null, loading: 0
        };
        var el = {};

        function say(text) {
            ui.announce(live, text);
        }

        /* ------------------------------------------------------------ state <-> URL and REST parameters */

        function readUrl() {
            var params = new URLSearchParams(global.location.search);
            Object.keys(LIST_PARAMS).forEach(function (name) {
                var value = params.get(name);
                state.filters[LIST_PARAMS[name]] = value ? value.split(',').filter(Boolean) : [];
            });
            state.filters.quarter = params.get('quarter') || '';
            state.filters.q = params.get('q') || '';
            state.filters.jql = params.get('jql') || '';
            if (GROUPS.indexOf(params.get('groupBy')) >= 0) {
                state.groupBy = params.get('groupBy');
            }
            var sort = (params.get('sort') || '').split(',');
            if (SORTS.indexOf(sort[0]) >= 0) {
                state.sort = {field: sort[0], descending: sort[1] === 'desc'};
            }
            state.page = Math.max(0, parseInt(params.get('page') || '0', 10) || 0);
            return params.get('view');
        }

        /** The query of the current state: the view alone while it is unchanged (so exports take its columns), else every filter. */
        function query(withPage) {
            var params = new URLSearchParams();
            if (state.view && !state.modified) {
                params.set('view', state.view.id);
            } else {
                Object.keys(LIST_PARAMS).forEach(function (name) {
                    var values = state.filters[LIST_PARAMS[name]];
                    if (values.length) {
                        params.set(name, values.join(','));
                    }
                });
                ['quarter', 'q', 'jql'].forEach(function (name) {
                    if (state.filters[name]) {
                        params.set(name, state.filters[name]);
                    }
                });
                if (state.groupBy !== 'none') {
                    params.set('groupBy', state.groupBy);
                }
                params.set('sort', state.sort.field + (state.sort.descending ? ',desc' : ''));
            }
            if (withPage) {
                if (state.page) {
                    params.set('page', state.page);
                }
                params.set('size', PAGE_SIZE);
            }
            return params;
        }

        function writeUrl() {
            var params = query(true);
            params.delete('size');
            var search = params.toString();
            global.history.replaceState(null, '', global.location.pathname + (search ? '?' + search : ''));
        }

        function applyView(view) {
            state.view = view;
            state.modified = false;
            var f = view.filters || {};
            state.filters = {projects: f.projects || [], owners: f.owners || [], health: f.health || [], statusCategories: f.statusCategories || [],
                quarter: f.quarter || '', q: f.q || '', jql: f.jql || ''};
            state.groupBy = view.groupBy || 'none';
            state.sort = view.sort || {field: 'targetDate', descending: false};
            state.columns = view.columns && view.columns.length ? view.columns.slice() : COLUMNS.slice();
            state.page = 0;
        }

        function changed() {
            state.modified = true;
            state.page = 0;
            syncControls();
            load();
        }

        /* ------------------------------------------------------------ frame */

        function checkboxGroup(legend, name, values, textKey) {
            return h('fieldset', {className: 'prodops-pf-checks'}, [
                h('legend', {text: legend}),
                values.map(function (value) {
                    var id = 'prodops-pf-' + name + '-' + value;
                    return h('span', {className: 'prodops-checkbox'}, [
                        h('input', {type: 'checkbox', id: id, value: value, 'data-filter': name, onChange: function (event) {
                            var list = state.filters[name];
                            var at = list.indexOf(value);
                            if (event.target.checked && at < 0) {
                                list.push(value);
                            } else if (!event.target.checked && at >= 0) {
                                list.splice(at, 1);
                            }
                            changed();
                        }}),
                        h('label', {'for': id}, name === 'health' ? ui.lozenge(value, t) : t(textKey + value))
                    ]);
                })
            ]);
        }

        function multiSelect(id, name, label) {
            var select = h('select', {id: id, multiple: true, size: '4', className: 'select prodops-pf-multi', onChange: function () {
                state.filters[name] = Array.prototype.filter.call(select.options, function (o) { return o.selected; })
                    .map(function (o) { return o.value; });
                changed();
            }});
            el[name] = select;
            return h('div', {className: 'prodops-pf-filter'}, [h('label', {'for': id, text: label}), select]);
        }

        function select(id, label, options, onChange) {
            var control = h('select', {id: id, className: 'select', onChange: function () { onChange(control.value); }},
                options.map(function (o) { return h('option', {value: o.value, text: o.text}); }));
            return {control: control, element: h('div', {className: 'prodops-pf-filter'}, [h('label', {'for': id, text: label}), control])};
        }

        function frame() {
            var quarterSelect = select('prodops-pf-quarter', t('prodops.portfolio.page.filter.quarter'),
                [{value: '', text: t('prodops.portfolio.page.filter.any')}].concat(quarters().map(function (q) { return {value: q, text: q}; })),
                function (value) { state.filters.quarter = value; changed(); });
            el.quarter = quarterSelect.control;
            var groupSelect = select('prodops-pf-groupby', t('prodops.portfolio.page.groupBy'), GROUPS.map(function (g) {
                return {value: g, text: t('prodops.portfolio.page.groupBy.' + g)};
            }), function (value) { state.groupBy = value; changed(); });
            el.groupBy = groupSelect.control;
            var sortSelect = select('prodops-pf-sort', t('prodops.portfolio.page.sort'), SORTS.map(function (s) {
                return {value: s, text: t('prodops.portfolio.page.sort.' + s)};
            }), function (value) { state.sort = {field: value, descending: state.sort.descending}; changed(); });
            el.sort = sortSelect.control;
            el.descending = h('input', {type: 'checkbox', id: 'prodops-pf-descending', onChange: function (event) {
                state.sort = {field: state.sort.field, descending: event.target.checked};
                changed();
            }});
            var timer = null;
            el.q = h('input', {type: 'search', id: 'prodops-pf-q', className: 'text', maxlength: '255', autocomplete: 'off', onInput: function () {
                global.clearTimeout(timer);
                timer = global.setTimeout(function () { state.filters.q = el.q.value.trim(); changed(); }, 350);
            }});
            el.jql = h('textarea', {id: 'prodops-pf-jql', className: 'textarea prodops-pf-jql', rows: '2', maxlength: '4000', 'data-field': 'jql',
                'aria-describedby': 'prodops-pf-jql-help prodops-pf-jql-error'});
            var filters = h('form', {className: 'aui prodops-pf-filters', role: 'search', 'aria-label': t('prodops.portfolio.page.filters'),
                onSubmit: function (event) {
                    event.preventDefault();
                    state.filters.q = el.q.value.trim();
                    state.filters.jql = el.jql.value.trim();
                    changed();
                }}, [
                h('div', {className: 'prodops-pf-filter'}, [h('label', {'for': 'prodops-pf-q', text: t('prodops.portfolio.page.filter.text')}), el.q]),
                multiSelect('prodops-pf-project', 'projects', t('prodops.portfolio.page.filter.project')),
                multiSelect('prodops-pf-owner', 'owners', t('prodops.portfolio.page.filter.owner')),
                checkboxGroup(t('prodops.portfolio.page.filter.health'), 'health', COLOURS, null),
                checkboxGroup(t('prodops.portfolio.page.filter.status'), 'statusCategories', CATEGORIES, 'prodops.portfolio.page.category.'),
                quarterSelect.element,
                groupSelect.element,
                h('div', {className: 'prodops-pf-filter'}, [sortSelect.element,
                    h('span', {className: 'prodops-checkbox'}, [el.descending, h('label', {'for': 'prodops-pf-descending', text: t('prodops.portfolio.page.sort.descending')})])]),
                h('details', {className: 'prodops-pf-advanced'}, [
                    h('summary', {text: t('prodops.portfolio.page.filter.jql')}),
                    h('label', {'for': 'prodops-pf-jql', text: t('prodops.portfolio.page.filter.jql.label')}),
                    el.jql,
                    h('p', {id: 'prodops-pf-jql-help', className: 'prodops-meta', text: t('prodops.portfolio.page.filter.jql.help')}),
                    h('p', {id: 'prodops-pf-jql-error', className: 'error prodops-field-error'})
                ]),
                h('div', {className: 'prodops-pf-filter-buttons'}, [
                    h('button', {type: 'submit', className: 'aui-button', id: 'prodops-pf-apply', text: t('prodops.portfolio.page.apply')}),
                    h('button', {type: 'button', className: 'aui-button aui-button-link', id: 'prodops-pf-clear', text: t('prodops.portfolio.page.clear'),
                        onClick: clearFilters})
                ])
            ]);
            el.columns = h('fieldset', {className: 'prodops-pf-columns'}, [h('legend', {className: 'prodops-visually-hidden', text: t('prodops.portfolio.page.columns')}),
                COLUMNS.map(function (column) {
                    var id = 'prodops-pf-col-' + column;
                    return h('span', {className: 'prodops-checkbox'}, [
                        h('input', {type: 'checkbox', id: id, value: column, disabled: column === 'issueKey', onChange: function (event) {
                            state.columns = COLUMNS.filter(function (c) {
                                return c === column ? event.target.checked : state.columns.indexOf(c) >= 0;
                            });
                            state.modified = true;
                            syncControls();
                            render();
                        }}),
                        h('label', {'for': id, text: t('prodops.portfolio.page.col.' + column)})
                    ]);
                })]);
            el.viewBar = h('div', {className: 'prodops-pf-viewbar'});
            el.messages = h('div', {id: 'prodops-pf-messages', className: 'prodops-pf-messages'});
            el.summary = h('div', {id: 'prodops-pf-summary', className: 'prodops-pf-summary'});
            el.charts = h('div', {id: 'prodops-pf-charts', className: 'prodops-pf-charts'});
            el.results = h('div', {id: 'prodops-pf-results', className: 'prodops-pf-results', 'aria-live': 'off'});
            el.exportCsv = h('a', {id: 'prodops-pf-export-csv', className: 'aui-button', text: t('prodops.portfolio.page.export.csv')});
            el.exportJson = h('a', {id: 'prodops-pf-export-json', className: 'aui-button', text: t('prodops.portfolio.page.export.json')});
            ui.clear(container);
            ui.append(container, [
                el.viewBar,
                h('div', {className: 'prodops-pf-layout'}, [
                    h('aside', {className: 'prodops-pf-side', 'aria-label': t('prodops.portfolio.page.filters')}, [filters,
                        h('details', {className: 'prodops-pf-columns-box'}, [h('summary', {text: t('prodops.portfolio.page.columns')}), el.columns])]),
                    h('div', {className: 'prodops-pf-main'}, [
                        el.messages,
                        h('div', {className: 'prodops-pf-toolbar'}, [el.summary, h('div', {className: 'prodops-pf-exports'}, [el.exportCsv, el.exportJson])]),
                        h('details', {className: 'prodops-pf-charts-box', open: true, id: 'prodops-pf-charts-box'}, [
                            h('summary', {text: t('prodops.portfolio.page.charts')}), el.charts])
                    ])
                ]),
                // the table gets the page's whole width: eleven columns do not fit beside the filters
                el.results
            ]);
            container.removeAttribute('aria-busy');
        }

        function clearFilters() {
            state.filters = emptyFilters();
            state.groupBy = 'none';
            state.sort = {field: 'targetDate', descending: false};
            changed();
        }

        function fillOptions(select, options, selected) {
            ui.clear(select);
            var known = {};
            options.forEach(function (o) {
                known[o.value] = true;
                select.appendChild(h('option', {value: o.value, text: o.text, selected: selected.indexOf(o.value) >= 0}));
            });
            selected.forEach(function (value) { // a view's value no longer among the rows stays visible and selected
                if (!known[value]) {
                    select.appendChild(h('option', {value: value, text: value, selected: true}));
                }
            });
        }

        function syncControls() {
            fillOptions(el.projects, state.projects, state.filters.projects);
            fillOptions(el.owners, state.owners, state.filters.owners);
            COLOURS.forEach(function (c) {
                document.getElementById('prodops-pf-health-' + c).checked = state.filters.health.indexOf(c) >= 0;
            });
            CATEGORIES.forEach(function (c) {
                document.getElementById('prodops-pf-statusCategories-' + c).checked = state.filters.statusCategories.indexOf(c) >= 0;
            });
            el.quarter.value = state.filters.quarter;
            if (el.quarter.value !== state.filters.quarter) {
                el.quarter.appendChild(h('option', {value: state.filters.quarter, text: state.filters.quarter, selected: true}));
            }
            if (document.activeElement !== el.q) {
                el.q.value = state.filters.q;
            }
            el.jql.value = state.filters.jql;
            el.groupBy.value = state.groupBy;
            el.sort.value = state.sort.field;
            el.descending.checked = state.sort.descending;
            COLUMNS.forEach(function (c) {
                document.getElementById('prodops-pf-col-' + c).checked = state.columns.indexOf(c) >= 0;
            });
            var exportQuery = query(false).toString();
            el.exportCsv.setAttribute('href', base + '/portfolio/export?format=csv' + (exportQuery ? '&' + exportQuery : ''));
            el.exportJson.setAttribute('href', base + '/portfolio/export?format=json' + (exportQuery ? '&' + exportQuery : ''));
            renderViewBar();
        }

        /* ------------------------------------------------------------ saved views */

        function renderViewBar() {
            var choose = h('select', {id: 'prodops-pf-view', className: 'select', onChange: function () {
                var id = choose.value;
                if (!id) {
                    state.view = null;
                    state.modified = true;
                    state.page = 0;
                    syncControls();
                    load();
                    return;
                }
                var view = state.views.filter(function (v) { return String(v.id) === id; })[0];
                if (view) {
                    applyView(view);
                    syncControls();
                    load();
                    say(t('prodops.portfolio.page.view.opened', view.name));
                }
            }}, [h('option', {value: '', text: t('prodops.portfolio.page.view.none')})].concat(state.views.map(function (v) {
                return h('option', {value: String(v.id), selected: state.view && state.view.id === v.id,
                    text: v.shared ? t('prodops.portfolio.page.view.sharedName', v.name, ui.userName(v.owner)) : v.name});
            })));
            var canUpdate = state.view && state.view.canEdit;
            ui.clear(el.viewBar);
            ui.append(el.viewBar, [
                h('label', {'for': 'prodops-pf-view', text: t('prodops.portfolio.page.view')}), choose,
                state.view && state.modified ? h('span', {className: 'prodops-dirty', id: 'prodops-pf-view-modified', text: t('prodops.portfolio.page.view.modified')}) : null,
                state.view && state.view.shared ? h('span', {className: 'prodops-lozenge prodops-lozenge-current', text: t('prodops.portfolio.page.view.shared')}) : null,
                canUpdate ? h('button', {type: 'button', className: 'aui-button', id: 'prodops-pf-update-view', text: t('prodops.portfolio.page.view.update'),
                    disabled: !state.modified, onClick: function () { saveView(state.view); }}) : null,
                h('button', {type: 'button', className: 'aui-button', id: 'prodops-pf-save-view', text: t('prodops.portfolio.page.view.saveAs'),
                    'aria-expanded': 'false', 'aria-controls': 'prodops-pf-view-form', onClick: openSaveForm}),
                canUpdate ? h('button', {type: 'button', className: 'aui-button aui-button-link prodops-danger', id: 'prodops-pf-delete-view',
                    text: t('prodops.portfolio.page.view.delete'), onClick: deleteView}) : null
            ]);
        }

        function viewBody(name, shared) {
            return {name: name, shared: shared, filters: {projects: state.filters.projects, owners: state.filters.owners, health: state.filters.health,
                statusCategories: state.filters.statusCategories, quarter: state.filters.quarter || null, q: state.filters.q || null,
                jql: state.filters.jql || null}, groupBy: state.groupBy, sort: state.sort,
                columns: state.columns.length === COLUMNS.length ? [] : state.columns};
        }

        function openSaveForm(event) {
            var existing = document.getElementById('prodops-pf-view-form');
            if (existing) {
                existing.querySelector('input').focus();
                return;
            }
            event.target.setAttribute('aria-expanded', 'true');
            var name = h('input', {type: 'text', className: 'text', maxlength: '120', required: true, autocomplete: 'off'});
            var shared = h('input', {type: 'checkbox', id: 'prodops-pf-view-shared'});
            var form = h('form', {className: 'aui prodops-pf-view-form', id: 'prodops-pf-view-form', onSubmit: function (e) {
                e.preventDefault();
                ui.clearFieldErrors(form);
                var body = viewBody(name.value.trim(), shared.checked);
                ProdOps.request('POST', base + '/portfolio/views', body).then(function (response) {
                    if (response.status === 201) {
                        form.remove();
                        state.views.push(response.body);
                        state.views.sort(function (a, b) { return a.name.localeCompare(b.name); });
                        applyView(response.body);
                        syncControls();
                        writeUrl();
                        message('success', t('prodops.portfolio.page.view.saved', response.body.name));
                        document.getElementById('prodops-pf-view').focus();
                    } else {
                        var errors = ui.fieldErrors(response);
                        var slot = form.querySelector('.prodops-pf-view-form-errors');
                        ui.clear(slot).appendChild(h('div', {className: 'prodops-message is-error', role: 'alert'}, [ui.errorMessage(response, t),
                            errors.length ? ui.placeFieldErrors(form, errors) : null]));
                    }
                });
            }}, [
                h('div', {className: 'prodops-pf-view-form-errors'}),
                ui.field({id: 'prodops-pf-view-name', field: 'name', label: t('prodops.portfolio.page.view.name'), required: true, control: name}),
                state.opsManager ? h('span', {className: 'prodops-checkbox'}, [shared,
                    h('label', {'for': 'prodops-pf-view-shared', text: t('prodops.portfolio.page.view.shareWithEveryone')})]) : null,
                h('div', {className: 'buttons'}, [
                    h('button', {type: 'submit', className: 'aui-button aui-button-primary', id: 'prodops-pf-view-submit', text: t('prodops.portfolio.page.view.save')}),
                    h('button', {type: 'button', className: 'aui-button aui-button-link', text: t('prodops.portfolio.page.cancel'), onClick: function () {
                        form.remove();
                        document.getElementById('prodops-pf-save-view').focus();
                    }})
                ])
            ]);
            el.viewBar.after(form);
            name.focus();
        }

        function saveView(view) {
            var body = viewBody(view.name, view.shared);
            body.revision = view.revision;
            ProdOps.request('PUT', base + '/portfolio/views/' + encodeURIComponent(view.id), body).then(function (response) {
                if (response.status === 200) {
                    state.views = state.views.map(function (v) { return v.id === view.id ? response.body : v; });
                    applyView(response.body);
                    syncControls();
                    writeUrl();
                    message('success', t('prodops.portfolio.page.view.updated', response.body.name));
                } else if (response.status === 409) {
                    message('error', ui.conflictText(response, t, 'prodops.portfolio.page.view.conflict'));
                } else {
                    message('error', ui.errorMessage(response, t));
                }
            });
        }

        function deleteView() {
            var view = state.view;
            if (!global.confirm(t('prodops.portfolio.page.view.confirmDelete', view.name))) {
                return;
            }
            ProdOps.request('DELETE', base + '/portfolio/views/' + encodeURIComponent(view.id) + '?revision=' + view.revision).then(function (response) {
                if (response.status === 204) {
                    state.views = state.views.filter(function (v) { return v.id !== view.id; });
                    state.view = null;
                    state.modified = true;
                    syncControls();
                    writeUrl();
                    message('success', t('prodops.portfolio.page.view.deleted', view.name));
                    document.getElementById('prodops-pf-view').focus();
                } else {
                    message('error', response.status === 409 ? ui.conflictText(response, t, 'prodops.portfolio.page.view.conflict') : ui.errorMessage(response, t));
                }
            });
        }

        /* ------------------------------------------------------------ messages */

        function message(kind, text, extra) {
            return ui.showMessage(el.messages, kind, text, extra);
        }

        /* ------------------------------------------------------------ the rows */

        function load() {
            writeUrl();
            var ticket = ++state.loading;
            el.results.setAttribute('aria-busy', 'true');
            document.getElementById('prodops-pf-jql-error').textContent = '';
            el.jql.removeAttribute('aria-invalid');
            return ProdOps.request('GET', base + '/portfolio?' + query(true).toString()).then(function (response) {
                if (ticket !== state.loading) {
                    return; // a newer request answers for the page
                }
                el.results.removeAttribute('aria-busy');
                if (response.status !== 200) {
                    showError(response);
                    return;
                }
                ui.clear(el.messages);
                state.result = response.body;
                if (response.body.truncated) {
                    message('info', t('prodops.portfolio.page.truncated'));
                }
                render();
                ProdOps.portfolioCharts.render(el.charts, response.body, t);
                say(t('prodops.portfolio.page.loaded', response.body.total));
            });
        }

        function showError(response) {
            state.result = null;
            ui.clear(el.results);
            ui.clear(el.summary);
            ui.clear(el.charts);
            var errors = ui.fieldErrors(response);
            var jqlError = errors.filter(function (e) { return e.field === 'jql'; })[0];
            if (jqlError) {
                el.jql.setAttribute('aria-invalid', 'true');
                document.getElementById('prodops-pf-jql-error').textContent = jqlError.message;
                el.jql.closest('details').open = true;
            }
            var text = response.status === 404 ? t('prodops.portfolio.page.error.view') : t('prodops.portfolio.page.error', ui.errorMessage(response, t));
            message('error', text, h('span', {className: 'prodops-actions'}, [
                h('button', {type: 'button', className: 'aui-button', id: 'prodops-pf-retry', text: t('prodops.portfolio.page.retry'), onClick: load}),
                h('button', {type: 'button', className: 'aui-button aui-button-link', text: t('prodops.portfolio.page.clear'), onClick: clearFilters})
            ])).focus();
        }

        function hasFilters() {
            var f = state.filters;
            return f.projects.length || f.owners.length || f.health.length || f.statusCategories.length || f.quarter || f.q || f.jql;
        }

        function healthCounts(health) {
            return h('span', {className: 'prodops-pf-counts'}, COLOURS.map(function (c) {
                return h('span', {className: 'prodops-pf-count', 'data-health': c}, [ui.lozenge(c, t, 'prodops-lozenge-small'), ' ' + (health && health[c] || 0)]);
            }));
        }

        function render() {
            var result = state.result;
            if (!result) {
                return;
            }
            ui.clear(el.summary);
            ui.append(el.summary, [h('strong', {text: t('prodops.portfolio.page.total', result.total)}), ' ', healthCounts(result.totals.health)]);
            ui.clear(el.results);
            if (!result.total) {
                el.results.appendChild(h('div', {className: 'prodops-empty', id: 'prodops-pf-empty'}, hasFilters() ? [
                    h('p', {text: t('prodops.portfolio.page.empty.filtered')}),
                    h('button', {type: 'button', className: 'aui-button', text: t('prodops.portfolio.page.clear'), onClick: clearFilters})
                ] : [h('p', {text: t('prodops.portfolio.page.empty.none', state.initiativeTypes.join(', '))}),
                    state.opsManager ? h('a', {href: contextPath + '/plugins/servlet/prodops/portfolio-rules', text: t('prodops.portfolio.page.empty.settings')}) : null]));
                return;
            }
            var columns = COLUMNS.filter(function (c) { return state.columns.indexOf(c) >= 0; });
            var rows = [];
            var groupIndex = {};
            (result.groups || []).forEach(function (g) { groupIndex[g.key] = g; });
            var lastGroup = null;
            result.rows.forEach(function (row) {
                if (state.groupBy !== 'none') {
                    var key = groupKey(row);
                    if (key !== lastGroup) {
                        lastGroup = key;
                        rows.push(groupRow(groupIndex[key] || {key: key, label: key, count: 0, health: {}}, columns.length + 1));
                    }
                }
                rows.push(rowOf(row, columns));
            });
            var pages = Math.max(1, Math.ceil(result.total / PAGE_SIZE));
            ui.append(el.results, [
                h('div', {className: 'prodops-pf-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'prodops-pf-caption'},
                    h('table', {className: 'aui prodops-table prodops-pf-table', id: 'prodops-pf-table'}, [
                        h('caption', {id: 'prodops-pf-caption', className: 'prodops-visually-hidden', text: t('prodops.portfolio.page.caption', result.page + 1, pages)}),
                        h('thead', null, h('tr', null, columns.map(headerCell).concat([h('th', {scope: 'col'},
                            h('span', {className: 'prodops-visually-hidden', text: t('prodops.portfolio.page.col.actions')}))]))),
                        h('tbody', null, rows)
                    ])),
                pager(result, pages)
            ]);
            if (state.focusSort) {
                var again = el.results.querySelector('[data-sort="' + state.focusSort + '"]');
                state.focusSort = null;
                if (again) {
                    again.focus();
                }
            }
        }

        function groupKey(row) {
            switch (state.groupBy) {
            case 'project': return row.project;
            case 'owner': return row.owner ? row.owner.key : 'none';
            case 'health': return row.health.color;
            case 'quarter':
                if (!row.targetDate) {
                    return 'none';
                }
                return row.targetDate.substring(0, 4) + '-Q' + (Math.floor((parseInt(row.targetDate.substring(5, 7), 10) - 1) / 3) + 1);
            default: return null;
            }
        }

        function groupRow(group, span) {
            var label = state.groupBy === 'health' ? t('prodops.ui.status.' + group.key)
                : group.key === 'none' && state.groupBy === 'owner' ? t('prodops.portfolio.page.unassigned')
                : group.key === 'none' && state.groupBy === 'quarter' ? t('prodops.portfolio.page.noTarget') : group.label;
            return h('tr', {className: 'prodops-pf-group', 'data-group': group.key}, h('th', {scope: 'colgroup', colspan: String(span)},
                h('span', {className: 'prodops-pf-group-inner'}, [ // sticky: the label stays in sight when the table scrolls sideways
                    h('span', {className: 'prodops-pf-group-label', text: label}), ' ',
                    h('span', {className: 'prodops-meta', text: t('prodops.portfolio.page.group.count', group.count)}), ' ', healthCounts(group.health)
                ])));
        }

        function headerCell(column) {
            var sortField = SORT_OF_COLUMN[column];
            var label = t('prodops.portfolio.page.col.' + column);
            if (!sortField) {
                return h('th', {scope: 'col', text: label});
            }
            var active = state.sort.field === sortField;
            return h('th', {scope: 'col', 'aria-sort': active ? (state.sort.descending ? 'descending' : 'ascending') : null},
                h('button', {type: 'button', className: 'prodops-link-button prodops-pf-sort', 'data-sort': sortField, onClick: function () {
                    state.sort = {field: sortField, descending: active ? !state.sort.descending : false};
                    state.focusSort = sortField; // the table is rebuilt when the rows arrive: the same button gets the focus back
                    changed();
                }}, [label, active ? h('span', {'aria-hidden': 'true', text: state.sort.descending ? ' \u25BC' : ' \u25B2'}) : null]));
        }

        function cell(column, row) {
            switch (column) {
            case 'issueKey':
                return h('th', {scope: 'row', className: 'prodops-nowrap'}, h('a', {href: contextPath + row.url, className: 'prodops-pf-key', text: row.issueKey}));
            case 'summary':
                return h('td', {className: 'prodops-pf-summary-cell', text: row.summary});
            case 'project':
                return h('td', {className: 'prodops-nowrap', text: row.project});
            case 'owner':
                return h('td', {className: 'prodops-nowrap', text: row.owner ? ui.userName(row.owner) : t('prodops.portfolio.page.unassigned')});
            case 'statusCategory':
                return h('td', {className: 'prodops-nowrap', text: t('prodops.portfolio.page.category.' + row.statusCategory)});
            case 'targetDate':
                return h('td', {className: 'prodops-nowrap', text: row.targetDate ? ui.dateText(row.targetDate) : t('prodops.portfolio.page.noTarget')});
            case 'prd':
                return h('td', null, row.prd ? [h('a', {href: contextPath + '/plugins/servlet/prodops/prd/' + encodeURIComponent(row.issueKey)},
                    ui.lozenge(row.prd.status, t, 'prodops-lozenge-small')), ' ',
                    h('span', {className: 'prodops-meta', text: t('prodops.ui.completeness.value', Math.round(row.prd.completeness * 100))})]
                    : h('span', {className: 'prodops-meta', text: t('prodops.portfolio.page.noPrd')}));
            case 'readiness':
                return h('td', null, readinessCell(row.readiness));
            case 'experiments':
                return h('td', null, experimentsCell(row.experiments));
            case 'health':
                return h('td', null, healthCell(row));
            case 'updatedAt':
                return h('td', {className: 'prodops-nowrap'}, ui.time(row.updatedAt));
            default:
                return h('td');
            }
        }

        function readinessCell(r) {
            if (!r) {
                return h('span', {className: 'prodops-meta', text: t('prodops.portfolio.page.notEvaluated')});
            }
            return [ui.lozenge(r.ready ? 'READY' : 'NOT_READY', t, 'prodops-lozenge-small'), ' ',
                h('span', {text: t('prodops.portfolio.page.gates', r.passed, r.total)}),
                r.blocking && r.blocking.length ? h('ul', {className: 'prodops-pf-blocking', 'aria-label': t('prodops.portfolio.page.blocking')},
                    r.blocking.map(function (title) { return h('li', {text: title}); })) : null,
                h('div', {className: 'prodops-meta'}, [t('prodops.portfolio.page.evaluated') + ' ', ui.time(r.evaluatedAt)])];
        }

        function experimentsCell(e) {
            var parts = [];
            Object.keys(e.byStatus || {}).forEach(function (status) {
                parts.push(t('prodops.portfolio.page.experiments.status', t('prodops.portfolio.page.expstatus.' + status), e.byStatus[status]));
            });
            Object.keys(e.decisions || {}).forEach(function (decision) {
                parts.push(t('prodops.portfolio.page.experiments.decision', t('prodops.portfolio.page.outcome.' + decision), e.decisions[decision]));
            });
            if (e.srm) {
                parts.push(t('prodops.portfolio.page.experiments.srm', e.srm));
            }
            return parts.length ? h('ul', {className: 'prodops-pf-experiments'}, parts.map(function (p) { return h('li', {text: p}); }))
                : h('span', {className: 'prodops-meta', text: t('prodops.portfolio.page.experiments.none')});
        }

        function healthCell(row) {
            var reasons = row.health.reasons || [];
            var id = ui.uid('prodops-pf-reasons');
            var badge = ui.lozenge(row.health.color, t, 'prodops-pf-health');
            if (!reasons.length) {
                return badge;
            }
            var list = h('ul', {id: id, className: 'prodops-pf-reasons', hidden: true}, reasons.map(function (r) { return h('li', {text: r}); }));
            badge.setAttribute('title', reasons.join('\n'));
            var toggle = h('button', {type: 'button', className: 'prodops-link-button prodops-pf-why', 'aria-expanded': 'false', 'aria-controls': id,
                text: t('prodops.portfolio.page.why', reasons.length), onClick: function () {
                    list.hidden = !list.hidden;
                    toggle.setAttribute('aria-expanded', String(!list.hidden));
                }});
            return [badge, ' ', toggle, list];
        }

        function rowOf(row, columns) {
            var tr = h('tr', {className: 'prodops-pf-row', 'data-key': row.issueKey, 'data-health': row.health.color},
                columns.map(function (c) { return cell(c, row); }));
            var refresh = h('button', {type: 'button', className: 'aui-button aui-button-subtle prodops-pf-refresh',
                'aria-label': t('prodops.portfolio.page.refresh.label', row.issueKey), title: t('prodops.portfolio.page.refresh.title', ui.timeText(row.refreshedAt)),
                onClick: function () { refreshRow(row, tr, refresh, columns); }}, [h('span', {'aria-hidden': 'true', text: '\u21BB '}),
                t('prodops.portfolio.page.refresh')]);
            tr.appendChild(h('td', {className: 'prodops-nowrap'}, refresh));
            return tr;
        }

        function refreshRow(row, tr, button, columns) {
            button.disabled = true;
            ProdOps.request('POST', base + '/portfolio/rows/' + encodeURIComponent(row.issueKey) + '/refresh', {}).then(function (response) {
                button.disabled = false;
                if (response.status !== 200) {
                    message('error', t('prodops.portfolio.page.refresh.failed', row.issueKey, ui.errorMessage(response, t)));
                    return;
                }
                var fresh = rowOf(response.body, columns);
                tr.replaceWith(fresh);
                state.result.rows = state.result.rows.map(function (r) { return r.issueKey === row.issueKey ? response.body : r; });
                fresh.querySelector('.prodops-pf-refresh').focus();
                say(t('prodops.portfolio.page.refresh.done', row.issueKey, t('prodops.ui.status.' + response.body.health.color)));
            });
        }

        function pager(result, pages) {
            function go(page) {
                state.page = page;
                load().then(function () {
                    var table = el.results.querySelector('.prodops-pf-scroll'); // none when the page came back empty or failed
                    if (table) {
                        table.focus();
                    }
                });
            }
            var first = result.page * PAGE_SIZE + 1;
            var last = Math.min(result.total, first + result.rows.length - 1);
            return h('nav', {className: 'prodops-pf-pager', 'aria-label': t('prodops.portfolio.page.pages')}, [
                h('button', {type: 'button', className: 'aui-button', id: 'prodops-pf-prev', disabled: result.page <= 0,
                    text: t('prodops.portfolio.page.prev'), onClick: function () { go(result.page - 1); }}),
                h('span', {className: 'prodops-meta', id: 'prodops-pf-range', text: t('prodops.portfolio.page.range', first, last, result.total)}),
                h('button', {type: 'button', className: 'aui-button', id: 'prodops-pf-next', disabled: result.page + 1 >= pages,
                    text: t('prodops.portfolio.page.next'), onClick: function () { go(result.page + 1); }})
            ]);
        }

        /* ------------------------------------------------------------ start */

        function options(choices, labelOf) {
            return (choices || []).map(function (c) { return {value: c.key, text: labelOf(c)}; });
        }

        function start() {
            var viewId = readUrl();
            frame();
            Promise.all([
                ProdOps.request('GET', base + '/portfolio/settings'),
                ProdOps.request('GET', base + '/portfolio/views?size=200'),
                ProdOps.request('GET', base + '/portfolio/facets'),
                viewId ? ProdOps.request('GET', base + '/portfolio/views/' + encodeURIComponent(viewId)) : Promise.resolve(null)
            ]).then(function (answers) {
                var settings = answers[0].body || {};
                state.opsManager = answers[0].status === 200 && Boolean(settings.canEdit);
                state.initiativeTypes = settings.initiativeTypes || [];
                state.views = ui.listOf(answers[1].body);
                var facets = answers[2].status === 200 ? answers[2].body : {};
                state.projects = options(facets.projects, function (o) { return o.label; });
                state.owners = options(facets.owners, function (o) {
                    return o.key === 'none' ? t('prodops.portfolio.page.unassigned') : o.label;
                });
                var view = answers[3];
                if (view && view.status === 200) {
                    applyView(view.body);
                    if (!state.views.some(function (v) { return v.id === view.body.id; })) {
                        state.views.push(view.body);
                    }
                } else if (view) {
                    state.modified = true;
                    message('error', t('prodops.portfolio.page.error.view'));
                }
                syncControls();
                if (view && view.status !== 200) {
                    return null;
                }
                return load();
            });
        }

        start();
    }

    ui.onReady(init);
})(window);
