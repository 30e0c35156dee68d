// The territory search field of /territoires: as the person types, suggests territories
// (GET /territoires/suggestions) in the field's <datalist>; choosing one opens its dashboard.
// Without this script the form still searches by name on the server.
(function () {
    "use strict";
    var input = document.getElementById("territoire");
    var list = document.getElementById("territoire-suggestions");
    if (!input || !list || !window.fetch) {
        return;
    }
    var timer = 0;
    var asked = "";
    var pages = {};
    function suggest() {
        var text = input.value.trim();
        if (text.length < 2 || text === asked) {
            return;
        }
        asked = text;
        fetch("/territoires/suggestions?q=" + encodeURIComponent(text), { headers: { "Accept": "application/json" } })
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (territories) {
                if (input.value.trim() !== text) {
                    return;
                }
                pages = {};
                var options = territories.map(function (territory) {
                    var option = document.createElement("option");
                    option.value = territory.libelle;
                    option.textContent = territory.type;
                    pages[territory.libelle] = territory.page;
                    return option;
                });
                list.replaceChildren.apply(list, options);
            })
            .catch(function () { asked = ""; });
    }
    input.addEventListener("input", function () {
        // A suggestion picked from the list: its dashboard at once.
        if (pages[input.value]) {
            window.location.assign(pages[input.value]);
            return;
        }
        window.clearTimeout(timer);
        timer = window.setTimeout(suggest, 150);
    });
}());
