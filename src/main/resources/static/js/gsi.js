// Small behaviours of every page: the browser's time zone for the server, selects that apply themselves, CSRF
// header on htmx requests.
(() => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && !document.cookie.split('; ').includes('gsi-tz=' + encodeURIComponent(zone))) {
    document.cookie = 'gsi-tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
  }
})();
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('select[data-autosubmit]').forEach((select) => {
    select.addEventListener('change', () => select.form.submit());
  });
});
document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
