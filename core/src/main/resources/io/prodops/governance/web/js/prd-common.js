/*
 * What the PRD panel and the full PRD page share: the summary (status, completeness, template, reviewers) and the
 * "Create PRD" form with its template picker. Data is written as text only (see prodops-ui.js).
 */
(function (global) {
    'use strict';
    var ProdOps = global.ProdOps = global.ProdOps || {};
    var ui = ProdOps.ui;
    var h = ui.h;

    function prdUrl(base, issueKey, suffix) {
        return base + '/issues/' + encodeURIComponent(issueKey) + '/prd' + (suffix || '');
    }

    function countRequired(prd) {
        var sections = (prd.sections || []).filter(function (s) { return s.required && !s.archived; });
        var filled = sections.filter(function (s) { return s.filled; }).length;
        return {filled: filled, total: sections.length};
    }

    function templateText(prd, t) {
        var template = prd.template || {};
        return t('prodops.ui.template.version', template.name || template.key || '', template.version === undefined ? '' : template.version);
    }

    /** The reviewer list with each decision as a lozenge. */
    function reviewerList(prd, t) {
        var reviewers = prd.reviewers || [];
        if (!reviewers.length) {
            return h('p', {className: 'prodops-meta prodops-reviewers-none', text: t('prodops.ui.reviewers.none')});
        }
        return h('ul', {className: 'prodops-reviewers'}, reviewers.map(function (reviewer) {
            var decision = reviewer.decision || 'PENDING';
            return h('li', {className: 'prodops-reviewer', 'data-user': ui.userKey(reviewer.user)}, [
                h('span', {className: 'prodops-reviewer-name', text: ui.userName(reviewer.user)}),
                ' ',
                ui.lozenge(decision, t, 'prodops-lozenge-small'),
                reviewer.comment ? h('q', {className: 'prodops-reviewer-comment', text: reviewer.comment}) : null
            ]);
        }));
    }

    /** Status lozenge, completeness bar, template name/version and reviewers, as a definition list. */
    function summary(prd, t) {
        var counts = countRequired(prd);
        var detail = counts.total ? t('prodops.ui.completeness.detail', counts.filled, counts.total) : '';
        return h('dl', {className: 'prodops-summary'}, [
            h('dt', {text: t('prodops.ui.status')}),
            h('dd', {className: 'prodops-summary-status'}, ui.lozenge(prd.status, t)),
            h('dt', {text: t('prodops.ui.completeness')}),
            h('dd', {className: 'prodops-summary-completeness'}, ui.progress(prd.completeness, t, detail)),
            h('dt', {text: t('prodops.ui.template')}),
            h('dd', {className: 'prodops-summary-template', text: templateText(prd, t)}),
            h('dt', {text: t('prodops.ui.reviewers')}),
            h('dd', {className: 'prodops-summary-reviewers'}, reviewerList(prd, t))
        ]);
    }

    /** Published, not retired templates, for the picker. */
    function loadTemplates(base) {
        return ProdOps.request('GET', base + '/templates?size=200').then(function (r) {
            if (r.status !== 200) {
                return {error: r};
            }
            var usable = ui.listOf(r.body).filter(function (template) {
                return template.publishedVersion && template.status !== 'RETIRED';
            });
            return {templates: usable};
        });
    }

    /**
     * "Create PRD" with a template picker. options: base, issueKey, t, live (region), onCreated(prd).
     * Returns the form element (filled asynchronously with the templates).
     */
    function createForm(options) {
        var t = options.t;
        var selectId = ui.uid('prodops-create-template');
        var errorId = ui.uid('prodops-create-error');
        var select = h('select', {id: selectId, className: 'select prodops-select', disabled: true, 'aria-describedby': errorId});
        var button = h('button', {type: 'submit', className: 'aui-button aui-button-primary prodops-create-button', disabled: true,
            text: t('prodops.ui.create.button')});
        var error = h('p', {id: errorId, className: 'prodops-status', role: 'alert'});
        var form = h('form', {className: 'aui prodops-form prodops-create-form', novalidate: true}, [
            h('div', {className: 'field-group'}, [
                h('label', {'for': selectId, text: t('prodops.ui.create.template')}),
                select
            ]),
            h('div', {className: 'buttons-container'}, button),
            error
        ]);
        loadTemplates(options.base).then(function (result) {
            if (result.error) {
                ProdOps.showStatus(error, t('prodops.ui.create.notemplates.error', ui.errorMessage(result.error, t)), 'error');
                return;
            }
            if (!result.templates.length) {
                ProdOps.showStatus(error, t('prodops.ui.create.notemplates'), 'error');
                return;
            }
            result.templates.forEach(function (template) {
                select.appendChild(h('option', {value: template.key, 'data-version': template.publishedVersion,
                    text: t('prodops.ui.template.version', template.name || template.key, template.publishedVersion)}));
            });
            select.disabled = false;
            button.disabled = false;
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var option = select.options[select.selectedIndex];
            if (!option) {
                return;
            }
            button.disabled = true;
            ProdOps.showStatus(error, '', null);
            var body = {templateKey: option.value, version: Number(option.getAttribute('data-version'))};
            ProdOps.request('POST', prdUrl(options.base, options.issueKey), body).then(function (r) {
                button.disabled = false;
                if (r.status === 200 || r.status === 201) {
                    options.onCreated(r.body);
                } else {
                    ProdOps.showStatus(error, ui.errorMessage(r, t), 'error');
                    select.focus();
                }
            });
        });
        return form;
    }

    ProdOps.prd = {url: prdUrl, summary: summary, reviewerList: reviewerList, createForm: createForm,
        countRequired: countRequired, templateText: templateText, loadTemplates: loadTemplates};
})(window);
