// Parts of a page loaded with htmx from other early-warning views (alerts, forecasts): a part that fails, or that
// answers with another page (a redirect to the login page), leaves its container empty.
(function () {
  document.addEventListener('htmx:beforeSwap', (e) => {
    const el = e.detail.elt;
    if (!el || !el.classList || !el.classList.contains('ew-include')) { return; }
    const xhr = e.detail.xhr;
    const url = xhr.responseURL || '';
    if (xhr.status !== 200 || url.indexOf('/early-warning/fragments/') < 0) {
      e.detail.shouldSwap = false;
      e.detail.isError = false;
    }
  });
})();
