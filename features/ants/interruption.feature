# language: fr
@ants
Fonctionnalité: Interrompre une démarche et la reprendre
  Le tutoriel : « Si vous devez interrompre votre démarche, enregistrez-la mais ne la recommencez
  pas depuis le début, car vous serez bloqué par un message d'erreur, indiquant que vous avez déjà
  une en cours. Si vous n'avez pas pu l'enregistrer, le site garde une trace d'une démarche
  commencée. Retrouvez-la dans l'espace concerné. » Le bouton bleu de l'espace montre les
  démarches en cours.

  Contexte:
    Étant donné un usager qui a un compte Identité Numérique La Poste
    Quand je me connecte à ANTS avec mon compte Identité Numérique La Poste

  @ci @fait:ANTS-ENREGISTRER @fait:ANTS-BOUTON-BLEU
  Scénario: Enregistrer une démarche interrompue, puis la reprendre là où elle s'est arrêtée
    Quand je clique sur le raccourci "Faire une pré-demande de carte nationale d'identité" de "Mon espace Identité"
    Et j'indique mon adresse de domicile
    Et je clique sur le bouton "Continuer"
    Et je joins les pièces justificatives :
      | Pièce d'identité | carte-identite.pdf |
    Et je clique sur le bouton "Enregistrer"
    Alors la page affiche le message "Votre démarche est enregistrée : retrouvez-la dans Mon espace Identité."
    Quand je ferme mon navigateur
    Et je me connecte à ANTS avec mon compte Identité Numérique La Poste
    Et je clique sur le bouton bleu "Mon espace Identité"
    Alors ma démarche "Pré-demande de carte nationale d'identité" est en cours, à l'étape "Pièces justificatives", "Enregistrée"
    Quand je reprends ma démarche "Pré-demande de carte nationale d'identité"
    Alors la page "Pièces justificatives" s'affiche
    Et l'ANTS affiche les fichiers reçus :
      | Pièce d'identité | carte-identite.pdf | PDF |

  @fait:ANTS-ENREGISTRER
  Scénario: « Enregistrer » garde aussi ce qui est saisi sur la page en cours
    Quand je clique sur le raccourci "Faire une pré-demande de carte nationale d'identité" de "Mon espace Identité"
    Et j'indique mon adresse de domicile
    Et je clique sur le bouton "Enregistrer"
    Et je reprends ma démarche "Pré-demande de carte nationale d'identité"
    Alors la page "Vos informations" s'affiche
    Et le champ "Adresse de domicile" contient mon adresse de domicile

  @ci @fait:ANTS-TRACE @fait:ANTS-BOUTON-BLEU
  Scénario: Une démarche commencée sans être enregistrée se retrouve dans son espace
    Quand je clique sur le raccourci "Déclarer la perte de mon permis de conduire" de "Mon espace Conducteur"
    Et j'indique mon adresse de domicile
    Et je clique sur le bouton "Continuer"
    Et je ferme mon navigateur
    Et je me connecte à ANTS avec mon compte Identité Numérique La Poste
    Et je clique sur le bouton bleu "Mon espace Conducteur"
    Alors ma démarche "Déclaration de perte du permis de conduire" est en cours, à l'étape "Pièces justificatives", "Commencée, non enregistrée"
    Quand je reprends ma démarche "Déclaration de perte du permis de conduire"
    Alors la page "Pièces justificatives" s'affiche

  @erreurs @fait:ANTS-TRACE @fait:ANTS-ENREGISTRER
  Scénario: Ce qui est saisi sur une page quittée sans « Enregistrer » est perdu
    Quand je clique sur le raccourci "Faire une pré-demande de carte nationale d'identité" de "Mon espace Identité"
    Et j'indique mon adresse de domicile
    Et je ferme mon navigateur
    Et je me connecte à ANTS avec mon compte Identité Numérique La Poste
    Et je clique sur le bouton bleu "Mon espace Identité"
    Alors ma démarche "Pré-demande de carte nationale d'identité" est en cours, à l'étape "Vos informations", "Commencée, non enregistrée"
    Quand je reprends ma démarche "Pré-demande de carte nationale d'identité"
    Alors le champ "Adresse de domicile" est vide

  @ci @erreurs @fait:ANTS-DEJA-EN-COURS
  Scénario: Recommencer depuis le début une démarche en cours est bloqué
    Quand je clique sur le raccourci "Faire une pré-demande de carte nationale d'identité" de "Mon espace Identité"
    Et j'indique mon adresse de domicile
    Et je clique sur le bouton "Enregistrer"
    Et je clique sur le lien "Mon espace"
    Et je clique sur le raccourci "Faire une pré-demande de carte nationale d'identité" de "Mon espace Identité"
    Alors la page affiche le message "Vous avez déjà une démarche « Pré-demande de carte nationale d'identité » en cours : reprenez-la depuis Mon espace Identité."
    Et ma démarche "Pré-demande de carte nationale d'identité" est en cours, à l'étape "Vos informations", "Enregistrée"

  @fait:ANTS-DEJA-EN-COURS
  Scénario: Une démarche d'un autre type peut commencer pendant qu'une est en cours
    Quand je clique sur le raccourci "Faire une pré-demande de carte nationale d'identité" de "Mon espace Identité"
    Et je clique sur le bouton "Enregistrer"
    Et je clique sur le lien "Mon espace"
    Et je clique sur le raccourci "Faire une pré-demande de passeport" de "Mon espace Identité"
    Alors le formulaire "Pré-demande de passeport" s'ouvre à l'étape "Vos informations"
