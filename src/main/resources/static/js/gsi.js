// Small behaviours of every page: the browser's time zone for the server, selects that apply themselves, CSRF
// header on htmx requests, search boxes of pickers (shown only where scripts run: without them the plain list is the
// picker), progress of uploads, the folding navigation of narrow screens, and the column names that table cells show
// when a narrow screen stacks them.
(() => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && !document.cookie.split('; ').includes('gsi-tz=' + encodeURIComponent(zone))) {
    document.cookie = 'gsi-tz=' + encodeURIComponent(zone) + '; path=/; max-age=31536000; SameSite=Lax';
  }
})();
document.addEventListener('change', (event) => {
  if (event.target.matches('select[data-autosubmit]')) {
    event.target.form.submit();
  }
});
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('.picker-search').forEach((search) => {
    search.hidden = false;
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
// A form marked data-upload-progress sends its file in the background and shows how much has gone; the answer (the
// import's page, or the form again with the reason it was refused) then takes the place of the page.
document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('form[data-upload-progress]').forEach((form) => {
    const box = form.querySelector('.upload-progress');
    const bar = form.querySelector('progress');
    const status = form.querySelector('[role="status"]');
    form.addEventListener('submit', (event) => {
      if (!window.FormData || !box) {
        return;
      }
      event.preventDefault();
      const xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.upload.addEventListener('progress', (e) => {
        if (e.lengthComputable) {
          const percent = Math.round((e.loaded / e.total) * 100);
          bar.value = percent;
          status.textContent = form.dataset.uploading + ' ' + percent + ' %';
        }
      });
      xhr.upload.addEventListener('load', () => {
        bar.value = 100;
        status.textContent = form.dataset.done;
      });
      xhr.addEventListener('load', () => {
        if (xhr.status < 400 && xhr.responseURL && xhr.responseURL !== form.action) {
          window.location.assign(xhr.responseURL);
        } else {
          document.open();
          document.write(xhr.responseText);
          document.close();
        }
      });
      xhr.addEventListener('error', () => form.submit());
      box.hidden = false;
      form.querySelector('button[type="submit"]').disabled = true;
      xhr.send(new FormData(form));
    });
  });
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
