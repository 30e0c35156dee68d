// The territory field of /territoires (GET /territoires/suggestions): choosing a suggestion opens its dashboard.
window.openEmploiSuggestions("territoire", "/territoires/suggestions", function (territory) {
    "use strict";
    return [territory.libelle, territory.type];
}, function (territory) {
    "use strict";
    return territory.page;
});
