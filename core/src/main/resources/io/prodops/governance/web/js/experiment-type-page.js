/*
 * Experiment issue type administration (Jira admins): the type and the "Informs" link type, every project with its
 * issue type scheme and whether Experiment is in it, and "Add": when the scheme is shared the page lists the projects
 * the change affects and asks for confirmation, or offers to copy the scheme for that project only.
 * Project and scheme names are data: they only reach the page as text nodes.
 */
(function (global) {
    'use strict';
    var ProdOps = global.ProdOps;
    var ui = ProdOps.ui;
    var h = ui.h;

    function init() {
        var document = global.document;
        var root = document.getElementById('prodops-experiment-type');
        if (!root) {
            return;
        }
        var t = ui.messages(root);
        var base = root.getAttribute('data-rest-base') + '/admin/experiment-type';
        var container = document.getElementById('prodops-exptype-root');
        var summary = document.getElementById('prodops-exptype-summary');
        var confirmBox = document.getElementById('prodops-exptype-confirm');
        var status = document.getElementById('prodops-exptype-status');
        var live = document.getElementById('prodops-exptype-live');

        function keys(projects) {
            return projects.map(function (p) { return p.key; });
        }

        function projectList(projects) {
            return h('ul', {className: 'prodops-exptype-affected'}, projects.map(function (p) {
                return h('li', {'data-project': p.key}, p.key + ' \u2013 ' + p.name);
            }));
        }

        function showSummary(s) {
            ui.clear(summary);
            summary.appendChild(h('dt', {text: t('prodops.exptype.summary.type')}));
            summary.appendChild(h('dd', {id: 'prodops-exptype-type',
                text: s.installed ? t('prodops.exptype.summary.type.value', s.issueType.name, s.issueType.id) : t('prodops.exptype.summary.type.missing')}));
            summary.appendChild(h('dt', {text: t('prodops.exptype.summary.link')}));
            summary.appendChild(h('dd', {id: 'prodops-exptype-link',
                text: s.linkType ? t('prodops.exptype.summary.link.value', s.linkType.name, s.linkType.outward, s.linkType.inward)
                    : t('prodops.exptype.summary.link.missing')}));
        }

        function showProjects(s) {
            ui.clear(container);
            container.removeAttribute('aria-busy');
            if (!s.projects.length) {
                container.appendChild(h('p', {text: t('prodops.exptype.projects.none')}));
                return;
            }
            var rows = s.projects.map(function (row) {
                var presence = h('span', {className: 'prodops-lozenge ' + (row.present ? 'prodops-lozenge-success' : 'prodops-lozenge-default'),
                    'data-present': String(row.present)}, [
                    h('span', {className: 'prodops-lozenge-icon', 'aria-hidden': 'true', text: row.present ? '\u2713' : '\u25CB'}),
                    h('span', {className: 'prodops-lozenge-text', text: row.present ? t('prodops.exptype.present') : t('prodops.exptype.absent')})
                ]);
                var scheme = [h('span', {text: row.schemeName})];
                if (row.defaultScheme) {
                    scheme.push(' ', h('span', {className: 'prodops-meta', text: t('prodops.exptype.scheme.default')}));
                }
                var shared = row.sharedWith.length
                    ? t('prodops.exptype.sharedWith', keys(row.sharedWith).join(', '))
                    : t('prodops.exptype.notShared');
                var action = row.present || !s.installed ? null : h('button', {type: 'button', className: 'aui-button',
                    'data-add': row.project.key, 'aria-label': t('prodops.exptype.add.label', row.project.key),
                    text: t('prodops.exptype.add'), onClick: function () { startAdd(row); }});
                return h('tr', {'data-project': row.project.key}, [
                    h('th', {scope: 'row'}, [row.project.key + ' \u2013 ' + row.project.name]),
                    h('td', {}, scheme),
                    h('td', {className: 'prodops-exptype-shared', text: shared}),
                    h('td', {}, presence),
                    h('td', {}, action)
                ]);
            });
            container.appendChild(h('table', {className: 'aui prodops-exptype-table', id: 'prodops-exptype-table'}, [
                h('caption', {className: 'prodops-visually-hidden', text: t('prodops.exptype.projects.heading')}),
                h('thead', {}, h('tr', {}, [
                    h('th', {scope: 'col', text: t('prodops.exptype.col.project')}),
                    h('th', {scope: 'col', text: t('prodops.exptype.col.scheme')}),
                    h('th', {scope: 'col', text: t('prodops.exptype.col.shared')}),
                    h('th', {scope: 'col', text: t('prodops.exptype.col.present')}),
                    h('th', {scope: 'col', text: t('prodops.exptype.col.action')})
                ])),
                h('tbody', {}, rows)
            ]));
        }

        function load() {
            return ProdOps.request('GET', base).then(function (r) {
                if (r.status !== 200) {
                    container.removeAttribute('aria-busy');
                    ProdOps.showStatus(status, ui.errorMessage(r, t), 'error');
                    return;
                }
                showSummary(r.body);
                showProjects(r.body);
            });
        }

        function closeConfirm() {
            ui.clear(confirmBox);
            confirmBox.hidden = true;
        }

        /** Asks before changing a scheme: which projects it affects, and the copy alternative when it is shared. */
        function startAdd(row) {
            var affected = [row.project].concat(row.sharedWith);
            ui.clear(confirmBox);
            confirmBox.hidden = false;
            var heading = h('h3', {id: 'prodops-exptype-confirm-heading', tabindex: '-1',
                text: t('prodops.exptype.confirm.heading', row.project.key)});
            var buttons = [h('button', {type: 'button', className: 'aui-button aui-button-primary', id: 'prodops-exptype-confirm-add',
                text: affected.length > 1 ? t('prodops.exptype.confirm.addShared', affected.length) : t('prodops.exptype.confirm.add'),
                onClick: function () { send(row, 'ADD_TO_SCHEME', keys(affected)); }})];
            if (affected.length > 1) {
                buttons.push(h('button', {type: 'button', className: 'aui-button', id: 'prodops-exptype-confirm-copy',
                    text: t('prodops.exptype.confirm.copy', row.project.key),
                    onClick: function () { send(row, 'COPY_SCHEME', [row.project.key]); }}));
            }
            buttons.push(h('button', {type: 'button', className: 'aui-button aui-button-link', id: 'prodops-exptype-confirm-cancel',
                text: t('prodops.ui.cancel'), onClick: closeConfirm}));
            ui.append(confirmBox, [heading,
                h('p', {text: t('prodops.exptype.confirm.scheme', row.schemeName, affected.length)}),
                projectList(affected),
                affected.length > 1 ? h('p', {text: t('prodops.exptype.confirm.copyHelp')}) : null,
                h('div', {className: 'buttons-container'}, buttons)]);
            heading.focus();
        }

        function send(row, mode, confirmed) {
            ProdOps.showStatus(status, '', null);
            ProdOps.request('POST', base + '/projects/' + encodeURIComponent(row.project.key),
                {mode: mode, confirmAffectedProjects: confirmed}).then(function (r) {
                if (r.status === 200) {
                    closeConfirm();
                    var text = !r.body.changed ? t('prodops.exptype.done.unchanged', row.project.key)
                        : mode === 'COPY_SCHEME' ? t('prodops.exptype.done.copied', row.project.key, r.body.schemeName)
                        : t('prodops.exptype.done.added', r.body.schemeName, keys(r.body.affectedProjects).join(', '));
                    ProdOps.showStatus(status, text, 'success');
                    ui.announce(live, text);
                    load();
                } else if (r.status === 409 && r.body && r.body.error === 'CONFIRMATION_REQUIRED') {
                    // the scheme's projects changed since the page was loaded: ask again with the current list
                    var current = r.body.affectedProjects.filter(function (p) { return p.key !== row.project.key; });
                    startAdd({project: row.project, schemeName: r.body.schemeName, sharedWith: current});
                    ProdOps.showStatus(status, t('prodops.exptype.confirm.changed'), 'error');
                } else {
                    ProdOps.showStatus(status, ui.errorMessage(r, t), 'error');
                }
            });
        }

        load();
    }

    ui.onReady(init);
})(window);
