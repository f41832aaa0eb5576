// Suggestions as you type for the catalogue search box: fills the input's <datalist> from
// /api/catalogue/suggest. Progressive enhancement only: without this script the form works as is.
(function () {
  'use strict';
  var input = document.getElementById('q');
  var list = input && document.getElementById(input.getAttribute('list'));
  if (!input || !list || !window.fetch) {
    return;
  }
  var timer = null;
  var asked = '';
  var endpoint = (document.querySelector('form[role=search]').getAttribute('action') || '/catalogue')
    .replace(/\/catalogue$/, '') + '/api/catalogue/suggest?q=';
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var typed = input.value.trim();
      if (typed === asked) {
        return;
      }
      asked = typed;
      if (!typed) {
        list.replaceChildren();
        return;
      }
      fetch(endpoint + encodeURIComponent(typed), { headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (titles) {
          if (typed !== asked) {
            return;
          }
          list.replaceChildren.apply(list, titles.map(function (title) {
            var option = document.createElement('option');
            option.value = title;
            return option;
          }));
        })
        .catch(function () { /* suggestions are optional */ });
    }, 150);
  });
}());
