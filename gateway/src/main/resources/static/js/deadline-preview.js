// Inline feedback while a deadline is typed: how the platform will read it, over this roadmap's school year.
(function () {
  const form = document.getElementById('add-action');
  const preview = document.getElementById('deadline-preview');
  if (!form || !preview) {
    return;
  }
  const input = form.querySelector('input[name=deadline]');
  const schoolYear = form.dataset.schoolYear;
  const format = iso => iso.split('-').reverse().join('.');
  let timer;

  function render(reading) {
    preview.replaceChildren();
    const line = document.createElement('div');
    line.className = 'preview-line ' + reading.kind;
    line.textContent = reading.kindTitle + ': ' + reading.explanation;
    preview.appendChild(line);
    reading.warnings.forEach(text => {
      const warning = document.createElement('div');
      warning.className = 'warn';
      warning.textContent = text;
      preview.appendChild(warning);
    });
    if (reading.suggestion && reading.suggestion !== input.value && reading.kind !== 'UNRECOGNIZED') {
      const fix = document.createElement('button');
      fix.type = 'button';
      fix.className = 'link';
      fix.textContent = 'Исправить на «' + reading.suggestion + '»';
      fix.addEventListener('click', () => { input.value = reading.suggestion; ask(); });
      preview.appendChild(fix);
    } else if (reading.suggestion && reading.kind === 'UNRECOGNIZED') {
      const hint = document.createElement('div');
      hint.className = 'muted';
      hint.textContent = reading.suggestion;
      preview.appendChild(hint);
    }
    preview.dataset.kind = reading.kind;
    preview.dataset.dates = reading.dueDates.map(format).join(', ');
  }

  function ask() {
    const text = input.value.trim();
    if (!text) {
      preview.replaceChildren();
      return;
    }
    const url = '/api/roadmaps/deadlines/interpretation?schoolYear=' + encodeURIComponent(schoolYear)
      + '&text=' + encodeURIComponent(text);
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(response => response.ok ? response.json() : Promise.reject(response.status))
      .then(render)
      .catch(() => { preview.textContent = 'Не удалось проверить срок — он будет сохранён как написан.'; });
  }

  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(ask, 300); });
  ask();
})();
