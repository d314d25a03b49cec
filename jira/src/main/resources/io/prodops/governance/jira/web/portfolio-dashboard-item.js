/*
 * Jira dashboard item "ProdOps portfolio health" (client-side AMD module named by <amd-module> in atlassian-plugin.xml).
 * Jira creates it with the dashboard item API and calls render(context, preferences) / renderEdit(context, preferences);
 * preferences are what renderEdit last passed to API.savePreferences (strings). API members used: savePreferences,
 * closeEdit, isEditable, showLoadingBar, hideLoadingBar, resize (Atlassian's dashboard item tutorial; see jira/README.md).
 *
 * Texts come from i18n/prodops.properties through Jira's jsI18n transformer, which replaces every
 * I18n getText call (its first argument must be a literal key) when the resource is served. All user text (view names, issue summaries,
 * reasons) is set with textContent: never parsed as HTML.
 */
define('prodops/portfolio-dashboard-item', ['wrm/context-path'], function (contextPath) {
    'use strict';

    var REST = '/rest/prodops/1.0/portfolio';
    var PAGE = '/plugins/servlet/prodops/portfolio';
    var COLORS = ['RED', 'AMBER', 'GREEN'];
    var TOP = 5;

    function base() {
        return typeof contextPath === 'function' ? contextPath() : (contextPath || '');
    }

    function text(key) {
        switch (key) {
            case 'RED': return AJS.I18n.getText('prodops.portfolio.gadget.health.RED');
            case 'AMBER': return AJS.I18n.getText('prodops.portfolio.gadget.health.AMBER');
            case 'GREEN': return AJS.I18n.getText('prodops.portfolio.gadget.health.GREEN');
            default: return String(key);
        }
    }

    function el(tag, className, content) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (content !== undefined && content !== null) {
            node.textContent = String(content);
        }
        return node;
    }

    function rootOf(context) {
        var node = context && context.jquery ? context[0] : context;
        node.textContent = '';
        var root = el('div', 'prodops-dash');
        node.appendChild(root);
        return root;
    }

    function getJson(url) {
        return fetch(url, {method: 'GET', credentials: 'same-origin', headers: {'Accept': 'application/json'}}).then(function (response) {
            return response.text().then(function (body) {
                var parsed = null;
                try { parsed = body ? JSON.parse(body) : null; } catch (e) { parsed = null; }
                return {status: response.status, body: parsed};
            });
        }, function (error) {
            return {status: 0, body: {message: String(error && error.message || error)}};
        });
    }

    function problem(result) {
        return (result.body && result.body.message) || ('HTTP ' + result.status);
    }

    function pageUrl(viewId) {
        return base() + PAGE + (viewId ? '?view=' + encodeURIComponent(viewId) : '');
    }

    function portfolioUrl(viewId) {
        return base() + REST + '?' + (viewId ? 'view=' + encodeURIComponent(viewId) + '&' : '') + 'size=' + TOP + '&sort=health,desc';
    }

    function link(href, label) {
        var a = el('a', null, label);
        a.href = href;
        return a;
    }

    function message(root, content, kind) {
        var p = el('p', 'prodops-dash-message' + (kind ? ' is-' + kind : ''), content);
        if (kind === 'error') {
            p.setAttribute('role', 'alert');
        }
        root.appendChild(p);
        return p;
    }

    /** Counts per colour: the colour's name and number are text; the swatch only repeats them. */
    function summary(root, totals) {
        var health = (totals && totals.health) || {};
        root.appendChild(el('p', 'prodops-dash-total', AJS.I18n.getText('prodops.portfolio.gadget.summary', (totals && totals.count) || 0)));
        var list = el('ul', 'prodops-dash-counts');
        list.setAttribute('aria-label', AJS.I18n.getText('prodops.portfolio.gadget.counts'));
        COLORS.forEach(function (color) {
            var item = el('li', 'prodops-dash-count prodops-dash-' + color.toLowerCase());
            item.appendChild(el('span', 'prodops-dash-swatch')).setAttribute('aria-hidden', 'true');
            item.appendChild(el('span', 'prodops-dash-count-label', text(color)));
            item.appendChild(el('strong', 'prodops-dash-count-value', health[color] || 0));
            list.appendChild(item);
        });
        root.appendChild(list);
    }

    function atRisk(root, rows) {
        var risky = (rows || []).filter(function (row) {
            return row && row.health && (row.health.color === 'RED' || row.health.color === 'AMBER');
        });
        root.appendChild(el('h4', 'prodops-dash-heading', AJS.I18n.getText('prodops.portfolio.gadget.atrisk')));
        if (!risky.length) {
            message(root, AJS.I18n.getText('prodops.portfolio.gadget.none.atrisk'));
            return;
        }
        var list = el('ol', 'prodops-dash-rows');
        risky.forEach(function (row) {
            var item = el('li', 'prodops-dash-row prodops-dash-' + row.health.color.toLowerCase());
            var badge = el('span', 'prodops-dash-badge', text(row.health.color));
            item.appendChild(badge);
            // the link is built from the key, never taken from the response as a URL
            item.appendChild(link(base() + '/browse/' + encodeURIComponent(row.issueKey), row.issueKey + ' ' + (row.summary || '')));
            var reasons = (row.health.reasons || []).filter(Boolean);
            if (reasons.length) {
                item.title = reasons.join('\n');
                item.appendChild(el('div', 'prodops-dash-reason', reasons[0]));
            }
            list.appendChild(item);
        });
        root.appendChild(list);
    }

    var DashboardItem = function (API) {
        this.API = API;
    };

    DashboardItem.prototype.render = function (context, preferences) {
        var self = this;
        var prefs = preferences || {};
        if (!prefs.configured && self.API.isEditable && self.API.isEditable()) {
            self.renderEdit(context, prefs);
            return;
        }
        var root = rootOf(context);
        var viewId = prefs.viewId || '';
        self.API.showLoadingBar();
        getJson(portfolioUrl(viewId)).then(function (result) {
            self.API.hideLoadingBar();
            if (result.status === 401) {
                message(root, AJS.I18n.getText('prodops.portfolio.gadget.error.login'), 'error');
            } else if (result.status !== 200 || !result.body) {
                message(root, AJS.I18n.getText('prodops.portfolio.gadget.error', problem(result)), 'error');
            } else {
                if (result.body.view && result.body.view.name) {
                    root.appendChild(el('p', 'prodops-dash-view', AJS.I18n.getText('prodops.portfolio.gadget.view.current', result.body.view.name)));
                }
                if (!result.body.totals || !result.body.totals.count) {
                    message(root, AJS.I18n.getText('prodops.portfolio.gadget.empty'));
                } else {
                    summary(root, result.body.totals);
                    atRisk(root, result.body.rows);
                    if (result.body.truncated) {
                        message(root, AJS.I18n.getText('prodops.portfolio.gadget.truncated'));
                    }
                }
            }
            var footer = el('p', 'prodops-dash-footer');
            footer.appendChild(link(pageUrl(viewId), AJS.I18n.getText('prodops.portfolio.gadget.open')));
            root.appendChild(footer);
            self.API.resize();
        });
    };

    DashboardItem.prototype.renderEdit = function (context, preferences) {
        var self = this;
        var prefs = preferences || {};
        var root = rootOf(context);
        var form = el('form', 'aui prodops-dash-form');
        var group = el('div', 'field-group');
        var select = el('select', 'select');
        select.id = 'prodops-dash-view-' + Math.random().toString(36).slice(2);
        select.name = 'viewId';
        var label = el('label', null, AJS.I18n.getText('prodops.portfolio.gadget.view.label'));
        label.htmlFor = select.id;
        var all = el('option', null, AJS.I18n.getText('prodops.portfolio.gadget.view.all'));
        all.value = '';
        select.appendChild(all);
        group.appendChild(label);
        group.appendChild(select);
        form.appendChild(group);
        var status = el('p', 'prodops-dash-message');
        status.setAttribute('aria-live', 'polite');
        form.appendChild(status);
        var buttons = el('div', 'buttons-container');
        var save = el('button', 'aui-button aui-button-primary', AJS.I18n.getText('prodops.portfolio.gadget.save'));
        save.type = 'submit';
        var cancel = el('button', 'aui-button aui-button-link', AJS.I18n.getText('prodops.portfolio.gadget.cancel'));
        cancel.type = 'button';
        buttons.appendChild(save);
        if (prefs.configured) {
            buttons.appendChild(cancel); // nothing to go back to before the first save
        }
        form.appendChild(buttons);
        root.appendChild(form);

        cancel.addEventListener('click', function () {
            self.API.closeEdit();
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.API.showLoadingBar();
            self.API.savePreferences({viewId: select.value, configured: 'true'});
        });

        save.disabled = true;
        getJson(base() + REST + '/views?size=200').then(function (result) {
            save.disabled = false;
            if (result.status !== 200 || !result.body) {
                status.textContent = AJS.I18n.getText('prodops.portfolio.gadget.error.views', problem(result));
                status.classList.add('is-error');
            } else {
                (result.body.items || []).forEach(function (view) {
                    var option = el('option', null, view.shared ? AJS.I18n.getText('prodops.portfolio.gadget.view.shared', view.name) : view.name);
                    option.value = String(view.id);
                    option.selected = String(view.id) === String(prefs.viewId || '');
                    select.appendChild(option);
                });
                if (prefs.viewId && select.value !== String(prefs.viewId)) {
                    status.textContent = AJS.I18n.getText('prodops.portfolio.gadget.view.gone');
                }
            }
            self.API.resize();
        });
        self.API.resize();
    };

    return DashboardItem;
});
