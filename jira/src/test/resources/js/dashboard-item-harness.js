// Runs the dashboard item's AMD module in Node with a minimal DOM, fetch and dashboard item API (test only).
// Usage: node dashboard-item-harness.js <script> <scenario json>; prints {fetched, api, dom} as JSON.
'use strict';
const fs = require('fs');
const vm = require('vm');
const [scriptPath, scenarioJson] = process.argv.slice(2);
const scenario = JSON.parse(scenarioJson);

class Element {
    constructor(tag) {
        this.tagName = tag;
        this.children = [];
        this.attributes = {};
        this.ownText = '';
        this.className = '';
        this.listeners = {};
        const self = this;
        this.classList = {add(c) { self.className = (self.className + ' ' + c).trim(); }, remove() {}};
    }
    appendChild(child) { this.children.push(child); return child; }
    set textContent(value) { this.children = []; this.ownText = String(value); }
    get textContent() { return this.ownText + this.children.map(c => c.textContent).join(''); }
    setAttribute(name, value) { this.attributes[name] = String(value); }
    addEventListener(type, listener) { this.listeners[type] = listener; }
    get value() {
        if (this.tagName !== 'select') { return this._value; }
        const chosen = this.children.find(o => o.selected) || this.children[0];
        return chosen ? chosen.value : '';
    }
    set value(v) { this._value = v; }
}

const fetched = [];
const api = [];
const sandbox = {
    document: {createElement: tag => new Element(tag)},
    AJS: {I18n: {getText: (key, ...args) => key + (args.length ? '(' + args.join('|') + ')' : '')}},
    fetch: (url) => {
        fetched.push(url);
        const reply = scenario.responses[url] || {status: 404, body: {message: 'no such url in the scenario'}};
        return Promise.resolve({status: reply.status, text: () => Promise.resolve(reply.body === undefined ? '' : JSON.stringify(reply.body))});
    },
    Math, JSON, String, encodeURIComponent, Promise,
    define: (name, deps, factory) => { sandbox.defined = {name, deps, module: factory(() => '/jira')}; }
};
vm.createContext(sandbox);
vm.runInContext(fs.readFileSync(scriptPath, 'utf8'), sandbox);

const API = {
    isEditable: () => !!scenario.editable,
    savePreferences: (p) => api.push('savePreferences ' + JSON.stringify(p)),
    closeEdit: () => api.push('closeEdit'),
    showLoadingBar: () => api.push('showLoadingBar'),
    hideLoadingBar: () => api.push('hideLoadingBar'),
    resize: () => api.push('resize')
};
const Item = sandbox.defined.module;
const item = new Item(API);
const context = new Element('div');
item[scenario.method](scenario.jquery ? {jquery: '3', 0: context} : context, scenario.preferences);

function find(node, predicate) {
    if (predicate(node)) { return node; }
    for (const child of node.children) { const found = find(child, predicate); if (found) { return found; } }
    return null;
}
function serialize(node) {
    const out = {tag: node.tagName};
    if (node.className) { out.cls = node.className; }
    if (node.ownText) { out.text = node.ownText; }
    for (const key of ['href', 'title', 'type', 'name', 'htmlFor']) { if (node[key]) { out[key] = node[key]; } }
    if (node.tagName === 'option') { out.value = node.value; out.selected = !!node.selected; }
    if (node.disabled) { out.disabled = true; }
    if (Object.keys(node.attributes).length) { out.attrs = node.attributes; }
    if (node.children.length) { out.children = node.children.map(serialize); }
    return out;
}
setTimeout(() => {
    for (const action of scenario.actions || []) {
        if (action === 'submit') { find(context, n => n.tagName === 'form').listeners.submit({preventDefault() {}}); }
        if (action === 'cancel') { find(context, n => n.tagName === 'button' && n.type === 'button').listeners.click({}); }
        if (action.startsWith('choose ')) {
            const select = find(context, n => n.tagName === 'select');
            select.children.forEach(o => { o.selected = o.value === action.substring(7); });
        }
    }
    process.stdout.write(JSON.stringify({name: sandbox.defined.name, deps: sandbox.defined.deps, fetched, api, dom: serialize(context)}));
}, 20);
