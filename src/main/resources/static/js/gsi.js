// Small behaviours of every page: selects that apply themselves, CSRF header on htmx requests, the folding
// navigation of narrow screens, and the column names that table cells show when a narrow screen stacks them.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('select[data-autosubmit]').forEach((select) => {
    select.addEventListener('change', () => select.form.submit());
  });
  foldNavigation();
  labelTableCells();
});
document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener('htmx:afterSettle', () => labelTableCells());

// The menu button shows only on narrow screens (see gsi.css); without scripts the navigation stays open.
function foldNavigation() {
  const toggle = document.querySelector('.nav-toggle');
  if (!toggle) {
    return;
  }
  toggle.hidden = false;
  const set = (open) => toggle.setAttribute('aria-expanded', String(open));
  toggle.addEventListener('click', () => set(toggle.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
      set(false);
      toggle.focus();
    }
  });
}

// Each body cell of a data table gets its column's name in data-label, shown before the value when a narrow
// screen lays a row out as a card.
function labelTableCells() {
  document.querySelectorAll('table.data').forEach((table) => {
    const head = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    if (!head) {
      return;
    }
    const names = [];
    Array.from(head.cells).forEach((th) => {
      for (let i = 0; i < th.colSpan; i++) {
        names.push(th.textContent.replace(/\s+/g, ' ').trim());
      }
    });
    Array.from(table.tBodies).forEach((body) => {
      Array.from(body.rows).forEach((row) => {
        let column = 0;
        Array.from(row.cells).forEach((cell) => {
          if (cell.tagName === 'TD' && cell.colSpan < names.length && names[column]) {
            cell.dataset.label = names[column];
          }
          column += cell.colSpan;
        });
      });
    });
  });
}
