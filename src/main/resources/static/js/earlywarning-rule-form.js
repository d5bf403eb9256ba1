// The alert rule form shows only what applies to the chosen kind: its parameters, its metrics and, for count
// rules, the event category. What does not apply is hidden and disabled, so it is not sent either. Without this
// script every field shows and the server reads only the fields of the chosen kind.
(() => {
  const applies = (element, kind) => element.dataset.kinds.split(' ').includes(kind);

  function show(form) {
    const kind = form.querySelector('#kind').value;
    form.querySelectorAll('[data-kinds]').forEach((element) => {
      const on = applies(element, kind);
      element.hidden = !on;
      if (element.tagName === 'OPTION') {
        element.disabled = !on;
      } else {
        element.querySelectorAll('input, select, textarea').forEach((control) => {
          control.disabled = !on;
        });
      }
    });
    const metric = form.querySelector('#metric');
    if (metric.selectedOptions.length === 0 || metric.selectedOptions[0].disabled) {
      const first = Array.from(metric.options).find((option) => !option.disabled);
      if (first) {
        metric.value = first.value;
      }
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    const form = document.getElementById('ewa-rule-form');
    if (form) {
      form.querySelector('#kind').addEventListener('change', () => show(form));
      show(form);
    }
  });
})();
