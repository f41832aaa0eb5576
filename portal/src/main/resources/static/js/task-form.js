// The task form shows only the fields of the chosen action: each block marked data-for="field:VALUE"
// shows while the radio button field=VALUE is checked. Progressive enhancement only: without this script
// every block shows, and the server binds only the chosen action's fields.
(function () {
  'use strict';
  var form = document.querySelector('form.decision');
  if (!form) {
    return;
  }
  var blocks = form.querySelectorAll('[data-for]');
  function show() {
    Array.prototype.forEach.call(blocks, function (block) {
      var choice = block.getAttribute('data-for').split(':');
      var checked = form.querySelector('input[name="' + choice[0] + '"]:checked');
      block.hidden = !checked || checked.value !== choice[1];
    });
  }
  form.addEventListener('change', show);
  show();
})();
