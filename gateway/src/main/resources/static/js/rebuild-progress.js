// Follows a rebuild of monitoring's figures while it runs: asks monitoring-service (through the gateway) how far it
// got, twice a second, until it finished or failed.
(function () {
  const card = document.getElementById('rebuild-run');
  if (!card) {
    return;
  }
  const text = (id, value) => { document.getElementById(id).textContent = value; };
  const states = { RUNNING: 'идёт', FINISHED: 'завершена', FAILED: 'не завершилась' };
  function show(run) {
    document.getElementById('rebuild-bar').style.width = run.percent + '%';
    card.querySelector('.progress').setAttribute('aria-valuenow', run.percent);
    text('rebuild-status', 'Перестройка ' + (states[run.state] || run.state) + ': ' + run.percent + '%');
    text('rebuild-read', run.eventsRead);
    text('rebuild-total', run.eventsTotal === null || run.eventsTotal === undefined ? '…' : run.eventsTotal);
    text('rebuild-skipped', run.eventsSkipped);
    text('rebuild-rate', run.eventsPerSecond ? Math.round(run.eventsPerSecond).toLocaleString('ru-RU') : '—');
    const failure = document.getElementById('rebuild-failure');
    failure.textContent = run.failure || '';
    failure.hidden = !run.failure;
    if (run.state === 'RUNNING') {
      setTimeout(poll, 500);
    }
  }
  function poll() {
    fetch('/api/monitoring/rebuilds/' + encodeURIComponent(card.dataset.rebuild), { headers: { 'Accept': 'application/json' } })
      .then(response => response.ok ? response.json() : Promise.reject(response.status))
      .then(show)
      .catch(() => text('rebuild-status', 'Не удалось узнать ход перестройки: обновите страницу'));
  }
  poll();
})();
