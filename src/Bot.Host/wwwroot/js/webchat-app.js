// Web chat page: gets a Direct Line token from this host, connects Web Chat to the host's own
// Direct Line endpoint and keeps the conversation across reloads (token + conversation id in sessionStorage).
(() => {
  'use strict';

  const storageKeys = {
    token: 'botHost.webChat.token',
    conversationId: 'botHost.webChat.conversationId',
    locale: 'botHost.webChat.locale',
  };
  const locales = ['en-US', 'zh-CN'];
  const texts = {
    'en-US': {
      language: 'Language',
      chat: 'Chat',
      connectFailed: 'The chat could not connect. Please reload the page to try again.',
    },
    'zh-CN': {
      language: '语言',
      chat: '聊天',
      connectFailed: '聊天无法连接。请刷新页面重试。',
    },
  };

  const elements = {
    title: document.getElementById('chat-title'),
    botName: document.getElementById('chat-bot-name'),
    languageLabel: document.getElementById('language-label'),
    language: document.getElementById('language'),
    error: document.getElementById('chat-error'),
    webChat: document.getElementById('webchat'),
  };

  const storage = {
    get(key) {
      try {
        return window.sessionStorage.getItem(key);
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        window.sessionStorage.setItem(key, value);
      } catch {
        // Storage can be disabled (private mode, policy); the chat still works, it just will not survive a reload.
      }
    },
  };

  async function postJson(url, body) {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(`${url} answered ${response.status}`);
    }
    return response.json();
  }

  async function getConfig() {
    const response = await fetch('/webchat/config.json', { headers: { Accept: 'application/json' } });
    if (!response.ok) {
      throw new Error(`/webchat/config.json answered ${response.status}`);
    }
    return response.json();
  }

  // A still-valid previous token is exchanged for a fresh one on the same conversation;
  // if the host refuses it (expired, unknown), start over with a new conversation.
  async function getSession() {
    const previousToken = storage.get(storageKeys.token);
    if (previousToken) {
      try {
        return await postJson('/api/webchat/token', { token: previousToken });
      } catch {
        // Fall through to a new conversation.
      }
    }
    return postJson('/api/webchat/token', {});
  }

  function initialLocale() {
    const saved = storage.get(storageKeys.locale);
    if (locales.includes(saved)) {
      return saved;
    }
    const preferred = (navigator.language || '').toLowerCase();
    return preferred.startsWith('zh') ? 'zh-CN' : 'en-US';
  }

  // Readable text on a coloured bubble: black or white, whichever contrasts more (WCAG relative luminance).
  function textColorOn(hex) {
    const digits = hex.length === 4 ? hex.slice(1).replace(/./g, '$&$&') : hex.slice(1);
    const [r, g, b] = [0, 2, 4].map(i => {
      const c = parseInt(digits.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    return luminance > 0.179 ? '#000000' : '#ffffff';
  }

  function styleOptionsFrom(config) {
    const onPrimary = textColorOn(config.primaryColor);
    const options = {
      accent: config.accentColor,
      bubbleBorderRadius: 8,
      bubbleFromUserBorderRadius: 8,
      bubbleFromUserBackground: config.primaryColor,
      bubbleFromUserTextColor: onPrimary,
      bubbleFromUserBorderColor: config.primaryColor,
      botAvatarBackgroundColor: config.primaryColor,
      userAvatarBackgroundColor: config.accentColor,
      suggestedActionBorderColor: config.accentColor,
      suggestedActionTextColor: config.accentColor,
      hideUploadButton: true,
    };
    if (config.botAvatarInitials) {
      options.botAvatarInitials = config.botAvatarInitials;
    }
    if (config.botAvatarImageUrl) {
      options.botAvatarImage = config.botAvatarImageUrl;
    }
    if (config.userAvatarInitials) {
      options.userAvatarInitials = config.userAvatarInitials;
    }
    return options;
  }

  function applyBranding(config) {
    document.title = config.title;
    elements.title.textContent = config.title;
    elements.botName.textContent = config.botName;
    const root = document.documentElement.style;
    root.setProperty('--brand-primary', config.primaryColor);
    root.setProperty('--brand-on-primary', textColorOn(config.primaryColor));
    root.setProperty('--brand-accent', config.accentColor);
  }

  function applyLocaleToPage(locale) {
    document.documentElement.lang = locale;
    elements.language.value = locale;
    elements.languageLabel.textContent = texts[locale].language;
    elements.webChat.setAttribute('aria-label', texts[locale].chat);
  }

  function showError(locale) {
    elements.error.textContent = texts[locale].connectFailed;
    elements.error.hidden = false;
  }

  async function start() {
    let locale = initialLocale();
    applyLocaleToPage(locale);

    let config;
    let session;
    try {
      [config, session] = await Promise.all([getConfig(), getSession()]);
    } catch (error) {
      console.warn('Web chat start-up failed', error);
      showError(locale);
      return;
    }
    applyBranding(config);

    // Same conversation as before the reload: pass its id so Direct Line reconnects and replays the history.
    const resuming = session.conversationId === storage.get(storageKeys.conversationId);
    storage.set(storageKeys.token, session.token);
    storage.set(storageKeys.conversationId, session.conversationId);

    const directLine = window.WebChat.createDirectLine({
      token: session.token,
      conversationId: resuming ? session.conversationId : undefined,
      domain: `${window.location.origin}/v3/directline`,
      webSocket: true,
    });

    // Direct Line refreshes its token itself; keep the newest one for the next reload.
    window.addEventListener('pagehide', () => {
      if (directLine.token) {
        storage.set(storageKeys.token, directLine.token);
      }
    });

    const styleOptions = styleOptionsFrom(config);
    // Web Chat refuses a userID prop starting with dl_ (such ids may only come from inside the token).
    const userID = session.userId && !session.userId.startsWith('dl_') ? session.userId : undefined;
    const render = () =>
      window.WebChat.renderWebChat(
        { directLine, userID, locale, styleOptions, sendTypingIndicator: true },
        elements.webChat,
      );

    elements.language.addEventListener('change', () => {
      if (!locales.includes(elements.language.value)) {
        return;
      }
      locale = elements.language.value;
      storage.set(storageKeys.locale, locale);
      applyLocaleToPage(locale);
      render();
    });

    render();
  }

  start();
})();
