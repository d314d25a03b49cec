/* Shared browser helpers of ProdOps pages: JSON REST calls that follow docs/rest-conventions.md. */
(function (global) {
    'use strict';
    var ProdOps = global.ProdOps = global.ProdOps || {};

    /**
     * Calls the REST API; resolves to {status, body}. Writes send JSON (the API refuses form types), or the text of
     * {@code body} as is when a {@code contentType} is given (CSV uploads: text/csv).
     */
    function request(method, url, body, contentType) {
        var options = {method: method, credentials: 'same-origin', headers: {'Accept': 'application/json'}};
        if (body !== undefined) {
            options.headers['Content-Type'] = contentType || 'application/json';
            options.body = contentType ? String(body) : JSON.stringify(body);
        }
        return fetch(url, options).then(function (response) {
            return response.text().then(function (text) {
                var parsed = null;
                if (text) {
                    try { parsed = JSON.parse(text); } catch (e) { parsed = {error: 'UNREADABLE_RESPONSE', message: text}; }
                }
                return {status: response.status, body: parsed};
            });
        }, function (error) {
            return {status: 0, body: {error: 'NETWORK', message: String(error && error.message || error)}};
        });
    }

    /** Sets an element's text (never HTML) and a status class, so colour is never the only signal. */
    function showStatus(element, text, kind) {
        element.textContent = text || '';
        element.classList.remove('is-error', 'is-success');
        if (kind) {
            element.classList.add('is-' + kind);
        }
    }

    ProdOps.request = request;
    ProdOps.showStatus = showStatus;
})(window);
