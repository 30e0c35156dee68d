// The search form's place field: as the person types, suggests communes of the referential
// (GET /offres/communes) in the field's <datalist>. Without this script the field still takes a
// typed name or postal code, which the server resolves.
(function () {
    "use strict";
    var input = document.getElementById("lieu");
    var list = document.getElementById("lieu-suggestions");
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
        fetch("/offres/communes?q=" + encodeURIComponent(text), { headers: { "Accept": "application/json" } })
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (communes) {
                // An answer to an older text arrives late: the field has moved on.
                if (input.value.trim() !== text) {
                    return;
                }
                var options = communes.map(function (commune) {
                    var option = document.createElement("option");
                    option.value = commune.libelle;
                    option.textContent = commune.codesPostaux.slice(0, 3).join(", ");
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
