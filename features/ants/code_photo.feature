# language: fr
@ants
Fonctionnalité: Le code photo de la planche de photos d'identité
  Le tutoriel : « Le code photo se trouve sur la planche des photos d'identité réalisée dans un
  photomaton ou chez un photographe agréé ANTS (suite de chiffres et de lettres) ». À défaut, une
  photo d'identité numérisée.

  Contexte:
    Étant donné un usager qui a un compte Yris
    Et j'ai une planche de photos d'identité avec son code photo
    Quand je me connecte à ANTS avec mon compte Yris
    Et je clique sur le raccourci "Faire une pré-demande de passeport" de "Mon espace Identité"
    Et j'indique mon adresse de domicile
    Et je clique sur le bouton "Continuer"
    Et je joins les pièces justificatives :
      | Pièce d'identité         | carte-identite.pdf |
      | Justificatif de domicile | facture.pdf        |
    Et je clique sur le bouton "Continuer"

  @ci @fait:ANTS-CODE-PHOTO @fait:ANTS-CODE-PHOTO-CONTROLE
  Scénario: Le code photo recopié de la planche fait apparaître ma photo
    Quand je saisis le code photo de ma planche photos
    Et je clique sur le bouton "Continuer"
    Alors la page "Récapitulatif" s'affiche
    Et l'ANTS affiche la photo de mon code photo

  @erreurs @fait:ANTS-CODE-PHOTO-CONTROLE
  Scénario: Un code photo mal recopié est refusé
    Quand je saisis le code photo de ma planche photos avec une faute de frappe
    Et je clique sur le bouton "Continuer"
    Alors le champ "Code photo" signale l'erreur "Ce code photo n'est pas valide : vérifiez chaque caractère sur votre planche photos."
    Et la page "Photo d'identité" s'affiche

  @erreurs @fait:ANTS-CODE-PHOTO @fait:ANTS-NUMERO-RECAPITULATIF
  Scénario: Sans code photo ni photo numérisée, la démarche ne va pas plus loin
    Quand je clique sur le bouton "Continuer"
    Alors le champ "Code photo" signale l'erreur "Saisissez votre code photo ou joignez votre photo d'identité numérisée."

  @erreurs @fait:ANTS-PHOTO-NUMERISEE
  Scénario: Une photo numérisée en PDF est refusée : il faut une image
    Quand je joins ma photo d'identité numérisée "photo.pdf"
    Et je clique sur le bouton "Continuer"
    Alors le champ "Photo d'identité numérisée" signale l'erreur "Le fichier « photo.pdf » n'est pas une image JPEG ou PNG : joignez une photo dans l'un de ces formats."

  @fait:ANTS-PHOTO-NUMERISEE @fait:ANTS-FICHIERS-FORMATS
  Scénario: Sans code photo, joindre une photo d'identité numérisée
    Quand je joins ma photo d'identité numérisée "photo.jpg"
    Et je clique sur le bouton "Continuer"
    Alors la page "Récapitulatif" s'affiche
    Et l'ANTS affiche ma photo numérisée
