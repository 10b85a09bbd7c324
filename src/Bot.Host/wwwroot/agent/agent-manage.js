// Supervisors manage canned responses; admins create accounts (the generated password is shown once).
(() => {
  'use strict';

  const desk = window.agentDesk;
  const { t, label, el, clear, show, api } = desk;
  const $ = (id) => document.getElementById(id);
  const ui = {
    supervisor: $('supervisor'), list: $('canned-list'), form: $('canned-form'), id: $('canned-id'), title: $('canned-title'),
    language: $('canned-language'), text: $('canned-text'), fresh: $('canned-new'), admin: $('admin'), agentForm: $('agent-form'),
    agentUser: $('agent-user'), agentName: $('agent-name'), agentRole: $('agent-role'), agentCapacity: $('agent-capacity'), agentTeams: $('agent-teams'),
    agentCreated: $('agent-created'), agentList: $('agent-list'), error: $('desk-error'),
  };
  let hooks = { onCannedChanged: async () => {}, onAgentsChanged: async () => [] };

  function fail(answer) {
    const title = answer.json && answer.json.title ? answer.json.title : String(answer.status);
    ui.error.textContent = t('actionFailed', title);
    show(ui.error, true);
  }

  function edit(canned) {
    ui.id.value = canned ? String(canned.id) : '';
    ui.title.value = canned ? canned.title : '';
    ui.language.value = canned ? canned.language : desk.language;
    ui.text.value = canned ? canned.text : '';
    ui.title.focus();
  }

  async function loadCanned() {
    const answer = await api('GET', '/agent/api/canned');
    clear(ui.list);
    for (const canned of answer.ok ? answer.json : []) {
      const item = el('li', 'manage__item');
      const editButton = el('button', null, t('edit'));
      editButton.type = 'button';
      editButton.addEventListener('click', () => edit(canned));
      const deleteButton = el('button', null, t('delete'));
      deleteButton.type = 'button';
      deleteButton.addEventListener('click', async () => {
        const deleted = await api('DELETE', `/agent/api/canned/${canned.id}`);
        if (!deleted.ok) {
          fail(deleted);
        }
        await loadCanned();
        await hooks.onCannedChanged();
      });
      item.append(el('strong', null, canned.title), el('span', 'muted', ` (${canned.language}) `), el('span', 'manage__text', canned.text),
        editButton, deleteButton);
      ui.list.append(item);
    }
  }

  ui.form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = { title: ui.title.value, text: ui.text.value, language: ui.language.value };
    const answer = ui.id.value
      ? await api('PUT', `/agent/api/canned/${encodeURIComponent(ui.id.value)}`, body)
      : await api('POST', '/agent/api/canned', body);
    if (!answer.ok) {
      fail(answer);
      return;
    }
    edit(null);
    await loadCanned();
    await hooks.onCannedChanged();
  });
  ui.fresh.addEventListener('click', () => edit(null));

  function renderAgents(agents) {
    clear(ui.agentList);
    for (const agent of agents) {
      ui.agentList.append(el('li', 'manage__item',
        `${agent.displayName} (${agent.userName}) · ${label('role', agent.role)} · ${label('presence', agent.presence)}`
        + (agent.teamsAadObjectId ? ` · ${t('teamsLinked')} ${agent.teamsAadObjectId}` : '')));
    }
  }

  ui.agentForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    show(ui.agentCreated, false);
    const checked = (name) => [...document.querySelectorAll(`input[name="${name}"]:checked`)].map((box) => box.value);
    const answer = await api('POST', '/agent/api/agents', {
      userName: ui.agentUser.value,
      displayName: ui.agentName.value,
      role: ui.agentRole.value,
      skills: checked('agent-skill'),
      languages: checked('agent-language'),
      capacity: Number(ui.agentCapacity.value) || 3,
      teamsAadObjectId: ui.agentTeams.value.trim() || null,
    });
    if (!answer.ok) {
      fail(answer);
      return;
    }
    const created = answer.json;
    ui.agentCreated.textContent = created.generatedPassword
      ? t('created', created.agent.userName, created.generatedPassword)
      : t('createdNoPassword', created.agent.userName);
    show(ui.agentCreated, true);
    ui.agentUser.value = '';
    ui.agentName.value = '';
    ui.agentTeams.value = '';
    renderAgents(await hooks.onAgentsChanged());
  });

  async function start(me, callbacks) {
    hooks = callbacks;
    show(ui.supervisor, Boolean(me.isSupervisor));
    show(ui.admin, Boolean(me.isAdmin));
    if (me.isSupervisor) {
      edit(null);
      await loadCanned();
    }
    if (me.isAdmin) {
      renderAgents(await hooks.onAgentsChanged());
    }
  }

  window.agentDeskManage = { start };
})();
