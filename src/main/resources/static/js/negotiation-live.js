// Live view of a negotiated text: listens to the text's server-sent events and reloads, through htmx,
// the paragraph that changed and the comfort map, so every viewer sees others' amendments and positions.
document.addEventListener('DOMContentLoaded', () => {
  const status = document.getElementById('live-status');
  if (!status || !window.EventSource) {
    return;
  }
  const base = status.dataset.base;
  const source = new EventSource(status.dataset.events);
  let seen = 0;
  const refresh = (event) => {
    const change = JSON.parse(event.data);
    if (change.version <= seen) {
      return;
    }
    seen = change.version;
    const anchor = 'p-' + (change.paragraph || '').replace('(', '-').replace(')', '');
    const target = document.getElementById(anchor);
    if (change.paragraph && target && change.kind !== 'adopt') {
      htmx.ajax('GET', base + '/paragraphs/' + encodeURIComponent(change.paragraph), { target: '#' + anchor, swap: 'outerHTML' });
    } else {
      window.location.reload();
      return;
    }
    htmx.ajax('GET', base + '/comfort-map', { target: '#comfort-map', swap: 'outerHTML' });
    // the page carries the words of each kind in its language (data-kind-state-position → kindStatePosition)
    const key = 'kind' + change.kind.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
    const words = status.dataset[key] || change.kind;
    status.textContent = change.party + ': ' + words + ' ' + change.paragraph + ' (v' + change.version + ')';
  };
  source.addEventListener('hello', (event) => {
    seen = JSON.parse(event.data).version;
    status.dataset.live = 'open';
  });
  ['propose', 'withdraw', 'state-position', 'clean-brackets', 'add-paragraph', 'adopt', 'freeze-reading']
    .forEach((kind) => source.addEventListener(kind, refresh));
});
