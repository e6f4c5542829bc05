# language: fr
@ants
Fonctionnalité: Les trois espaces de l'ANTS et leurs raccourcis
  Le tutoriel : une fois connecté, « Mon espace Conducteur » (permis de conduire), « Mon espace
  Identité » (pré-demande de passeport ou de carte nationale d'identité) et « Mon espace Véhicule »
  (immatriculation) ; « des raccourcis liés aux démarches sont aussi présents sur chaque espace.
  Cliquez alors dessus pour une redirection vers le formulaire de demande concerné. »

  Contexte:
    Étant donné un usager qui a un compte impots.gouv.fr
    Quand je me connecte à ANTS avec mon compte impots.gouv.fr

  @ci @fait:ANTS-RACCOURCIS @fait:ANTS-ESPACES-ROLES @fait:ANTS-DEMARCHES @fait:ANTS-PERMIS-DEMANDE @fait:ANTS-IMMATRICULATION
  Plan du scénario: Le raccourci « <raccourci> » mène au formulaire de la démarche
    Quand je clique sur le raccourci "<raccourci>" de "<espace>"
    Alors le formulaire "<demarche>" s'ouvre à l'étape "Vos informations"

    Exemples:
      | espace                | raccourci                                             | demarche                                                 |
      | Mon espace Identité   | Faire une pré-demande de carte nationale d'identité   | Pré-demande de carte nationale d'identité                |
      | Mon espace Identité   | Faire une pré-demande de passeport                    | Pré-demande de passeport                                 |
      | Mon espace Conducteur | Faire une demande de permis de conduire               | Demande de permis de conduire                            |
      | Mon espace Conducteur | Renouveler mon permis de conduire                     | Renouvellement du permis de conduire                     |
      | Mon espace Conducteur | Déclarer la perte de mon permis de conduire           | Déclaration de perte du permis de conduire               |
      | Mon espace Véhicule   | Changer l'adresse de mon certificat d'immatriculation | Changement d'adresse sur le certificat d'immatriculation |
      | Mon espace Véhicule   | Immatriculer mon véhicule                             | Demande de certificat d'immatriculation                  |

  @erreurs @fait:ANTS-RACCOURCIS @fait:ANTS-DEMARCHES
  Scénario: Le formulaire du véhicule vérifie le numéro d'immatriculation
    Quand je clique sur le raccourci "Changer l'adresse de mon certificat d'immatriculation" de "Mon espace Véhicule"
    Et j'indique le numéro d'immatriculation "AB-12-CD"
    Et j'indique mon adresse de domicile
    Et je clique sur le bouton "Continuer"
    Alors le champ "Numéro d'immatriculation" signale l'erreur "Le numéro d'immatriculation s'écrit 2 lettres, 3 chiffres, 2 lettres, par exemple AB-123-CD."
    Quand j'indique le numéro d'immatriculation "AB-123-CD"
    Et je clique sur le bouton "Continuer"
    Alors la page "Pièces justificatives" s'affiche

  @erreurs @fait:ANTS-RACCOURCIS @fait:FC-ANTS-MON-COMPTE
  Scénario: Une démarche rouverte après la déconnexion renvoie à « Mon Compte »
    Quand je clique sur le raccourci "Renouveler mon permis de conduire" de "Mon espace Conducteur"
    Et je note l'adresse de la page
    Et je clique sur le lien "Mon espace"
    Et je me déconnecte
    Et je rouvre l'adresse notée
    Alors la page affiche le message "Connectez-vous avec FranceConnect depuis « Mon Compte » pour faire vos démarches."
    Et je ne suis pas connecté à ANTS

  @fait:ANTS-BOUTON-BLEU
  Scénario: Le bouton bleu d'un espace sans démarche commencée n'en montre aucune
    Quand je clique sur le bouton bleu "Mon espace Véhicule"
    Alors la page "Mon espace Véhicule" s'affiche
    Et l'ANTS n'affiche aucune démarche en cours
