// The marking page of 区分处理 (/workbench/redaction/{kind}/{id}). The marks live in the hidden field
// "marks" as JSON ({page, x, y, width, height, reason}; points from the top left of the page as displayed)
// and are drawn over the page images. A mark is added by dragging the mouse over a page, by the
// coordinate fields (keyboard), or per match of a search (POST .../find with the form's CSRF token).
(function () {
  'use strict';
  var root = document.getElementById('redaction');
  var field = document.getElementById('marks');
  if (!root || !field) {
    return;
  }
  var list = document.getElementById('mark-list');
  var empty = document.getElementById('mark-list-empty');
  var reasonSelect = document.getElementById('redaction-reason');
  var status = document.getElementById('redaction-status');
  var form = document.getElementById('redaction-form');
  var csrf = form.querySelector('input[type=hidden][name=_csrf]');
  var marks = [];
  try {
    marks = JSON.parse(field.value || '[]') || [];
  } catch (e) {
    marks = [];
  }
  var pages = {};
  Array.prototype.forEach.call(root.querySelectorAll('.redaction-page'), function (figure) {
    pages[figure.getAttribute('data-page')] = {
      width: parseFloat(figure.getAttribute('data-width')),
      height: parseFloat(figure.getAttribute('data-height')),
      layer: figure.querySelector('.redaction-layer')
    };
  });

  function text(name, n) {
    return (root.getAttribute('data-text-' + name) || '').replace('{0}', n);
  }

  function reasonLabel(code) {
    var option = reasonSelect.querySelector('option[value="' + code + '"]');
    return option ? option.textContent : code;
  }

  function round(v) {
    return Math.round(v * 10) / 10;
  }

  function place(box, mark, page) {
    box.style.left = (mark.x / page.width * 100) + '%';
    box.style.top = (mark.y / page.height * 100) + '%';
    box.style.width = (mark.width / page.width * 100) + '%';
    box.style.height = (mark.height / page.height * 100) + '%';
  }

  function render() {
    field.value = JSON.stringify(marks);
    Object.keys(pages).forEach(function (n) {
      Array.prototype.forEach.call(pages[n].layer.querySelectorAll('.redaction-box'), function (b) {
        b.parentNode.removeChild(b);
      });
    });
    list.textContent = '';
    empty.hidden = marks.length > 0;
    marks.forEach(function (mark, index) {
      var page = pages[String(mark.page)];
      if (page) {
        var box = document.createElement('div');
        box.className = 'redaction-box';
        box.textContent = String(index + 1);
        box.title = reasonLabel(mark.reason);
        place(box, mark, page);
        page.layer.appendChild(box);
      }
      var item = document.createElement('li');
      item.className = 'redaction-mark';
      var where = document.createElement('span');
      where.textContent = text('page', mark.page) + ' (' + round(mark.x) + ', ' + round(mark.y) + ') '
        + round(mark.width) + ' × ' + round(mark.height) + (mark.text ? ' “' + mark.text + '”' : '') + ' ';
      item.appendChild(where);
      var select = reasonSelect.cloneNode(true);
      select.removeAttribute('id');
      select.value = mark.reason;
      select.setAttribute('aria-label', text('reason', index + 1));
      select.addEventListener('change', function () {
        mark.reason = select.value;
        render();
      });
      item.appendChild(select);
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'secondary';
      remove.textContent = text('delete', index + 1);
      remove.addEventListener('click', function () {
        marks.splice(index, 1);
        render();
      });
      item.appendChild(remove);
      list.appendChild(item);
    });
  }

  function add(mark) {
    marks.push({ page: mark.page, x: mark.x, y: mark.y, width: mark.width, height: mark.height,
      reason: mark.reason || reasonSelect.value });
  }

  // drawing with the mouse: positions in points from the page's top left
  Object.keys(pages).forEach(function (n) {
    var page = pages[n];
    var start = null;
    var drawing = null;
    function point(event) {
      var rect = page.layer.getBoundingClientRect();
      return {
        x: Math.max(0, Math.min(page.width, (event.clientX - rect.left) / rect.width * page.width)),
        y: Math.max(0, Math.min(page.height, (event.clientY - rect.top) / rect.height * page.height))
      };
    }
    function area(a, b) {
      return { page: parseInt(n, 10), x: Math.min(a.x, b.x), y: Math.min(a.y, b.y),
        width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) };
    }
    page.layer.addEventListener('mousedown', function (event) {
      if (event.button !== 0) {
        return;
      }
      event.preventDefault();
      start = point(event);
      drawing = document.createElement('div');
      drawing.className = 'redaction-box drawing';
      page.layer.appendChild(drawing);
      place(drawing, area(start, start), page);
    });
    page.layer.addEventListener('mousemove', function (event) {
      if (start) {
        place(drawing, area(start, point(event)), page);
      }
    });
    function finish(event) {
      if (!start) {
        return;
      }
      var mark = area(start, point(event));
      start = null;
      drawing.parentNode.removeChild(drawing);
      if (mark.width >= 2 && mark.height >= 2) {
        add(mark);
      }
      render();
    }
    page.layer.addEventListener('mouseup', finish);
    page.layer.addEventListener('mouseleave', finish);
  });

  // the keyboard way: typed coordinates
  document.getElementById('mark-add').addEventListener('click', function () {
    var mark = {
      page: parseInt(document.getElementById('mark-page').value, 10),
      x: parseFloat(document.getElementById('mark-x').value),
      y: parseFloat(document.getElementById('mark-y').value),
      width: parseFloat(document.getElementById('mark-width').value),
      height: parseFloat(document.getElementById('mark-height').value)
    };
    var page = pages[String(mark.page)];
    if (!page || [mark.x, mark.y, mark.width, mark.height].some(isNaN) || mark.width <= 0 || mark.height <= 0) {
      status.textContent = text('failed', '');
      return;
    }
    add(mark);
    render();
    status.textContent = text('found', 1);
  });

  // search: a ready pattern, or the typed text
  document.getElementById('redaction-find').addEventListener('click', function () {
    var body = new URLSearchParams();
    if (csrf) {
      body.append(csrf.name, csrf.value);
    }
    var pattern = document.getElementById('redaction-pattern').value;
    if (pattern) {
      body.append('pattern', pattern);
    } else {
      body.append('text', document.getElementById('redaction-text').value);
    }
    fetch(root.getAttribute('data-find-url'), {
      method: 'POST', body: body, credentials: 'same-origin', headers: { Accept: 'application/json' }
    }).then(function (response) {
      return response.json().then(function (data) {
        if (!response.ok) {
          throw new Error(data && data.detail ? data.detail : text('failed', ''));
        }
        return data;
      });
    }).then(function (found) {
      found.forEach(add);
      render();
      status.textContent = found.length ? text('found', found.length) : text('none', '');
    }).catch(function (error) {
      status.textContent = error.message || text('failed', '');
    });
  });

  form.addEventListener('submit', function () {
    field.value = JSON.stringify(marks);
  });
  render();
}());
