/**
 * The fake XS2A App launcher, served as a classic script like Klarna's
 * `xs2a-app-launcher.js`: `window.onXS2AReady` (set before or after the script loads),
 * `XS2A.configure(options)`, `XS2A.startFlow(client_token, options)` with the documented
 * options and callbacks, and `XS2A.close()`. Its modal test bank advances the flow through the simulator's
 * `/xs2a-app/v1/flows/{id}` endpoints, authorized by the client_token, so the host's backend sees
 * the same state changes as with Klarna.
 *
 * Plain ES2017 in a string: it runs in the host page, not through the package's build.
 * (No template literals inside: the string is a raw template itself.) It builds its DOM with
 * `createElement` and styles it with a constructed stylesheet, so it runs on pages with a strict
 * CSP (no `unsafe-inline`) and Trusted Types enforced, as Klarna's launcher must.
 */
const source = String.raw`(function () {
  'use strict';
  if (window.XS2A && window.XS2A.isSimulator) return;

  var CALLBACKS = ['onLoad', 'onReady', 'onAbort', 'onError', 'onFinished', 'onClose'];
  var OPTION_TYPES = {
    appearanceMode: 'string', autoClose: 'boolean', hideTransitionOnFlowEnd: 'boolean',
    openPoliciesInNewWindow: 'boolean', psd2RedirectMethod: 'string', skipInitialLoader: 'boolean',
    theme: 'string|object', unfoldConsentDetails: 'boolean'
  };
  var BANK_CODES = ['00000', '88888888'];
  var POLL_MS = 300;
  var defaults = {};
  var running = null;

  var CSS = [
    ':host { all: initial; }',
    '.backdrop { position: fixed; inset: 0; z-index: 2147483000; display: grid; place-items: center; background: rgba(17, 17, 26, 0.55); font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }',
    '.dialog { --bg: #ffffff; --fg: #17171c; --muted: #55555f; --line: #c9c9d1; --accent: #0b5fff; --accent-ink: #ffffff; --error: #b00020; box-sizing: border-box; width: min(420px, calc(100vw - 24px)); max-height: calc(100vh - 24px); overflow: auto; background: var(--bg); color: var(--fg); border-radius: 14px; box-shadow: 0 18px 60px rgba(0, 0, 0, 0.35); padding: 20px 22px 18px; }',
    '.dialog[data-appearance="dark"] { --bg: #1d1d24; --fg: #f1f1f5; --muted: #b4b4c0; --line: #4a4a57; --accent: #7aa7ff; --accent-ink: #0c0c10; --error: #ff8a8a; }',
    '@media (prefers-color-scheme: dark) { .dialog[data-appearance="auto"] { --bg: #1d1d24; --fg: #f1f1f5; --muted: #b4b4c0; --line: #4a4a57; --accent: #7aa7ff; --accent-ink: #0c0c10; --error: #ff8a8a; } }',
    'header { display: flex; align-items: center; justify-content: space-between; gap: 12px; margin-bottom: 8px; }',
    'h2 { font-size: 18px; margin: 0; } h3 { font-size: 16px; margin: 8px 0 12px; }',
    '.badge { font-size: 12px; color: var(--muted); }',
    '.close { border: 0; background: transparent; color: var(--fg); font-size: 24px; line-height: 1; width: 40px; height: 40px; border-radius: 8px; cursor: pointer; }',
    'form { display: grid; gap: 6px; } label { font-weight: 600; margin-top: 6px; }',
    'input, select { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: 9px 10px; }',
    'input[aria-invalid="true"] { border-color: var(--error); }',
    'fieldset { border: 1px solid var(--line); border-radius: 8px; padding: 8px 12px; } legend { font-weight: 600; }',
    '.option { display: flex; gap: 8px; align-items: center; padding: 6px 0; font-weight: 400; }',
    'button.primary { margin-top: 12px; font: inherit; font-weight: 600; color: var(--accent-ink); background: var(--accent); border: 0; border-radius: 8px; padding: 11px 14px; cursor: pointer; }',
    'button:disabled { opacity: 0.6; cursor: progress; }',
    ':focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }',
    '.hint { color: var(--muted); font-size: 13px; margin: 2px 0; } .error { color: var(--error); font-weight: 600; margin: 4px 0; }',
    '.status { min-height: 1.4em; color: var(--muted); margin: 10px 0 0; }',
    'details { font-size: 13px; color: var(--muted); margin-top: 8px; } a { color: var(--accent); }',
    '.spinner { width: 28px; height: 28px; border: 3px solid var(--line); border-top-color: var(--accent); border-radius: 50%; margin: 18px auto; animation: spin 0.9s linear infinite; }',
    '@keyframes spin { to { transform: rotate(360deg); } } @media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }'
  ].join('\n');

  /** An element with attributes (true: present, false or null: absent) and children (strings become text). */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === false || value === null || value === undefined) return;
      node.setAttribute(name, value === true ? '' : String(value));
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === false) return;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }

  var sheet = null;
  /** A constructed stylesheet: CSP's style-src does not apply to it, unlike a <style> tag. */
  function adoptStyles(root) {
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
      }
      root.adoptedStyleSheets = [sheet];
    } else {
      root.appendChild(el('style', {}, [CSS]));
    }
  }

  function spinner() {
    return el('div', { 'class': 'spinner', 'aria-hidden': 'true' });
  }

  function checkOptions(options, where) {
    if (options === undefined || options === null) return {};
    if (typeof options !== 'object') throw new TypeError(where + ': options must be an object');
    Object.keys(options).forEach(function (name) {
      var value = options[name];
      if (value === undefined) return;
      if (CALLBACKS.indexOf(name) >= 0) {
        if (typeof value !== 'function') throw new TypeError(where + ': ' + name + ' must be a function');
        return;
      }
      var type = OPTION_TYPES[name];
      if (!type) return;
      if (type.split('|').indexOf(typeof value) < 0 || value === null) throw new TypeError(where + ': ' + name + ' must be a ' + type.replace('|', ' or '));
    });
    return options;
  }

  function decodeToken(token) {
    if (typeof token !== 'string') throw new TypeError('XS2A.startFlow: the client_token must be a string');
    var parts = token.split('.');
    var claims = null;
    if (parts.length === 3) {
      try { claims = JSON.parse(atob(parts[1].replace(/-/g, '+').replace(/_/g, '/'))); } catch (e) { claims = null; }
    }
    if (!claims || typeof claims.flow_id !== 'string' || !claims.urls || typeof claims.urls.app !== 'string') {
      throw new Error('XS2A.startFlow: the client_token is not a token of this test environment');
    }
    return claims;
  }

  function App(token, claims, options) {
    this.token = token;
    this.claims = claims;
    this.options = options;
    this.terminal = false;
    this.closed = false;
    this.timer = 0;
  }

  App.prototype.call = function (name, arg) {
    var fn = this.options[name];
    if (typeof fn !== 'function') return;
    try { if (arguments.length > 1) fn(arg); else fn(); } catch (error) { setTimeout(function () { throw error; }, 0); }
  };

  App.prototype.request = function (method, suffix, body) {
    var init = { method: method, headers: { authorization: 'Bearer ' + this.token } };
    if (body !== undefined) {
      init.headers['content-type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(this.claims.urls.app + suffix, init).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (payload) {
        return { ok: response.ok, status: response.status, payload: payload || {} };
      });
    });
  };

  App.prototype.mount = function () {
    var self = this;
    var host = document.createElement('div');
    host.setAttribute('data-xs2a-simulator', '');
    var root = host.attachShadow({ mode: 'open' });
    var mode = ['light', 'dark', 'auto'].indexOf(this.options.appearanceMode) >= 0 ? this.options.appearanceMode : 'light';
    adoptStyles(root);
    var close = el('button', { type: 'button', 'class': 'close', 'aria-label': 'Close' }, ['\u00d7']);
    this.body = el('div', { 'class': 'body' });
    this.status = el('p', { 'class': 'status', role: 'status', 'aria-live': 'polite' });
    root.appendChild(el('div', { 'class': 'backdrop' }, [
      el('div', { 'class': 'dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'xs2a-title', 'data-appearance': mode }, [
        el('header', {}, [
          el('div', {}, [el('h2', { id: 'xs2a-title' }, ['Connect your bank']), el('span', { 'class': 'badge' }, ['Test environment (simulator)'])]),
          close
        ]),
        this.body,
        this.status
      ])
    ]));
    this.host = host;
    this.root = root;
    this.previousFocus = document.activeElement;
    this.previousOverflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    close.addEventListener('click', function () { self.closeByUser(); });
    root.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') { event.preventDefault(); self.closeByUser(); }
      else if (event.key === 'Tab') self.trapFocus(event);
    });
    document.body.appendChild(host);
  };

  App.prototype.trapFocus = function (event) {
    var items = Array.prototype.filter.call(
      this.root.querySelectorAll('button, input, select, summary, a[href]'),
      function (el) { return !el.disabled && el.getClientRects().length > 0; });
    if (items.length === 0) return;
    var first = items[0];
    var last = items[items.length - 1];
    var active = this.root.activeElement;
    if (event.shiftKey && (active === first || !active)) { event.preventDefault(); last.focus(); }
    else if (!event.shiftKey && (active === last || !active)) { event.preventDefault(); first.focus(); }
  };

  App.prototype.say = function (text) { this.status.textContent = text; };

  /** Replaces the dialog's content with these nodes and focuses the first match of the selector. */
  App.prototype.render = function (nodes, focusSelector) {
    var body = this.body;
    body.textContent = '';
    nodes.forEach(function (node) { body.appendChild(node); });
    var target = this.body.querySelector(focusSelector || 'input, select, button');
    if (target) target.focus();
  };

  App.prototype.start = function () {
    var self = this;
    this.mount();
    if (!this.options.skipInitialLoader) this.render([spinner()]);
    this.say('Loading\u2026');
    this.request('GET', '').then(function (answer) {
      if (self.closed) return;
      if (!answer.ok) return self.fail(errorOf(answer));
      self.call('onLoad');
      self.show(answer.payload.data);
      self.call('onReady');
    }, function () { if (!self.closed) self.fail({ category: 'TECHNICAL', message: 'The test bank cannot be reached.' }); });
  };

  function errorOf(answer) {
    var error = answer.payload && answer.payload.error;
    return { category: 'TECHNICAL', message: (error && error.message) || ('The test bank answered ' + answer.status + '.') };
  }

  App.prototype.show = function (view) {
    var self = this;
    if (this.closed || !view) return;
    clearTimeout(this.timer);
    this.hint = view.hint || this.hint;
    switch (view.state) {
      case 'PROCESSING':
        this.render(view.decoupled ? [el('p', {}, ['Confirm the access in your banking app.']), spinner()] : [spinner()]);
        this.say(view.decoupled ? 'Waiting for your confirmation in the banking app\u2026' : 'Connecting to your bank\u2026');
        this.timer = setTimeout(function () { self.poll(); }, POLL_MS);
        return;
      case 'CONSUMER_INPUT_NEEDED':
        if (view.step === 'select-account') this.showAccounts(view.accounts || []);
        else if (view.step === 'otp') this.showOtp();
        else if (view.step === 'redirect') this.showRedirect();
        else if (view.login_error && this.bankCode) this.showLogin(this.country, this.bankCode, view.login_error);
        else this.showBank();
        return;
      case 'FINISHED': return this.finish();
      case 'EXCEPTION': return this.fail(view.error || { category: 'TECHNICAL', message: 'The flow failed.' });
      case 'ABORTED':
        this.terminal = true;
        this.call('onAbort');
        return this.teardown();
    }
  };

  App.prototype.poll = function () {
    var self = this;
    this.request('GET', '').then(function (answer) {
      if (self.closed) return;
      if (!answer.ok) return self.fail(errorOf(answer));
      self.show(answer.payload.data);
    }, function () { if (!self.closed) self.timer = setTimeout(function () { self.poll(); }, POLL_MS * 3); });
  };

  App.prototype.showBank = function () {
    var self = this;
    this.say('');
    var countries = [['DE', 'Germany'], ['AT', 'Austria'], ['NL', 'Netherlands'], ['SE', 'Sweden']];
    var form = el('form', { novalidate: true, 'data-step': 'bank' }, [
      el('h3', {}, ['Choose your bank']),
      el('label', { 'for': 'xs2a-country' }, ['Country']),
      el('select', { id: 'xs2a-country', name: 'country' }, countries.map(function (country, index) {
        return el('option', { value: country[0], selected: index === 0 }, [country[1]]);
      })),
      el('label', { 'for': 'xs2a-bank-code' }, ['Bank code or name']),
      el('input', { id: 'xs2a-bank-code', name: 'bank_code', inputmode: 'numeric', autocomplete: 'off', required: true, 'aria-describedby': 'xs2a-bank-hint xs2a-bank-error' }),
      el('p', { 'class': 'hint', id: 'xs2a-bank-hint' }, ['Test bank: 00000 or 88888888']),
      el('p', { 'class': 'error', id: 'xs2a-bank-error', hidden: true }),
      el('button', { type: 'submit', 'class': 'primary' }, ['Continue'])
    ]);
    this.render([form], '#xs2a-bank-code');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var input = form.elements.bank_code;
      var code = input.value.trim();
      if (BANK_CODES.indexOf(code) < 0) {
        var error = form.querySelector('.error');
        error.textContent = 'No test bank has this code. Use 00000 or 88888888.';
        error.hidden = false;
        input.setAttribute('aria-invalid', 'true');
        self.say(error.textContent);
        input.focus();
        return;
      }
      self.showLogin(form.elements.country.value, code);
    });
  };

  App.prototype.showLogin = function (country, bankCode, loginError) {
    var self = this;
    var newWindow = this.options.openPoliciesInNewWindow === true;
    this.country = country;
    this.bankCode = bankCode;
    this.say(loginError || '');
    var form = el('form', { novalidate: true, 'data-step': 'login' }, [
      el('h3', {}, ['Log in to Testbank (' + bankCode + ')']),
      el('label', { 'for': 'xs2a-username' }, ['Username']),
      el('input', { id: 'xs2a-username', name: 'username', autocomplete: 'username', required: true, 'aria-describedby': 'xs2a-login-hint xs2a-login-error' }),
      el('label', { 'for': 'xs2a-password' }, ['Password']),
      el('input', { id: 'xs2a-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true }),
      el('p', { 'class': 'hint', id: 'xs2a-login-hint' }, [this.hint || '']),
      el('p', { 'class': 'error', id: 'xs2a-login-error', hidden: !loginError }, [loginError || '']),
      el('details', { open: this.options.unfoldConsentDetails === true }, [
        el('summary', {}, ['Consent details']),
        el('p', {}, [
          'You allow the merchant to read your account details and transactions of the last 90 days once. ',
          el('a', { href: '#privacy', target: newWindow && '_blank', rel: newWindow && 'noopener' }, ['Privacy policy'])
        ])
      ]),
      el('button', { type: 'submit', 'class': 'primary' }, ['Log in'])
    ]);
    this.render([form], '#xs2a-username');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = form.querySelector('button[type="submit"]');
      var username = form.elements.username.value;
      var password = form.elements.password.value;
      var error = form.querySelector('.error');
      if (!username.trim() || !password) {
        error.textContent = 'Enter a username and a password.';
        error.hidden = false;
        self.say(error.textContent);
        return;
      }
      button.disabled = true;
      self.say('Logging in\u2026');
      self.request('POST', '/login', { country: country, bank_code: bankCode, username: username, password: password }).then(function (answer) {
        if (self.closed) return;
        var code = answer.payload.error && answer.payload.error.code;
        if (!answer.ok && (code === 'INVALID_CREDENTIALS' || code === 'INVALID_FORM' || code === 'BANK_NOT_FOUND')) {
          button.disabled = false;
          error.textContent = answer.payload.error.message;
          error.hidden = false;
          form.elements.username.setAttribute('aria-invalid', 'true');
          self.say(error.textContent);
          form.elements.username.focus();
          form.elements.username.select();
          return;
        }
        if (!answer.ok) return self.fail(errorOf(answer));
        self.show(answer.payload.data);
      }, function () { if (!self.closed) self.fail({ category: 'TECHNICAL', message: 'The test bank cannot be reached.' }); });
    });
  };

  /** Embedded SCA: the bank asks for a one-time password. */
  App.prototype.showOtp = function () {
    var self = this;
    this.say('Enter the one-time password.');
    var form = el('form', { novalidate: true, 'data-step': 'otp' }, [
      el('h3', {}, ['Confirm with a one-time password']),
      el('label', { 'for': 'xs2a-otp' }, ['One-time password (any value)']),
      el('input', { id: 'xs2a-otp', name: 'otp', inputmode: 'numeric', autocomplete: 'one-time-code', required: true }),
      el('button', { type: 'submit', 'class': 'primary' }, ['Confirm'])
    ]);
    this.render([form], '#xs2a-otp');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var otp = form.elements.otp.value.trim();
      if (!otp) return self.say('Enter the one-time password.');
      form.querySelector('button[type="submit"]').disabled = true;
      self.step('/otp', { otp: otp });
    });
  };

  /** Redirect SCA: the consumer confirms on the bank's own page, then comes back. */
  App.prototype.showRedirect = function () {
    var self = this;
    this.say('Confirm the access on your bank\u2019s page.');
    var button = el('button', { type: 'button', 'class': 'primary', 'data-action': 'redirect' }, ['Confirm at Testbank and return']);
    this.render([el('h3', {}, ['Your bank\u2019s page']), el('p', {}, ['Testbank asks you to confirm the access to your accounts.']), button], 'button[data-action="redirect"]');
    button.addEventListener('click', function () {
      button.disabled = true;
      self.step('/redirect');
    });
  };

  /** Posts one step of the flow and shows what follows. */
  App.prototype.step = function (suffix, body) {
    var self = this;
    this.request('POST', suffix, body).then(function (answer) {
      if (self.closed) return;
      if (!answer.ok) return self.fail(errorOf(answer));
      self.show(answer.payload.data);
    }, function () { if (!self.closed) self.fail({ category: 'TECHNICAL', message: 'The test bank cannot be reached.' }); });
  };

  App.prototype.showAccounts = function (accounts) {
    var self = this;
    var options = accounts.map(function (account, index) {
      return el('label', { 'class': 'option' }, [
        el('input', { type: 'radio', name: 'account', value: account.id, checked: index === 0 }),
        ' ' + account.name + ' ',
        el('span', { 'class': 'hint' }, [String(account.iban)])
      ]);
    });
    this.say('Choose an account.');
    var form = el('form', { 'data-step': 'select-account' }, [
      el('fieldset', {}, [el('legend', {}, ['Which account?'])].concat(options)),
      el('button', { type: 'submit', 'class': 'primary' }, ['Continue'])
    ]);
    this.render([form], 'input[type="radio"]');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var checked = form.querySelector('input[name="account"]:checked');
      if (!checked) return;
      form.querySelector('button[type="submit"]').disabled = true;
      self.step('/accounts', { account_ids: [checked.value] });
    });
  };

  /** The last view: a heading and a message, with a Close button unless the app closes itself. */
  App.prototype.end = function (title, message, isError) {
    var self = this;
    var nodes = [el('h3', {}, [title]), el('p', isError ? { 'class': 'error' } : {}, [message])];
    this.terminal = true;
    if (this.options.autoClose === false) {
      var done = el('button', { type: 'button', 'class': 'primary', 'data-action': 'done' }, ['Close']);
      done.addEventListener('click', function () { self.teardown(); });
      this.render(nodes.concat([done]), 'button[data-action="done"]');
      return;
    }
    if (this.options.hideTransitionOnFlowEnd) return this.teardown();
    this.render(nodes);
    this.timer = setTimeout(function () { self.teardown(); }, 700);
  };

  App.prototype.finish = function () {
    this.say('Your bank account is connected.');
    this.call('onFinished');
    if (!this.closed) this.end('Done', 'Your bank account is connected.', false);
  };

  App.prototype.fail = function (error) {
    if (this.terminal && this.closed) return;
    var detail = { category: String(error.category || 'TECHNICAL'), message: String(error.message || 'The flow failed.') };
    this.say(detail.message);
    this.call('onError', detail);
    if (!this.closed) this.end('Something went wrong', detail.message, true);
  };

  App.prototype.closeByUser = function () {
    var self = this;
    if (this.closed) return;
    if (this.terminal) return this.teardown();
    this.terminal = true;
    clearTimeout(this.timer);
    var done = function () { self.call('onAbort'); self.teardown(); };
    this.request('POST', '/abort').then(done, done);
  };

  /** XS2A.close(): the page closes the app; a flow still waiting for the consumer is aborted. */
  App.prototype.closeByHost = function () {
    var self = this;
    if (this.closed) return;
    if (!this.terminal) {
      this.terminal = true;
      this.request('POST', '/abort').then(null, function () { /* the page closes the flow as well */ });
    }
    self.teardown();
  };

  App.prototype.teardown = function () {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer);
    this.host.remove();
    document.body.style.overflow = this.previousOverflow;
    if (this.previousFocus && typeof this.previousFocus.focus === 'function') this.previousFocus.focus();
    running = null;
    this.call('onClose');
  };

  /** Like Object.assign, but an undefined value does not erase a configured one. */
  function merge(target, source) {
    Object.keys(source || {}).forEach(function (name) { if (source[name] !== undefined) target[name] = source[name]; });
    return target;
  }

  var api = {
    isSimulator: true,
    configure: function (options) {
      checkOptions(options, 'XS2A.configure');
      defaults = merge(merge({}, defaults), options);
    },
    startFlow: function (token, options) {
      if (running) throw new Error('XS2A.startFlow: a flow is already running');
      var claims = decodeToken(token);
      var merged = merge(merge({}, defaults), checkOptions(options, 'XS2A.startFlow'));
      running = new App(token, claims, merged);
      running.start();
    },
    close: function () {
      if (running) running.closeByHost();
    }
  };

  var readyCallback = window.onXS2AReady;
  window.XS2A = api;
  try {
    // A page that assigns onXS2AReady after this script ran is called back at once.
    Object.defineProperty(window, 'onXS2AReady', {
      configurable: true,
      enumerable: true,
      get: function () { return readyCallback; },
      set: function (fn) {
        readyCallback = fn;
        if (typeof fn === 'function') Promise.resolve().then(function () { fn(); });
      }
    });
  } catch (e) { /* a non-configurable global: only the load-order-first case works */ }
  if (typeof readyCallback === 'function') {
    try { readyCallback(); } catch (error) { setTimeout(function () { throw error; }, 0); }
  }
})();
`;

export const launcherScript = (): string => source;
