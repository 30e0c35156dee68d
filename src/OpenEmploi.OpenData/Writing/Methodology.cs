using System.Globalization;
using OpenEmploi.OpenData.Anonymisation;
using OpenEmploi.OpenData.RareCells;

namespace OpenEmploi.OpenData.Writing;

/// <summary>
/// methodologie.md: every transformation between the base and the files, how it is done and its
/// known limits (the reuse licence asks for a file describing every modification), with this
/// export's own figures. The text follows the code: a change to the anonymisation changes it here.
/// </summary>
public static class Methodology
{
    public static void Write(TextWriter w, DateTimeOffset date, long sequence, long offres, ScrubTally tally, int minimumOffers, GeneralisationTally generalised)
    {
        var at = date.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        w.Write($$"""
            # Offres d'emploi anonymisées — méthodologie

            Export du {{at}} : {{N(offres)}} offres, lues en une seule lecture cohérente de la base, à la
            séquence {{N(sequence)}} du journal des modifications (une offre créée, modifiée ou supprimée
            après cette séquence n'y figure pas ou y figure dans son état antérieur).

            Le dictionnaire des données (`dictionnaire.json`, au format Table Schema) décrit chaque colonne.
            Les deux fichiers, `offres.csv.gz` et `offres.jsonl.gz`, ont les mêmes lignes et les mêmes colonnes.

            ## 1. Sélection

            - Toutes les offres publiées (vivantes) au moment de la lecture ; aucune offre supprimée, retenue en
              modération ou rejetée. Les offres sont celles de la base après dédoublonnage (une offre publiée par
              plusieurs sources n'y est qu'une fois), normalisation et vérification (voir la documentation d'OpenEmploi).
            - L'ordre des lignes n'a pas de sens.

            ## 2. Données retirées

            | donnée de l'offre | traitement | raison |
            |---|---|---|
            | `id` | remplacé par `idAnonyme` : HMAC-SHA256 de l'identifiant avec une clé secrète propre à la plateforme, 16 chiffres hexadécimaux | suivre une offre d'un export à l'autre sans pouvoir la retrouver dans l'API, qui montre l'employeur |
            | `entreprise` (nom, description, logo, site) | retirée | identité de l'employeur |
            | `contact`, `agence` | retirés | coordonnées |
            | `lieuTravail.latitude`, `longitude`, `codePostal` | retirés ; la commune reste (`communeCode`) | des coordonnées peuvent être l'adresse exacte de l'établissement |
            | `codeNAF` (sous-classe) | retiré ; la division (`secteurActivite`, 2 chiffres) reste | sous-classe et commune désignent souvent un seul établissement |
            | `trancheEffectifEtab` | retirée | avec le secteur et la commune, la taille désigne souvent un seul établissement |
            | `origineOffre.urlOrigine`, liens et logos des partenaires | retirés ; le nom du site partenaire reste | la page de l'offre chez le partenaire nomme l'employeur |
            | heures des dates | `dateCreation` et `dateActualisation` données au jour | l'instant exact permettrait de retrouver l'offre dans l'API |
            | qualités professionnelles, outils, déplacements, contexte de travail, compléments d'exercice | non repris | textes génériques ou libres sans intérêt statistique suffisant pour le risque |

            ## 3. Cellules rares : lieu et secteur généralisés

            Sans son nom, un employeur reste reconnaissable quand son offre est seule, ou presque, à montrer son lieu
            et son secteur (« la seule offre des industries alimentaires dans ce village »). Chaque ligne est donc
            publiée de sorte qu'au moins **k = {{minimumOffers}}** offres de l'export partagent son lieu et son secteur :

            1. la commune et le secteur (`communeCode`, `secteurActivite`) quand au moins k offres ont cette commune et ce
               secteur ;
            2. sinon le département : `communeCode` vide, `lieuTravailLibelle` devient celui du département
               (« 69 - Rhône »), quand au moins k offres du département ont ce secteur ;
            3. sinon la région : `communeCode` et `departementCode` vides, `lieuTravailLibelle` devient le nom de la
               région, quand au moins k offres de la région ont ce secteur ;
            4. sinon le secteur est retiré (`secteurActivite` et `secteurActiviteLibelle` vides) et le lieu est le plus fin
               (commune, département, région) où au moins k offres se trouvent, tous secteurs confondus ; la région reste
               toujours.

            Une offre sans secteur suit la règle 4 ; une offre placée au département par son employeur commence au 2.
            Un lieu généralisé compte toutes les offres qu'il peut désigner : « département 69, secteur 10 » compte toutes
            les offres du secteur 10 dans le département, communes comprises. Les offres sont comptées dans une
            première lecture de la même photographie de la base que l'écriture.

            Le seuil par défaut, 5, laisse une marge au-dessus du seuil de trois unités du secret statistique, parce que plusieurs offres
            d'une même cellule peuvent venir du même employeur. Le type de contrat, la durée ou le salaire ne font pas
            partie de la cellule : ils décrivent le poste, pas l'établissement qui le propose (un même employeur publie
            des CDI et des CDD), et les ajouter découperait chaque cellule sans protéger davantage.

            Lignes généralisées dans cet export : {{N(generalised.CommuneToDepartement)}} de la commune au département,
            {{N(generalised.ToRegion)}} à la région, {{N(generalised.SectorWithheld)}} sans leur secteur.

            ## 4. Textes anonymisés

            Sont traités : `intitule`, `description`, `salaireCommentaire`, `salaireComplements`,
            `experienceCommentaire`, `dureeTravailLibelle`. Chaque passage retiré est remplacé par un jeton, dans cet ordre :

            1. **Adresses électroniques** → `[courriel]` : forme usuelle (`prenom.nom@domaine.fr`, espaces autour de @
               compris) et formes déguisées (`prenom [at] domaine point fr`, `nom(arobase)site[.]com`,
               `rh {at} entreprise dot com`) ; une forme déguisée doit finir par un domaine de premier niveau courant
               (fr, com, net, org, eu…).
            2. **Liens** → `[lien]` : toute adresse commençant par http(s):// ou www., et tout nom de domaine
               se terminant par un domaine de premier niveau courant (`boulangerie-martin.fr/recrutement`). Tous les
               liens sont retirés, pas seulement le site de l'employeur : un lien dans une offre mène à l'employeur,
               à une personne ou à un réseau social.
            3. **Numéros de téléphone** → `[téléphone]` : suites de chiffres séparés par des espaces, points, tirets
               ou parenthèses, quel que soit le groupement : 10 chiffres commençant par 0 puis 1 à 9 (`06 12 34 56 78`,
               `0612345678`, `01.23.45.67.89`, `0 800 123 456`), ou commençant par + (8 à 15 chiffres : `+33 (0)6 12 34 56 78`,
               `+262 262 12 34 56`) ou par 00 (11 à 15 chiffres). Ne sont pas des numéros : un SIRET (14 chiffres), un SIREN
               (9), un code postal, un montant (`2 000 €`), une durée (`35h`), une date.
            4. **Adresses postales** → `[adresse]` : un numéro, un type de voie (rue, avenue, boulevard, place, chemin,
               allée, impasse, route, quai, zone, ZA, ZI, ZAC…) et le nom de la voie, fait de mots à majuscule et de
               leurs particules (`12 rue de la Paix`, `3 bis avenue du Général Leclerc`).
            5. **Noms de personnes** → `[nom]` :
               - une civilité et le nom qui suit (`M. Dupont`, `Mme Claire Martin`, `Monsieur LEROY`, `Dr Roux`) ;
               - un mot de contact suivi d'un nom en majuscule (`Contact : Dubois`, `interlocutrice : Nadia`,
                 `auprès de Karim`, `contactez Julie`), sauf un service (`Contact : Service RH`) ;
               - un prénom d'une liste de {{N(TextScrubber.FirstNameCount)}} prénoms courants (`data/prenoms/prenoms.txt` d'OpenEmploi),
                 avec le nom qui le suit ou le précède en capitales (`Sophie Martin`, `Jean-Pierre Roux`, `DUPONT Julie`,
                 `Léa D.`) ; un prénom qui est aussi un mot courant (Claire, Marine, Pierre, Rose…) n'est retiré qu'avec un
                 nom ou après un mot de contact ; un prénom précédé de « Saint » ou « Sainte » est un lieu et reste.
            6. **Nom de l'employeur** → `[entreprise]` : le nom de l'employeur donné par l'offre, partout où le texte le
               reprend, sans égard aux majuscules, aux accents et aux tirets ; puis chacun de ses mots distinctifs
               quand il est écrit avec une majuscule (« Boulangerie Martin » : « Martin »). Ne sont pas distinctifs les
               formes juridiques et mots de métier (SARL, Boulangerie, Transports…), les mots de moins de trois lettres
               et les mots du lieu de travail, publié par ailleurs (« Mairie de Lyon » est retiré, « Lyon » seul reste).
               Les personnes passent avant l'employeur : « Boutique Julie » devient « Boutique [nom] ».

            Remplacements faits dans cet export : {{N(tally.Courriels)}} courriels, {{N(tally.Telephones)}} téléphones,
            {{N(tally.Liens)}} liens, {{N(tally.Adresses)}} adresses, {{N(tally.Entreprises)}} mentions de l'employeur,
            {{N(tally.Noms)}} noms de personnes.

            ## 5. Valeurs calculées

            `dureeContratMois`, `dureeHebdoHeures`, `salairePeriode`, `salaireMin`, `salaireMax` et `experienceMois` sont
            lus dans les libellés publiés (`typeContratLibelle`, `dureeTravailLibelle`, `salaire.libelle`,
            `experienceLibelle`) ; vides quand le libellé ne suit pas le format de l'API. Les montants sont bruts, en
            euros, pour la période indiquée.

            ## 6. Limites connues

            - Les listes ne sont pas exhaustives : un nom de personne sans civilité, sans mot de contact et dont le
              prénom n'est pas dans la liste (ou écrit sans majuscule) reste ; une adresse électronique déguisée
              autrement (`prenom chez domaine`) reste ; une adresse postale sans numéro reste.
            - Le retrait peut être trop large : un nom propre qui commence par un prénom (`Victor Hugo` dans une
              adresse, `Louis Vuitton`) devient `[nom]` ; un numéro de 10 chiffres commençant par 0 qui n'est pas un
              téléphone devient `[téléphone]`.
            - L'employeur peut rester reconnaissable par recoupement pour qui connaît le territoire : la règle des cellules
              rares porte sur le lieu et le secteur, pas sur le métier (une offre de vétérinaire dans une petite commune
              désigne souvent la seule clinique), ni sur le texte de la description, qui peut nommer la commune ; et k
              offres d'une cellule peuvent venir d'un seul employeur. Le jeu ne publie ni sous-classe NAF, ni taille, ni
              coordonnées, ni heure de publication pour le limiter, sans pouvoir l'exclure.
            - Une offre sans nom d'employeur (offre anonyme) ne permet pas de retirer le nom de l'employeur s'il figure
              malgré tout dans le texte.

            ## 7. Intégrité

            Le fichier `SHA256SUMS` et `manifeste.json` donnent la taille et l'empreinte SHA-256 de chaque fichier
            (`sha256sum -c SHA256SUMS`).

            """);
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.GetCultureInfo("fr-FR")).Replace('\u202F', ' ').Replace('\u00A0', ' ');
}
