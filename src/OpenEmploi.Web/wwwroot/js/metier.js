// The company finder's occupation field: ROME appellations (GET /entreprises/metiers), with their ROME code.
window.openEmploiSuggestions("metier", "/entreprises/metiers", function (appellation) {
    "use strict";
    return [appellation.libelle, appellation.codeRome];
});
