// Progressive enhancement for idea locations: a Leaflet map to pick a place (form) or show it (idea page).
// Without JavaScript, or without tiles, the address field does the job. Runs after the page has loaded,
// so a slow tile server never holds up the page itself.
window.addEventListener('load', function () {
  if (typeof L === 'undefined') {
    return;
  }
  L.Icon.Default.imagePath = '/vendor/leaflet/images/';
  document.querySelectorAll('[data-idea-map]').forEach(function (element) {
    var latField = element.dataset.latField ? document.getElementById(element.dataset.latField) : null;
    var lonField = element.dataset.lonField ? document.getElementById(element.dataset.lonField) : null;
    var lat = parseFloat(latField ? latField.value : element.dataset.lat);
    var lon = parseFloat(lonField ? lonField.value : element.dataset.lon);
    var known = !isNaN(lat) && !isNaN(lon);
    element.hidden = false;
    var map = L.map(element).setView(known ? [lat, lon] : [52.1, 5.3], known ? 16 : 7);
    var tiles = L.tileLayer(element.dataset.tileUrl, {maxZoom: 19, attribution: element.dataset.attribution});
    // A tile server that cannot be reached leaves a grey box: say so once, and what to do instead.
    tiles.once('tileerror', function () {
      var problem = document.createElement('p');
      problem.className = 'utrecht-paragraph plein-map-problem';
      problem.setAttribute('role', 'status');
      problem.textContent = element.dataset.tileError;
      element.insertAdjacentElement('afterend', problem);
    });
    tiles.addTo(map);
    var marker = known ? L.marker([lat, lon]).addTo(map) : null;
    if (latField && lonField) {
      map.on('click', function (event) {
        if (marker) {
          marker.setLatLng(event.latlng);
        } else {
          marker = L.marker(event.latlng).addTo(map);
        }
        latField.value = event.latlng.lat.toFixed(6);
        lonField.value = event.latlng.lng.toFixed(6);
      });
    }
  });
});
