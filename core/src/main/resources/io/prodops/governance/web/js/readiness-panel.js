/*
 * The "Launch readiness" panel on an issue (Jira's issue view, right context; the standalone host's issue page): the
 * overall lozenge, every gate with its status, reason and evidence, who signed off or waived it, Sign off / Revoke and
 * Waive / Revoke waiver for those allowed (inline forms, errors in place), "Launch history" (snapshots), and on hosts
 * that have one a "Launch" button. The server renders reasons and evidence in the reader's language and has already
 * redacted issues the reader may not see; every text goes into the page as text nodes (see prodops-ui.js).
 */
(function (global) {
    'use strict';
    var ProdOps = global.ProdOps;
    var ui = ProdOps.ui;
    var h = ui.h;
    var ISSUE_KEY = /\b[A-Z][A-Z0-9_]*-[1-9][0-9]*\b/g;

    function panel(root) {
        if (root.getAttribute('data-prodops-ready')) {
            return;
        }
        root.setAttribute('data-prodops-ready', 'true');
        var t = ui.messages(root);
        var base = root.getAttribute('data-rest-base');
        var browseBase = root.getAttribute('data-browse-base') || '/browse/';
        var issueKey = root.getAttribute('data-issue-key');
        var launchUrl = root.getAttribute('data-launch-url');
        var live = h('p', {className: 'prodops-visually-hidden', role: 'status', 'aria-live': 'polite'});
        var body = h('div', {className: 'prodops-readiness-body', 'aria-busy': 'true'});
        var launchBlock = h('div', {className: 'prodops-launch'});
        var history = h('div', {className: 'prodops-launch-history'});
        var state = {readiness: null};
        ui.clear(root);
        root.appendChild(body);
        if (launchUrl) {
            root.appendChild(launchBlock);
        }
        root.appendChild(history);
        root.appendChild(live);

        function readinessUrl(suffix, gatesetKey) {
            return base + '/issues/' + encodeURIComponent(issueKey) + '/readiness' + (suffix || '')
                + (gatesetKey ? '?gateset=' + encodeURIComponent(gatesetKey) : '');
        }

        /**
         * Text with the issue keys in it as links to the issues. A rendered message ({text, issues}) links exactly the
         * issues it names (the server lists only those the reader may browse); a bare string links every key in it.
         */
        function linked(value) {
            var text = value && typeof value === 'object' ? value.text || value.message || '' : value;
            var named = value && typeof value === 'object' && Array.isArray(value.issues) ? value.issues.map(function (i) { return i.key; }) : null;
            text = String(text === undefined || text === null ? '' : text);
            var parts = [];
            var last = 0;
            text.replace(ISSUE_KEY, function (key, offset) {
                if (named && named.indexOf(key) < 0) {
                    return key;
                }
                if (offset > last) {
                    parts.push(text.substring(last, offset));
                }
                parts.push(h('a', {href: browseBase + encodeURIComponent(key), className: 'prodops-issue-link', text: key}));
                last = offset + key.length;
                return key;
            });
            if (last < text.length) {
                parts.push(text.substring(last));
            }
            return parts;
        }

        /** An evidence entry: a rendered message ({text, issues}), an issue ({key, summary}) or a string. */
        function evidenceItem(entry) {
            if (entry && typeof entry === 'object' && entry.key && !entry.text && !entry.message) {
                return h('li', null, [h('a', {href: browseBase + encodeURIComponent(entry.key), className: 'prodops-issue-link', text: entry.key}),
                    entry.summary ? ' ' + entry.summary : null]);
            }
            return h('li', null, linked(entry));
        }

        function byLine(key, user, at, note) {
            return h('p', {className: 'prodops-gate-by prodops-meta'}, [
                t(key, ui.userName(user), at ? ui.timeText(at) : ''),
                note ? h('q', {className: 'prodops-gate-note', text: note}) : null
            ]);
        }

        /* ------------------------------------------------------------ gates */

        function show(readiness, focusGate) {
            state.readiness = readiness;
            var gateset = readiness.gateset || {};
            ui.clear(body);
            body.appendChild(h('div', {className: 'prodops-readiness-overall'}, [
                ui.lozenge(readiness.ready ? 'READY' : 'NOT_READY', t, 'prodops-readiness-lozenge'),
                h('span', {className: 'prodops-meta prodops-readiness-gateset', text: ' ' + t('prodops.readypanel.gateset',
                    gateset.name || gateset.key || '', gateset.version === undefined ? '' : gateset.version)}),
                readiness.evaluatedAt ? h('span', {className: 'prodops-meta prodops-readiness-at', text: ' \u00B7 '
                    + t('prodops.readypanel.evaluated', ui.timeText(readiness.evaluatedAt))}) : null
            ]));
            var gates = readiness.gates || [];
            var blocking = gates.filter(function (g) { return g.required && g.status !== 'PASS' && g.status !== 'WAIVED'; }).length;
            body.appendChild(h('p', {className: 'prodops-readiness-summary', text: readiness.ready ? t('prodops.readypanel.summary.ready', gates.length)
                : t('prodops.readypanel.summary.blocked', blocking, gates.length)}));
            body.appendChild(h('ol', {className: 'prodops-gates', 'aria-label': t('prodops.readypanel.gates')}, gates.map(function (gate) {
                return gateItem(gate, readiness);
            })));
            body.setAttribute('aria-busy', 'false');
            if (focusGate) {
                var heading = body.querySelector('.prodops-gate[data-gate="' + ui.cssEscape(focusGate) + '"] .prodops-gate-title');
                if (heading) {
                    heading.focus();
                }
            }
        }

        function gateItem(gate, readiness) {
            var item = h('li', {className: 'prodops-gate', 'data-gate': gate.key, 'data-status': gate.status});
            var titleId = ui.uid('prodops-gate-title');
            item.appendChild(h('div', {className: 'prodops-gate-head'}, [
                ui.lozenge(gate.status, t, 'prodops-lozenge-small'), ' ',
                h('strong', {className: 'prodops-gate-title', id: titleId, tabindex: '-1', text: gate.title || gate.key}),
                gate.required ? null : h('span', {className: 'prodops-meta prodops-gate-optional', text: ' ' + t('prodops.readypanel.optional')})
            ]));
            if (gate.reason) {
                item.appendChild(h('p', {className: 'prodops-gate-reason'}, linked(gate.reason)));
            }
            var evidence = Array.isArray(gate.evidence) ? gate.evidence : gate.evidence ? [gate.evidence] : [];
            if (evidence.length) {
                item.appendChild(h('ul', {className: 'prodops-gate-evidence', 'aria-label': t('prodops.readypanel.evidence')}, evidence.map(evidenceItem)));
            }
            // the server's reason or evidence may already quote the note or reason: then it is not repeated
            var shown = [gate.reason && typeof gate.reason === 'object' ? gate.reason.text : gate.reason].concat(evidence.map(function (e) {
                return e && typeof e === 'object' ? e.text || e.message || '' : e;
            })).join('\n');
            function unlessShown(text) {
                return text && shown.indexOf(text) < 0 ? text : null;
            }
            if (gate.signedOffBy) {
                item.appendChild(byLine('prodops.readypanel.signedoff', gate.signedOffBy, gate.signedOffAt, unlessShown(gate.signOffNote || gate.note)));
            }
            if (gate.waivedBy) {
                item.appendChild(byLine('prodops.readypanel.waived', gate.waivedBy, gate.waivedAt, unlessShown(gate.waiverReason)));
            }
            var error = h('p', {className: 'prodops-status prodops-gate-error', role: 'alert'});
            var actions = h('div', {className: 'prodops-gate-actions', role: 'group', 'aria-labelledby': titleId});
            var formSlot = h('div', {className: 'prodops-gate-form'});
            var gatesetKey = readiness.gateset && readiness.gateset.key;
            if (gate.kind === 'SIGN_OFF' && gate.canSignOff) {
                if (gate.signedOffBy) {
                    actions.appendChild(actionButton('prodops-gate-revoke', 'prodops.readypanel.revoke', function (button) {
                        write(button, error, 'DELETE', readinessUrl('/signoffs/' + encodeURIComponent(gate.key), gatesetKey), undefined, gate,
                            'prodops.readypanel.revoke.done');
                    }));
                } else {
                    actions.appendChild(actionButton('prodops-gate-signoff', 'prodops.readypanel.signoff', function (button) {
                        inlineForm(formSlot, button, error, gate, {field: 'note', label: 'prodops.readypanel.signoff.note', required: false,
                            submit: 'prodops.readypanel.signoff.submit', method: 'POST',
                            url: readinessUrl('/signoffs/' + encodeURIComponent(gate.key), gatesetKey), done: 'prodops.readypanel.signoff.done'});
                    }));
                }
            }
            if (gate.canWaive) {
                if (gate.waivedBy || gate.status === 'WAIVED') {
                    actions.appendChild(actionButton('prodops-gate-unwaive', 'prodops.readypanel.unwaive', function (button) {
                        write(button, error, 'DELETE', readinessUrl('/waivers/' + encodeURIComponent(gate.key), gatesetKey), undefined, gate,
                            'prodops.readypanel.unwaive.done');
                    }));
                } else if (gate.required && gate.status !== 'PASS') {
                    actions.appendChild(actionButton('prodops-gate-waive', 'prodops.readypanel.waive', function (button) {
                        inlineForm(formSlot, button, error, gate, {field: 'reason', label: 'prodops.readypanel.waive.reason', required: true,
                            submit: 'prodops.readypanel.waive.submit', method: 'POST',
                            url: readinessUrl('/waivers/' + encodeURIComponent(gate.key), gatesetKey), done: 'prodops.readypanel.waive.done'});
                    }));
                }
            }
            if (actions.firstChild) {
                item.appendChild(actions);
                item.appendChild(formSlot);
            }
            item.appendChild(error);
            return item;
        }

        function actionButton(className, labelKey, onClick) {
            var button = h('button', {type: 'button', className: 'aui-button aui-button-subtle ' + className, text: t(labelKey)});
            button.addEventListener('click', function () { onClick(button); });
            return button;
        }

        /** The note / reason form under a gate: a labelled text area, its error slot, submit and cancel. */
        function inlineForm(slot, opener, gateError, gate, options) {
            ui.clear(slot);
            opener.hidden = true;
            var id = ui.uid('prodops-gate-' + options.field);
            var errorId = id + '-error';
            var area = h('textarea', {id: id, className: 'textarea prodops-textarea', rows: '2', maxlength: '4000', 'data-field': options.field,
                'aria-describedby': errorId, required: options.required});
            var fieldError = h('p', {id: errorId, className: 'error prodops-field-error'});
            var submit = h('button', {type: 'submit', className: 'aui-button aui-button-primary prodops-gate-submit', text: t(options.submit)});
            var cancel = h('button', {type: 'button', className: 'aui-button aui-button-subtle prodops-gate-cancel', text: t('prodops.ui.cancel')});
            var form = h('form', {className: 'aui prodops-form prodops-gate-inline', novalidate: true}, [
                h('div', {className: 'field-group'}, [
                    h('label', {'for': id}, [t(options.label), options.required ? h('span', {className: 'prodops-required-mark', 'aria-hidden': 'true', text: ' *'}) : null]),
                    area,
                    fieldError
                ]),
                h('div', {className: 'buttons-container'}, [submit, ' ', cancel])
            ]);
            function close() {
                ui.clear(slot);
                opener.hidden = false;
                opener.focus();
            }
            cancel.addEventListener('click', close);
            form.addEventListener('keydown', function (event) {
                if (event.key === 'Escape') {
                    close();
                }
            });
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                fieldError.textContent = '';
                area.removeAttribute('aria-invalid');
                var value = area.value.trim();
                if (options.required && !value) {
                    area.setAttribute('aria-invalid', 'true');
                    fieldError.textContent = t('prodops.readypanel.required');
                    area.focus();
                    return;
                }
                var payload = {};
                payload[options.field] = value;
                write(submit, gateError, options.method, options.url, payload, gate, options.done, {field: options.field, input: area, slot: fieldError});
            });
            slot.appendChild(form);
            area.focus();
        }

        /** A sign-off / waiver call; on success the panel reloads, on failure the error shows in place. */
        function write(button, gateError, method, url, payload, gate, doneKey, formField) {
            button.disabled = true;
            ProdOps.showStatus(gateError, '', null);
            ProdOps.request(method, url, payload).then(function (r) {
                button.disabled = false;
                if (r.status >= 200 && r.status < 300) {
                    ui.announce(live, t(doneKey, gate.title || gate.key));
                    if (r.body && Array.isArray(r.body.gates)) {
                        show(r.body, gate.key); // the write answers with the new evaluation
                    } else {
                        load(gate.key);
                    }
                    return;
                }
                var placed = false;
                ui.fieldErrors(r).forEach(function (e) {
                    if (formField && (e.field === formField.field || !e.field)) {
                        formField.input.setAttribute('aria-invalid', 'true');
                        formField.slot.textContent = e.message;
                        placed = true;
                    }
                });
                ProdOps.showStatus(gateError, ui.errorMessage(r, t), 'error');
                (placed ? formField.input : button).focus();
            });
        }

        /* ------------------------------------------------------------ launch (standalone host) */

        function renderLaunch() {
            var status = h('div', {className: 'prodops-launch-result', role: 'status', id: ui.uid('prodops-launch-result')});
            var button = h('button', {type: 'button', className: 'aui-button aui-button-primary prodops-launch-button', text: t('prodops.readypanel.launch')});
            ui.clear(launchBlock).appendChild(h('div', {className: 'buttons-container'}, button));
            launchBlock.appendChild(status);
            button.addEventListener('click', function () {
                button.disabled = true;
                ui.clear(status);
                ProdOps.request('POST', launchUrl, {}).then(function (r) {
                    button.disabled = false;
                    if (r.status >= 200 && r.status < 300) {
                        var newStatus = r.body && (r.body.status || r.body.toStatus || (r.body.issue && r.body.issue.status)) || '';
                        status.appendChild(h('p', {className: 'prodops-message is-success prodops-launch-done'}, [
                            h('span', {'aria-hidden': 'true', text: '\u2713 '}), t('prodops.readypanel.launch.done', newStatus)]));
                        status.setAttribute('tabindex', '-1');
                        status.focus();
                        button.hidden = true; // launched: the workflow offers Launch no more
                        var hostStatus = global.document.getElementById('issue-status');
                        if (hostStatus && newStatus) {
                            var hostText = hostStatus.querySelector('.host-status');
                            (hostText || hostStatus).textContent = newStatus;
                        }
                        load(null);
                        loadHistory();
                        return;
                    }
                    status.appendChild(refusal(r));
                    status.setAttribute('tabindex', '-1');
                    status.focus();
                });
            });
        }

        /** The refused launch: the server's message and each failing gate with its reason. */
        function refusal(r) {
            var b = r.body || {};
            var failing = Array.isArray(b.gates) ? b.gates : Array.isArray(b.failures) ? b.failures : Array.isArray(b.blocking) ? b.blocking : [];
            failing = failing.filter(function (g) { return !g.status || (g.status !== 'PASS' && g.status !== 'WAIVED'); });
            var errors = ui.fieldErrors(r);
            // with the failing gates listed, the server's message (the same list as one text) would only repeat them
            var heading = failing.length ? t('prodops.readypanel.launch.refused.gates') : t('prodops.readypanel.launch.refused', ui.errorMessage(r, t));
            return h('div', {className: 'prodops-message is-error prodops-launch-refused', role: 'alert'}, [
                h('p', null, [h('span', {'aria-hidden': 'true', text: '\u26A0 '}), heading]),
                failing.length ? h('ul', {className: 'prodops-launch-reasons'}, failing.map(function (g) {
                    return h('li', {'data-gate': g.key || g.gateKey || ''}, [h('strong', {text: (g.title || g.key || g.gateKey || '') + ': '})].concat(linked(g.reason || g.message || '')));
                })) : null,
                errors.length ? h('ul', {className: 'prodops-launch-reasons'}, errors.map(function (e) {
                    return h('li', null, linked((e.field ? e.field + ': ' : '') + e.message));
                })) : null
            ]);
        }

        /* ------------------------------------------------------------ launch history */

        function loadHistory() {
            return ProdOps.request('GET', readinessUrl('/snapshots')).then(function (r) {
                ui.clear(history);
                if (r.status === 404) {
                    return; // no gate set applies: nothing was ever launched through one
                }
                var details = h('details', {className: 'prodops-history-details'}, h('summary', {text: t('prodops.readypanel.history')}));
                history.appendChild(details);
                if (r.status !== 200) {
                    details.appendChild(h('p', {className: 'prodops-status is-error', text: t('prodops.readypanel.history.error', ui.errorMessage(r, t))}));
                    return;
                }
                var snapshots = ui.listOf(r.body);
                if (!snapshots.length && r.body && Array.isArray(r.body.snapshots)) {
                    snapshots = r.body.snapshots;
                }
                if (!snapshots.length) {
                    details.appendChild(h('p', {className: 'prodops-meta prodops-history-none', text: t('prodops.readypanel.history.none')}));
                    return;
                }
                details.appendChild(h('ol', {className: 'prodops-snapshots'}, snapshots.map(snapshotItem)));
            });
        }

        function snapshotItem(snapshot) {
            var who = snapshot.user || snapshot.launchedBy || snapshot.recordedBy || snapshot.by;
            var when = snapshot.takenAt || snapshot.launchedAt || snapshot.recordedAt || snapshot.at;
            var gateset = snapshot.gateset || {};
            return h('li', {className: 'prodops-snapshot'}, [
                h('p', {className: 'prodops-snapshot-head'}, [
                    ui.lozenge(snapshot.ready ? 'READY' : 'NOT_READY', t, 'prodops-lozenge-small'), ' ',
                    h('span', {className: 'prodops-snapshot-by', text: t('prodops.readypanel.history.by', ui.userName(who), when ? ui.timeText(when) : '')}),
                    snapshot.transitionName || snapshot.transition ? h('span', {className: 'prodops-meta prodops-snapshot-transition', text: ' \u00B7 ' + (snapshot.transitionName || snapshot.transition)}) : null,
                    gateset.key ? h('span', {className: 'prodops-meta', text: ' \u00B7 ' + t('prodops.readypanel.gateset', gateset.name || gateset.key,
                        gateset.version === undefined ? '' : gateset.version)}) : null
                ]),
                h('ul', {className: 'prodops-snapshot-gates'}, (snapshot.gates || []).map(function (gate) {
                    return h('li', {'data-gate': gate.key || ''}, [
                        ui.lozenge(gate.status, t, 'prodops-lozenge-small'), ' ',
                        h('span', {text: gate.title || gate.key}),
                        gate.waivedBy ? h('span', {className: 'prodops-meta', text: ' \u00B7 ' + t('prodops.readypanel.waived', ui.userName(gate.waivedBy), '')}) : null,
                        gate.signedOffBy ? h('span', {className: 'prodops-meta', text: ' \u00B7 ' + t('prodops.readypanel.signedoff', ui.userName(gate.signedOffBy), '')}) : null
                    ]);
                }))
            ]);
        }

        /* ------------------------------------------------------------ loading */

        function load(focusGate) {
            body.setAttribute('aria-busy', 'true');
            return ProdOps.request('GET', readinessUrl('')).then(function (r) {
                if (r.status === 200) {
                    show(r.body, focusGate);
                } else if (r.status === 404 && r.body && r.body.error === 'NO_GATESET') {
                    ui.clear(body).appendChild(h('p', {className: 'prodops-meta prodops-readiness-none', text: t('prodops.readypanel.none')}));
                    body.setAttribute('aria-busy', 'false');
                } else {
                    ui.clear(body).appendChild(h('p', {className: 'prodops-status is-error', text: t('prodops.readypanel.error', ui.errorMessage(r, t))}));
                    body.setAttribute('aria-busy', 'false');
                }
            });
        }

        if (launchUrl) {
            renderLaunch();
        }
        load(null);
        loadHistory();
    }

    function init() {
        Array.prototype.forEach.call(global.document.querySelectorAll('.prodops-readiness-panel'), panel);
    }

    ui.onReady(init);
    // Jira's issue view replaces the issue content without a page load (issue navigator, detail view): look again then
    if (global.JIRA && global.JIRA.Events && global.JIRA.bind) {
        global.JIRA.bind(global.JIRA.Events.NEW_CONTENT_ADDED, init);
    }
    ProdOps.readinessPanel = {init: init};
})(window);
