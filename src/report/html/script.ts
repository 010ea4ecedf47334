/**
 * The report's only script, inlined as a string (allowed by the page's CSP
 * through its hash): the severity and rule filters. No handler attributes —
 * the CSP forbids them — so it listens on the document. It only reads
 * data-* attributes and toggles `hidden`; it never inserts article text.
 */
export const SCRIPT = `(function () {
  'use strict';
  var state = { severity: 'all', rule: 'all' };
  var cards = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  function apply() {
    var shown = 0;
    cards.forEach(function (card) {
      var ok = (state.severity === 'all' || card.getAttribute('data-severity') === state.severity) &&
        (state.rule === 'all' || card.getAttribute('data-rule') === state.rule);
      card.hidden = !ok;
      if (ok) shown++;
    });
    document.querySelectorAll('.subject').forEach(function (group) {
      group.hidden = !group.querySelector('.finding:not([hidden])');
    });
    document.querySelectorAll('button[data-filter]').forEach(function (b) {
      b.setAttribute('aria-pressed', String(state[b.getAttribute('data-filter')] === b.getAttribute('data-value')));
    });
    var out = document.getElementById('shown');
    if (out) out.textContent = shown + ' of ' + cards.length + ' findings shown';
  }
  document.addEventListener('click', function (event) {
    var target = event.target;
    var button = target && target.closest ? target.closest('button[data-filter]') : null;
    if (!button) return;
    var key = button.getAttribute('data-filter');
    var value = button.getAttribute('data-value');
    // clicking the active filter again clears it
    state[key] = state[key] === value && value !== 'all' ? 'all' : value;
    apply();
  });
  apply();
})();
`;
