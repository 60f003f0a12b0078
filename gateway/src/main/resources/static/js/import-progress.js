// Follows a base import while it runs: asks registry-service (through the gateway) how far it got.
(function () {
  const card = document.getElementById('import-job');
  if (!card) {
    return;
  }
  const jobId = card.dataset.job;
  const text = (id, value) => { document.getElementById(id).textContent = value; };
  function show(job) {
    const percent = job.total === 0 ? 100 : Math.round(job.done * 100 / job.total);
    document.getElementById('import-bar').style.width = percent + '%';
    card.querySelector('.progress').setAttribute('aria-valuenow', job.done);
    text('import-status', (job.finished ? 'Импорт завершён' : 'Импорт идёт…') + ': обработано ' + job.done + ' из ' + job.total);
    text('import-created', job.created);
    text('import-duplicates', job.duplicates);
    text('import-failed', job.failed);
    const body = document.querySelector('#import-outcomes tbody');
    body.replaceChildren(...job.outcomes.map(o => {
      const row = document.createElement('tr');
      const line = document.createElement('td');
      line.textContent = o.line;
      const problem = document.createElement('td');
      problem.textContent = o.problem;
      row.append(line, problem);
      return row;
    }));
    if (!job.finished) {
      setTimeout(poll, 500);
    }
  }
  function poll() {
    fetch('/api/registry/imports/' + encodeURIComponent(jobId), { headers: { 'Accept': 'application/json' } })
      .then(response => response.ok ? response.json() : Promise.reject(response.status))
      .then(show)
      .catch(() => text('import-status', 'Не удалось узнать ход импорта: обновите страницу'));
  }
  poll();
})();
