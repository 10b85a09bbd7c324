// The queue list: reason, tier, who has it, position, priority, skill, language, channel, severity, the waiting time
// (ticking) and the bot's summary; every value set as text.
(() => {
  'use strict';

  const desk = window.agentDesk;
  const { t, label, el, clear, show } = desk;

  function owner(entry, state) {
    if (entry.state === 'Queued') {
      return label('state', 'Queued');
    }
    if (state.me && entry.assignedAgentId === state.me.agentId) {
      return t('assignedToYou');
    }
    const agent = state.agents.find((a) => a.agentId === entry.assignedAgentId);
    return t('assignedTo', agent ? agent.displayName : entry.assignedAgentId);
  }

  function button(className, text, onClick) {
    const element = el('button', className, text);
    element.type = 'button';
    element.addEventListener('click', onClick);
    return element;
  }

  function item(entry, state, handlers) {
    const row = el('li', `queue-item queue-item--${entry.state.toLowerCase()}`);
    row.dataset.id = entry.escalationId;
    if (state.current && state.current.entry.escalationId === entry.escalationId) {
      row.classList.add('queue-item--open');
    }
    const head = el('div', 'queue-item__head');
    head.append(
      el('strong', 'queue-item__reason', label('reason', entry.reason)),
      el('span', `badge tier tier--${entry.tier.toLowerCase()}`, label('tier', entry.tier)),
      el('span', 'badge', owner(entry, state)));
    const meta = el('div', 'queue-item__meta muted', [
      entry.state === 'Queued' ? t('position', entry.position) : null, t('priority', entry.priority), label('skill', entry.skill),
      label('language', entry.language), entry.channel, label('severity', entry.severity),
    ].filter(Boolean).join(' · '));
    const waiting = el('div', 'queue-item__waiting');
    waiting.dataset.since = entry.queuedAt;
    const actions = el('div', 'queue-item__actions');
    actions.append(button('queue-item__open', t('open'), () => handlers.open(entry.escalationId)));
    if (entry.state === 'Queued') {
      actions.append(button('queue-item__claim', t('claim'), () => handlers.claim(entry.escalationId)));
    }
    row.append(head, meta, waiting, el('p', 'queue-item__summary', entry.summary), actions);
    return row;
  }

  function tick(ui) {
    const now = Date.now();
    for (const element of ui.queueList.querySelectorAll('[data-since]')) {
      element.textContent = t('waiting', desk.duration(now - new Date(element.dataset.since).getTime()));
    }
  }

  // The cue banner goes once nobody waits any more.
  function render(ui, state, handlers) {
    clear(ui.queueList);
    const waiting = state.queue.filter((entry) => entry.state === 'Queued').length;
    ui.queueCount.textContent = String(waiting);
    if (waiting === 0) {
      show(ui.cue, false);
    }
    show(ui.queueEmpty, state.queue.length === 0);
    for (const entry of state.queue) {
      ui.queueList.append(item(entry, state, handlers));
    }
    tick(ui);
  }

  window.agentDeskQueue = { render, tick };
})();
