// The application form (/requests/new). Progressive enhancement only: without this script the form works as is.
// 1. After a failed submit, focus moves to the error summary, so a screen reader reads what to correct.
// 2. "Already published?": while the applicant types the title or description, after a pause, the public
//    catalogue search is asked and up to five published items are suggested in an aria-live region. That
//    suggestions were shown, and that one was followed, is counted under the page's random form-session id
//    (POST, CSRF token of the form, no personal data) for the office's statistics.
(function () {
  'use strict';
  var summary = document.getElementById('error-summary-title');
  if (summary) {
    summary.focus();
  }
  var region = document.getElementById('published-suggestions');
  var list = document.getElementById('published-suggestions-list');
  var title = document.getElementById('title');
  var description = document.getElementById('description');
  if (!region || !list || !title || !window.fetch) {
    return;
  }
  var script = document.currentScript || document.querySelector('script[src$="/js/request-form.js"]');
  var base = script ? new URL(script.src, document.baseURI).pathname.replace(/\/js\/request-form\.js$/, '') : '';
  var session = region.getAttribute('data-session');
  var form = title.form;
  var csrf = form && form.querySelector('input[type=hidden][name=_csrf]');
  var timer = null;
  var asked = '';
  var shownFor = '';

  function record(what) {
    if (!session || !csrf) {
      return;
    }
    var body = new URLSearchParams();
    body.append(csrf.name, csrf.value);
    fetch(base + '/requests/form-sessions/' + encodeURIComponent(session) + '/' + what, {
      method: 'POST', body: body, credentials: 'same-origin', keepalive: true
    }).catch(function () { /* counting is optional */ });
  }

  function query() {
    var typed = title.value.trim();
    if (typed.length >= 2) {
      return typed;
    }
    var described = description ? description.value.trim() : '';
    return described.length >= 2 ? described.slice(0, 100) : '';
  }

  function show(hits, typed) {
    if (!hits.length) {
      region.hidden = true;
      list.replaceChildren();
      return;
    }
    list.replaceChildren.apply(list, hits.slice(0, 5).map(function (hit) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = base + '/catalogue/items/' + encodeURIComponent(hit.id);
      link.textContent = hit.title;
      link.addEventListener('click', function () { record('clicked'); });
      item.appendChild(link);
      if (hit.issuer || hit.writtenDate) {
        var meta = document.createElement('span');
        meta.className = 'meta';
        meta.textContent = ' ' + [hit.issuer, hit.writtenDate].filter(Boolean).join(' · ');
        item.appendChild(meta);
      }
      return item;
    }));
    region.hidden = false;
    var ids = hits.slice(0, 5).map(function (hit) { return hit.id; }).join(',');
    if (ids !== shownFor) {
      shownFor = ids;
      record('shown');
    }
  }

  function ask() {
    var typed = query();
    if (typed === asked) {
      return;
    }
    asked = typed;
    if (!typed) {
      show([], typed);
      return;
    }
    fetch(base + '/api/catalogue/search?size=5&q=' + encodeURIComponent(typed), { headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : { hits: [] }; })
      .then(function (result) {
        if (typed === asked) {
          show(result.hits || [], typed);
        }
      })
      .catch(function () { /* suggestions are optional */ });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(ask, 400);
  }
  title.addEventListener('input', later);
  if (description) {
    description.addEventListener('input', later);
  }
}());
