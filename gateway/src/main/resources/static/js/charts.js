// Draws the department's chart from the JSON block the page carries (no inline script: strict CSP).
(function () {
  const canvas = document.getElementById('status-chart');
  const data = document.getElementById('status-chart-data');
  if (!canvas || !data || typeof Chart === 'undefined') {
    return;
  }
  const schools = JSON.parse(data.textContent || '[]');
  const count = (school, status) => (school.roadmapsByStatus && school.roadmapsByStatus[status]) || 0;
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: schools.map(s => s.schoolName),
      datasets: [
        { label: 'Черновик', data: schools.map(s => count(s, 'DRAFT')), backgroundColor: '#f5b83d' },
        { label: 'На согласовании', data: schools.map(s => count(s, 'SUBMITTED')), backgroundColor: '#1f5eff' },
        { label: 'На доработке', data: schools.map(s => count(s, 'RETURNED')), backgroundColor: '#d93848' },
        { label: 'Согласована', data: schools.map(s => count(s, 'AGREED')), backgroundColor: '#1b9e5a' },
        { label: 'Исполняется', data: schools.map(s => count(s, 'IN_EXECUTION')), backgroundColor: '#7c4dff' },
        { label: 'Закрыта', data: schools.map(s => count(s, 'CLOSED')), backgroundColor: '#9aa3b5' }
      ]
    },
    options: {
      responsive: true,
      animation: { duration: 300 },
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom' } }
    }
  });
})();

// The department's people page: mentees and mentors per school, stacked.
(function () {
  const canvas = document.getElementById('people-chart');
  const data = document.getElementById('people-chart-data');
  if (!canvas || !data || typeof Chart === 'undefined') {
    return;
  }
  const schools = JSON.parse(data.textContent || '[]');
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: schools.map(s => s.schoolName),
      datasets: [
        { label: 'Наставляемые', data: schools.map(s => s.mentees), backgroundColor: '#1f5eff' },
        { label: 'Наставники', data: schools.map(s => s.mentors), backgroundColor: '#1b9e5a' }
      ]
    },
    options: {
      responsive: true,
      animation: { duration: 300 },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom' } }
    }
  });
})();

// The school's headcount page: pupils per grade in the latest quarter.
(function () {
  const canvas = document.getElementById('grades-chart');
  const data = document.getElementById('grades-chart-data');
  if (!canvas || !data || typeof Chart === 'undefined') {
    return;
  }
  const headcounts = JSON.parse(data.textContent || '[]');
  const latest = headcounts[0] || { pupilsByGrade: {} };
  const grades = Array.from({ length: 11 }, (_, i) => i + 1);
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: grades.map(g => g + ' кл.'),
      datasets: [{ label: 'Обучающиеся, ' + (latest.quarter || ''), data: grades.map(g => (latest.pupilsByGrade || {})[g] || 0),
        backgroundColor: '#1f5eff' }]
    },
    options: { responsive: true, animation: { duration: 300 }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { display: false } } }
  });
})();

// The department's pairs page: each school's pairs by state, and its mentees still without a pair.
(function () {
  const canvas = document.getElementById('pairs-chart');
  const data = document.getElementById('pairs-chart-data');
  if (!canvas || !data || typeof Chart === 'undefined') {
    return;
  }
  const schools = JSON.parse(data.textContent || '[]');
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: schools.map(s => s.schoolName),
      datasets: [
        { label: 'Работают', data: schools.map(s => s.active), backgroundColor: '#1b9e5a', stack: 'pairs' },
        { label: 'Ждут приказа', data: schools.map(s => s.waiting), backgroundColor: '#1f5eff', stack: 'pairs' },
        { label: 'Завершены', data: schools.map(s => s.completed), backgroundColor: '#9aa3b5', stack: 'pairs' },
        { label: 'Остановились', data: schools.map(s => s.stalled), backgroundColor: '#d93848', stack: 'stalled' },
        { label: 'Наставляемые без пары', data: schools.map(s => s.withoutPair), backgroundColor: '#f5b83d', stack: 'waiting' }
      ]
    },
    options: {
      responsive: true,
      animation: { duration: 300 },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: 'bottom' } }
    }
  });
})();
