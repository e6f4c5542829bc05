# language: fr
@impots
Fonctionnalité: Où se trouvent les rubriques d'impots.gouv.fr sur la page
  Le tutoriel : « Cliquez sur Votre espace particulier, en haut à droite. Saisissez vos 3 identifiants
  dans la rubrique Connexion ou Création de votre espace, à gauche » ; « Dans Vos informations à
  gauche, saisissez… ». Sur un écran d'ordinateur, la page se lit en tiers : le tiers de gauche, celui
  de droite.

  @ci @fait:IMPOTS-ESPACE-EN-HAUT-A-DROITE
  Scénario: « Votre espace particulier » est en haut à droite de la page d'accueil
    Quand je me rends sur le site de impots.gouv
    Alors le lien "Votre espace particulier" est en haut à droite de la page
    Et le lien "Votre espace particulier" n'est pas à gauche de la page
    Et le titre "impots.gouv.fr" n'est pas à droite de la page

  @ci @fait:IMPOTS-RUBRIQUES-A-GAUCHE @fait:IMPOTS-ACCES-RUBRIQUE
  Scénario: « Connexion ou Création de votre espace » puis « Vos informations » sont à gauche
    Étant donné un usager qui a son propre foyer fiscal
    Quand je me rends sur le site de impots.gouv
    Et je clique sur le lien "Votre espace particulier"
    Alors la rubrique "Connexion ou Création de votre espace" est à gauche de la page
    Et la rubrique "Ou connectez-vous avec FranceConnect" n'est pas à gauche de la page
    Quand je saisis mes 3 identifiants dans la rubrique "Connexion ou Création de votre espace"
    Et je clique sur le bouton "Continuer"
    Alors le titre "Vos informations" est à gauche de la page
    Et l'encadré "À savoir" n'est pas à gauche de la page
