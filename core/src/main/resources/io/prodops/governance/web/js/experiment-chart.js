/*
 * The lift chart of the experiment page: each treatment's lift against the control as a point with its confidence
 * interval as a horizontal floating bar (Chart.js, a forest plot), a darker grid line at zero, and the same numbers
 * as a table (the accessible equivalent, always shown). Chart.js draws on a canvas (no markup from data); variant
 * names reach it as labels only. Without Chart.js (blocked script) the table stands alone.
 */
(function (global) {
    'use strict';
    var ProdOps = global.ProdOps;
    var ui = ProdOps.ui;
    var h = ui.h;
    var exp = ProdOps.experiment;
    var charts = [];

    function rows(analysis) {
        return exp.treatments(analysis).map(function (v) {
            var interval = exp.liftInterval(v);
            return {name: v.name || '', estimate: interval.estimate, low: interval.low, high: interval.high, relative: interval.relative,
                verdict: v.verdict};
        }).filter(function (row) {
            return exp.isNumber(row.estimate);
        });
    }

    function valueText(value, relative) {
        return relative ? exp.percent(value, true) : exp.signed(value, 4);
    }

    function table(data, t, captionId) {
        return h('table', {className: 'aui prodops-table prodops-exp-chart-table', 'aria-labelledby': captionId}, [
            h('thead', null, h('tr', null, [
                h('th', {scope: 'col', text: t('prodops.exp.results.variant')}),
                h('th', {scope: 'col', text: t('prodops.exppage.chart.estimate')}),
                h('th', {scope: 'col', text: t('prodops.exppage.chart.low')}),
                h('th', {scope: 'col', text: t('prodops.exppage.chart.high')})
            ])),
            h('tbody', null, data.map(function (row) {
                return h('tr', null, [
                    h('th', {scope: 'row', text: row.name}),
                    h('td', {text: valueText(row.estimate, row.relative)}),
                    h('td', {text: valueText(row.low, row.relative)}),
                    h('td', {text: valueText(row.high, row.relative)})
                ]);
            }))
        ]);
    }

    function destroyAll() {
        charts.forEach(function (chart) {
            chart.destroy();
        });
        charts = [];
    }

    function draw(canvas, data, t) {
        var Chart = global.Chart;
        var relative = data.length && data[0].relative;
        var scale = relative ? 100 : 1;
        var labels = data.map(function (row) { return row.name; });
        var chart = new Chart(canvas, {
            type: 'bar',
            data: {
                labels: labels,
                datasets: [{
                    label: t('prodops.exppage.chart.interval'),
                    data: data.map(function (row) {
                        return exp.isNumber(row.low) && exp.isNumber(row.high) ? [row.low * scale, row.high * scale] : null;
                    }),
                    backgroundColor: 'rgba(11, 92, 173, 0.35)',
                    borderColor: '#0b5cad',
                    borderWidth: 1,
                    barPercentage: 0.35,
                    order: 2
                }, {
                    type: 'line',
                    label: t('prodops.exppage.chart.estimate'),
                    data: data.map(function (row) { return {x: row.estimate * scale, y: row.name}; }),
                    showLine: false,
                    pointRadius: 6,
                    pointStyle: 'rectRot',
                    backgroundColor: '#172b4d',
                    borderColor: '#172b4d',
                    order: 1
                }]
            },
            options: {
                indexAxis: 'y',
                animation: false,
                responsive: true,
                maintainAspectRatio: false,
                plugins: {
                    legend: {position: 'bottom'},
                    tooltip: {
                        callbacks: {
                            label: function (context) {
                                var row = data[context.dataIndex];
                                return context.datasetIndex === 0
                                    ? t('prodops.exppage.chart.tooltip.interval', valueText(row.low, row.relative), valueText(row.high, row.relative))
                                    : t('prodops.exppage.chart.tooltip.estimate', valueText(row.estimate, row.relative));
                            }
                        }
                    }
                },
                scales: {
                    x: {
                        title: {display: true, text: t(relative ? 'prodops.exppage.chart.axis.relative' : 'prodops.exppage.chart.axis.absolute')},
                        grid: {
                            color: function (context) {
                                return context.tick && context.tick.value === 0 ? '#172b4d' : '#dfe1e6';
                            },
                            lineWidth: function (context) {
                                return context.tick && context.tick.value === 0 ? 2 : 1;
                            }
                        },
                        ticks: {
                            callback: function (value) {
                                return relative ? value + '%' : value;
                            }
                        }
                    },
                    y: {type: 'category', labels: labels}
                }
            }
        });
        charts.push(chart);
        return chart;
    }

    /** The chart (when Chart.js loaded and there are lifts) and its table, in a figure with a caption. */
    function liftChart(analysis, experiment, t) {
        destroyAll();
        var data = rows(analysis);
        var captionId = ui.uid('prodops-exp-chart-caption');
        var level = exp.confidenceLevel(analysis, experiment);
        var figure = h('figure', {className: 'prodops-exp-chart', 'aria-labelledby': captionId}, [
            h('figcaption', {id: captionId, text: t('prodops.exppage.chart.caption', exp.percent(level, false, 1))})
        ]);
        if (!data.length) {
            figure.appendChild(h('p', {className: 'prodops-meta', text: t('prodops.exppage.chart.none')}));
            return figure;
        }
        if (typeof global.Chart === 'function') {
            var canvas = h('canvas', {role: 'img', 'aria-label': t('prodops.exppage.chart.alt'), className: 'prodops-exp-canvas'});
            var box = h('div', {className: 'prodops-exp-chart-box prodops-exp-chart-rows-' + Math.min(data.length, 6)}, canvas);
            figure.appendChild(box);
            // Chart.js sizes itself from its container: draw once the figure is in the document
            global.setTimeout(function () {
                if (canvas.isConnected) {
                    draw(canvas, data, t);
                    figure.setAttribute('data-chart', 'drawn');
                }
            }, 0);
        }
        figure.appendChild(table(data, t, captionId));
        return figure;
    }

    ProdOps.experimentChart = {liftChart: liftChart};
})(window);
