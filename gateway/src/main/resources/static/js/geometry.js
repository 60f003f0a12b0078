// Bars and markers drawn from numbers the server wrote into data-width / data-left (percent), and grids told
// their number of columns by data-columns: the page's Content-Security-Policy forbids inline style attributes,
// so their geometry is set here.
document.querySelectorAll('[data-columns]').forEach(element => {
  element.style.setProperty('--columns', element.dataset.columns);
});
document.querySelectorAll('[data-width], [data-left]').forEach(element => {
  if (element.dataset.width !== undefined) {
    element.style.width = element.dataset.width + '%';
  }
  if (element.dataset.left !== undefined) {
    element.style.left = element.dataset.left + '%';
  }
});
