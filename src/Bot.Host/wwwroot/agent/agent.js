// The agent desk: sign-in, the live queue and one conversation at a time over the SignalR hub at /agent/hub.
(() => {
  'use strict';

  const desk = window.agentDesk;
  const { t, option, clear, show, api } = desk;
  const $ = (id) => document.getElementById(id);
  const ui = {
    language: $('ui-language'), presenceField: $('presence-field'), presence: $('presence'), me: $('me'), logout: $('logout'),
    cue: $('cue'), error: $('desk-error'), login: $('login'), loginForm: $('login-form'), loginUser: $('login-user'),
    loginPassword: $('login-password'), loginError: $('login-error'), desk: $('desk'), queueList: $('queue-list'),
    queueEmpty: $('queue-empty'), queueCount: $('queue-count'), none: $('conversation-none'), body: $('conversation-body'),
    customer: $('conversation-customer'), state: $('conversation-state'), meta: $('conversation-meta'), claim: $('claim'),
    outcome: $('resolve-outcome'), resolve: $('resolve'), handBack: $('handback'), transferTarget: $('transfer-target'),
    transfer: $('transfer'), transcript: $('transcript'), typing: $('customer-typing'), composer: $('composer'),
    text: $('composer-text'), noteMode: $('note-mode'), cannedSelect: $('canned-select'), cannedInsert: $('canned-insert'),
    send: $('send'), summary: $('case-summary'), shipments: $('case-shipments'), complaints: $('case-complaints'),
  };
  const presenceKey = 'botHost.agentDesk.presence';
  const state = { me: null, hub: null, queue: [], agents: [], outcomes: [], canned: [], current: null, lines: new Set(), typingSentAt: 0, typingTimer: 0 };

  function showError(text) {
    ui.error.textContent = text;
    show(ui.error, Boolean(text));
  }

  async function act(work) {
    try {
      showError('');
      await work();
    } catch (error) {
      showError(t('actionFailed', desk.errorText(error)));
    }
  }

  // The presence the agent chose lasts for the browser session; a fresh sign-in starts online.
  function chosenPresence() {
    let value = null;
    try {
      value = window.sessionStorage.getItem(presenceKey);
    } catch {
      value = null;
    }
    return ['Online', 'Away', 'Offline'].includes(value) ? value : 'Online';
  }

  // Sign-in
  function showLogin() {
    state.me = null;
    show(ui.login, true);
    show(ui.desk, false);
    show(ui.presenceField, false);
    show(ui.logout, false);
    ui.me.textContent = '';
    ui.loginUser.focus();
  }

  ui.loginForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    show(ui.loginError, false);
    const answer = await api('POST', '/agent/login', { userName: ui.loginUser.value, password: ui.loginPassword.value })
      .catch(() => ({ ok: false, status: 0, json: null }));
    ui.loginPassword.value = '';
    if (answer.ok) {
      await startDesk(answer.json);
      return;
    }
    const locked = answer.status === 429 || (answer.json && answer.json.type === 'locked-out');
    ui.loginError.textContent = locked ? t('lockedOut') : answer.status === 401 ? t('wrongCredentials') : t('signInFailed');
    show(ui.loginError, true);
  });

  ui.logout.addEventListener('click', async () => {
    await api('POST', '/agent/logout').catch(() => null);
    if (state.hub) {
      const hub = state.hub;
      state.hub = null;
      await hub.stop().catch(() => null);
    }
    state.current = null;
    showLogin();
  });

  async function startDesk(me) {
    state.me = me;
    ui.me.textContent = me.displayName;
    show(ui.login, false);
    show(ui.desk, true);
    show(ui.presenceField, true);
    show(ui.logout, true);
    ui.presence.value = chosenPresence();
    const [agents, outcomes] = await Promise.all([api('GET', '/agent/api/agents'), api('GET', '/agent/api/outcomes')]);
    state.agents = agents.ok ? agents.json : [];
    state.outcomes = outcomes.ok ? outcomes.json : [];
    fillChoices();
    window.agentDeskManage.start(me, { onCannedChanged: loadCanned, onAgentsChanged: loadAgents }).catch(() => null);
    await connect();
  }

  async function loadAgents() {
    const answer = await api('GET', '/agent/api/agents');
    state.agents = answer.ok ? answer.json : state.agents;
    fillChoices();
    renderQueue();
    return state.agents;
  }

  // The hub
  async function connect() {
    const hub = new signalR.HubConnectionBuilder()
      .withUrl('/agent/hub')
      .withAutomaticReconnect()
      .configureLogging(signalR.LogLevel.None)
      .build();
    hub.on('QueueChanged', () => refreshQueue());
    hub.on('NewQueueItem', () => {
      window.agentDeskCue.play(ui.cue);
      refreshQueue();
    });
    hub.on('ConversationLine', (escalationId, line) => {
      if (state.current && state.current.entry.escalationId === escalationId) {
        addLine(line);
        if (line.speaker === 'customer') {
          show(ui.typing, false);
        }
      }
    });
    hub.on('CustomerTyping', (escalationId) => {
      if (state.current && state.current.entry.escalationId === escalationId) {
        show(ui.typing, true);
        window.clearTimeout(state.typingTimer);
        state.typingTimer = window.setTimeout(() => show(ui.typing, false), 5000);
      }
    });
    hub.on('ConversationStateChanged', (escalationId) => {
      refreshQueue();
      if (state.current && state.current.entry.escalationId === escalationId) {
        openConversation(escalationId);
      }
    });
    hub.onreconnecting(() => {
      delete ui.desk.dataset.live;
      showError(t('connectionLost'));
    });
    hub.onreconnected(async () => {
      showError('');
      await hub.invoke('SetPresence', chosenPresence()).catch(() => null);
      await refreshQueue();
      ui.desk.dataset.live = 'true';
      if (state.current) {
        await openConversation(state.current.entry.escalationId);
      }
    });
    hub.onclose(() => {
      delete ui.desk.dataset.live;
      if (state.hub === hub) {
        showError(t('connectFailed'));
      }
    });
    state.hub = hub;
    try {
      await hub.start();
    } catch {
      state.hub = null;
      const session = await api('GET', '/agent/session').catch(() => ({ ok: false }));
      if (session.ok && !session.json.signedIn) {
        showLogin();
      } else {
        showError(t('connectFailed'));
      }
      return;
    }
    await act(() => hub.invoke('SetPresence', chosenPresence()));
    await refreshQueue();
    // Live: presence set and queue shown (what an automated check waits for).
    ui.desk.dataset.live = 'true';
  }

  ui.presence.addEventListener('change', () => {
    try {
      window.sessionStorage.setItem(presenceKey, ui.presence.value);
    } catch {
      // Without storage the choice lasts until the next reconnect.
    }
    act(() => state.hub.invoke('SetPresence', ui.presence.value));
  });

  // The queue
  async function refreshQueue() {
    if (!state.hub) {
      return;
    }
    try {
      state.queue = await state.hub.invoke('GetQueue');
      renderQueue();
    } catch (error) {
      showError(t('actionFailed', desk.errorText(error)));
    }
  }

  function renderQueue() {
    window.agentDeskQueue.render(ui, state, {
      open: (escalationId) => act(() => openConversation(escalationId)),
      claim: (escalationId) => act(() => claimConversation(escalationId)),
    });
  }

  window.setInterval(() => window.agentDeskQueue.tick(ui), 1000);

  async function claimConversation(escalationId) {
    await state.hub.invoke('Claim', escalationId);
    await openConversation(escalationId);
    await refreshQueue();
  }

  // One conversation
  async function openConversation(escalationId) {
    const view = await state.hub.invoke('OpenConversation', escalationId);
    const switched = !state.current || state.current.entry.escalationId !== escalationId;
    state.current = view;
    if (switched) {
      ui.text.value = '';
      show(ui.typing, false);
    }
    window.agentDeskConversation.render(view, ui, state);
    renderQueue();
    await loadCanned();
  }

  function addLine(line) {
    window.agentDeskConversation.addLine(line, ui, state);
  }

  async function loadCanned() {
    clear(ui.cannedSelect);
    if (!state.current) {
      return;
    }
    const answer = await api('GET', `/agent/api/conversations/${encodeURIComponent(state.current.entry.escalationId)}/canned`);
    state.canned = answer.ok ? answer.json : [];
    for (const canned of state.canned) {
      ui.cannedSelect.append(option(String(canned.id), `${canned.title} (${canned.language})`));
    }
    ui.cannedInsert.disabled = state.canned.length === 0;
  }

  function fillChoices() {
    window.agentDeskConversation.fillChoices(ui, state);
  }

  const current = () => state.current.entry.escalationId;

  ui.claim.addEventListener('click', () => act(() => claimConversation(current())));
  ui.resolve.addEventListener('click', () => act(async () => {
    await state.hub.invoke('Resolve', current(), ui.outcome.value);
    await openConversation(current());
  }));
  ui.handBack.addEventListener('click', () => act(async () => {
    await state.hub.invoke('HandBack', current());
    await openConversation(current());
    await refreshQueue();
  }));
  ui.transfer.addEventListener('click', () => act(async () => {
    const [kind, target] = ui.transferTarget.value.split(/:(.*)/s);
    await state.hub.invoke('Transfer', current(), kind === 'agent' ? target : null, kind === 'skill' ? target : null);
    await refreshQueue();
    await openConversation(current());
  }));
  window.agentDeskComposer.bind(ui, state, {
    send: (text) => act(async () => {
      await state.hub.invoke(ui.noteMode.checked ? 'AddNote' : 'Send', current(), text);
      ui.text.value = '';
      state.typingSentAt = 0;
      await openConversation(current());
    }),
  });

  ui.cue.addEventListener('click', () => show(ui.cue, false));

  ui.language.addEventListener('change', () => {
    desk.setLanguage(ui.language.value);
    ui.cue.textContent = t('newCustomer');
    fillChoices();
    renderQueue();
    if (state.current) {
      window.agentDeskConversation.render(state.current, ui, state);
    }
    ui.noteMode.dispatchEvent(new Event('change'));
  });

  async function init() {
    ui.language.value = desk.language;
    desk.applyTexts();
    const session = await api('GET', '/agent/session').catch(() => ({ ok: false }));
    const me = session.ok && session.json.signedIn ? await api('GET', '/agent/me').catch(() => ({ ok: false })) : { ok: false };
    if (me.ok) {
      await startDesk(me.json);
    } else {
      showLogin();
    }
  }

  init();
})();
