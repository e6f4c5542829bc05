# language: fr
@france_identite
Fonctionnalité: Un dysfonctionnement ou une question pendant la certification
  Le tutoriel : « Vous rencontrez un dysfonctionnement ou un bug lié à l'application durant cette
  étape, consultez notre FAQ ou contactez-nous experimentation@france-identite.gouv.fr. »

  @ci @fait:FI-FAQ-CONTACT
  Scénario: Depuis l'application, la FAQ et l'adresse de contact de l'expérimentation
    Étant donné un usager dont l'application France Identité est activée
    Et mon application est installée sur un téléphone "Pixel 7"
    Quand j'ouvre l'application France Identité
    Et je clique sur le bouton "Demander la certification de mon compte"
    Et je clique sur le lien "Un problème ou une question ? Consultez notre FAQ"
    Alors la FAQ donne l'adresse de contact "experimentation@france-identite.gouv.fr"
