// Files too large are stopped before they are sent, with the reason in Russian: past the server's limits the
// upload would be cut off and the page would answer with a bare error instead of a message.
document.querySelectorAll('form[data-max-file-mb]').forEach(form => {
  form.addEventListener('submit', event => {
    const files = [...form.querySelectorAll('input[type=file]')].flatMap(input => [...input.files]);
    const megabytes = bytes => bytes / (1024 * 1024);
    const tooLarge = files.find(file => megabytes(file.size) > Number(form.dataset.maxFileMb));
    const total = megabytes(files.reduce((sum, file) => sum + file.size, 0));
    let problem = null;
    if (tooLarge) {
      problem = '«' + tooLarge.name + '» больше ' + form.dataset.maxFileMb + ' МБ: сожмите документ или сохраните его как текст';
    } else if (form.dataset.maxFiles && files.length > Number(form.dataset.maxFiles)) {
      problem = 'За раз можно загрузить не больше ' + form.dataset.maxFiles + ' документов';
    } else if (form.dataset.maxTotalMb && total > Number(form.dataset.maxTotalMb)) {
      problem = 'Вместе документы больше ' + form.dataset.maxTotalMb + ' МБ: загрузите их в несколько приёмов';
    }
    if (problem) {
      event.preventDefault();
      let flash = form.previousElementSibling;
      if (!flash || !flash.classList.contains('upload-problem')) {
        flash = document.createElement('div');
        flash.className = 'flash error upload-problem';
        form.before(flash);
      }
      flash.textContent = problem;
    }
  });
});
