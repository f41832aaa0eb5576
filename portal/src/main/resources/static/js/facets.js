// The search page's facets: on a narrow screen they come after the results, in a closed panel that
// opens with its summary. Without JavaScript the panel stays open (still below the results).
(function () {
  'use strict';
  var panel = document.querySelector('details.facets-panel');
  if (panel && window.matchMedia('(max-width: 760px)').matches) {
    panel.open = false;
  }
})();
