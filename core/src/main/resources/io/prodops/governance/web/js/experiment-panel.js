/*
 * The experiment panel on an Experiment issue (Jira's issue view, right context; the standalone host's issue page):
 * status, hypothesis, primary metric, per-variant results with significance and CI, the SRM warning, the decision and
 * a link to the full experiment page; "Create experiment" (to the page's design form) when the issue has none and the
 * viewer may edit it. The shell carries only the issue key, the REST base and the page link.
 */
(function (global) {
    'use strict';
    var ProdOps = global.ProdOps;
    var ui = ProdOps.ui;
    var h = ui.h;
    var exp = ProdOps.experiment;

    function panel(root) {
        if (root.getAttribute('data-prodops-ready')) {
            return;
        }
        root.setAttribute('data-prodops-ready', 'true');
        var t = ui.messages(root);
        var base = root.getAttribute('data-rest-base');
        var issueKey = root.getAttribute('data-issue-key');
        var pageUrl = root.getAttribute('data-page-url');
        var canEdit = root.getAttribute('data-can-edit') === 'true';
        var body = h('div', {className: 'prodops-experiment-panel-body', 'aria-busy': 'true'});
        ui.clear(root).appendChild(body);

        function done() {
            body.setAttribute('aria-busy', 'false');
        }

        function showExperiment(experiment, analysis) {
            ui.clear(body).appendChild(exp.summary(experiment, analysis, t, {compact: true}));
            body.appendChild(h('p', {className: 'prodops-panel-link'},
                h('a', {href: pageUrl, className: 'prodops-open-experiment', text: t('prodops.exp.panel.open')})));
            done();
        }

        function showNone() {
            ui.clear(body).appendChild(h('p', {className: 'prodops-panel-none', text: t('prodops.exp.panel.none')}));
            if (canEdit) {
                body.appendChild(h('p', null, h('a', {href: pageUrl, className: 'aui-button aui-button-primary prodops-create-experiment',
                    text: t('prodops.exp.create')})));
            }
            done();
        }

        ProdOps.request('GET', exp.url(base, issueKey)).then(function (r) {
            if (r.status === 200) {
                exp.loadAnalysis(base, issueKey).then(function (analysis) {
                    showExperiment(r.body, analysis);
                });
            } else if (r.status === 404 && r.body && r.body.error === 'EXPERIMENT_NOT_FOUND') {
                showNone();
            } else {
                ui.clear(body).appendChild(h('p', {className: 'prodops-status is-error', text: t('prodops.exp.panel.error', ui.errorMessage(r, t))}));
                done();
            }
        });
    }

    function init() {
        Array.prototype.forEach.call(global.document.querySelectorAll('.prodops-experiment-panel'), panel);
    }

    ui.onReady(init);
    // Jira's issue view replaces the issue content without a page load (issue navigator, detail view): look again then
    if (global.JIRA && global.JIRA.Events && global.JIRA.bind) {
        global.JIRA.bind(global.JIRA.Events.NEW_CONTENT_ADDED, init);
    }
    ProdOps.experimentPanel = {init: init};
})(window);
