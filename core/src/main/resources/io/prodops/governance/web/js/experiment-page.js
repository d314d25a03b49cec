/*
 * The full experiment page: the design form with a live planner (sample size per variant and duration, recomputed by
 * POST /experiments/plan as the user types, debounced; field errors next to their inputs), save with the design's
 * revision (a 409 keeps the user's edits and names who saved), status moves, results (analysis table, lift chart
 * with its table, SRM warning, manual entry, CSV upload with a preview and the server's row/column errors on their
 * cells), the decision form (rationale required; SHIP with a flagged SRM needs an acknowledgement with a reason) and
 * the results history. Everything from the server or the user is written as text (see prodops-ui.js).
 */
(function (global) {
    'use strict';
    var ProdOps = global.ProdOps;
    var ui = ProdOps.ui;
    var h = ui.h;
    var exp = ProdOps.experiment;
    var document = global.document;
    var PLAN_DELAY_MS = 350;

    function numberOrNull(value) {
        var text = String(value === undefined || value === null ? '' : value).trim();
        if (!text) {
            return null;
        }
        var parsed = Number(text);
        return isFinite(parsed) ? parsed : null;
    }

    function valueOf(value) {
        return value === undefined || value === null ? '' : String(value);
    }

    /** A field registry: inputs by field name with their error slots, so server field errors land next to them. */
    function fieldSet() {
        var fields = {};
        return {
            add: function (name, input, error) {
                fields[name] = {input: input, error: error};
                input.setAttribute('data-field', name);
            },
            clear: function (prefixes) {
                Object.keys(fields).forEach(function (name) {
                    if (!prefixes || prefixes.some(function (p) { return name.indexOf(p) === 0; })) {
                        fields[name].error.textContent = '';
                        fields[name].input.removeAttribute('aria-invalid');
                    }
                });
            },
            /** Shows each error at its field or the nearest enclosing one ("variants[1].name" -> "variants"); returns the rest. */
            show: function (errors) {
                var rest = [];
                var first = null;
                errors.forEach(function (e) {
                    var name = String(e.field || '');
                    while (name && !fields[name]) {
                        var cut = Math.max(name.lastIndexOf('.'), name.lastIndexOf('['));
                        name = cut > 0 ? name.substring(0, cut) : '';
                    }
                    if (!name) {
                        rest.push(e);
                        return;
                    }
                    var f = fields[name];
                    f.error.textContent = f.error.textContent ? f.error.textContent + ' ' + e.message : e.message;
                    f.input.setAttribute('aria-invalid', 'true');
                    first = first || f.input;
                });
                return {rest: rest, first: first};
            },
            /** Forgets the fields under a prefix (rows renumbered after a removal register again). */
            drop: function (prefix) {
                Object.keys(fields).forEach(function (name) {
                    if (name.indexOf(prefix) === 0) {
                        delete fields[name];
                    }
                });
            }
        };
    }

    /** A labelled control with its error slot: {element, input}. */
    function control(fields, name, label, input, help) {
        var id = ui.uid('prodops-exp-field');
        var errorId = id + '-error';
        var helpId = help ? id + '-help' : null;
        input.id = id;
        input.setAttribute('aria-describedby', errorId + (helpId ? ' ' + helpId : ''));
        var error = h('p', {id: errorId, className: 'prodops-field-error'});
        fields.add(name, input, error);
        return h('div', {className: 'field-group prodops-exp-field', 'data-for': name}, [
            h('label', {'for': id, text: label}),
            input,
            help ? h('p', {id: helpId, className: 'prodops-meta prodops-help', text: help}) : null,
            error
        ]);
    }

    function textInput(value, extra) {
        var props = {type: 'text', className: 'text prodops-input', value: valueOf(value)};
        Object.keys(extra || {}).forEach(function (k) { props[k] = extra[k]; });
        return h('input', props);
    }

    function numberInput(value, step) {
        return h('input', {type: 'number', className: 'text prodops-input prodops-number', step: step || 'any', inputmode: 'decimal', value: valueOf(value)});
    }

    function select(options, value, t, prefix) {
        return h('select', {className: 'select prodops-select'}, options.map(function (o) {
            return h('option', {value: o, selected: o === value, text: t(prefix + o)});
        }));
    }

    function page(root) {
        var t = ui.messages(root);
        var base = root.getAttribute('data-rest-base');
        var issueKey = root.getAttribute('data-issue-key');
        var canEdit = root.getAttribute('data-can-edit') === 'true';
        var box = document.getElementById('prodops-experiment-root');
        var live = document.getElementById('prodops-experiment-live');

        function busy(on) {
            box.setAttribute('aria-busy', on ? 'true' : 'false');
        }

        function section(id, title, content) {
            var headingId = 'prodops-exp-' + id + '-heading';
            return h('section', {className: 'prodops-panel prodops-exp-section', id: 'prodops-exp-' + id, 'aria-labelledby': headingId}, [
                h('h2', {id: headingId, tabindex: '-1', text: title}), content
            ]);
        }

        function load(announceText) {
            busy(true);
            ProdOps.request('GET', exp.url(base, issueKey)).then(function (r) {
                if (r.status === 200) {
                    exp.loadAnalysis(base, issueKey).then(function (analysis) {
                        render(r.body, analysis);
                        if (announceText) {
                            ui.announce(live, announceText);
                        }
                    });
                } else if (r.status === 404 && r.body && r.body.error === 'EXPERIMENT_NOT_FOUND') {
                    ui.clear(box);
                    box.appendChild(h('p', {className: 'prodops-exp-none', text: t('prodops.exp.panel.none')}));
                    if (canEdit) {
                        box.appendChild(section('design', t('prodops.exppage.design'), designForm(null)));
                    }
                    busy(false);
                } else {
                    ui.clear(box).appendChild(h('p', {className: 'prodops-status is-error', text: t('prodops.exp.panel.error', ui.errorMessage(r, t))}));
                    busy(false);
                }
            });
        }

        function render(experiment, analysis) {
            ui.clear(box);
            box.appendChild(statusBar(experiment));
            box.appendChild(section('summary', t('prodops.exppage.summary'), exp.summary(experiment, null, t, {withoutResults: true})));
            box.appendChild(section('design', t('prodops.exppage.design'), designForm(experiment)));
            if (experiment.status !== 'DESIGN' || analysis) {
                box.appendChild(section('results', t('prodops.exp.results'), resultsPart(experiment, analysis)));
            }
            box.appendChild(section('decision', t('prodops.exp.decision'), decisionPart(experiment, analysis)));
            var history = h('div', {className: 'prodops-exp-history'}, h('p', {className: 'prodops-loading', text: t('prodops.ui.loading')}));
            box.appendChild(section('history', t('prodops.exppage.history'), history));
            loadHistory(history, experiment);
            busy(false);
        }

        // ---- status -------------------------------------------------------------------------------------------------
        function statusBar(experiment) {
            var status = experiment.status || 'DESIGN';
            var message = h('p', {className: 'prodops-status', role: 'status'});
            var moves = experiment.allowedStatuses || exp.STATUS_MOVES[status] || [];
            var buttons = (canEdit ? moves.filter(function (next) { return next !== 'DECIDED'; }) : []).map(function (next) {
                return h('button', {type: 'button', className: 'aui-button prodops-status-move', 'data-status': next,
                    text: t('prodops.exppage.move.' + status + '.' + next), onClick: function (event) {
                        var button = event.currentTarget;
                        button.disabled = true;
                        ProdOps.request('POST', exp.url(base, issueKey, '/status'), {status: next, revision: experiment.revision}).then(function (r) {
                            button.disabled = false;
                            if (r.status === 200) {
                                load(t('prodops.exppage.moved', t('prodops.ui.status.' + next)));
                            } else {
                                ProdOps.showStatus(message, ui.errorMessage(r, t), 'error');
                            }
                        });
                    }});
            });
            return h('div', {className: 'prodops-exp-statusbar'}, [
                h('span', {className: 'prodops-meta', text: t('prodops.ui.status') + ': '}), ui.lozenge(status, t),
                buttons.length ? h('div', {className: 'buttons-container prodops-exp-moves'}, buttons) : null,
                message
            ]);
        }

        // ---- design form and live planner ---------------------------------------------------------------------------
        function designForm(experiment) {
            var d = experiment || {};
            var editable = canEdit && !(experiment && (experiment.status === 'DECIDED' || experiment.status === 'ABANDONED'));
            var locked = experiment && experiment.lockedFields || [];
            var fields = fieldSet();
            var revision = experiment ? experiment.revision : null;
            var hyp = d.hypothesis && typeof d.hypothesis === 'object' ? d.hypothesis : {};
            var metric = d.primaryMetric || {};
            var weBelieve = textInput(hyp.weBelieve);
            var willResultIn = textInput(hyp.willResultIn);
            var measuredBy = textInput(hyp.measuredBy);
            var metricName = textInput(metric.name);
            var metricTypeSelect = select(['CONVERSION', 'CONTINUOUS'], metric.type || 'CONVERSION', t, 'prodops.exp.metric.type.');
            var directionSelect = select(['INCREASE', 'DECREASE'], metric.direction || 'INCREASE', t, 'prodops.exp.metric.direction.');
            var alpha = numberInput(experiment ? d.alpha : 0.05);
            var power = numberInput(experiment ? d.power : 0.8);
            var mde = numberInput(experiment ? d.mde : 0.1);
            var baselineRate = numberInput(d.baselineRate);
            var baselineMean = numberInput(d.baselineMean);
            var baselineSd = numberInput(d.baselineSd);
            var dailyUsers = numberInput(d.dailyUsers, '1');
            var plannedStart = h('input', {type: 'date', className: 'text prodops-input', value: valueOf(d.plannedStart)});
            var plannedEnd = h('input', {type: 'date', className: 'text prodops-input', value: valueOf(d.plannedEnd)});

            var variantsBox = h('div', {className: 'prodops-exp-variants'});
            var variantsError = h('p', {id: ui.uid('prodops-exp-variants-error'), className: 'prodops-field-error'});
            var guardrailsBox = h('div', {className: 'prodops-exp-guardrails-edit'});
            var guardrailsError = h('p', {id: ui.uid('prodops-exp-guardrails-error'), className: 'prodops-field-error'});
            var variantRows = [];
            var guardrailRows = [];
            var radioName = ui.uid('prodops-exp-control');

            var variantsFieldset = h('fieldset', {className: 'prodops-exp-fieldset', 'aria-describedby': variantsError.id}, [
                h('legend', {text: t('prodops.exppage.variants')}), variantsBox,
                h('button', {type: 'button', className: 'aui-button prodops-add-variant', text: t('prodops.exppage.variant.add'),
                    onClick: function () { addVariant({name: '', allocation: '', control: false}, true); }}),
                variantsError
            ]);
            fields.add('variants', variantsFieldset, variantsError);
            var guardrailsFieldset = h('fieldset', {className: 'prodops-exp-fieldset', 'aria-describedby': guardrailsError.id}, [
                h('legend', {text: t('prodops.exppage.guardrails')}), guardrailsBox,
                h('button', {type: 'button', className: 'aui-button prodops-add-guardrail', text: t('prodops.exppage.guardrail.add'),
                    onClick: function () { addGuardrail({name: '', type: 'CONVERSION', direction: 'INCREASE', margin: ''}, true); }}),
                guardrailsError
            ]);
            fields.add('guardrails', guardrailsFieldset, guardrailsError);

            function renumber() {
                fields.drop('variants[');
                fields.drop('guardrails[');
                variantRows.forEach(function (row, i) {
                    row.legend.textContent = t('prodops.exppage.variant.n', i + 1);
                    row.fields.forEach(function (f) {
                        fields.add('variants[' + i + '].' + f.key, f.input, f.error);
                    });
                    row.remove.disabled = variantRows.length <= 2 || !editable;
                });
                guardrailRows.forEach(function (row, i) {
                    row.legend.textContent = t('prodops.exppage.guardrail.n', i + 1);
                    row.fields.forEach(function (f) {
                        fields.add('guardrails[' + i + '].' + f.key, f.input, f.error);
                    });
                });
            }

            /** A repeated row (variant, guardrail): a fieldset with labelled inputs and a remove button. */
            function repeatedRow(list, container, parts, removeLabel) {
                var legend = h('legend');
                var row = {legend: legend, fields: []};
                var children = [legend];
                parts.forEach(function (part) {
                    var id = ui.uid('prodops-exp-row');
                    var error = h('p', {id: id + '-error', className: 'prodops-field-error'});
                    part.input.id = id;
                    part.input.setAttribute('aria-describedby', error.id);
                    row.fields.push({key: part.key, input: part.input, error: error});
                    row[part.key] = part.input;
                    children.push(h('div', {className: 'prodops-exp-cell'}, part.inline
                        ? [part.input, h('label', {'for': id, className: 'prodops-inline-label', text: part.label}), error]
                        : [h('label', {'for': id, text: part.label}), part.input, error]));
                });
                row.remove = h('button', {type: 'button', className: 'aui-button aui-button-link prodops-remove-row', text: removeLabel,
                    onClick: function () {
                        list.splice(list.indexOf(row), 1);
                        row.element.remove();
                        renumber();
                        schedulePlan();
                        var add = container.parentNode.querySelector('.prodops-add-variant, .prodops-add-guardrail');
                        if (add) {
                            add.focus();
                        }
                    }});
                children.push(row.remove);
                row.element = h('fieldset', {className: 'prodops-exp-row'}, children);
                list.push(row);
                container.appendChild(row.element);
                renumber();
                return row;
            }

            function addVariant(v, focus) {
                var row = repeatedRow(variantRows, variantsBox, [
                    {key: 'name', label: t('prodops.exppage.variant.name'), input: textInput(v.name)},
                    {key: 'allocation', label: t('prodops.exppage.variant.allocation'), input: numberInput(v.allocation, '1')},
                    {key: 'control', label: t('prodops.exppage.variant.control'), inline: true,
                        input: h('input', {type: 'radio', name: radioName, checked: Boolean(v.control)})}
                ], t('prodops.exppage.variant.remove'));
                lock(row.element);
                if (focus) {
                    row.name.focus();
                }
            }

            function addGuardrail(g, focus) {
                var row = repeatedRow(guardrailRows, guardrailsBox, [
                    {key: 'name', label: t('prodops.exppage.guardrail.name'), input: textInput(g.name)},
                    {key: 'type', label: t('prodops.exppage.metric.type'), input: select(['CONVERSION', 'CONTINUOUS'], g.type, t, 'prodops.exp.metric.type.')},
                    {key: 'direction', label: t('prodops.exppage.metric.direction'), input: select(['INCREASE', 'DECREASE'], g.direction, t, 'prodops.exp.metric.direction.')},
                    {key: 'margin', label: t('prodops.exppage.guardrail.margin'), input: numberInput(g.margin)}
                ], t('prodops.exppage.guardrail.remove'));
                lock(row.element);
                if (focus) {
                    row.name.focus();
                }
            }

            var plannerOut = {
                perVariant: h('span', {className: 'prodops-plan-per-variant', text: '\u2014'}),
                total: h('span', {className: 'prodops-plan-total', text: '\u2014'}),
                days: h('span', {className: 'prodops-plan-days', text: '\u2014'})
            };
            var plannerState = h('p', {className: 'prodops-meta prodops-plan-state', role: 'status', 'aria-live': 'polite'});
            var planner = h('div', {className: 'prodops-message is-info prodops-planner', 'aria-labelledby': 'prodops-planner-heading'}, [
                h('h3', {id: 'prodops-planner-heading', text: t('prodops.exppage.planner')}),
                h('dl', {className: 'prodops-summary'}, [
                    h('dt', {text: t('prodops.exppage.planner.pervariant')}), h('dd', null, plannerOut.perVariant),
                    h('dt', {text: t('prodops.exppage.planner.total')}), h('dd', null, plannerOut.total),
                    h('dt', {text: t('prodops.exppage.planner.days')}), h('dd', null, plannerOut.days)
                ]),
                plannerState
            ]);

            var rateGroup = control(fields, 'baselineRate', t('prodops.exppage.baselineRate'), baselineRate, t('prodops.exppage.baselineRate.help'));
            var meanGroup = control(fields, 'baselineMean', t('prodops.exppage.baselineMean'), baselineMean);
            var sdGroup = control(fields, 'baselineSd', t('prodops.exppage.baselineSd'), baselineSd);

            function showBaselineFields() {
                var conversion = metricTypeSelect.value === 'CONVERSION';
                rateGroup.hidden = !conversion;
                meanGroup.hidden = conversion;
                sdGroup.hidden = conversion;
            }

            var summaryBox = h('div', {className: 'prodops-message is-error prodops-error-summary', tabindex: '-1', hidden: true});
            var saveState = h('p', {className: 'prodops-status prodops-save-state', role: 'status'});
            var saveButton = h('button', {type: 'submit', className: 'aui-button aui-button-primary prodops-save-design',
                text: t(experiment ? 'prodops.exppage.save' : 'prodops.exp.create')});
            var conflictBox = h('div', {className: 'prodops-message is-warning prodops-conflict', hidden: true});

            var form = h('form', {className: 'aui prodops-form prodops-exp-design', novalidate: true}, [
                summaryBox,
                h('fieldset', {className: 'prodops-exp-fieldset'}, [
                    h('legend', {text: t('prodops.exp.hypothesis')}),
                    control(fields, 'hypothesis.weBelieve', t('prodops.exppage.hypothesis.weBelieve'), weBelieve),
                    control(fields, 'hypothesis.willResultIn', t('prodops.exppage.hypothesis.willResultIn'), willResultIn),
                    control(fields, 'hypothesis.measuredBy', t('prodops.exppage.hypothesis.measuredBy'), measuredBy)
                ]),
                h('fieldset', {className: 'prodops-exp-fieldset'}, [
                    h('legend', {text: t('prodops.exp.metric')}),
                    control(fields, 'primaryMetric.name', t('prodops.exppage.metric.name'), metricName),
                    control(fields, 'primaryMetric.type', t('prodops.exppage.metric.type'), metricTypeSelect),
                    control(fields, 'primaryMetric.direction', t('prodops.exppage.metric.direction'), directionSelect)
                ]),
                guardrailsFieldset,
                variantsFieldset,
                h('fieldset', {className: 'prodops-exp-fieldset'}, [
                    h('legend', {text: t('prodops.exppage.statistics')}),
                    control(fields, 'alpha', t('prodops.exppage.alpha'), alpha, t('prodops.exppage.alpha.help')),
                    control(fields, 'power', t('prodops.exppage.power'), power, t('prodops.exppage.power.help')),
                    control(fields, 'mde', t('prodops.exppage.mde'), mde, t('prodops.exppage.mde.help')),
                    rateGroup, meanGroup, sdGroup,
                    control(fields, 'dailyUsers', t('prodops.exppage.dailyUsers'), dailyUsers),
                    control(fields, 'plannedStart', t('prodops.exppage.plannedStart'), plannedStart),
                    control(fields, 'plannedEnd', t('prodops.exppage.plannedEnd'), plannedEnd)
                ]),
                planner,
                editable ? h('div', {className: 'buttons-container'}, saveButton) : null,
                conflictBox,
                saveState
            ]);
            (d.variants && d.variants.length ? d.variants : [{name: t('prodops.exppage.variant.defaultControl'), allocation: 50, control: true},
                {name: t('prodops.exppage.variant.defaultTreatment'), allocation: 50, control: false}]).forEach(function (v) { addVariant(v, false); });
            (d.guardrails || []).forEach(function (g) { addGuardrail(g, false); });
            showBaselineFields();

            /** Disables inputs of viewers, of final experiments, and of fields the current status locks. */
            function lock(element) {
                Array.prototype.forEach.call(element.querySelectorAll('input, select, textarea, button'), function (input) {
                    var name = input.getAttribute('data-field') || '';
                    var isLocked = locked.some(function (f) { return name === f || name.indexOf(f + '.') === 0 || name.indexOf(f + '[') === 0; });
                    if (!editable || isLocked) {
                        input.disabled = true;
                    }
                });
            }
            lock(form);

            function design() {
                var conversion = metricTypeSelect.value === 'CONVERSION';
                var body = {
                    hypothesis: {weBelieve: weBelieve.value, willResultIn: willResultIn.value, measuredBy: measuredBy.value},
                    primaryMetric: {name: metricName.value, type: metricTypeSelect.value, direction: directionSelect.value},
                    guardrails: guardrailRows.map(function (row) {
                        return {name: row.name.value, type: row.type.value, direction: row.direction.value, margin: numberOrNull(row.margin.value)};
                    }),
                    variants: variantRows.map(function (row) {
                        return {name: row.name.value, allocation: numberOrNull(row.allocation.value), control: row.control.checked};
                    }),
                    alpha: numberOrNull(alpha.value), power: numberOrNull(power.value), mde: numberOrNull(mde.value),
                    dailyUsers: numberOrNull(dailyUsers.value),
                    plannedStart: plannedStart.value || null, plannedEnd: plannedEnd.value || null
                };
                if (conversion) {
                    body.baselineRate = numberOrNull(baselineRate.value);
                } else {
                    body.baselineMean = numberOrNull(baselineMean.value);
                    body.baselineSd = numberOrNull(baselineSd.value);
                }
                if (revision !== null && revision !== undefined) {
                    body.revision = revision;
                }
                return body;
            }

            // The planner's request names its own fields; they map onto the design form's
            var PLAN_FIELDS = {metricType: 'primaryMetric.type', direction: 'primaryMetric.direction', variantCount: 'variants',
                allocations: 'variants'};
            var PLAN_INPUTS = ['alpha', 'power', 'mde', 'baselineRate', 'baselineMean', 'baselineSd', 'dailyUsers', 'variants',
                'primaryMetric.type', 'primaryMetric.direction'];
            var planTimer = null;
            var planSequence = 0;

            function planRequest() {
                var d2 = design();
                var body = {metricType: d2.primaryMetric.type, direction: d2.primaryMetric.direction, alpha: d2.alpha, power: d2.power,
                    mde: d2.mde, variantCount: d2.variants.length, dailyUsers: d2.dailyUsers,
                    allocations: d2.variants.map(function (v) { return v.allocation; })};
                if (d2.primaryMetric.type === 'CONVERSION') {
                    body.baselineRate = d2.baselineRate;
                } else {
                    body.baselineMean = d2.baselineMean;
                    body.baselineSd = d2.baselineSd;
                }
                return body;
            }

            function showPlan(plan) {
                plannerOut.perVariant.textContent = exp.number(plan.perVariant);
                plannerOut.total.textContent = exp.number(plan.total);
                plannerOut.days.textContent = exp.isNumber(plan.days) ? t('prodops.exppage.planner.daysvalue', exp.number(plan.days)) : '\u2014';
                planner.setAttribute('data-per-variant', valueOf(plan.perVariant));
                planner.setAttribute('data-days', valueOf(plan.days));
                plannerState.textContent = t('prodops.exppage.planner.updated', exp.number(plan.perVariant), exp.isNumber(plan.days) ? exp.number(plan.days) : '\u2014');
            }

            function runPlan() {
                var sequence = ++planSequence;
                planner.setAttribute('aria-busy', 'true');
                ProdOps.request('POST', base + '/experiments/plan', planRequest()).then(function (r) {
                    if (sequence !== planSequence) {
                        return; // a newer request is on its way
                    }
                    planner.setAttribute('aria-busy', 'false');
                    fields.clear(PLAN_INPUTS);
                    if (r.status === 200 && r.body) {
                        showPlan(r.body);
                        planner.classList.remove('is-stale');
                    } else {
                        planner.classList.add('is-stale');
                        var errors = ui.fieldErrors(r).map(function (e) {
                            return {field: PLAN_FIELDS[e.field] || e.field, message: e.message};
                        });
                        var left = fields.show(errors).rest;
                        plannerState.textContent = t('prodops.exppage.planner.invalid', left.length ? left.map(function (e) { return e.message; }).join(' ') : '');
                        if (!errors.length) {
                            plannerState.textContent = t('prodops.exppage.planner.invalid', ui.errorMessage(r, t));
                        }
                    }
                });
            }

            function schedulePlan() {
                global.clearTimeout(planTimer);
                planTimer = global.setTimeout(runPlan, PLAN_DELAY_MS);
            }

            form.addEventListener('input', schedulePlan);
            form.addEventListener('change', function (event) {
                if (event.target === metricTypeSelect) {
                    showBaselineFields();
                }
                schedulePlan();
            });

            function showErrors(r) {
                var errors = ui.fieldErrors(r);
                var placed = fields.show(errors);
                ui.clear(summaryBox);
                summaryBox.appendChild(h('p', {text: t('prodops.exppage.errors', errors.length || 1)}));
                var list = (placed.rest.length ? placed.rest : errors.length ? [] : [{message: ui.errorMessage(r, t)}]);
                if (list.length) {
                    summaryBox.appendChild(h('ul', null, list.map(function (e) {
                        return h('li', {text: (e.field ? e.field + ': ' : '') + e.message});
                    })));
                }
                summaryBox.hidden = false;
                summaryBox.focus();
            }

            function save() {
                fields.clear();
                summaryBox.hidden = true;
                conflictBox.hidden = true;
                saveButton.disabled = true;
                ProdOps.showStatus(saveState, t('prodops.exppage.saving'), null);
                ProdOps.request(experiment ? 'PUT' : 'POST', exp.url(base, issueKey), design()).then(function (r) {
                    saveButton.disabled = false;
                    if (r.status === 200 || r.status === 201) {
                        ProdOps.showStatus(saveState, t('prodops.exppage.saved'), 'success');
                        load(t('prodops.exppage.saved'));
                    } else if (r.status === 409) {
                        ProdOps.showStatus(saveState, '', null);
                        showConflict(r);
                    } else if (r.status === 400) {
                        ProdOps.showStatus(saveState, t('prodops.exppage.notsaved'), 'error');
                        showErrors(r);
                    } else {
                        ProdOps.showStatus(saveState, ui.errorMessage(r, t), 'error');
                    }
                });
            }

            /** Someone saved meanwhile: keep what this user typed, say who saved, offer their version or saving over it. */
            function showConflict(r) {
                var current = r.body && r.body.current || {};
                ui.clear(conflictBox);
                conflictBox.appendChild(h('p', {className: 'prodops-conflict-text', text: ui.conflictText(r, t, 'prodops.exppage.conflict')}));
                conflictBox.appendChild(h('p', {className: 'prodops-meta', text: t('prodops.exppage.conflict.kept')}));
                conflictBox.appendChild(h('div', {className: 'buttons-container'}, [
                    h('button', {type: 'button', className: 'aui-button prodops-conflict-load', text: t('prodops.exppage.conflict.load'),
                        onClick: function () { load(); }}),
                    current.revision === undefined ? null : h('button', {type: 'button', className: 'aui-button prodops-conflict-overwrite',
                        text: t('prodops.exppage.conflict.overwrite'), onClick: function () {
                            revision = current.revision;
                            save();
                        }})
                ]));
                conflictBox.hidden = false;
                conflictBox.querySelector('button').focus();
            }

            form.addEventListener('submit', function (event) {
                event.preventDefault();
                if (editable) {
                    save();
                }
            });
            runPlan();
            return form;
        }

        // ---- results ------------------------------------------------------------------------------------------------
        function resultsPart(experiment, analysis) {
            var part = h('div', {className: 'prodops-exp-results-part'});
            if (analysis && exp.treatments(analysis).length) {
                part.appendChild(h('div', {className: 'prodops-exp-analysis'}, [
                    exp.interimNotice(analysis, t),
                    exp.resultsTable(analysis, experiment, t),
                    exp.srmNotice(analysis, t),
                    exp.guardrailList(analysis, t),
                    ProdOps.experimentChart.liftChart(analysis, experiment, t)
                ]));
            } else {
                part.appendChild(h('p', {className: 'prodops-meta prodops-exp-noresults', text: t('prodops.exp.results.none')}));
            }
            var accepts = experiment.status === 'RUNNING' || experiment.status === 'ANALYSIS';
            if (canEdit && accepts) {
                part.appendChild(manualEntry(experiment));
                part.appendChild(csvUpload(experiment));
            } else if (canEdit) {
                part.appendChild(h('p', {className: 'prodops-meta', text: t('prodops.exppage.results.closed')}));
            }
            return part;
        }

        function resultColumns(experiment) {
            return exp.metricType(experiment) === 'CONVERSION' ? ['users', 'conversions'] : ['n', 'mean', 'sd'];
        }

        function manualEntry(experiment) {
            var columns = resultColumns(experiment);
            var fields = fieldSet();
            var variants = experiment.variants || [];
            var state = h('p', {className: 'prodops-status', role: 'status'});
            var rest = h('ul', {className: 'prodops-field-error-list'});
            var inputs = variants.map(function (v, i) {
                var row = {name: v.name};
                var cells = columns.map(function (column) {
                    var input = h('input', {type: 'number', className: 'text prodops-input prodops-number', step: column === 'mean' || column === 'sd' ? 'any' : '1',
                        min: '0', 'aria-label': t('prodops.exppage.entry.cell', v.name || '', t('prodops.exppage.column.' + column))});
                    var error = h('p', {id: ui.uid('prodops-exp-entry-error'), className: 'prodops-field-error'});
                    input.setAttribute('aria-describedby', error.id);
                    fields.add('variants[' + i + '].' + column, input, error);
                    row[column] = input;
                    return h('td', null, [input, error]);
                });
                row.element = h('tr', {'data-variant': v.name || ''}, [h('th', {scope: 'row', text: v.name || ''})].concat(cells));
                return row;
            });
            var form = h('form', {className: 'aui prodops-form prodops-exp-entry', novalidate: true}, [
                h('table', {className: 'aui prodops-table'}, [
                    h('caption', {text: t('prodops.exppage.entry.caption')}),
                    h('thead', null, h('tr', null, [h('th', {scope: 'col', text: t('prodops.exp.results.variant')})].concat(columns.map(function (c) {
                        return h('th', {scope: 'col', text: t('prodops.exppage.column.' + c)});
                    })))),
                    h('tbody', null, inputs.map(function (row) { return row.element; }))
                ]),
                rest,
                h('div', {className: 'buttons-container'}, h('button', {type: 'submit', className: 'aui-button aui-button-primary prodops-save-results',
                    text: t('prodops.exppage.entry.save')})),
                state
            ]);
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                fields.clear();
                ui.clear(rest);
                var body = {variants: inputs.map(function (row) {
                    var entry = {name: row.name};
                    columns.forEach(function (c) { entry[c] = numberOrNull(row[c].value); });
                    return entry;
                })};
                ProdOps.request('POST', exp.url(base, issueKey, '/results'), body).then(function (r) {
                    if (r.status === 200 || r.status === 201) {
                        load(t('prodops.exppage.entry.saved'));
                    } else {
                        ProdOps.showStatus(state, t('prodops.exppage.entry.failed', ui.errorMessage(r, t)), 'error');
                        var placed = fields.show(ui.fieldErrors(r));
                        placed.rest.forEach(function (e) {
                            rest.appendChild(h('li', {className: 'prodops-field-error', text: (e.field ? e.field + ': ' : '') + e.message}));
                        });
                        if (placed.first) {
                            placed.first.focus();
                        }
                    }
                });
            });
            return h('div', {className: 'prodops-exp-entry-box'}, [h('h3', {text: t('prodops.exppage.entry')}), form]);
        }

        /** CSV text -> [{line, cells}] with "..." quoting ("" for a quote); blank lines skipped; lines numbered from 1. */
        function parseCsv(text) {
            var rows = [];
            var cells = [];
            var cell = '';
            var quoted = false;
            var line = 1;
            var rowLine = 1;
            var i;
            function endRow() {
                cells.push(cell);
                if (cells.length > 1 || cells[0].trim() !== '') {
                    rows.push({line: rowLine, cells: cells});
                }
                cells = [];
                cell = '';
            }
            for (i = 0; i < text.length; i++) {
                var c = text.charAt(i);
                if (quoted) {
                    if (c === '"' && text.charAt(i + 1) === '"') {
                        cell += '"';
                        i++;
                    } else if (c === '"') {
                        quoted = false;
                    } else {
                        if (c === '\n') {
                            line++;
                        }
                        cell += c;
                    }
                } else if (c === '"') {
                    quoted = true;
                } else if (c === ',') {
                    cells.push(cell);
                    cell = '';
                } else if (c === '\n' || c === '\r') {
                    if (c === '\r' && text.charAt(i + 1) === '\n') {
                        i++;
                    }
                    endRow();
                    line++;
                    rowLine = line;
                } else {
                    cell += c;
                }
            }
            if (cell !== '' || cells.length) {
                endRow();
            }
            return rows;
        }

        function csvUpload(experiment) {
            var columns = ['variant'].concat(resultColumns(experiment));
            var fileId = ui.uid('prodops-exp-csv');
            var helpId = fileId + '-help';
            var file = h('input', {type: 'file', id: fileId, accept: '.csv,text/csv', className: 'prodops-csv-file', 'aria-describedby': helpId});
            var preview = h('div', {className: 'prodops-csv-preview', 'aria-live': 'polite'});
            var state = h('p', {className: 'prodops-status', role: 'status'});
            var general = h('ul', {className: 'prodops-csv-errors'});
            var upload = h('button', {type: 'button', className: 'aui-button aui-button-primary prodops-csv-upload', disabled: true,
                text: t('prodops.exppage.csv.upload')});
            var text = null;
            var cellsByPosition = {};

            function showPreview(rows) {
                cellsByPosition = {};
                ui.clear(preview);
                ui.clear(general);
                if (!rows.length) {
                    preview.appendChild(h('p', {className: 'prodops-meta', text: t('prodops.exppage.csv.empty')}));
                    return;
                }
                var width = rows.reduce(function (max, row) { return Math.max(max, row.cells.length); }, 0);
                var header = rows[0];
                var body = rows.slice(1).map(function (row) {
                    var tds = [];
                    for (var c = 0; c < width; c++) {
                        var error = h('span', {className: 'prodops-field-error prodops-csv-cell-error'});
                        var td = h('td', {'data-row': row.line, 'data-column': c + 1}, [h('span', {text: row.cells[c] === undefined ? '' : row.cells[c]}), error]);
                        cellsByPosition[row.line + ':' + (c + 1)] = {cell: td, error: error};
                        tds.push(td);
                    }
                    var rowError = h('span', {className: 'prodops-field-error prodops-csv-row-error'});
                    var th = h('th', {scope: 'row', text: t('prodops.exppage.csv.row', row.line)});
                    th.appendChild(rowError);
                    cellsByPosition[row.line + ':'] = {cell: th, error: rowError};
                    return h('tr', {'data-row': row.line}, [th].concat(tds));
                });
                var headerCells = [];
                for (var c = 0; c < width; c++) {
                    headerCells.push(h('th', {scope: 'col', text: header.cells[c] === undefined ? '' : header.cells[c]}));
                }
                preview.appendChild(h('table', {className: 'aui prodops-table prodops-csv-table'}, [
                    h('caption', {text: t('prodops.exppage.csv.preview', rows.length - 1)}),
                    h('thead', null, h('tr', null, [h('th', {scope: 'col', text: t('prodops.exppage.csv.rowheader')})].concat(headerCells))),
                    h('tbody', null, body)
                ]));
                var lower = header.cells.map(function (name) { return String(name).trim().toLowerCase(); });
                var missing = columns.filter(function (name) { return lower.indexOf(name) < 0; });
                if (missing.length) {
                    general.appendChild(h('li', {className: 'prodops-field-error', text: t('prodops.exppage.csv.missing', missing.join(', '), columns.join(','))}));
                }
            }

            function showServerErrors(errors) {
                errors.forEach(function (e) {
                    var target = e.row ? cellsByPosition[e.row + ':' + (e.column || '')] || cellsByPosition[e.row + ':'] : null;
                    var message = e.row ? t('prodops.exppage.csv.error', e.row, e.column || '\u2014', e.field || '', e.message) : (e.field ? e.field + ': ' : '') + e.message;
                    if (target) {
                        target.error.textContent = (target.error.textContent ? target.error.textContent + ' ' : ' ') + e.message;
                        target.cell.classList.add('is-invalid');
                        target.cell.setAttribute('data-error', 'true');
                    }
                    general.appendChild(h('li', {className: 'prodops-field-error', text: message}));
                });
            }

            file.addEventListener('change', function () {
                var chosen = file.files && file.files[0];
                text = null;
                upload.disabled = true;
                ProdOps.showStatus(state, '', null);
                if (!chosen) {
                    ui.clear(preview);
                    return;
                }
                var reader = new FileReader();
                reader.onload = function () {
                    text = String(reader.result || '');
                    showPreview(parseCsv(text));
                    upload.disabled = false;
                };
                reader.onerror = function () {
                    ProdOps.showStatus(state, t('prodops.exppage.csv.unreadable'), 'error');
                };
                reader.readAsText(chosen);
            });
            upload.addEventListener('click', function () {
                if (text === null) {
                    return;
                }
                upload.disabled = true;
                showPreview(parseCsv(text));
                ProdOps.request('POST', exp.url(base, issueKey, '/results/csv'), text, 'text/csv').then(function (r) {
                    upload.disabled = false;
                    if (r.status === 200 || r.status === 201) {
                        load(t('prodops.exppage.csv.done'));
                    } else {
                        ProdOps.showStatus(state, t('prodops.exppage.csv.failed', ui.errorMessage(r, t)), 'error');
                        showServerErrors(ui.fieldErrors(r));
                    }
                });
            });
            return h('div', {className: 'prodops-exp-csv'}, [
                h('h3', {text: t('prodops.exppage.csv')}),
                h('div', {className: 'field-group'}, [
                    h('label', {'for': fileId, text: t('prodops.exppage.csv.file')}), file,
                    h('p', {id: helpId, className: 'prodops-meta prodops-help', text: t('prodops.exppage.csv.help', columns.join(','))})
                ]),
                preview, general,
                h('div', {className: 'buttons-container'}, upload),
                state
            ]);
        }

        // ---- decision -----------------------------------------------------------------------------------------------
        function decisionPart(experiment, analysis) {
            var decided = exp.decisionOf(experiment);
            if (decided && decided.decision) {
                return exp.decisionBlock(experiment, t);
            }
            var accepts = experiment.status === 'RUNNING' || experiment.status === 'ANALYSIS';
            if (!canEdit || !accepts) {
                return h('p', {className: 'prodops-meta prodops-exp-nodecision', text: t(accepts || !canEdit ? 'prodops.exp.decision.none' : 'prodops.exppage.decision.notyet')});
            }
            var srm = exp.srmDetected(analysis);
            var fields = fieldSet();
            var state = h('p', {className: 'prodops-status', role: 'status'});
            var decisionError = h('p', {id: ui.uid('prodops-exp-decision-error'), className: 'prodops-field-error'});
            var radioName = ui.uid('prodops-exp-decision');
            var radios = ['SHIP', 'ITERATE', 'KILL'].map(function (code) {
                var id = ui.uid('prodops-exp-decision-option');
                var input = h('input', {type: 'radio', name: radioName, id: id, value: code});
                return {code: code, input: input, element: h('div', {className: 'prodops-radio'}, [input,
                    h('label', {'for': id, className: 'prodops-inline-label', text: t('prodops.exppage.decision.' + code)})])};
            });
            var group = h('fieldset', {className: 'prodops-exp-fieldset prodops-decision-options', 'aria-describedby': decisionError.id}, [
                h('legend', {text: t('prodops.exppage.decision.choose')})
            ].concat(radios.map(function (r) { return r.element; })).concat([decisionError]));
            fields.add('decision', group, decisionError);
            var rationale = h('textarea', {rows: '4', className: 'prodops-textarea', required: true});
            var ack = h('input', {type: 'checkbox', className: 'prodops-srm-ack'});
            var ackReason = h('textarea', {rows: '2', className: 'prodops-textarea prodops-srm-ack-reason'});
            var ackId = ui.uid('prodops-exp-ack');
            var ackError = h('p', {id: ackId + '-error', className: 'prodops-field-error'});
            ack.id = ackId;
            ack.setAttribute('aria-describedby', ackError.id);
            fields.add('acknowledgeSrm', ack, ackError);
            var ackBox = srm ? h('div', {className: 'prodops-message is-warning prodops-srm-ack-box'}, [
                h('p', {text: t('prodops.exppage.decision.srm')}),
                h('div', {className: 'prodops-radio'}, [ack, h('label', {'for': ackId, className: 'prodops-inline-label', text: t('prodops.exppage.decision.srm.ack')})]),
                ackError,
                control(fields, 'srmReason', t('prodops.exppage.decision.srm.reason'), ackReason)
            ]) : null;
            var form = h('form', {className: 'aui prodops-form prodops-exp-decision-form', novalidate: true}, [
                group,
                control(fields, 'rationale', t('prodops.exppage.decision.rationale'), rationale, t('prodops.exppage.decision.rationale.help')),
                ackBox,
                h('div', {className: 'buttons-container'}, h('button', {type: 'submit', className: 'aui-button aui-button-primary prodops-record-decision',
                    text: t('prodops.exppage.decision.record')})),
                state
            ]);
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                fields.clear();
                var chosen = radios.filter(function (r) { return r.input.checked; })[0];
                var errors = [];
                if (!chosen) {
                    errors.push({field: 'decision', message: t('prodops.exppage.decision.required')});
                }
                if (!rationale.value.trim()) {
                    errors.push({field: 'rationale', message: t('prodops.exppage.decision.rationale.required')});
                }
                if (chosen && chosen.code === 'SHIP' && srm && (!ack.checked || !ackReason.value.trim())) {
                    errors.push({field: ack.checked ? 'srmReason' : 'acknowledgeSrm', message: t('prodops.exppage.decision.srm.required')});
                }
                if (errors.length) {
                    var placed = fields.show(errors);
                    ProdOps.showStatus(state, t('prodops.exppage.errors', errors.length), 'error');
                    if (placed.first) {
                        (placed.first.tagName === 'FIELDSET' ? placed.first.querySelector('input') : placed.first).focus();
                    }
                    return;
                }
                var body = {decision: chosen.code, rationale: rationale.value, revision: experiment.revision};
                if (srm && chosen.code === 'SHIP') {
                    body.acknowledgeSrm = true;
                    body.srmReason = ackReason.value;
                }
                ProdOps.request('POST', exp.url(base, issueKey, '/decision'), body).then(function (r) {
                    if (r.status === 200 || r.status === 201) {
                        load(t('prodops.exppage.decision.recorded'));
                    } else {
                        ProdOps.showStatus(state, ui.errorMessage(r, t), 'error');
                        fields.show(ui.fieldErrors(r));
                    }
                });
            });
            return form;
        }

        // ---- history ------------------------------------------------------------------------------------------------
        function loadHistory(container, experiment) {
            var columns = resultColumns(experiment);
            ProdOps.request('GET', exp.url(base, issueKey, '/results/history')).then(function (r) {
                ui.clear(container);
                if (r.status !== 200) {
                    container.appendChild(h('p', {className: 'prodops-status is-error', text: ui.errorMessage(r, t)}));
                    return;
                }
                var snapshots = ui.listOf(r.body).length ? ui.listOf(r.body) : (r.body && r.body.snapshots || []);
                if (!snapshots.length) {
                    container.appendChild(h('p', {className: 'prodops-meta prodops-history-none', text: t('prodops.exppage.history.none')}));
                    return;
                }
                container.appendChild(h('table', {className: 'aui prodops-table prodops-history-table'}, [
                    h('caption', {className: 'prodops-visually-hidden', text: t('prodops.exppage.history')}),
                    h('thead', null, h('tr', null, [
                        h('th', {scope: 'col', text: t('prodops.exppage.history.number')}),
                        h('th', {scope: 'col', text: t('prodops.exppage.history.when')}),
                        h('th', {scope: 'col', text: t('prodops.exppage.history.who')}),
                        h('th', {scope: 'col', text: t('prodops.exppage.history.source')}),
                        h('th', {scope: 'col', text: t('prodops.exppage.history.values')})
                    ])),
                    h('tbody', null, snapshots.map(function (s) {
                        return h('tr', null, [
                            h('th', {scope: 'row', text: valueOf(s.number)}),
                            h('td', null, ui.time(s.submittedAt || s.at)),
                            h('td', {text: ui.userName(s.submittedBy || s.by)}),
                            h('td', {text: s.source ? t('prodops.exppage.history.source.' + s.source) : ''}),
                            h('td', null, h('ul', {className: 'prodops-value-list'}, (s.variants || []).map(function (v) {
                                return h('li', {text: (v.name || '') + ': ' + columns.map(function (c) {
                                    return t('prodops.exppage.column.' + c) + ' ' + exp.number(v[c]);
                                }).join(', ')});
                            })))
                        ]);
                    }))
                ]));
            });
        }

        load();
    }

    ui.onReady(function () {
        var root = document.getElementById('prodops-experiment');
        if (root) {
            page(root);
        }
    });
})(window);
