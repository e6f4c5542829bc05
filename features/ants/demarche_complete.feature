# language: fr
@ants
Fonctionnalité: Faire une pré-demande de carte nationale d'identité sur le site de l'ANTS
  Le tutoriel « Utiliser le site de l'ANTS » : se munir des pièces justificatives au format
  numérique, cliquer sur « Mon Compte » et se connecter avec FranceConnect, puis, dans « Mon espace
  Identité », suivre le raccourci vers le formulaire de pré-demande. Une pré-demande terminée donne
  un numéro et un récapitulatif à présenter à la mairie, et un courriel le confirme.

  @ci @tutoriel @accessibilite @fait:ANTS-DEMARCHES @fait:ANTS-PIECES-NUMERIQUES @fait:ANTS-ACCUEIL-3-ESPACES @fait:FC-ANTS-MON-COMPTE @fait:FC-ANTS-TROIS-ESPACES @fait:ANTS-ESPACES-ROLES @fait:ANTS-RACCOURCIS @fait:ANTS-FICHIERS-FORMATS @fait:ANTS-CODE-PHOTO @fait:ANTS-CODE-PHOTO-CONTROLE @fait:ANTS-NUMERO-RECAPITULATIF @fait:ANTS-BOUTON-BLEU @fait:ANTS-DEJA-EN-COURS
  Scénario: De la page d'accueil au récapitulatif à présenter en mairie
    Étant donné un usager qui a un compte impots.gouv.fr
    Et j'ai une planche de photos d'identité avec son code photo
    Quand je me rends sur le site de ANTS
    Alors la page d'accueil de l'ANTS présente les espaces "Demandes de permis de conduire", "Pièces d'identité" et "Certificats d'immatriculation"
    Et l'ANTS me demande de préparer au format numérique :
      | Pièce d'identité                         |
      | Permis de conduire                       |
      | Justificatif de domicile                 |
      | Code photo ou photo d'identité numérisée |
    Quand je clique sur le lien "Mon Compte"
    Et je clique sur le bouton "S'identifier avec FranceConnect"
    Et je choisis le compte "impots.gouv.fr"
    Et je saisis les identifiants de mon compte impots.gouv.fr
    Et je clique sur le bouton "Continuer sur ants.gouv.fr"
    Alors ANTS affiche les espaces "Mon espace Conducteur", "Mon espace Identité" et "Mon espace Véhicule"
    Quand je clique sur le raccourci "Faire une pré-demande de carte nationale d'identité" de "Mon espace Identité"
    Alors le formulaire "Pré-demande de carte nationale d'identité" s'ouvre à l'étape "Vos informations"
    Quand j'indique mon adresse de domicile
    Et je clique sur le bouton "Continuer"
    Et je joins les pièces justificatives :
      | Pièce d'identité         | carte-identite.jpg       |
      | Justificatif de domicile | facture-electricite.pdf |
    Et je clique sur le bouton "Joindre les fichiers"
    Alors l'ANTS affiche les fichiers reçus :
      | Pièce d'identité         | carte-identite.jpg       | JPEG |
      | Justificatif de domicile | facture-electricite.pdf | PDF  |
    Quand je clique sur le bouton "Continuer"
    Et je saisis le code photo de ma planche photos
    Et je clique sur le bouton "Continuer"
    Alors la page "Récapitulatif" s'affiche
    Et l'ANTS affiche la photo de mon code photo
    Quand je clique sur le bouton "Valider ma pré-demande"
    Alors l'ANTS me donne un numéro de pré-demande
    Et le récapitulatif téléchargé porte mon nom et mon numéro, aussi dans son code QR
    Et je reçois le courriel "ANTS - Votre pré-demande de carte nationale d'identité est terminée"
    Et ce courriel mentionne mon numéro
    Quand je me rends sur le site de ANTS
    Et je clique sur le lien "Mon Compte"
    Et je clique sur le lien "Mon espace"
    Et je clique sur le bouton bleu "Mon espace Identité"
    Alors ma démarche "Pré-demande de carte nationale d'identité" n'est plus en cours
    Quand je clique sur le lien "Faire une pré-demande de carte nationale d'identité"
    Alors le formulaire "Pré-demande de carte nationale d'identité" s'ouvre à l'étape "Vos informations"
