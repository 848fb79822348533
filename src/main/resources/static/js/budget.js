// The ballot's running total while choosing: the sum of the ticked proposals' costs (knapsack) or of the points
// given. Without this script the "count my choice" button shows the same total from the server.
(function () {
  var fieldset = document.getElementById('choices');
  var output = document.getElementById('total-output');
  if (!fieldset || !output || !output.dataset.template) return;
  var kind = fieldset.dataset.kind;
  var budget = Number(fieldset.dataset.budget);
  var money = new Intl.NumberFormat(document.documentElement.lang || 'nl', {
    style: 'currency', currency: 'EUR', minimumFractionDigits: 0, maximumFractionDigits: 0
  });
  function update() {
    var total = 0;
    if (kind === 'points') {
      fieldset.querySelectorAll('.plein-budget-points').forEach(function (input) {
        var n = parseInt(input.value, 10);
        if (n > 0) total += n;
      });
      output.textContent = output.dataset.template.replace('{total}', String(total));
    } else {
      fieldset.querySelectorAll('.plein-budget-box').forEach(function (box) {
        if (box.checked) total += Number(box.dataset.cost);
      });
      output.textContent = output.dataset.template.replace('{total}', money.format(total).replace(/\u00a0/g, ' '));
      output.classList.toggle('plein-field-error', total > budget);
    }
  }
  fieldset.addEventListener('change', update);
  fieldset.addEventListener('input', update);
})();
