// Shared helpers of the agent desk: UI text, safe DOM building (text only, never HTML), time formats and the JSON API.
(() => {
  'use strict';

  const dictionary = window.agentDeskText;
  const storageKey = 'botHost.agentDesk.language';
  let language = 'en';

  function stored(key) {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  }

  function store(key, value) {
    try {
      window.localStorage.setItem(key, value);
    } catch {
      // Storage may be disabled; the choice then lasts for this page only.
    }
  }

  // A UI string with {0}, {1} … replaced; a missing key falls back to English, then to the key itself.
  function t(key, ...args) {
    const text = (dictionary[language] && dictionary[language][key]) ?? dictionary.en[key] ?? key;
    return text.replace(/\{(\d+)\}/g, (match, index) => (args[Number(index)] ?? match).toString());
  }

  // The label of a code (tier, reason, state …) or the code itself when the dictionary does not know it.
  function label(prefix, code) {
    const key = `${prefix}.${code}`;
    return dictionary.en[key] === undefined ? String(code ?? '') : t(key);
  }

  function applyTexts(root = document) {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    for (const element of root.querySelectorAll('[data-i18n]')) {
      element.textContent = t(element.dataset.i18n);
    }
    for (const element of root.querySelectorAll('[data-i18n-placeholder]')) {
      element.placeholder = t(element.dataset.i18nPlaceholder);
    }
    document.title = t('title');
  }

  function setLanguage(value) {
    language = value === 'zh' ? 'zh' : 'en';
    store(storageKey, language);
    applyTexts();
  }

  // Every piece of data goes in as textContent: a customer's "<img onerror=…>" stays text.
  function el(tag, className, text) {
    const element = document.createElement(tag);
    if (className) {
      element.className = className;
    }
    if (text !== undefined && text !== null) {
      element.textContent = String(text);
    }
    return element;
  }

  function option(value, text) {
    const element = document.createElement('option');
    element.value = value;
    element.textContent = text;
    return element;
  }

  function clear(element) {
    element.replaceChildren();
  }

  function show(element, visible) {
    element.hidden = !visible;
  }

  function duration(milliseconds) {
    const seconds = Math.max(0, Math.floor(milliseconds / 1000));
    const hours = Math.floor(seconds / 3600);
    const minutes = Math.floor((seconds % 3600) / 60);
    const rest = String(seconds % 60).padStart(2, '0');
    return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
  }

  function time(value) {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB');
  }

  // State-changing calls carry X-Agent-Desk (the host's CSRF check); answers are JSON or empty.
  async function api(method, url, body) {
    const headers = { Accept: 'application/json', 'X-Agent-Desk': '1' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { ok: response.ok, status: response.status, json };
  }

  // A hub error arrives as "HubException: code: message"; the code picks the UI text.
  function errorText(error) {
    const message = String(error && error.message ? error.message : error);
    const match = /(not-found|not-yours|invalid-state|invalid-input|delivery-failed|error):/.exec(message);
    return match ? t(`error.${match[1]}`) : t('error.error');
  }

  language = stored(storageKey) === 'zh' ? 'zh' : (navigator.language || '').toLowerCase().startsWith('zh') ? 'zh' : 'en';

  window.agentDesk = {
    t, label, applyTexts, setLanguage, el, option, clear, show, duration, time, api, errorText,
    get language() {
      return language;
    },
  };
})();
