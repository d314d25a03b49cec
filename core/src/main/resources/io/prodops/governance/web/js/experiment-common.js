/*
 * What the experiment panel and the full experiment page share: REST URLs, number formats, the hypothesis sentence,
 * the per-variant results table with significance badges (icon + text, "interim" before the planned sample) and
 * confidence intervals, the SRM warning and the decision. Data is written as text only (see prodops-ui.js).
 */
(function (global) {
    'use strict';
    var ProdOps = global.ProdOps = global.ProdOps || {};
    var ui = ProdOps.ui;
    var h = ui.h;

    ui.addStatuses({
        DESIGN: {icon: '\u270E', tone: 'default'},
        RUNNING: {icon: '\u25B6', tone: 'current'},
        ANALYSIS: {icon: '\u25F7', tone: 'moved'},
        DECIDED: {icon: '\u2713', tone: 'success'},
        ABANDONED: {icon: '\u2298', tone: 'removed'},
        SHIP: {icon: '\u2713', tone: 'success'},
        ITERATE: {icon: '\u21BB', tone: 'moved'},
        KILL: {icon: '\u2715', tone: 'removed'}
    });

    /** The next statuses POST .../status accepts (DECIDED only through a decision); the server checks again. */
    var STATUS_MOVES = {DESIGN: ['RUNNING', 'ABANDONED'], RUNNING: ['ANALYSIS', 'ABANDONED'], ANALYSIS: ['RUNNING', 'ABANDONED']};

    function url(base, issueKey, suffix) {
        return base + '/issues/' + encodeURIComponent(issueKey) + '/experiment' + (suffix || '');
    }

    function isNumber(value) {
        return typeof value === 'number' && isFinite(value);
    }

    /** 0.1234 -> "12.34%" (signed when asked); "—" when missing. */
    function percent(value, signed, digits) {
        if (!isNumber(value)) {
            return '\u2014';
        }
        var text = (value * 100).toFixed(digits === undefined ? 2 : digits) + '%';
        return signed && value > 0 ? '+' + text : text;
    }

    function number(value, digits) {
        if (!isNumber(value)) {
            return '\u2014';
        }
        if (digits === undefined) {
            return value.toLocaleString();
        }
        return value.toLocaleString(undefined, {minimumFractionDigits: digits, maximumFractionDigits: digits});
    }

    function signed(value, digits) {
        if (!isNumber(value)) {
            return '\u2014';
        }
        var text = number(value, digits);
        return value > 0 ? '+' + text : text;
    }

    function pValue(value) {
        if (!isNumber(value)) {
            return '\u2014';
        }
        return value < 0.0001 ? '< 0.0001' : value.toFixed(4);
    }

    function metricType(experiment) {
        var metric = experiment && experiment.primaryMetric || {};
        return metric.type === 'CONTINUOUS' ? 'CONTINUOUS' : 'CONVERSION';
    }

    /** The structured hypothesis ({weBelieve, willResultIn, measuredBy}) as one sentence; a plain string as is. */
    function hypothesisText(hypothesis, t) {
        if (!hypothesis) {
            return '';
        }
        if (typeof hypothesis === 'string') {
            return hypothesis;
        }
        return t('prodops.exp.hypothesis.sentence', hypothesis.weBelieve || '', hypothesis.willResultIn || '', hypothesis.measuredBy || '');
    }

    function metricText(metric, t) {
        if (!metric) {
            return '';
        }
        return t('prodops.exp.metric.text', metric.name || '', t('prodops.exp.metric.type.' + (metric.type || 'CONVERSION')),
            t('prodops.exp.metric.direction.' + (metric.direction || 'INCREASE')));
    }

    /** The decision of an experiment as {decision, rationale, decidedBy, decidedAt, srmAcknowledged} (flat or nested). */
    function decisionOf(experiment) {
        var d = experiment && experiment.decision;
        if (!d) {
            return null;
        }
        if (typeof d === 'string') {
            return {decision: d, rationale: experiment.rationale, decidedBy: experiment.decidedBy, decidedAt: experiment.decidedAt,
                srmAcknowledged: experiment.srmAcknowledgement || experiment.acknowledgeSrm};
        }
        return {decision: d.decision, rationale: d.rationale, decidedBy: d.decidedBy, decidedAt: d.decidedAt,
            srmAcknowledged: d.srmAcknowledgement || d.acknowledgeSrm};
    }

    /**
     * The lift a variant row shows and charts: the relative lift with its interval when the analysis gives one
     * (ciRelative / relativeCi), else the absolute difference with ci. Returns {estimate, low, high, relative}.
     */
    function liftInterval(variant) {
        var lift = variant.lift || {};
        var relativeCi = variant.relativeCi || variant.ciRelative || variant.relCi || (variant.ci && variant.ci.relative);
        if (relativeCi && isNumber(relativeCi.low) && isNumber(lift.relative)) {
            return {estimate: lift.relative, low: relativeCi.low, high: relativeCi.high, relative: true};
        }
        var ci = variant.ci || {};
        return {estimate: lift.absolute, low: ci.low, high: ci.high, relative: false};
    }

    /**
     * The verdict of one treatment: INTERIM (before the planned sample nothing is significant), BETTER / WORSE
     * (significant, in or against the metric's desired direction), NOT_SIGNIFICANT, or NONE (no result, with reason).
     */
    function verdict(variant, direction) {
        if (!isNumber(variant.pValue) && !variant.significant) {
            return 'NONE';
        }
        if (variant.interim) {
            return 'INTERIM';
        }
        if (!variant.significant) {
            return 'NOT_SIGNIFICANT';
        }
        var lift = (variant.lift || {}).absolute;
        var up = isNumber(lift) ? lift > 0 : true;
        return (direction === 'DECREASE' ? !up : up) ? 'BETTER' : 'WORSE';
    }

    var BADGES = {
        BETTER: {icon: '\u2713', tone: 'success'},
        WORSE: {icon: '\u2715', tone: 'removed'},
        NOT_SIGNIFICANT: {icon: '\u2248', tone: 'default'},
        INTERIM: {icon: '\u231B', tone: 'moved'},
        NONE: {icon: '\u2014', tone: 'default'}
    };

    /** A significance badge: icon (decorative) + text, never colour alone. */
    function badge(code, t) {
        var look = BADGES[code] || BADGES.NONE;
        return h('span', {className: 'prodops-lozenge prodops-lozenge-' + look.tone + ' prodops-significance', 'data-verdict': code}, [
            h('span', {className: 'prodops-lozenge-icon', 'aria-hidden': 'true', text: look.icon}),
            h('span', {className: 'prodops-lozenge-text', text: t('prodops.exp.verdict.' + code)})
        ]);
    }

    function intervalText(interval, t) {
        if (!isNumber(interval.low) || !isNumber(interval.high)) {
            return '\u2014';
        }
        return interval.relative
            ? t('prodops.exp.ci.range', percent(interval.low, true), percent(interval.high, true))
            : t('prodops.exp.ci.range', signed(interval.low, 4), signed(interval.high, 4));
    }

    function confidenceLevel(analysis, experiment) {
        var level = analysis && (analysis.confidenceLevel || analysis.ciLevel);
        if (isNumber(level)) {
            return level;
        }
        var alpha = experiment && isNumber(experiment.alpha) ? experiment.alpha : 0.05;
        return 1 - alpha / Math.max(1, treatments(analysis).length);
    }

    /** The treatments of an analysis (an analysis may list the control among its variants, flagged control). */
    function treatments(analysis) {
        return (analysis && analysis.variants || []).filter(function (v) { return !v.control; });
    }

    function controlRow(analysis) {
        var rows = (analysis && analysis.variants || []).filter(function (v) { return v.control; });
        if (rows.length) {
            return rows[0];
        }
        var control = analysis && analysis.control;
        return control && typeof control === 'object' ? control : {name: control};
    }

    /**
     * The results table of an analysis: one row per treatment against the control (rate or mean, lift, CI, p-value,
     * probability to beat control, significance). Variant names are text cells.
     */
    function resultsTable(analysis, experiment, t) {
        var conversion = metricType(experiment) === 'CONVERSION';
        var direction = (experiment && experiment.primaryMetric || {}).direction;
        var level = confidenceLevel(analysis, experiment);
        var control = controlRow(analysis);
        var controlName = control.name;
        var controlValue = conversion ? control.rate : control.mean;
        var rows = treatments(analysis).map(function (v) {
            var interval = liftInterval(v);
            var value = conversion ? v.rate : v.mean;
            var code = verdict(v, direction);
            return h('tr', {className: 'prodops-exp-row', 'data-variant': v.name || ''}, [
                h('th', {scope: 'row', className: 'prodops-exp-variant', text: v.name || ''}),
                h('td', {text: conversion ? percent(value) : number(value, 3)}),
                h('td', {className: 'prodops-exp-lift', text: conversion || interval.relative
                    ? t('prodops.exp.lift.both', signed((v.lift || {}).absolute, 4), percent((v.lift || {}).relative, true))
                    : signed((v.lift || {}).absolute, 4)}),
                h('td', {className: 'prodops-exp-ci', text: intervalText(interval, t)}),
                h('td', {className: 'prodops-exp-p', text: pValue(v.pValue)}),
                conversion ? h('td', {text: percent(v.probabilityToBeatControl, false, 1)}) : null,
                h('td', {className: 'prodops-exp-verdict'}, [badge(code, t),
                    v.reason || v.nullReason ? h('span', {className: 'prodops-meta prodops-exp-reason', text: ' ' + (v.reason || v.nullReason)}) : null])
            ]);
        });
        var caption = t('prodops.exp.results.caption', controlName || '', percent(level, false, 1));
        if (isNumber(controlValue)) {
            caption += ' ' + t('prodops.exp.results.controlvalue', conversion ? percent(controlValue) : number(controlValue, 3));
        }
        return h('table', {className: 'aui prodops-table prodops-exp-results'}, [
            h('caption', {text: caption}),
            h('thead', null, h('tr', null, [
                h('th', {scope: 'col', text: t('prodops.exp.results.variant')}),
                h('th', {scope: 'col', text: t(conversion ? 'prodops.exp.results.rate' : 'prodops.exp.results.mean')}),
                h('th', {scope: 'col', text: t('prodops.exp.results.lift')}),
                h('th', {scope: 'col', text: t('prodops.exp.results.ci', percent(level, false, 1))}),
                h('th', {scope: 'col', text: t('prodops.exp.results.p')}),
                conversion ? h('th', {scope: 'col', text: t('prodops.exp.results.beat')}) : null,
                h('th', {scope: 'col', text: t('prodops.exp.results.significance')})
            ])),
            h('tbody', null, rows)
        ]);
    }

    /** Whether the analysis flags a sample-ratio mismatch. */
    function srmDetected(analysis) {
        return Boolean(analysis && analysis.srm && analysis.srm.detected);
    }

    /** The SRM warning (flagged), the reason the check was skipped, or nothing. */
    function srmNotice(analysis, t) {
        var srm = analysis && analysis.srm;
        if (!srm) {
            return null;
        }
        if (srm.detected) {
            return h('div', {className: 'prodops-message is-warning prodops-srm-warning', role: 'note'}, [
                h('p', null, [h('span', {'aria-hidden': 'true', text: '\u26A0 '}), h('strong', {text: t('prodops.exp.srm.title')})]),
                h('p', {text: t('prodops.exp.srm.detail', pValue(srm.pValue))})
            ]);
        }
        if (srm.skippedReason) {
            return h('p', {className: 'prodops-meta prodops-srm-skipped', text: t('prodops.exp.srm.skipped', srm.skippedReason)});
        }
        return h('p', {className: 'prodops-meta prodops-srm-ok', text: t('prodops.exp.srm.ok', pValue(srm.pValue))});
    }

    /** "Interim: n of N planned users" when the analysis says the planned sample is not reached yet. */
    function interimNotice(analysis, t) {
        var interim = analysis.interim || treatments(analysis).some(function (v) { return v.interim; });
        if (!interim) {
            return null;
        }
        return h('p', {className: 'prodops-message is-info prodops-interim-notice', text: t('prodops.exp.interim.notice')});
    }

    /** Guardrails whose non-inferiority test failed, by name. */
    function guardrailList(analysis, t) {
        var guardrails = analysis && analysis.guardrails || [];
        if (!guardrails.length) {
            return null;
        }
        return h('ul', {className: 'prodops-exp-guardrails'}, guardrails.map(function (g) {
            var failed = g.failed || g.flagged || g.passed === false;
            var label = (g.name || g.metric || '') + (g.variant ? ' (' + g.variant + ')' : '');
            return h('li', {'data-guardrail': g.name || '', className: failed ? 'is-failed' : ''}, [
                h('span', {'aria-hidden': 'true', text: failed ? '\u26A0 ' : '\u2713 '}),
                h('span', {text: t(failed ? 'prodops.exp.guardrail.failed' : 'prodops.exp.guardrail.ok', label)}),
                g.reason || g.nullReason ? h('span', {className: 'prodops-meta', text: ' ' + (g.reason || g.nullReason)}) : null
            ]);
        }));
    }

    function decisionBlock(experiment, t) {
        var d = decisionOf(experiment);
        if (!d || !d.decision) {
            return h('p', {className: 'prodops-meta prodops-exp-nodecision', text: t('prodops.exp.decision.none')});
        }
        return h('div', {className: 'prodops-exp-decision', 'data-decision': d.decision}, [
            ui.lozenge(d.decision, t),
            d.decidedBy || d.decidedAt ? h('span', {className: 'prodops-meta', text: ' ' + t('prodops.exp.decision.by',
                ui.userName(d.decidedBy), d.decidedAt ? ui.timeText(d.decidedAt) : '')}) : null,
            d.rationale ? h('p', {className: 'prodops-exp-rationale', text: d.rationale}) : null,
            d.srmAcknowledged ? h('p', {className: 'prodops-meta prodops-exp-srm-ack', text: t('prodops.exp.decision.srmacknowledged',
                typeof d.srmAcknowledged === 'string' ? d.srmAcknowledged : '')}) : null
        ]);
    }

    /**
     * The per-treatment results in a narrow space (the issue panel): name, relative lift with its interval, badge;
     * the full table is on the experiment page.
     */
    function compactResults(analysis, experiment, t) {
        var direction = (experiment && experiment.primaryMetric || {}).direction;
        return h('ul', {className: 'prodops-exp-compact'}, treatments(analysis).map(function (v) {
            var interval = liftInterval(v);
            var lift = interval.relative ? percent(interval.estimate, true) : signed(interval.estimate, 4);
            return h('li', {className: 'prodops-exp-row', 'data-variant': v.name || ''}, [
                h('span', {className: 'prodops-exp-variant', text: v.name || ''}), ' ',
                badge(verdict(v, direction), t),
                h('span', {className: 'prodops-exp-compact-lift', text: t('prodops.exp.compact.lift', lift, intervalText(interval, t),
                    percent(confidenceLevel(analysis, experiment), false, 1))})
            ]);
        }));
    }

    /**
     * Status, hypothesis, primary metric, results (when there are any), SRM and decision, as a definition list.
     * options.compact: results as a short list (panel); options.withoutResults: no results row (the page has its own).
     */
    function summary(experiment, analysis, t, options) {
        var o = options || {};
        var resultBlock = null;
        if (!o.withoutResults && treatments(analysis).length) {
            resultBlock = [interimNotice(analysis, t), o.compact ? compactResults(analysis, experiment, t) : resultsTable(analysis, experiment, t),
                srmNotice(analysis, t), guardrailList(analysis, t)];
        } else if (!o.withoutResults) {
            resultBlock = h('p', {className: 'prodops-meta prodops-exp-noresults', text: t('prodops.exp.results.none')});
        }
        return h('dl', {className: 'prodops-summary prodops-exp-summary' + (o.compact ? ' is-compact' : '')}, [
            h('dt', {text: t('prodops.ui.status')}),
            h('dd', {className: 'prodops-exp-status'}, ui.lozenge(experiment.status || 'DESIGN', t)),
            h('dt', {text: t('prodops.exp.hypothesis')}),
            h('dd', {className: 'prodops-exp-hypothesis', text: hypothesisText(experiment.hypothesis, t)}),
            h('dt', {text: t('prodops.exp.metric')}),
            h('dd', {className: 'prodops-exp-metric', text: metricText(experiment.primaryMetric, t)}),
            resultBlock ? h('dt', {text: t('prodops.exp.results')}) : null,
            resultBlock ? h('dd', {className: 'prodops-exp-result-block'}, resultBlock) : null,
            h('dt', {text: t('prodops.exp.decision')}),
            h('dd', null, decisionBlock(experiment, t))
        ]);
    }

    /** GET the analysis; resolves to the analysis or null (no results yet, or not available). */
    function loadAnalysis(base, issueKey) {
        return ProdOps.request('GET', url(base, issueKey, '/analysis')).then(function (r) {
            return r.status === 200 ? r.body : null;
        });
    }

    ProdOps.experiment = {
        url: url, treatments: treatments, controlRow: controlRow, STATUS_MOVES: STATUS_MOVES, isNumber: isNumber, percent: percent, number: number, signed: signed, pValue: pValue,
        metricType: metricType, hypothesisText: hypothesisText, metricText: metricText, decisionOf: decisionOf,
        liftInterval: liftInterval, verdict: verdict, badge: badge, intervalText: intervalText, confidenceLevel: confidenceLevel,
        resultsTable: resultsTable, srmDetected: srmDetected, srmNotice: srmNotice, interimNotice: interimNotice,
        guardrailList: guardrailList, decisionBlock: decisionBlock, summary: summary, compactResults: compactResults, loadAnalysis: loadAnalysis
    };
})(window);
