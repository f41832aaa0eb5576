// The task form shows only the fields of the chosen action: each block marked data-for="field:VALUE"
// shows while the radio button field=VALUE is checked. Progressive enhancement only: without this script
// every block shows, and the server binds only the chosen action's fields. The fields of a hidden block
// are disabled, so the browser does not submit them; each radio button names its block in aria-controls.
(function () {
  'use strict';
  var forms = document.querySelectorAll('form.decision');
  Array.prototype.forEach.call(forms, function (form, formIndex) {
    var blocks = form.querySelectorAll('[data-for]');
    Array.prototype.forEach.call(blocks, function (block, index) {
      var choice = block.getAttribute('data-for').split(':');
      if (!block.id) {
        block.id = 'fields-' + formIndex + '-' + index;
      }
      var radio = form.querySelector('input[name="' + choice[0] + '"][value="' + choice[1] + '"]');
      if (radio) {
        radio.setAttribute('aria-controls', block.id);
      }
    });
    function show() {
      Array.prototype.forEach.call(blocks, function (block) {
        var choice = block.getAttribute('data-for').split(':');
        var checked = form.querySelector('input[name="' + choice[0] + '"]:checked');
        var hidden = !checked || checked.value !== choice[1];
        block.hidden = hidden;
        Array.prototype.forEach.call(block.querySelectorAll('input, select, textarea'), function (field) {
          field.disabled = hidden;
        });
      });
    }
    form.addEventListener('change', show);
    show();
  });
})();
