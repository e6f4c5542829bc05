# language: fr
@france_identite @erreurs
Fonctionnalité: Ce qui empêche d'obtenir le compte certifié France Identité
  Le tutoriel réserve la certification aux téléphones récents (iOS au-delà de 16, Android au-delà
  de 10) et aux mairies qui l'expérimentent dans trois départements ; l'adresse électronique se
  confirme par le lien d'un courriel, le code personnel a un format, et l'agent vérifie la carte.

  @ci @fait:FI-TELEPHONES-IOS-16-ANDROID-10
  Plan du scénario: Un téléphone trop ancien (<appareil>, <systeme>) ne peut pas demander la certification
    Étant donné un usager dont l'application France Identité est activée
    Et mon application est installée sur un téléphone "<appareil>"
    Quand j'ouvre l'application France Identité
    Et je clique sur le bouton "Demander la certification de mon compte"
    Alors la page affiche le message "Pour des raisons de sécurité, la certification du compte demande un iPhone sous iOS 17 ou plus récent, ou un téléphone Android 11 ou plus récent. Mettez à jour votre téléphone ou utilisez-en un autre."
    Et l'application France Identité indique "Compte non certifié"

    Exemples:
      | appareil  | systeme    |
      | iPhone 14 | iOS 16     |
      | Pixel 4   | Android 10 |

  @ci @fait:FI-EXPERIMENTATION-3-DEPARTEMENTS
  Scénario: Une mairie hors des trois départements ne propose pas la certification
    Étant donné un usager dont l'application France Identité est activée
    Et mon application est installée sur un téléphone "iPhone 15"
    Et j'ai demandé la certification et mon application affiche mon QR code
    Quand je me rends à la mairie de Rennes avec ma carte d'identité et mon QR code
    Et l'agent de la mairie se connecte au portail des agents
    Alors le portail des agents affiche le message "La mairie de Rennes (Ille-et-Vilaine) ne propose pas la certification du compte France Identité : seules des mairies de l'Eure-et-Loir, du Rhône et des Hauts-de-Seine l'expérimentent."
    Et l'agent ne peut pas lire de QR code

  @fait:FI-ETAPE-2-CONFIRMER-COURRIEL
  Scénario: Sans suivre le lien du courriel, la demande ne passe pas au code personnel
    Étant donné un usager dont l'application France Identité est activée
    Et mon application est installée sur un téléphone "Pixel 7"
    Quand j'ouvre l'application France Identité
    Et je clique sur le bouton "Demander la certification de mon compte"
    Et je clique sur le bouton "Recevoir le lien de confirmation"
    Et je clique sur le lien "J'ai confirmé mon adresse, continuer"
    Alors la page affiche le message "Confirmez d'abord votre adresse électronique : ouvrez le lien du courriel « France Identité - Confirmez votre adresse électronique »."
    Et la page "Confirmez votre adresse électronique" s'affiche

  @fait:FI-CODE-PERSONNEL-6-CHIFFRES
  Plan du scénario: Un code personnel <ecart> est refusé
    Étant donné un usager dont l'application France Identité est activée
    Et mon application est installée sur un téléphone "iPhone 15"
    Et j'ai confirmé mon adresse électronique pour ma demande de certification
    Quand je saisis le code personnel "<code>"
    Alors le champ "Code personnel" signale l'erreur "<message>"

    Exemples:
      | ecart              | code    | message                                                                                  |
      | de 5 chiffres      | 12345   | Le code personnel se compose de 6 chiffres : saisissez-le sans espace ni lettre.          |
      | avec une lettre    | 12a456  | Le code personnel se compose de 6 chiffres : saisissez-le sans espace ni lettre.          |
      | de 7 chiffres      | 1234567 | Le code personnel se compose de 6 chiffres : saisissez-le sans espace ni lettre.          |

  @fait:FI-CODE-PERSONNEL-6-CHIFFRES @fait:FI-ETAPE-2-CODE-PERSONNEL
  Scénario: Un code personnel de 6 chiffres qui n'est pas le mien est refusé
    Étant donné un usager dont l'application France Identité est activée
    Et mon application est installée sur un téléphone "iPhone 15"
    Et j'ai confirmé mon adresse électronique pour ma demande de certification
    Quand je saisis un code personnel de 6 chiffres qui n'est pas le mien
    Alors le champ "Code personnel" signale l'erreur "Code personnel incorrect : saisissez le code à 6 chiffres choisi à l'activation de l'application."

  @fait:FI-CARTE-PRESENTEE-CONCORDE @fait:FI-VERIFICATION-MAIRIE
  Scénario: L'agent ne peut pas valider si la carte présentée n'est pas celle de la demande
    Étant donné un usager dont l'application France Identité est activée
    Et mon application est installée sur un téléphone "iPhone 15"
    Et j'ai demandé la certification et mon application affiche mon QR code
    Quand je me rends à la mairie de Villeurbanne avec ma carte d'identité et mon QR code
    Et l'agent de la mairie se connecte au portail des agents
    Et l'agent lit mon QR code
    Et l'agent saisit le numéro d'une autre carte d'identité et valide
    Alors le portail des agents affiche le message "Le numéro de la carte présentée ne correspond pas à la carte de la demande : vérifiez la carte, ou refusez la demande."
