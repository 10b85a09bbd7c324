// The cue for a new queue item: a short beep (WebAudio) and a flashing title, plus the visible banner in the page.
(() => {
  'use strict';

  const desk = window.agentDesk;
  let audio = null;
  let flashTimer = 0;

  // Browsers start audio only after a user gesture; the first click or key on the page unlocks it.
  function unlock() {
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!audio && Context) {
      audio = new Context();
    }
    if (audio && audio.state === 'suspended') {
      audio.resume().catch(() => {});
    }
  }

  function beep() {
    if (!audio || audio.state !== 'running') {
      return;
    }
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = 880;
    gain.gain.setValueAtTime(0.0001, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.25, audio.currentTime + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.35);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start();
    oscillator.stop(audio.currentTime + 0.4);
  }

  function flashTitle() {
    window.clearInterval(flashTimer);
    let flashes = 0;
    flashTimer = window.setInterval(() => {
      flashes += 1;
      document.title = flashes % 2 === 1 ? desk.t('newCustomerTitle') : desk.t('title');
      if (flashes >= 12 || (document.hasFocus() && flashes >= 4)) {
        window.clearInterval(flashTimer);
        document.title = desk.t('title');
      }
    }, 700);
  }

  function play(banner) {
    banner.textContent = desk.t('newCustomer');
    banner.hidden = false;
    banner.classList.remove('cue--flash');
    // Restart the CSS flash for every new item.
    void banner.offsetWidth;
    banner.classList.add('cue--flash');
    beep();
    flashTitle();
  }

  document.addEventListener('pointerdown', unlock, { capture: true });
  document.addEventListener('keydown', unlock, { capture: true });

  window.agentDeskCue = { play };
})();
