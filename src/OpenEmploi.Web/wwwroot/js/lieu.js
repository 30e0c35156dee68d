// The place field of the offer and company searches: communes of the referential (GET /offres/communes), with their postal codes.
window.openEmploiSuggestions("lieu", "/offres/communes", function (commune) {
    "use strict";
    return [commune.libelle, commune.codesPostaux.slice(0, 3).join(", ")];
});
