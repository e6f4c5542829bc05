# language: fr
@france_identite
Fonctionnalité: La certification n'est proposée qu'à partir du 13 novembre 2023
  Le tutoriel : « Depuis le 13 novembre 2023, la certification du compte France Identité est
  expérimentée dans certaines communes de trois départements ». L'horloge des sites franchit la date :
  la veille à minuit moins deux, la demande est refusée avec un message ; deux minutes plus tard, elle
  est proposée.

  @fait:FI-DEPUIS-13-NOVEMBRE-2023 @fait:FI-ETAPE-1-DEMANDE-APPLICATION
  Scénario: Refusée le 12 novembre 2023 à 23 h 58, la demande est proposée le 13 novembre à minuit
    Étant donné que nous sommes le 12 novembre 2023 à 23 h 58
    Et un usager dont l'application France Identité est activée
    Et mon application est installée sur un téléphone "iPhone 15"
    Quand j'ouvre l'application France Identité
    Et je clique sur le bouton "Demander la certification de mon compte"
    Alors la page affiche le message "La certification du compte France Identité n'est pas encore disponible : elle sera proposée à partir du 13 novembre 2023."
    Quand 2 minutes se sont écoulées
    Et je clique sur le bouton "Demander la certification de mon compte"
    Et je clique sur le bouton "Recevoir le lien de confirmation"
    Alors je reçois le courriel "France Identité - Confirmez votre adresse électronique"
