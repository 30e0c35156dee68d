// The company finder's occupation field: as the person types, suggests ROME appellations
// (GET /entreprises/metiers) in the field's <datalist>. Without this script the field still takes
// a typed title or ROME code, which the server resolves.
(function () {
    "use strict";
    var input = document.getElementById("metier");
    var list = document.getElementById("metier-suggestions");
    if (!input || !list || !window.fetch) {
        return;
    }
    var timer = 0;
    var asked = "";
    function suggest() {
        var text = input.value.trim();
        if (text.length < 2 || text === asked) {
            return;
        }
        asked = text;
        fetch("/entreprises/metiers?q=" + encodeURIComponent(text), { headers: { "Accept": "application/json" } })
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (appellations) {
                if (input.value.trim() !== text) {
                    return;
                }
                var options = appellations.map(function (appellation) {
                    var option = document.createElement("option");
                    option.value = appellation.libelle;
                    option.textContent = appellation.codeRome;
                    return option;
                });
                list.replaceChildren.apply(list, options);
            })
            .catch(function () { asked = ""; });
    }
    input.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(suggest, 150);
    });
}());
