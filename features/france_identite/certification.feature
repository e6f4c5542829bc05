# language: fr
@france_identite
Fonctionnalité: Obtenir le compte certifié France Identité
  Comme le tutoriel « Le compte certifié France Identité » l'enseigne, l'usager initie sa demande
  dans son application France Identité, confirme son adresse électronique, saisit son code personnel
  et lit sa carte d'identité ; l'application génère un QR code. Il se rend en mairie avec sa carte
  et son QR code, un agent vérifie son identité, et le résultat arrive dans les 24 h à 48 h, par
  courriel et dans l'application.

  @ci @tutoriel @accessibilite @fait:FI-ETAPE-1-DEMANDE-APPLICATION @fait:FI-ETAPE-2-CONFIRMER-COURRIEL @fait:FI-ETAPE-2-CODE-PERSONNEL @fait:FI-CODE-PERSONNEL-6-CHIFFRES @fait:FI-ETAPE-2-LIRE-CARTE @fait:FI-ETAPE-3-MAIRIE @fait:FI-ETAPE-4-AGENT @fait:FI-VERIFICATION-MAIRIE @fait:FI-CARTE-PRESENTEE-CONCORDE @fait:FI-NUMERO-CARTE-9 @fait:FI-EXPERIMENTATION-3-DEPARTEMENTS @fait:FI-RESULTAT-24-48H @fait:FI-RESULTAT-COURRIEL-ET-APPLICATION @fait:FI-TELEPHONES-IOS-16-ANDROID-10 @fait:FI-DEPUIS-13-NOVEMBRE-2023
  Scénario: Certifier son compte sur un iPhone récent à la mairie de Chartres ; le résultat arrive entre 24 h et 48 h
    Étant donné un usager dont l'application France Identité est activée
    Et mon application est installée sur un téléphone "iPhone 15"
    Quand j'ouvre l'application France Identité
    Et je clique sur le bouton "Demander la certification de mon compte"
    Et je clique sur le bouton "Recevoir le lien de confirmation"
    Alors je reçois le courriel "France Identité - Confirmez votre adresse électronique"
    Quand je clique sur le lien "Confirmer mon adresse électronique"
    Et je clique sur le lien "Continuer ma demande"
    Et je saisis mon code personnel
    Et je clique sur le bouton "Lire ma carte d'identité"
    Alors l'application affiche mon QR code
    Quand je me rends à la mairie de Chartres avec ma carte d'identité et mon QR code
    Et l'agent de la mairie se connecte au portail des agents
    Et l'agent lit mon QR code
    Alors l'agent voit ma demande avec les informations de ma carte d'identité
    Quand l'agent compare ma carte d'identité à la demande et valide mon identité
    Alors le portail des agents affiche le message "Identité validée : l'usager recevra le résultat par courriel et dans son application sous 24 à 48 heures."
    Quand 23 heures se sont écoulées depuis la décision de l'agent
    Alors je n'ai encore reçu aucun résultat, ni par courriel ni dans l'application
    Quand 48 heures se sont écoulées depuis la décision de l'agent
    Alors je reçois le courriel "France Identité - Résultat de votre demande de certification"
    Et ce courriel mentionne "Votre compte France Identité est certifié"
    Et l'application France Identité indique "Compte certifié"

  @fait:FI-REFUS-MOTIF @fait:FI-ETAPE-4-AGENT @fait:FI-RESULTAT-COURRIEL-ET-APPLICATION @fait:FI-RESULTAT-24-48H @fait:FI-TELEPHONES-IOS-16-ANDROID-10
  Scénario: Sur un téléphone Android récent, l'agent de la mairie de Nanterre refuse la certification : le motif arrive par courriel et dans l'application
    Étant donné un usager dont l'application France Identité est activée
    Et mon application est installée sur un téléphone "Pixel 7"
    Et j'ai demandé la certification et mon application affiche mon QR code
    Quand je me rends à la mairie de Nanterre avec ma carte d'identité et mon QR code
    Et l'agent de la mairie se connecte au portail des agents
    Et l'agent lit mon QR code
    Et l'agent refuse la certification avec le motif "La photo de la carte ne ressemble pas à l'usager présent"
    Et 48 heures se sont écoulées depuis la décision de l'agent
    Alors je reçois le courriel "France Identité - Résultat de votre demande de certification"
    Et ce courriel mentionne "Motif du refus : La photo de la carte ne ressemble pas à l'usager présent"
    Et l'application France Identité indique "Demande de certification refusée"
    Et l'application France Identité indique "Motif du refus : La photo de la carte ne ressemble pas à l'usager présent"

  @fait:FI-EXPERIMENTATION-3-DEPARTEMENTS @fait:FI-ETAPE-3-MAIRIE
  Plan du scénario: Une mairie du <departement> propose la certification
    Étant donné un usager dont l'application France Identité est activée
    Et mon application est installée sur un téléphone "iPhone 15"
    Et j'ai demandé la certification et mon application affiche mon QR code
    Quand je me rends à la mairie de <commune> avec ma carte d'identité et mon QR code
    Et l'agent de la mairie se connecte au portail des agents
    Et l'agent lit mon QR code
    Alors l'agent voit ma demande avec les informations de ma carte d'identité

    Exemples:
      | commune      | departement    |
      | Villeurbanne | Rhône          |
      | Nanterre     | Hauts-de-Seine |

  @fait:FI-TELEPHONES-IOS-16-ANDROID-10
  Plan du scénario: Un téléphone récent (<appareil>) peut demander la certification
    Étant donné un usager dont l'application France Identité est activée
    Et mon application est installée sur un téléphone "<appareil>"
    Quand j'ouvre l'application France Identité
    Et je clique sur le bouton "Demander la certification de mon compte"
    Alors la page "Confirmez votre adresse électronique" s'affiche

    Exemples:
      | appareil  |
      | iPhone 15 |
      | Pixel 7   |
