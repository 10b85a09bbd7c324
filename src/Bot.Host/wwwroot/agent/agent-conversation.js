// Renders one conversation: header, transcript (notes marked as internal), summary, shipments with their timeline and
// complaints. Every value is set as text.
(() => {
  'use strict';

  const desk = window.agentDesk;
  const { t, label, el, clear, show } = desk;

  function speaker(line) {
    if (line.speaker === 'agent' || line.speaker === 'note') {
      const who = line.agentName || label('speaker', 'agent');
      return line.speaker === 'note' ? `${label('speaker', 'note')} · ${who}` : who;
    }
    return label('speaker', line.speaker);
  }

  function addLine(line, ui, state) {
    if (state.lines.has(line.id)) {
      return;
    }
    state.lines.add(line.id);
    const item = el('li', `line line--${String(line.speaker).replace(/[^a-z]/g, '')}`);
    item.dataset.id = line.id;
    const head = el('div', 'line__head');
    head.append(el('span', 'line__speaker', speaker(line)), el('time', 'line__time', desk.time(line.at)));
    item.append(head, el('p', 'line__text', line.text));
    if (line.attachmentNames && line.attachmentNames.length > 0) {
      const files = el('ul', 'line__attachments');
      for (const name of line.attachmentNames) {
        files.append(el('li', null, name));
      }
      item.append(files);
    }
    const atBottom = ui.transcript.scrollHeight - ui.transcript.scrollTop - ui.transcript.clientHeight < 40;
    ui.transcript.append(item);
    if (atBottom) {
      ui.transcript.scrollTop = ui.transcript.scrollHeight;
    }
  }

  function renderShipments(view, target) {
    clear(target);
    const known = new Set(view.shipments.map((s) => s.trackingNumber));
    for (const shipment of view.shipments) {
      const box = el('div', 'shipment');
      const head = el('h4', 'shipment__head', `${shipment.trackingNumber} · ${shipment.stage}`);
      if (shipment.late) {
        head.append(' ', el('span', 'badge badge--warn', t('late')));
      }
      box.append(head, el('p', 'muted', t('promised', desk.time(shipment.promisedFrom), desk.time(shipment.promisedTo))));
      const timeline = el('ol', 'timeline');
      for (const event of shipment.timeline) {
        const step = el('li', 'timeline__event');
        step.append(el('time', 'muted', desk.time(event.at)), ' ', el('strong', null, event.stage), ' ', el('span', null, event.location));
        if (event.detail) {
          step.append(el('div', 'muted', event.detail));
        }
        timeline.append(step);
      }
      box.append(timeline);
      target.append(box);
    }
    for (const number of view.trackingNumbers.filter((n) => !known.has(n))) {
      target.append(el('p', 'shipment__number', number));
    }
    if (target.childElementCount === 0) {
      target.append(el('p', 'muted', t('none')));
    }
  }

  function renderComplaints(view, target) {
    clear(target);
    for (const complaint of view.complaints) {
      const box = el('div', 'complaint');
      box.append(
        el('h4', null, `${complaint.reference} · ${complaint.status}`),
        el('p', 'muted', `${complaint.category} · ${complaint.department} · ${t('promisedBy', desk.time(complaint.promisedBy))}`),
        el('p', 'complaint__description', complaint.description));
      if (complaint.desiredResolution) {
        box.append(el('p', null, t('desiredResolution', complaint.desiredResolution)));
      }
      if (complaint.latestUpdate) {
        box.append(el('p', null, t('latestUpdate', complaint.latestUpdate)));
      }
      target.append(box);
    }
    if (target.childElementCount === 0) {
      target.append(el('p', 'muted', t('none')));
    }
  }

  function render(view, ui, state) {
    const entry = view.entry;
    show(ui.none, false);
    show(ui.body, true);
    ui.customer.textContent = view.customerName || t('unknownCustomer');
    ui.state.textContent = label('state', entry.state);
    ui.state.dataset.state = entry.state;
    ui.meta.textContent = [label('reason', entry.reason), label('tier', entry.tier), label('skill', entry.skill),
      label('language', entry.language), entry.channel].join(' · ');

    const withAgent = entry.state === 'Assigned' || entry.state === 'Resolved';
    show(ui.claim, entry.state === 'Queued');
    ui.resolve.disabled = entry.state !== 'Assigned';
    ui.handBack.disabled = !withAgent;
    ui.transfer.disabled = !withAgent;

    clear(ui.transcript);
    state.lines = new Set();
    for (const line of view.transcript) {
      addLine(line, ui, state);
    }
    ui.transcript.scrollTop = ui.transcript.scrollHeight;
    ui.summary.textContent = view.summary || entry.summary || t('none');
    renderShipments(view, ui.shipments);
    renderComplaints(view, ui.complaints);
  }

  // The outcome codes and the transfer targets: a skill's queue, or another agent with their presence.
  function fillChoices(ui, state) {
    const outcome = ui.outcome.value;
    clear(ui.outcome);
    for (const code of state.outcomes) {
      ui.outcome.append(desk.option(code, label('outcome', code)));
    }
    if (outcome) {
      ui.outcome.value = outcome;
    }
    clear(ui.transferTarget);
    for (const skill of ['Tracking', 'Complaints', 'Billing']) {
      ui.transferTarget.append(desk.option(`skill:${skill}`, t('toSkill', label('skill', skill))));
    }
    for (const agent of state.agents.filter((a) => !a.disabled && (!state.me || a.agentId !== state.me.agentId))) {
      ui.transferTarget.append(desk.option(`agent:${agent.agentId}`, `${agent.displayName} (${label('presence', agent.presence)})`));
    }
  }

  window.agentDeskConversation = { render, addLine, fillChoices };
})();
