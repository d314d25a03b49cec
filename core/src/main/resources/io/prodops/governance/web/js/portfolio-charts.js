/*
 * The portfolio's charts: health distribution, launches per month, the readiness funnel (PRD approved -> ready ->
 * launched) and experiment outcomes, drawn by Chart.js on canvases, each followed by a table with the same numbers
 * (the accessible equivalent, always shown; the canvas is role=img with a one-line summary). Labels reach Chart.js as
 * data only. Without Chart.js (blocked script) the tables stand alone. The numbers count every matching row.
 */
(function (global) {
    'use strict';
    var ProdOps = global.ProdOps;
    var ui = ProdOps.ui;
    var h = ui.h;
    var COLOURS = {RED: '#c9372c', AMBER: '#b38600', GREEN: '#22a06b', BLUE: '#0c66e4', GREY: '#8590a2'};
    var charts = [];

    function destroyAll() {
        charts.forEach(function (chart) {
            chart.destroy();
        });
        charts = [];
    }

    function table(id, headers, rows, captionId) {
        return h('table', {className: 'aui prodops-table prodops-pf-chart-table', id: id, 'aria-labelledby': captionId}, [
            h('thead', null, h('tr', null, headers.map(function (text) {
                return h('th', {scope: 'col', text: text});
            }))),
            h('tbody', null, rows.map(function (row) {
                return h('tr', null, [h('th', {scope: 'row', text: row[0]}), h('td', {className: 'prodops-number', text: String(row[1])})]);
            }))
        ]);
    }

    /** One chart card: heading, canvas (when Chart.js is there), table. spec: {id, title, labels, values, colours, type, summary}. */
    function card(spec, t) {
        var headingId = 'prodops-pf-chart-' + spec.id + '-heading';
        var figure = h('section', {className: 'prodops-pf-chart', 'data-chart': spec.id, 'aria-labelledby': headingId}, [
            h('h3', {id: headingId, text: spec.title})
        ]);
        if (global.Chart) {
            var canvas = h('canvas', {role: 'img', 'aria-label': spec.summary, height: '180'});
            figure.appendChild(h('div', {className: 'prodops-pf-chart-box'}, canvas));
            charts.push(new global.Chart(canvas, {
                type: spec.type || 'bar',
                data: {labels: spec.labels, datasets: [{label: spec.title, data: spec.values, backgroundColor: spec.colours, borderWidth: 0}]},
                options: {
                    responsive: true, maintainAspectRatio: false, animation: false,
                    indexAxis: spec.horizontal ? 'y' : 'x',
                    plugins: {legend: {display: false}},
                    scales: {x: {beginAtZero: true, ticks: {precision: 0}}, y: {beginAtZero: true, ticks: {precision: 0}}}
                }
            }));
        }
        figure.appendChild(table('prodops-pf-chart-' + spec.id + '-table', [spec.labelHeader, t('prodops.portfolio.page.chart.count')],
            spec.labels.map(function (label, i) { return [label, spec.values[i]]; }), headingId));
        return figure;
    }

    function specs(result, t) {
        var health = result.totals && result.totals.health || {};
        var months = result.charts && result.charts.launchesByMonth || [];
        var funnel = result.charts && result.charts.funnel || {};
        var outcomes = result.charts && result.charts.experimentOutcomes || {};
        var colours = ['RED', 'AMBER', 'GREEN'];
        return [{
            id: 'health', title: t('prodops.portfolio.page.chart.health'), labelHeader: t('prodops.portfolio.page.col.health'),
            labels: colours.map(function (c) { return t('prodops.ui.status.' + c); }),
            values: colours.map(function (c) { return health[c] || 0; }),
            colours: colours.map(function (c) { return COLOURS[c]; }),
            summary: t('prodops.portfolio.page.chart.health.summary', health.RED || 0, health.AMBER || 0, health.GREEN || 0)
        }, {
            id: 'launches', title: t('prodops.portfolio.page.chart.launches'), labelHeader: t('prodops.portfolio.page.chart.month'),
            labels: months.map(function (m) { return m.month; }),
            values: months.map(function (m) { return m.count; }),
            colours: COLOURS.BLUE,
            summary: t('prodops.portfolio.page.chart.launches.summary', months.length)
        }, {
            id: 'funnel', title: t('prodops.portfolio.page.chart.funnel'), labelHeader: t('prodops.portfolio.page.chart.stage'), horizontal: true,
            labels: [t('prodops.portfolio.page.funnel.total'), t('prodops.portfolio.page.funnel.prdApproved'), t('prodops.portfolio.page.funnel.ready'),
                t('prodops.portfolio.page.funnel.launched')],
            values: [funnel.total || 0, funnel.prdApproved || 0, funnel.ready || 0, funnel.launched || 0],
            colours: [COLOURS.GREY, COLOURS.BLUE, COLOURS.BLUE, COLOURS.GREEN],
            summary: t('prodops.portfolio.page.chart.funnel.summary', funnel.total || 0, funnel.prdApproved || 0, funnel.ready || 0, funnel.launched || 0)
        }, {
            id: 'experiments', title: t('prodops.portfolio.page.chart.experiments'), labelHeader: t('prodops.portfolio.page.chart.outcome'),
            labels: [t('prodops.portfolio.page.outcome.SHIP'), t('prodops.portfolio.page.outcome.ITERATE'), t('prodops.portfolio.page.outcome.KILL'),
                t('prodops.portfolio.page.outcome.open')],
            values: [outcomes.SHIP || 0, outcomes.ITERATE || 0, outcomes.KILL || 0, outcomes.open || 0],
            colours: [COLOURS.GREEN, COLOURS.AMBER, COLOURS.RED, COLOURS.GREY],
            summary: t('prodops.portfolio.page.chart.experiments.summary', outcomes.SHIP || 0, outcomes.ITERATE || 0, outcomes.KILL || 0, outcomes.open || 0)
        }];
    }

    /** Replaces container's charts with those of a GET /portfolio answer. */
    function render(container, result, t) {
        destroyAll();
        ui.clear(container);
        specs(result, t).forEach(function (spec) {
            container.appendChild(card(spec, t));
        });
    }

    ProdOps.portfolioCharts = {render: render};
})(window);
