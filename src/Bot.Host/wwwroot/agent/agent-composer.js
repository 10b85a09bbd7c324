// The composer: message or internal note, canned responses, Enter to send, and the agent's typing sent to the customer
// (at most every 2.5 s; the customer's Web Chat shows its typing indicator).
(() => {
  'use strict';

  const { t } = window.agentDesk;

  function bind(ui, state, actions) {
    ui.cannedInsert.addEventListener('click', () => {
      const canned = state.canned.find((c) => String(c.id) === ui.cannedSelect.value);
      if (canned) {
        ui.text.value = ui.text.value ? `${ui.text.value} ${canned.text}` : canned.text;
        ui.text.focus();
      }
    });
    ui.noteMode.addEventListener('change', () => {
      ui.text.placeholder = t(ui.noteMode.checked ? 'typeNote' : 'typeMessage');
      ui.send.textContent = t(ui.noteMode.checked ? 'addNote' : 'send');
      ui.composer.classList.toggle('composer--note', ui.noteMode.checked);
    });
    ui.text.addEventListener('input', () => {
      if (!state.current || !state.hub || ui.noteMode.checked || Date.now() - state.typingSentAt < 2500) {
        return;
      }
      state.typingSentAt = Date.now();
      state.hub.invoke('Typing', state.current.entry.escalationId).catch(() => null);
    });
    ui.text.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        ui.composer.requestSubmit();
      }
    });
    ui.composer.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = ui.text.value.trim();
      if (text && state.current) {
        actions.send(text);
      }
    });
  }

  window.agentDeskComposer = { bind };
})();
