// Progress of a running run: polls the status endpoint (fed by the engine's ProgressListener) once a second and
// reloads the page when the run has ended. No outside address, no library.
(function () {
  'use strict';
  function start() {
    var box = document.getElementById('progress');
    if (!box) {
      return;
    }
    var bar = document.getElementById('progress-bar');
    var text = document.getElementById('progress-text');
    var url = box.getAttribute('data-status-url');
    function phaseText(status) {
      var pattern = box.getAttribute('data-text-' + String(status.phase || 'queued').toLowerCase()) || '';
      return pattern.replace('{0}', status.done).replace('{1}', status.total);
    }
    function poll() {
      fetch(url, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
        .then(function (response) {
          if (!response.ok) {
            throw new Error(String(response.status));
          }
          return response.json();
        })
        .then(function (status) {
          if (status.state !== 'RUNNING') {
            window.location.reload();
            return;
          }
          bar.value = status.percent;
          text.textContent = phaseText(status);
          window.setTimeout(poll, 1000);
        })
        .catch(function () {
          window.setTimeout(poll, 3000);
        });
    }
    window.setTimeout(poll, 1000);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
