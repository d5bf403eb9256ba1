// Small behaviours of every page: selects that apply themselves, CSRF header on htmx requests, search boxes of
// pickers (shown only where scripts run: without them the plain list is the picker), progress of uploads.
document.addEventListener('change', (event) => {
  if (event.target.matches('select[data-autosubmit]')) {
    event.target.form.submit();
  }
});
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('.picker-search').forEach((search) => {
    search.hidden = false;
  });
});
document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
