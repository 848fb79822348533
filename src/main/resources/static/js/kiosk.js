// Kiosk mode on a public device: after a while without use the page asks whether someone is still there, and
// then ends the session through the logout form, so the next person finds nothing of the previous one.
(function () {
  'use strict';
  var form = document.getElementById('kiosk-done');
  if (!form) {
    return;
  }
  var last = Date.now();
  var dialog = null;

  function idleSeconds() {
    // Read each time, so the page's own setting is the one that counts.
    return Number(form.getAttribute('data-idle')) || 120;
  }

  function warnAfter(idle) {
    return Math.max(idle - 30, idle / 2);
  }

  function stay() {
    last = Date.now();
    if (dialog && dialog.open) {
      dialog.close();
    }
  }

  function warn() {
    if (!dialog) {
      dialog = document.createElement('dialog');
      dialog.className = 'plein-kiosk-dialog';
      dialog.setAttribute('aria-labelledby', 'kiosk-warning');
      var text = document.createElement('p');
      text.id = 'kiosk-warning';
      text.className = 'utrecht-paragraph';
      text.textContent = form.getAttribute('data-warning');
      var button = document.createElement('button');
      button.type = 'button';
      button.id = 'kiosk-stay';
      button.className = 'utrecht-button utrecht-button--primary-action';
      button.textContent = form.getAttribute('data-stay');
      button.addEventListener('click', stay);
      dialog.appendChild(text);
      dialog.appendChild(button);
      document.body.appendChild(dialog);
    }
    if (!dialog.open) {
      dialog.showModal();
    }
  }

  ['pointerdown', 'keydown', 'input', 'scroll', 'touchstart'].forEach(function (type) {
    document.addEventListener(type, function () {
      if (!dialog || !dialog.open) {
        last = Date.now();
      }
    }, { passive: true, capture: true });
  });

  setInterval(function () {
    var idle = idleSeconds();
    var quiet = (Date.now() - last) / 1000;
    if (quiet >= idle) {
      form.submit();
    } else if (quiet >= warnAfter(idle)) {
      warn();
    }
  }, 1000);
})();
