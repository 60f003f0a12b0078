// Roadmap documents: follows a document being read and a department's batch while they run (asking
// roadmap-service through the gateway), and pairs each chosen document with its school on the batch form.
(function () {
  const json = url => fetch(url, { headers: { 'Accept': 'application/json' } })
    .then(response => response.ok ? response.json() : Promise.reject(response.status));

  const reading = document.getElementById('document-reading');
  if (reading) {
    const status = document.getElementById('reading-status');
    const poll = () => json('/api/roadmaps/imports/readings/' + encodeURIComponent(reading.dataset.reading))
      .then(state => {
        if (state.status !== 'READING') {
          window.location.reload();
          return;
        }
        if (state.pages > 0) {
          document.getElementById('reading-bar').style.width = Math.round(state.pagesRead * 100 / state.pages) + '%';
          reading.querySelector('.progress').setAttribute('aria-valuenow', state.pagesRead);
          status.textContent = 'Прочитано страниц: ' + state.pagesRead + ' из ' + state.pages;
        }
        setTimeout(poll, 400);
      })
      .catch(() => { status.textContent = 'Не удалось узнать ход чтения: обновите страницу'; });
    poll();
  }

  const files = document.getElementById('migration-files');
  if (files) {
    const options = document.getElementById('school-options');
    const words = text => new Set(text.toLowerCase().replace(/\.[a-z]+$/, '').split(/[^а-яёa-z0-9]+/).filter(w => w.length >= 2));
    // a document named after its school («СОШ №20.docx») gets that school chosen; the person checks it
    const guess = (fileName, select) => {
      const named = words(fileName);
      let best = null;
      let bestScore = 0;
      let tie = false;
      for (const option of select.options) {
        if (!option.value) continue;
        const score = [...words(option.textContent)].filter(w => named.has(w)).length;
        if (score > bestScore) { best = option; bestScore = score; tie = false; } else if (score === bestScore) { tie = true; }
      }
      if (best && bestScore > 0 && !tie) select.value = best.value;
    };
    files.addEventListener('change', () => {
      const body = document.querySelector('#migration-documents tbody');
      body.replaceChildren(...[...files.files].map((file, index) => {
        const row = document.createElement('tr');
        const name = document.createElement('td');
        name.textContent = file.name;
        const school = document.createElement('td');
        const select = document.createElement('select');
        select.name = 'schoolIds';
        select.required = true;
        select.id = 'school-of-' + index;
        select.append(options.content.cloneNode(true));
        guess(file.name, select);
        school.append(select);
        row.append(name, school);
        return row;
      }));
    });
  }

  const batch = document.getElementById('migration-batch');
  if (batch && !document.getElementById('batch-status').textContent.startsWith('Перенос завершён')) {
    const poll = () => json('/api/roadmaps/imports/batches/' + encodeURIComponent(batch.dataset.batch))
      .then(state => {
        if (state.finished) {
          window.location.reload();
          return;
        }
        document.getElementById('batch-bar').style.width = Math.round(state.done * 100 / state.documents) + '%';
        batch.querySelector('.progress').setAttribute('aria-valuenow', state.done);
        document.getElementById('batch-status').textContent =
          'Перенос идёт…: обработано документов ' + state.done + ' из ' + state.documents;
        const rows = batch.querySelectorAll('#batch-items tbody tr');
        state.items.forEach((item, i) => {
          const outcome = rows[i] && rows[i].querySelector('.batch-outcome');
          if (outcome && rows[i].dataset.status !== item.status) {
            rows[i].dataset.status = item.status;
            outcome.textContent = item.status === 'READING'
              ? (item.pages > 0 ? 'читается: страница ' + item.pagesRead + ' из ' + item.pages : 'читается…')
              : item.status === 'SAVED' ? 'черновик создан' : item.status === 'FAILED' ? item.problem : 'в очереди';
          }
        });
        setTimeout(poll, 500);
      })
      .catch(() => { document.getElementById('batch-status').textContent = 'Не удалось узнать ход переноса: обновите страницу'; });
    poll();
  }
})();
