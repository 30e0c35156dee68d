// Suggestions for a text field: as the person types (150 ms after the last key, two characters at
// least), asks url?q=… and fills the field's <datalist> (id "<field>-suggestions"). The page's own
// script says how a suggestion reads (its value and a detail) and, optionally, where choosing one
// goes. Without JavaScript the form still works: the server resolves what was typed.
window.openEmploiSuggestions = function (fieldId, url, describe, pageOf) {
    "use strict";
    var input = document.getElementById(fieldId);
    var list = document.getElementById(fieldId + "-suggestions");
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
        fetch(url + "?q=" + encodeURIComponent(text), { headers: { "Accept": "application/json" } })
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (items) {
                // An answer to an older text arrives late: the field has moved on.
                if (input.value.trim() !== text) {
                    return;
                }
                pages = {};
                var options = items.map(function (item) {
                    var described = describe(item);
                    var option = document.createElement("option");
                    option.value = described[0];
                    option.textContent = described[1];
                    if (pageOf) {
                        pages[described[0]] = pageOf(item);
                    }
                    return option;
                });
                list.replaceChildren.apply(list, options);
            })
            .catch(function () { asked = ""; });
    }
    input.addEventListener("input", function () {
        // A suggestion picked from the list, on a field whose suggestions are pages: go there at once.
        if (pages[input.value]) {
            window.location.assign(pages[input.value]);
            return;
        }
        window.clearTimeout(timer);
        timer = window.setTimeout(suggest, 150);
    });
};
