// The dashboard's "Imprimer" link opens the browser's print dialog (the print stylesheet lays the
// figures out for paper). Without this script the link is hidden by the stylesheet's .imprimer rule.
(function () {
    "use strict";
    document.querySelectorAll("a.imprimer").forEach(function (link) {
        link.classList.add("actif");
        link.addEventListener("click", function (event) {
            event.preventDefault();
            window.print();
        });
    });
    // On paper the figures' tables are shown too: the folded ones open for printing.
    window.addEventListener("beforeprint", function () {
        document.querySelectorAll("details.donnees-figure").forEach(function (details) { details.open = true; });
    });
}());
