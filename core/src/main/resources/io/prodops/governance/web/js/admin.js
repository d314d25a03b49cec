/* ProdOps admin page: loads and saves app settings through /settings. All user text goes in with textContent. */
(function () {
    'use strict';

    function init() {
        var root = document.getElementById('prodops-admin');
        if (!root) {
            return;
        }
        var base = root.getAttribute('data-rest-base');
        var form = document.getElementById('prodops-settings-form');
        var input = document.getElementById('prodops-ops-group');
        var fieldError = document.getElementById('prodops-ops-group-error');
        var meta = document.getElementById('prodops-settings-meta');
        var status = document.getElementById('prodops-settings-status');
        var save = document.getElementById('prodops-settings-save');
        var revision = null;

        function show(settings) {
            revision = settings.revision;
            input.value = settings.opsGroup;
            meta.textContent = settings.updatedBy
                ? 'Last changed by ' + settings.updatedBy.displayName + ' at ' + new Date(settings.updatedAt).toLocaleString()
                : 'Default setting, never changed.';
        }

        if (!form) {
            return; // not a Jira admin: the page says who can change the setting
        }
        ProdOps.request('GET', base + '/settings').then(function (r) {
            if (r.status !== 200) {
                ProdOps.showStatus(status, (r.body && r.body.message) || 'Could not load the settings.', 'error');
                return;
            }
            show(r.body);
            input.disabled = false;
            save.disabled = false;
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            fieldError.textContent = '';
            input.removeAttribute('aria-invalid');
            save.disabled = true;
            ProdOps.request('PUT', base + '/settings', {opsGroup: input.value, revision: revision}).then(function (r) {
                save.disabled = false;
                if (r.status === 200) {
                    show(r.body);
                    ProdOps.showStatus(status, 'Saved.', 'success');
                } else if (r.status === 409) {
                    ProdOps.request('GET', base + '/settings').then(function (fresh) {
                        if (fresh.status === 200) { show(fresh.body); }
                    });
                    ProdOps.showStatus(status, 'Someone else changed this setting in the meantime. The current value is shown; apply your change again.', 'error');
                } else if (r.status === 400 && r.body && r.body.errors) {
                    r.body.errors.forEach(function (e) {
                        if (e.field === 'opsGroup') {
                            fieldError.textContent = 'Ops manager group ' + e.message + '.';
                            input.setAttribute('aria-invalid', 'true');
                        }
                    });
                    ProdOps.showStatus(status, 'Not saved: correct the highlighted field.', 'error');
                } else {
                    ProdOps.showStatus(status, (r.body && r.body.message) || 'Saving failed (HTTP ' + r.status + ').', 'error');
                }
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', init);
    } else {
        init();
    }
})();
