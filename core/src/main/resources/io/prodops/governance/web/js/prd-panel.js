/*
 * The PRD panel on an issue (Jira's issue view, right context; the standalone host's issue page): status, completeness,
 * template name/version, reviewers and a link to the full PRD page; "Create PRD" with a template picker when the issue
 * has none and the viewer may edit it. The shell carries only the issue key, the REST base and the page link.
 */
(function (global) {
    'use strict';
    var ProdOps = global.ProdOps;
    var ui = ProdOps.ui;
    var h = ui.h;

    function panel(root) {
        if (root.getAttribute('data-prodops-ready')) {
            return;
        }
        root.setAttribute('data-prodops-ready', 'true');
        var t = ui.messages(root);
        var base = root.getAttribute('data-rest-base');
        var issueKey = root.getAttribute('data-issue-key');
        var prdUrl = root.getAttribute('data-prd-url');
        var canEdit = root.getAttribute('data-can-edit') === 'true';
        var live = h('p', {className: 'prodops-visually-hidden', role: 'status', 'aria-live': 'polite'});
        var body = h('div', {className: 'prodops-prd-panel-body', 'aria-busy': 'true'});
        ui.clear(root);
        root.appendChild(body);
        root.appendChild(live);

        function openLink() {
            return h('p', {className: 'prodops-panel-link'}, h('a', {href: prdUrl, className: 'prodops-open-prd', text: t('prodops.panel.open')}));
        }

        function showPrd(prd, focusLink) {
            ui.clear(body).appendChild(ProdOps.prd.summary(prd, t));
            body.appendChild(openLink());
            body.setAttribute('aria-busy', 'false');
            if (focusLink) {
                body.querySelector('.prodops-open-prd').focus();
            }
        }

        function showNone() {
            ui.clear(body).appendChild(h('p', {className: 'prodops-panel-none', text: t('prodops.panel.none')}));
            if (canEdit) {
                body.appendChild(ProdOps.prd.createForm({base: base, issueKey: issueKey, t: t, onCreated: function (prd) {
                    showPrd(prd, true);
                    ui.announce(live, t('prodops.ui.create.done'));
                }}));
            }
            body.setAttribute('aria-busy', 'false');
        }

        ProdOps.request('GET', ProdOps.prd.url(base, issueKey)).then(function (r) {
            if (r.status === 200) {
                showPrd(r.body, false);
            } else if (r.status === 404 && r.body && r.body.error === 'PRD_NOT_FOUND') {
                showNone();
            } else {
                ui.clear(body).appendChild(h('p', {className: 'prodops-status is-error', text: t('prodops.panel.error', ui.errorMessage(r, t))}));
                body.setAttribute('aria-busy', 'false');
            }
        });
    }

    function init() {
        Array.prototype.forEach.call(global.document.querySelectorAll('.prodops-prd-panel'), panel);
    }

    ui.onReady(init);
    // Jira's issue view replaces the issue content without a page load (issue navigator, detail view): look again then
    if (global.JIRA && global.JIRA.Events && global.JIRA.bind) {
        global.JIRA.bind(global.JIRA.Events.NEW_CONTENT_ADDED, init);
    }
    ProdOps.prdPanel = {init: init};
})(window);
