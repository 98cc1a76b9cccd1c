// Draws the co-attendance network with Cytoscape.js and its own force-directed layout ("cose").
// The data comes from the URL in the container's data-source attribute; labels are drawn on the canvas,
// so no report text is ever inserted into the page as markup.
(function () {
  'use strict';
  var container = document.getElementById('network');
  var status = document.getElementById('network-status');
  if (!container || typeof cytoscape !== 'function') {
    if (status) { status.textContent = 'The drawing library did not load.'; }
    return;
  }

  function say(text) { status.textContent = text; }

  fetch(container.getAttribute('data-source'), { headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) { throw new Error('the server answered ' + response.status); }
      return response.json();
    })
    .then(draw)
    .catch(function (error) { say('The network could not be drawn: ' + error.message); });

  function draw(data) {
    if (data.nodes.length === 0) {
      say('No official attended a meeting that matches.');
      container.setAttribute('data-drawn-nodes', '0');
      return;
    }
    var maxMeetings = Math.max(2, Math.max.apply(null, data.nodes.map(function (n) { return n.meetings; })));
    var maxWeight = Math.max(2, Math.max.apply(null, data.edges.map(function (e) { return e.weight; }).concat([1])));
    var elements = data.nodes.map(function (n) {
      return { group: 'nodes', data: { id: n.id, label: n.label, meetings: n.meetings, href: n.href } };
    }).concat(data.edges.map(function (e, i) {
      return { group: 'edges', data: { id: 'e' + i, source: e.source, target: e.target, weight: e.weight } };
    }));
    var cy = cytoscape({
      container: container,
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
            'label': 'data(label)', 'font-size': 11, 'color': '#1d2330', 'text-valign': 'bottom', 'text-margin-y': 3,
            'background-color': '#9b1c1c', 'border-color': '#ffffff', 'border-width': 1.5,
            'width': 'mapData(meetings, 1, ' + maxMeetings + ', 14, 42)',
            'height': 'mapData(meetings, 1, ' + maxMeetings + ', 14, 42)' } },
        { selector: 'edge', style: {
            'width': 'mapData(weight, 1, ' + maxWeight + ', 1.5, 9)', 'line-color': '#7d93b5', 'opacity': 0.65,
            'curve-style': 'haystack' } },
        { selector: 'node:selected', style: { 'background-color': '#1f4e8c' } }
      ],
      layout: { name: 'cose', animate: false, randomize: true, nodeDimensionsIncludeLabels: true,
                idealEdgeLength: function () { return 90; }, nodeRepulsion: function () { return 9000; } }
    });
    cy.on('tap', 'node', function (event) {
      var href = event.target.data('href');
      if (href) { window.location.assign(href); }
    });
    var shown = data.nodes.length < data.totalNodes
      ? data.nodes.length + ' of ' + data.totalNodes + ' officials drawn (the best connected)'
      : data.nodes.length + ' officials';
    say(shown + ', ' + data.edges.length + ' links. Drag to move, scroll to zoom, click a name to open it.');
    container.setAttribute('data-drawn-nodes', String(cy.nodes().length));
    // For the browser tests: the graph as Cytoscape holds it.
    window.cadregraphNetwork = cy;
  }
}());
